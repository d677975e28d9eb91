"""Room for judgement: guidelines with the room they leave, deviations with cover, barriers.

The casusoverleg is learning's Overleg and the values and dilemmas are learning's framework (ADR 0036): a
deviation points to them, they never point back, so the overleg itself stays free of resident data.
History is appended: guideline versions, deviation steps and barrier steps are new rows; the status on
Deviation and Barrier is a copy for fast lists.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.decisions.models import Wet
from leefwereld.learning.overleg import Dilemma
from leefwereld.residents.models import household_fk


class Bron(models.TextChoices):
    """Where a guideline comes from: most room is lost in local rules and interpretations, not in law."""

    WET = "wet", _("Wet")
    VERORDENING = "verordening", _("Verordening")
    BELEIDSREGEL = "beleidsregel", _("Beleidsregel")
    WERKAFSPRAAK = "werkafspraak", _("Werkafspraak")
    INTERPRETATIE = "interpretatie", _("Interpretatie")


class Guideline(PublicModel):
    """A richtlijn: a rule professionals weigh, held as data with the room it leaves.

    The text lives in GuidelineVersion rows; `current` is the newest. `terms` are the words that
    find the guideline where a professional decides (a provision's product, a cost's description).
    """

    code = models.SlugField(_("code"), max_length=60, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices, blank=True)
    terms = models.CharField(_("zoekwoorden"), max_length=300,
                             help_text=_("Woorden waaraan de richtlijn herkend wordt, met komma's. "
                                         "Bijvoorbeeld: huishoudelijke hulp, hulp bij het huishouden."))
    current = models.ForeignKey("GuidelineVersion", verbose_name=_("huidige versie"), on_delete=models.PROTECT,
                                null=True, blank=True, related_name="+")
    active = models.BooleanField(_("geldt"), default=True)

    class Meta:
        verbose_name = _("richtlijn")
        verbose_name_plural = _("richtlijnen")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def term_list(self):
        return [t.strip().lower() for t in self.terms.split(",") if t.strip()]


class GuidelineVersion(models.Model):
    """One version of a guideline's text and room: appended, never edited. A version that came from
    deviations ("should this become the rule?") links them."""

    guideline = models.ForeignKey(Guideline, verbose_name=_("richtlijn"), on_delete=models.PROTECT,
                                  related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    rule = models.TextField(_("de regel"), max_length=4000)
    bron = models.CharField(_("bron"), max_length=20, choices=Bron.choices)
    source_ref = models.CharField(_("vindplaats"), max_length=200, blank=True,
                                  help_text=_("Bijvoorbeeld: Verordening maatschappelijke ondersteuning, art. 7."))
    purpose = models.TextField(_("waar de regel voor is"), max_length=2000)
    room = models.TextField(_("de ruimte die de regel laat"), max_length=4000,
                            help_text=_("Wat al mag, ook als het niet vaak gebeurt (onbenutte ruimte)."))
    examples = models.TextField(_("voorbeelden"), max_length=4000, blank=True)
    norm_quantity = models.DecimalField(_("wat de regel meestal geeft"), max_digits=10, decimal_places=2, null=True,
                                        blank=True)
    norm_unit = models.CharField(_("eenheid"), max_length=60, blank=True)
    reason = models.CharField(_("waarom deze versie"), max_length=1000)
    from_deviations = models.ManyToManyField("Deviation", verbose_name=_("uit de afwijkingen"), blank=True,
                                             related_name="+")
    valid_from = models.DateField(_("geldt vanaf"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de richtlijn")
        verbose_name_plural = _("versies van de richtlijn")
        ordering = ["guideline", "-number"]
        constraints = [models.UniqueConstraint(fields=["guideline", "number"], name="unique_guideline_version")]


class DeviationStatus(models.TextChoices):
    TE_BESPREKEN = "te_bespreken", _("Te bespreken")
    BESPROKEN = "besproken", _("Besproken")
    GEDEKT = "gedekt", _("Gedekt door de teamleider")
    NIET_GEDEKT = "niet_gedekt", _("Geen dekking, met reden")
    GEWEIGERD = "geweigerd", _("Niet gedaan: geweigerd")


class WordtRegel(models.TextChoices):
    JA = "ja", _("Ja, dit zou de regel moeten worden")
    MISSCHIEN = "misschien", _("Misschien, bespreek het")
    NEE = "nee", _("Nee, dit is een uitzondering")


class Deviation(PublicModel):
    """An afwijking: a professional departs from a rule because it serves the resident, openly.

    The real reason is written as it is. Urgent help is done first (`acted_on`) and discussed after.
    Deviations belong to the team; they are never counted per professional.
    """

    household = household_fk("deviations")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, related_name="+")
    guideline = models.ForeignKey(Guideline, verbose_name=_("richtlijn"), on_delete=models.PROTECT, null=True,
                                  blank=True, related_name="deviations")
    rule_words = models.CharField(_("welke regel"), max_length=300, blank=True,
                                  help_text=_("Als de regel niet in de lijst staat: noem hem hier."))
    instead = models.TextField(_("wat je in plaats daarvan doet"), max_length=2000)
    why = models.TextField(_("waarom, zoals het echt is"), max_length=4000)
    different = models.TextField(_("wat deze situatie anders maakt"), max_length=2000)
    waarden = models.ManyToManyField("learning.Waarde", verbose_name=_("waarden"), blank=True, related_name="+")
    dilemma = models.CharField(_("dilemma"), max_length=40, blank=True, choices=Dilemma.choices)
    values_words = models.TextField(_("waarden en dilemma in eigen woorden"), max_length=2000, blank=True)
    wordt_regel = models.CharField(_("moet dit de regel worden?"), max_length=12, choices=WordtRegel.choices,
                                   default=WordtRegel.MISSCHIEN)
    why_differs = models.CharField(_("waarom anders dan het team meestal doet"), max_length=500, blank=True)
    amount = models.DecimalField(_("bedrag"), max_digits=10, decimal_places=2, null=True, blank=True)
    urgent = models.BooleanField(_("spoed: eerst gedaan, daarna besproken"), default=False)
    acted_on = models.DateField(_("gedaan op"), null=True, blank=True)
    status = models.CharField(_("stand"), max_length=20, choices=DeviationStatus.choices,
                              default=DeviationStatus.TE_BESPREKEN, db_index=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                               on_delete=models.PROTECT, related_name="+")
    became_rule = models.ForeignKey(GuidelineVersion, verbose_name=_("werd de regel in"), on_delete=models.PROTECT,
                                    null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("afwijking")
        verbose_name_plural = _("afwijkingen")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["team", "status"], name="deviation_team_status"),
                   models.Index(fields=["guideline", "created_at"], name="deviation_guideline_at")]

    def __str__(self):
        return str(self.guideline or self.rule_words)

    @property
    def rule(self):
        return str(self.guideline) if self.guideline_id else self.rule_words


class StepKind(models.TextChoices):
    VASTGELEGD = "vastgelegd", _("Vastgelegd")
    COLLEGA = "collega", _("Besproken met een collega")
    CASUSOVERLEG = "casusoverleg", _("Besproken in het casusoverleg")
    GEDEKT = "gedekt", _("Dekking gegeven")
    NIET_GEDEKT = "niet_gedekt", _("Dekking niet gegeven")
    GEWEIGERD = "geweigerd", _("Geweigerd")
    REGEL = "regel", _("De richtlijn is aangepast")


class DeviationStep(models.Model):
    """One step in a deviation's discussion: appended, never edited."""

    household = household_fk()
    deviation = models.ForeignKey(Deviation, verbose_name=_("afwijking"), on_delete=models.PROTECT,
                                  related_name="steps")
    kind = models.CharField(_("soort"), max_length=20, choices=StepKind.choices)
    words = models.TextField(_("toelichting"), max_length=4000, blank=True)
    tried = models.TextField(_("wat er geprobeerd is"), max_length=2000, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van de afwijking")
        verbose_name_plural = _("stappen van de afwijking")
        ordering = ["at", "id"]


class Bespreking(models.Model):
    """One deviation discussed in a casusoverleg (learning's Overleg): the question, the decision and its
    reasoning. It is resident data, so it lives here with its household, not on the overleg."""

    household = household_fk()
    overleg = models.ForeignKey("learning.Overleg", verbose_name=_("casusoverleg"), on_delete=models.PROTECT,
                                related_name="besprekingen")
    deviation = models.ForeignKey(Deviation, verbose_name=_("afwijking"), on_delete=models.PROTECT, null=True,
                                  blank=True, related_name="besprekingen")
    question = models.TextField(_("de vraag"), max_length=2000)
    decision = models.TextField(_("het besluit"), max_length=2000)
    reasoning = models.TextField(_("waarom"), max_length=4000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bespreking")
        verbose_name_plural = _("besprekingen")
        ordering = ["at", "id"]


class BarrierSource(models.TextChoices):
    WET = "wet", _("Wet")
    LOKALE_REGEL = "lokale_regel", _("Lokale regel")
    WERKPROCES = "werkproces", _("Werkproces")
    INTERPRETATIE = "interpretatie", _("Interpretatie")
    KETENPARTNER = "ketenpartner", _("Ketenpartner")


class BarrierStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", _("Ontvangen")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    AANGEPAST = "aangepast", _("Aangepast")
    AFGESCHAFT = "afgeschaft", _("Afgeschaft")
    GEHANDHAAFD = "gehandhaafd", _("Gehandhaafd, met reden")


OPEN_BARRIER = (BarrierStatus.ONTVANGEN, BarrierStatus.IN_BEHANDELING)
# From a status, the steps that may follow.
BARRIER_NEXT = {
    BarrierStatus.ONTVANGEN: (BarrierStatus.IN_BEHANDELING, BarrierStatus.AANGEPAST, BarrierStatus.AFGESCHAFT,
                              BarrierStatus.GEHANDHAAFD),
    BarrierStatus.IN_BEHANDELING: (BarrierStatus.AANGEPAST, BarrierStatus.AFGESCHAFT, BarrierStatus.GEHANDHAAFD),
}


class Barrier(PublicModel):
    """A belemmering: a rule, process or practice that got in the way, with an owner and a trail.

    It carries no household: the case is named by reference only, so policy staff can read the
    register without seeing a resident. A waiting list is a barrier too (its length and what it costs).
    The free text is kept twice: as typed, for the reporter's team, and `anonymised` (field -> text) for
    everyone else (ADR 0047); null until the anonymiser made the copies.
    """

    title = models.CharField(_("wat zat in de weg"), max_length=300)
    source = models.CharField(_("bron"), max_length=20, choices=BarrierSource.choices)
    guideline = models.ForeignKey(Guideline, verbose_name=_("richtlijn"), on_delete=models.PROTECT, null=True,
                                  blank=True, related_name="barriers")
    case_ref = models.CharField(_("casus (alleen kenmerk)"), max_length=40, blank=True)
    deviation = models.OneToOneField(Deviation, verbose_name=_("uit de geweigerde afwijking"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="barrier")
    cost_time = models.CharField(_("wat het kost aan tijd"), max_length=300, blank=True)
    cost_money = models.DecimalField(_("wat het kost aan geld (euro)"), max_digits=10, decimal_places=2, null=True,
                                     blank=True)
    cost_situation = models.TextField(_("wat het de inwoner kost"), max_length=2000, blank=True)
    tried = models.TextField(_("wat er al geprobeerd is"), max_length=2000, blank=True)
    waiting_weeks = models.PositiveIntegerField(_("wachttijd in weken"), null=True, blank=True)
    waiting_count = models.PositiveIntegerField(_("aantal wachtenden"), null=True, blank=True)
    proposal = models.TextField(_("voorstel"), max_length=2000, blank=True)
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, null=True,
                             blank=True, related_name="+")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gemeld door"), on_delete=models.PROTECT,
                                 related_name="+")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("eigenaar"), on_delete=models.PROTECT,
                              related_name="barriers_owned",
                              help_text=_("Een persoon op het goede niveau: teamleider, beleidsmedewerker, "
                                          "de manager van een partner."))
    status = models.CharField(_("stand"), max_length=20, choices=BarrierStatus.choices,
                              default=BarrierStatus.ONTVANGEN, db_index=True)
    moved_at = models.DateTimeField(_("laatst bewogen op"), db_index=True)
    handed_over_at = models.DateTimeField(_("laatst overgedragen op"), null=True, blank=True)
    anonymised = models.JSONField(_("geanonimiseerde tekst"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("belemmering")
        verbose_name_plural = _("belemmeringen")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status", "moved_at"], name="barrier_owner_status"),
                   models.Index(fields=["reporter", "moved_at"], name="barrier_reporter_moved")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        _not_masked(self)
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.status in OPEN_BARRIER


def _not_masked(row):
    """A row shown to someone outside the team carries the anonymised text in its fields: never save it."""
    if getattr(row, "masked", False):
        raise RuntimeError("an anonymised view of a barrier is never saved")


class BarrierStep(models.Model):
    """One step in a barrier's trail (ontvangen → in behandeling → aangepast / afgeschaft / gehandhaafd)."""

    barrier = models.ForeignKey(Barrier, verbose_name=_("belemmering"), on_delete=models.PROTECT,
                                related_name="steps")
    status = models.CharField(_("stand"), max_length=20, choices=BarrierStatus.choices)
    words = models.TextField(_("toelichting"), max_length=4000, blank=True)
    anonymised = models.JSONField(_("geanonimiseerde tekst"), null=True, blank=True, editable=False)
    new_owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("nieuwe eigenaar"),
                                  on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van de belemmering")
        verbose_name_plural = _("stappen van de belemmering")
        ordering = ["at", "id"]

    def save(self, *args, **kwargs):
        _not_masked(self)
        super().save(*args, **kwargs)
