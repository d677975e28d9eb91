"""Contactmomenten: every contact with or around a resident, however short.

Outreach often takes several visits before there is a gesprek; coordinating with the
network and with organisations takes most of a professional's time. Both are recorded
here, so the file can show time with the resident next to time coordinating around them.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.datum import datum
from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk


class ContactKind(models.TextChoices):
    BEZOEK = "bezoek", _("Bezoek of huisbezoek")
    GEEN_GEHOOR = "geen_gehoor", _("Huisbezoek, niemand thuis of niet opengedaan")
    TELEFOON = "telefoon", _("Telefoongesprek met de inwoner")
    BERICHT = "bericht", _("Bericht, mail of brief aan de inwoner")
    NETWERK = "netwerk", _("Gesprek met iemand uit het netwerk over de inwoner")
    ORGANISATIE = "organisatie", _("Overleg met een organisatie over de inwoner")
    TEAM = "team", _("Overleg in het team over de inwoner")


class Side(models.TextChoices):
    """Whose time it is: with the resident, or coordinating around them."""

    INWONER = "inwoner", _("Met de inwoner")
    COORDINATIE = "coordinatie", _("Afstemmen rond de inwoner")


SIDE_OF = {
    ContactKind.BEZOEK: Side.INWONER, ContactKind.GEEN_GEHOOR: Side.INWONER, ContactKind.TELEFOON: Side.INWONER,
    ContactKind.BERICHT: Side.INWONER, ContactKind.NETWERK: Side.COORDINATIE,
    ContactKind.ORGANISATIE: Side.COORDINATIE, ContactKind.TEAM: Side.COORDINATIE,
}


class Contactmoment(PublicModel):
    """One contact with or about a resident: date, kind, with whom, time spent, a short note."""

    household = household_fk("contactmomenten")
    person = models.ForeignKey("residents.Person", verbose_name=_("over wie"), on_delete=models.PROTECT,
                               related_name="contactmomenten")
    on = models.DateField(_("datum"))
    kind = models.CharField(_("soort contact"), max_length=20, choices=ContactKind.choices)
    side = models.CharField(_("tijd"), max_length=20, choices=Side.choices, editable=False)
    with_whom = models.CharField(_("met wie"), max_length=200, blank=True,
                                 help_text=_("Bijvoorbeeld: de inwoner en haar zoon, of de woningcorporatie."))
    minutes = models.PositiveIntegerField(_("tijd in minuten"))
    note = models.TextField(_("korte notitie"), blank=True, max_length=2000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                               on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("contactmoment")
        verbose_name_plural = _("contactmomenten")
        ordering = ["-on", "-id"]
        indexes = [models.Index(fields=["person", "on"]), models.Index(fields=["household", "side"])]

    def __str__(self):
        return f"{self.get_kind_display()} {datum(self.on, 'kort')}"
