"""The kwaliteitskompas: intended social results with activities and indicators (data), the figures behind
them kept as monthly aggregates (Figure), and next to every indicator shared stories and interpretations.

Nothing here is resident data: figures are counts per month, team and postcode area (ADR 0025).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel


class Measure(models.TextChoices):
    """What the platform can count from what exists; an indicator (data) names one of these."""

    GEHOLPEN = "geholpen", _("Mensen geholpen, en hoe")
    DOELEN = "doelen", _("Doelen bereikt, volgens de inwoner zelf")
    LEEFGEBIEDEN = "leefgebieden", _("Verandering per leefgebied, waar gemeten")
    WIE_DOET = "wie_doet", _("Wie doet het: de balans")
    TERMIJN = "termijn", _("Besluiten binnen de wettelijke termijn")
    TIJD = "tijd", _("Tijd met inwoners en tijd voor afstemmen")
    CASELOAD = "caseload", _("Mensen per professional, naast de eigen schatting van het team")
    UITKOMSTEN = "uitkomsten", _("Uitkomsten van afgesloten vragen en plannen")
    ERVARING = "ervaring", _("Cliëntervaring")
    BELEMMERINGEN = "belemmeringen", _("Belemmeringen gemeld en opgelost, en hoe lang dat duurde")
    AFWIJKINGEN = "afwijkingen", _("Afwijkingen en of ze gedekt zijn")
    KOSTEN = "kosten", _("Kosten per huishouden en per wet, naast het budget")


def _localised(obj, field):
    english = getattr(obj, f"{field}_en", "")
    return english if (get_language() or "").startswith("en") and english else getattr(obj, field)


class Result(models.Model):
    """Maatschappelijk resultaat: what the municipality wants to reach. The outcome tags of closed vragen
    and plans map onto it."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    name_en = models.CharField(_("naam in het Engels"), max_length=120, blank=True)
    description = models.TextField(_("omschrijving"), blank=True, max_length=2000)
    description_en = models.TextField(_("omschrijving in het Engels"), blank=True, max_length=2000)
    outcome_tags = models.ManyToManyField("core.OutcomeTag", verbose_name=_("uitkomstlabels"), blank=True,
                                          related_name="+")
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    active = models.BooleanField(_("in gebruik"), default=True)

    class Meta:
        verbose_name = _("maatschappelijk resultaat")
        verbose_name_plural = _("maatschappelijke resultaten")
        ordering = ["order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return _localised(self, "name")

    @property
    def description_label(self):
        return _localised(self, "description")


class Activity(models.Model):
    result = models.ForeignKey(Result, verbose_name=_("resultaat"), on_delete=models.CASCADE,
                               related_name="activities")
    name = models.CharField(_("naam"), max_length=200)
    name_en = models.CharField(_("naam in het Engels"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["order", "id"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return _localised(self, "name")


class Indicator(PublicModel):
    result = models.ForeignKey(Result, verbose_name=_("resultaat"), on_delete=models.CASCADE,
                               related_name="indicators")
    measure = models.CharField(_("wat wordt geteld"), max_length=20, choices=Measure.choices)
    name = models.CharField(_("naam"), max_length=200)
    name_en = models.CharField(_("naam in het Engels"), max_length=200, blank=True)
    question = models.CharField(_("de vraag erachter"), max_length=300, blank=True)
    question_en = models.CharField(_("de vraag erachter (Engels)"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicatoren")
        ordering = ["result__order", "order", "id"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return _localised(self, "name")

    @property
    def question_label(self):
        return _localised(self, "question")


class Figure(models.Model):
    """One count: a measure's category in a month, for a team and a postcode area (the first 4 digits).

    Kept up to date by `manage.py kompas_refresh` (the months since the last run), so a page sums a few
    thousand rows instead of counting a city's files.
    """

    period = models.DateField(_("maand"))
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.CASCADE, related_name="+")
    area = models.CharField(_("postcodegebied"), max_length=4, blank=True)
    measure = models.CharField(_("wat"), max_length=20, choices=Measure.choices)
    category = models.CharField(_("categorie"), max_length=120, blank=True)
    value = models.BigIntegerField(_("aantal"))

    class Meta:
        verbose_name = _("cijfer")
        verbose_name_plural = _("cijfers")
        indexes = [models.Index(fields=["period", "team"]), models.Index(fields=["team", "period"])]

    def __str__(self):
        return f"{self.measure} {self.category} {self.period:%Y-%m}: {self.value}"


class Refresh(models.Model):
    """When the figures were last brought up to date, and from which month on."""

    at = models.DateTimeField(_("bijgewerkt op"), auto_now_add=True)
    since = models.DateField(_("vanaf maand"), null=True, blank=True)
    rows = models.PositiveIntegerField(_("rijen"), default=0)
    seconds = models.FloatField(_("seconden"), default=0)

    class Meta:
        verbose_name = _("bijwerking")
        verbose_name_plural = _("bijwerkingen")
        ordering = ["-at"]


class Interpretation(PublicModel):
    """What a number means here, in words, by whom and when. Appended, never edited: the newest is shown."""

    indicator = models.ForeignKey(Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT,
                                  related_name="interpretations")
    team = models.ForeignKey("accounts.Team", verbose_name=_("voor wijkteam"), on_delete=models.PROTECT,
                             null=True, blank=True, related_name="+")
    year = models.PositiveSmallIntegerField(_("jaar"))
    text = models.TextField(_("wat betekent dit getal hier?"), max_length=4000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        verbose_name = _("duiding")
        verbose_name_plural = _("duidingen")
        ordering = ["-created_at"]


class IndicatorStory(models.Model):
    """A shared, anonymised story placed next to an indicator: the story behind the number."""

    indicator = models.ForeignKey(Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE,
                                  related_name="story_links")
    story = models.ForeignKey("learning.SharedStory", verbose_name=_("casusverhaal"), on_delete=models.PROTECT,
                              related_name="+")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("toegevoegd door"),
                                 on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verhaal bij een indicator")
        verbose_name_plural = _("verhalen bij indicatoren")
        constraints = [models.UniqueConstraint(fields=["indicator", "story"], name="kompas_indicator_story_unique")]


class TeamEstimate(models.Model):
    """The caseload a team estimated for itself ("vooralsnog"): to compare with, never a norm."""

    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.CASCADE,
                             related_name="+")
    discipline = models.CharField(_("vakgebied"), max_length=20)
    people = models.PositiveIntegerField(_("mensen per professional"))
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("eigen schatting van het team")
        verbose_name_plural = _("eigen schattingen van teams")
        constraints = [models.UniqueConstraint(fields=["team", "discipline"], name="kompas_estimate_unique")]


# The client-experience survey lives in its own module.
from .council import Advice, AdviceStep, AgendaItem, Contribution, Meeting  # noqa: E402, F401
from .survey import Envelop, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse  # noqa: E402, F401
