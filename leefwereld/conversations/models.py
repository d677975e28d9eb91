"""Het gesprek (story first) and the optional, later life-domain assessment."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.datum import datum
from leefwereld.core.models import PublicModel, VersionedModel
from leefwereld.residents.models import household_fk


class Location(models.TextChoices):
    THUIS = "thuis", _("Bij de inwoner thuis")
    WIJKTEAM = "wijkteam", _("Bij het wijkteam")
    TELEFOON = "telefoon", _("Telefonisch")
    VIDEO = "video", _("Beeldbellen")
    ELDERS = "elders", _("Ergens anders")


STORY_FIELDS = ["levensloop", "wat_belangrijk", "toekomstbeeld", "eigen_kracht", "wederkerigheid", "nodig",
                "eigen_norm"]


class Gesprek(VersionedModel):
    """Het gesprek (keukentafelgesprek): an open agenda, the resident's story in their own words.

    Only the date is required; every story field is optional.
    """

    household = household_fk("gesprekken")
    person = models.ForeignKey("residents.Person", verbose_name=_("met wie"), on_delete=models.PROTECT,
                               related_name="gesprekken")
    vraag = models.ForeignKey("intake.Vraag", verbose_name=_("naar aanleiding van"), on_delete=models.PROTECT,
                              null=True, blank=True, related_name="gesprekken")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                               on_delete=models.PROTECT, related_name="+")
    held_on = models.DateField(_("datum"))
    duration_minutes = models.PositiveIntegerField(_("duur in minuten"), null=True, blank=True)
    location = models.CharField(_("waar"), max_length=20, choices=Location.choices, default=Location.THUIS)
    present = models.CharField(_("wie waren erbij"), max_length=500, blank=True,
                               help_text=_("Bijvoorbeeld: de inwoner, haar dochter Ilse, buurman Kees."))
    levensloop = models.TextField(_("het verhaal en de levensloop"), blank=True,
                                  help_text=_("Wat is er gebeurd in het leven van de inwoner?"))
    wat_belangrijk = models.TextField(_("wat is belangrijk"), blank=True,
                                      help_text=_("Wat doet ertoe, wat geeft het leven waarde?"))
    toekomstbeeld = models.TextField(_("eigen toekomstbeeld"), blank=True,
                                     help_text=_("Vraag bijvoorbeeld: wat is uw eigen toekomstbeeld, "
                                                 "en wat heeft u daarin nodig?"))
    eigen_kracht = models.TextField(_("wat kan de inwoner zelf"), blank=True,
                                    help_text=_("Vraag bijvoorbeeld: wat lukt u wel, en wat doet u zelf al?"))
    wederkerigheid = models.TextField(_("wat geeft de inwoner aan anderen"), blank=True)
    nodig = models.TextField(_("wat is er nodig"), blank=True)
    eigen_norm = models.TextField(_("wat denkt de inwoner zelf"), blank=True,
                                  help_text=_("Vraag: wat denkt u zelf? Wat is genoeg, volgens de inwoner?"))

    class Meta:
        verbose_name = _("gesprek")
        verbose_name_plural = _("gesprekken")
        ordering = ["-held_on", "-id"]

    def __str__(self):
        return f"{self._meta.verbose_name} {datum(self.held_on, 'kort')}"


class Instrument(PublicModel):
    """A life-domain instrument the municipality chose (the Huizen domains, the ZRM, …): data, not code.

    Level criteria texts are licensed (ZRM: GGD Amsterdam) and are not shipped; a
    municipality can load its own into `Level.description`.
    """

    name = models.CharField(_("naam"), max_length=120, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    active = models.BooleanField(_("in gebruik"), default=True)

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instrumenten")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Domain(models.Model):
    """A leefgebied of an instrument."""

    instrument = models.ForeignKey(Instrument, verbose_name=_("instrument"), on_delete=models.CASCADE,
                                   related_name="domains")
    name = models.CharField(_("naam"), max_length=120)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("leefgebied")
        verbose_name_plural = _("leefgebieden")
        ordering = ["instrument", "order"]
        constraints = [models.UniqueConstraint(fields=["instrument", "name"], name="unique_domain_per_instrument")]

    def __str__(self):
        return self.name


class Level(models.Model):
    """A level of an instrument (for the ZRM: 1 acute problematiek … 5 volledig zelfredzaam)."""

    instrument = models.ForeignKey(Instrument, verbose_name=_("instrument"), on_delete=models.CASCADE,
                                   related_name="levels")
    value = models.PositiveSmallIntegerField(_("waarde"))
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("omschrijving"), blank=True)

    class Meta:
        verbose_name = _("niveau")
        verbose_name_plural = _("niveaus")
        ordering = ["instrument", "value"]
        constraints = [models.UniqueConstraint(fields=["instrument", "value"], name="unique_level_per_instrument")]

    def __str__(self):
        return f"{self.value} – {self.name}"


class Assessment(PublicModel):
    """A measurement (meting) with an instrument. Optional and later; each one is kept."""

    household = household_fk("assessments")
    person = models.ForeignKey("residents.Person", verbose_name=_("persoon"), on_delete=models.PROTECT,
                               related_name="assessments")
    instrument = models.ForeignKey(Instrument, verbose_name=_("instrument"), on_delete=models.PROTECT,
                                   related_name="+")
    taken_on = models.DateField(_("datum"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                               on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        ordering = ["-taken_on", "-id"]


class AssessmentScore(models.Model):
    """One domain in a measurement: who does what, and the resident's own view next to the professional's."""

    household = household_fk()
    assessment = models.ForeignKey(Assessment, verbose_name=_("meting"), on_delete=models.PROTECT,
                                   related_name="scores")
    domain = models.ForeignKey(Domain, verbose_name=_("leefgebied"), on_delete=models.PROTECT, related_name="+")
    level = models.ForeignKey(Level, verbose_name=_("niveau (professional)"), on_delete=models.PROTECT,
                              null=True, blank=True, related_name="+")
    resident_level = models.ForeignKey(Level, verbose_name=_("niveau (inwoner)"), on_delete=models.PROTECT,
                                       null=True, blank=True, related_name="+")
    own_strength = models.TextField(_("wat de inwoner zelf doet"), blank=True)
    with_network = models.TextField(_("wat het netwerk doet"), blank=True)
    with_professional = models.TextField(_("wat professionals doen"), blank=True)
    resident_view = models.TextField(_("hoe de inwoner het ziet"), blank=True)
    professional_view = models.TextField(_("hoe de professional het ziet"), blank=True)

    class Meta:
        verbose_name = _("score per leefgebied")
        verbose_name_plural = _("scores per leefgebied")
        ordering = ["domain__order"]
        constraints = [models.UniqueConstraint(fields=["assessment", "domain"], name="one_score_per_domain")]


from .contact import Contactmoment  # noqa: E402,F401  (a model in its own module, registered here)
