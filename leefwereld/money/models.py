"""One budget across the schotten: costs per household plan whatever law pays, budgets per year per law
(optionally per neighbourhood population with a free part), and stapeling of the resident's contributions.

Costs are appended and never negative; figures are in euros and shown in plain words.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.decisions.models import Wet
from leefwereld.residents.models import household_fk


class Budget(PublicModel):
    """A budget for one year and one law; for a neighbourhood (team) population when `team` is set, with
    social goals and a freely spendable part. Not per product (no P×Q)."""

    year = models.PositiveIntegerField(_("jaar"))
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijk (wijkteam)"), on_delete=models.PROTECT,
                             null=True, blank=True, related_name="+", help_text=_("Leeg: de hele gemeente."))
    population = models.CharField(_("voor wie"), max_length=200, blank=True,
                                  help_text=_("Bijvoorbeeld: inwoners van De Weide."))
    social_goal = models.TextField(_("maatschappelijk doel"), max_length=2000, blank=True)
    amount = models.DecimalField(_("budget (euro)"), max_digits=12, decimal_places=2)
    free_amount = models.DecimalField(_("vrij te besteden deel (euro)"), max_digits=12, decimal_places=2,
                                      default=0)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgesteld door"), on_delete=models.PROTECT,
                           related_name="+")

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budgetten")
        ordering = ["-year", "wet"]
        constraints = [
            models.UniqueConstraint(fields=["year", "wet", "team"], name="one_budget_per_year_law_team"),
            models.CheckConstraint(condition=Q(amount__gte=0) & Q(free_amount__gte=0) & Q(free_amount__lte=models.F(
                "amount")), name="budget_amounts_sensible"),
        ]

    def __str__(self):
        return f"{self.year} {self.get_wet_display()}{f' · {self.team}' if self.team_id else ''}"


class CostKind(models.TextChoices):
    VOORZIENING = "voorziening", _("Voorziening uit een beschikking")
    EENMALIG = "eenmalig", _("Eenmalige hulp")


class Cost(PublicModel):
    """What one provision or one-off help costs, booked to the household (plan) and to the law and budget
    that pay for it. The total is the sum of its lines (a copy for fast sums)."""

    household = household_fk("costs")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    plan = models.ForeignKey("plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, null=True, blank=True,
                             related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=CostKind.choices)
    voorziening = models.OneToOneField("decisions.Voorziening", verbose_name=_("voorziening"),
                                       on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    guideline = models.ForeignKey("ruimte.Guideline", verbose_name=_("richtlijn"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="+")
    what = models.CharField(_("waarvoor"), max_length=200)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    year = models.PositiveIntegerField(_("jaar"), db_index=True)
    booked_on = models.DateField(_("geboekt op"))
    total = models.DecimalField(_("totaal (euro)"), max_digits=12, decimal_places=2)
    from_free_part = models.BooleanField(_("uit het vrij te besteden deel"), default=False)
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT,
                             related_name="+")
    why_differs = models.CharField(_("waarom anders dan het team meestal doet"), max_length=500, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("geboekt door"), on_delete=models.PROTECT,
                           related_name="+")

    class Meta:
        verbose_name = _("kosten")
        verbose_name_plural = _("kosten")
        ordering = ["-booked_on", "-id"]
        indexes = [models.Index(fields=["team", "year", "wet"], name="cost_team_year_law")]
        constraints = [models.CheckConstraint(condition=Q(total__gte=0), name="cost_total_not_negative")]


class CostLine(models.Model):
    """One line of a cost: a train ticket, food; unit price × quantity × periods, or an amount."""

    household = household_fk()
    cost = models.ForeignKey(Cost, verbose_name=_("kosten"), on_delete=models.PROTECT, related_name="lines")
    what = models.CharField(_("wat"), max_length=200)
    unit_price = models.DecimalField(_("prijs per eenheid"), max_digits=10, decimal_places=2, null=True, blank=True)
    quantity = models.DecimalField(_("aantal"), max_digits=8, decimal_places=2, null=True, blank=True)
    periods = models.PositiveIntegerField(_("perioden"), default=1)
    amount = models.DecimalField(_("bedrag"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("kostenregel")
        verbose_name_plural = _("kostenregels")
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=Q(amount__gte=0), name="cost_line_not_negative")]


class BijdrageKind(models.TextChoices):
    EIGEN_BIJDRAGE = "eigen_bijdrage", _("Eigen bijdrage")
    KORTING = "korting", _("Korting op een uitkering")
    TERUGBETALING = "terugbetaling", _("Terugbetaling")


class BijdrageRegel(models.Model):
    """A contribution rule the municipality configures (e.g. the Wmo abonnementstarief), in plain words.

    Its amount and words live in BijdrageRegelVersie rows, each from a date: a change is a new version,
    never an edit, and a Bijdrage keeps the version it was decided under.
    """

    name = models.CharField(_("naam"), max_length=120)
    kind = models.CharField(_("soort"), max_length=20, choices=BijdrageKind.choices)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices, blank=True)
    active = models.BooleanField(_("geldt"), default=True)

    class Meta:
        verbose_name = _("bijdrageregel")
        verbose_name_plural = _("bijdrageregels")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def version_on(self, day):
        """The version in force on `day`: the newest that started on or before it (None before the first)."""
        return self.versions.filter(valid_from__lte=day).order_by("-valid_from").first()


class BijdrageRegelVersie(models.Model):
    """One version of a contribution rule from its effective date: appended, never edited."""

    regel = models.ForeignKey(BijdrageRegel, verbose_name=_("bijdrageregel"), on_delete=models.PROTECT,
                              related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    monthly_amount = models.DecimalField(_("per maand (euro)"), max_digits=8, decimal_places=2)
    words = models.CharField(_("uitleg in gewone woorden"), max_length=300)
    valid_from = models.DateField(_("geldt vanaf"))
    reason = models.CharField(_("waarom deze versie"), max_length=500)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT, null=True,
                           blank=True, related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de bijdrageregel")
        verbose_name_plural = _("versies van de bijdrageregel")
        ordering = ["regel", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["regel", "number"], name="bijdrageregel_version_number"),
            models.UniqueConstraint(fields=["regel", "valid_from"], name="bijdrageregel_version_from"),
            models.CheckConstraint(condition=Q(monthly_amount__gte=0), name="bijdrageregel_not_negative"),
        ]

    def __str__(self):
        return f"{self.regel} ({self.valid_from:%Y-%m-%d})"


class Bijdrage(PublicModel):
    """What the resident pays or loses per month under one scheme: an eigen bijdrage, a cut, a repayment."""

    household = household_fk("bijdragen")
    person = models.ForeignKey("residents.Person", verbose_name=_("wie betaalt"), on_delete=models.PROTECT,
                               related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=BijdrageKind.choices)
    scheme = models.CharField(_("waarvoor"), max_length=200)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices, blank=True)
    rule = models.ForeignKey(BijdrageRegel, verbose_name=_("regel"), on_delete=models.PROTECT, null=True,
                             blank=True, related_name="+")
    rule_version = models.ForeignKey(BijdrageRegelVersie, verbose_name=_("versie van de regel"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    monthly_amount = models.DecimalField(_("per maand (euro)"), max_digits=8, decimal_places=2)
    starts_on = models.DateField(_("vanaf"))
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")

    class Meta:
        verbose_name = _("bijdrage")
        verbose_name_plural = _("bijdragen")
        ordering = ["starts_on", "id"]
        constraints = [models.CheckConstraint(condition=Q(monthly_amount__gte=0), name="bijdrage_not_negative")]
