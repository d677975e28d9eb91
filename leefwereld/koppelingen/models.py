"""The exchange with partner systems: providers (iWmo/iJw), the BRP, the zaaksysteem.

Every message in and out is kept as it was (Bericht), appended and never edited; the status on a
Toewijzing is a copy for fast lists, like Procedure.status.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk

from .istandaarden import leesbaar


class Standaard(models.TextChoices):
    WMO = "wmo", _("iWmo (Wmo 2015)")
    JW = "jw", _("iJw (Jeugdwet)")


class Aanbieder(models.Model):
    """A provider the municipality assigns care to: its AGB-code and the address of its mailbox."""

    name = models.CharField(_("naam"), max_length=200)
    agb_code = models.CharField(_("AGB-code"), max_length=8, unique=True)
    endpoint = models.URLField(_("adres voor berichten"), blank=True,
                               help_text=_("Waar het berichtenverkeer (iWmo/iJw) deze aanbieder bereikt."))
    active = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("aanbieder")
        verbose_name_plural = _("aanbieders")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.agb_code})"


class ToewijzingStatus(models.TextChoices):
    KLAAR = "klaar", _("Klaar om te versturen")
    VERZONDEN = "verzonden", _("Verzonden, wacht op antwoord")
    ONTVANGEN = "ontvangen", _("Ontvangen door de aanbieder")
    AFGEKEURD = "afgekeurd", _("Afgekeurd door de aanbieder")
    GESTART = "gestart", _("Zorg gestart")
    GESTOPT = "gestopt", _("Zorg gestopt")


class Toewijzing(PublicModel):
    """The assignment of one provision (zorg in natura) to a provider: the 301 message's content.

    `nummer` is the ToewijzingNummer, unique within the law. Start and stop come from the provider.
    """

    household = household_fk("toewijzingen")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    voorziening = models.ForeignKey("decisions.Voorziening", verbose_name=_("voorziening"),
                                    on_delete=models.PROTECT, related_name="toewijzingen")
    aanbieder = models.ForeignKey(Aanbieder, verbose_name=_("aanbieder"), on_delete=models.PROTECT,
                                  related_name="toewijzingen")
    standaard = models.CharField(_("standaard"), max_length=3, choices=Standaard.choices)
    nummer = models.CharField(_("toewijzingnummer"), max_length=8, null=True, unique=True)
    product_categorie = models.CharField(_("productcategorie"), max_length=2)
    product_code = models.CharField(_("productcode"), max_length=5, blank=True)
    ingangsdatum = models.DateField(_("vanaf"))
    einddatum = models.DateField(_("tot en met"), null=True, blank=True)
    volume = models.PositiveIntegerField(_("volume"), null=True, blank=True)
    eenheid = models.CharField(_("eenheid"), max_length=2, blank=True)
    frequentie = models.CharField(_("frequentie"), max_length=1, blank=True)
    budget = models.PositiveIntegerField(_("budget in centen"), null=True, blank=True)
    status = models.CharField(_("stand"), max_length=20, choices=ToewijzingStatus.choices,
                              default=ToewijzingStatus.KLAAR, db_index=True)
    begindatum = models.DateField(_("zorg gestart op"), null=True, blank=True)
    einddatum_zorg = models.DateField(_("zorg gestopt op"), null=True, blank=True)
    reden_beeindiging = models.CharField(_("reden van stoppen"), max_length=2, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("toegewezen door"), on_delete=models.PROTECT,
                           related_name="+")

    class Meta:
        verbose_name = _("toewijzing")
        verbose_name_plural = _("toewijzingen")
        ordering = ["-created_at", "-id"]


class VerzoekStatus(models.TextChoices):
    OPEN = "open", _("Open")
    AFGEHANDELD = "afgehandeld", _("Afgehandeld")


class VerzoekOmToewijzing(models.Model):
    """A provider's request for an assignment (315): kept for a professional to decide on."""

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="+")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               null=True, blank=True, related_name="+")
    aanbieder = models.ForeignKey(Aanbieder, verbose_name=_("aanbieder"), on_delete=models.PROTECT,
                                  related_name="verzoeken")
    standaard = models.CharField(_("standaard"), max_length=3, choices=Standaard.choices)
    referentie = models.CharField(_("referentie van de aanbieder"), max_length=15)
    bsn = models.CharField(_("BSN"), max_length=9)
    achternaam = models.CharField(_("achternaam"), max_length=200)
    product_categorie = models.CharField(_("productcategorie"), max_length=2, blank=True)
    product_code = models.CharField(_("productcode"), max_length=5, blank=True)
    ingangsdatum = models.DateField(_("gevraagd vanaf"))
    einddatum = models.DateField(_("gevraagd tot en met"), null=True, blank=True)
    volume = models.PositiveIntegerField(_("volume"), null=True, blank=True)
    eenheid = models.CharField(_("eenheid"), max_length=2, blank=True)
    frequentie = models.CharField(_("frequentie"), max_length=1, blank=True)
    verwijzer = models.CharField(_("verwijzer"), max_length=2)
    verwijzer_naam = models.CharField(_("naam verwijzer"), max_length=35, blank=True)
    commentaar = models.TextField(_("toelichting"), blank=True)
    status = models.CharField(_("stand"), max_length=20, choices=VerzoekStatus.choices, default=VerzoekStatus.OPEN)
    at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verzoek om toewijzing")
        verbose_name_plural = _("verzoeken om toewijzing")
        ordering = ["-at", "-id"]
        constraints = [models.UniqueConstraint(fields=["aanbieder", "standaard", "referentie"],
                                               name="verzoek_referentie_unique")]


class Richting(models.TextChoices):
    UIT = "uit", _("Verstuurd")
    IN = "in", _("Ontvangen")


class Bericht(models.Model):
    """One iWmo/iJw message as it was sent or received, with the return codes it got or gave."""

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="+")
    aanbieder = models.ForeignKey(Aanbieder, verbose_name=_("aanbieder"), on_delete=models.PROTECT,
                                  related_name="berichten")
    toewijzing = models.ForeignKey(Toewijzing, verbose_name=_("toewijzing"), on_delete=models.PROTECT, null=True,
                                   blank=True, related_name="berichten")
    antwoord_op = models.ForeignKey("self", verbose_name=_("antwoord op"), on_delete=models.PROTECT, null=True,
                                    blank=True, related_name="antwoorden")
    richting = models.CharField(_("richting"), max_length=3, choices=Richting.choices)
    soort = models.CharField(_("bericht"), max_length=6, help_text=_("Bijvoorbeeld: wmo301."))
    identificatie = models.CharField(_("identificatie"), max_length=12, blank=True)
    xml = models.TextField(_("bericht"))
    retourcodes = models.CharField(_("retourcodes"), max_length=200, blank=True)
    uitleg = models.TextField(_("uitleg"), blank=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["aanbieder", "richting", "verstuurd_op"], name="bericht_outbox")]

    @property
    def needs_attention(self):
        """Refused either way, or not readable as a message of ours."""
        return bool(self.retourcodes and self.retourcodes != "0200") or (self.richting == Richting.IN
                                                                         and not self.soort)

    @property
    def leesbare_codes(self):
        return leesbaar.codes(self.retourcodes)

    @property
    def beschrijving(self):
        return leesbaar.beschrijving(self.soort) if self.soort else ""


class ZaakRegistratie(models.Model):
    """A decision registered as a zaak in the zaaksysteem (ZGW), with its letter as a document."""

    household = household_fk()
    beschikking = models.OneToOneField("decisions.Beschikking", verbose_name=_("beschikking"),
                                       on_delete=models.PROTECT, related_name="zaak")
    zaak_url = models.URLField(_("zaak"), max_length=1000)
    document_url = models.URLField(_("document"), max_length=1000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("zaak in het zaaksysteem")
        verbose_name_plural = _("zaken in het zaaksysteem")
