"""What a system client may do, in Dutch as the municipal APIs name it, and how confidential its data is.

A scope opens a group of endpoints for reading or writing; the access policy still decides per object,
for the account the client acts as (ADR 0033). The confidentiality levels are the ZGW
vertrouwelijkheidaanduidingen: a client sees no resource classified above its own level.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _

SCOPES = {
    "personen.lezen": _("Personen en huishoudens lezen"),
    "vragen.lezen": _("Vragen en signalen lezen"),
    "vragen.schrijven": _("Vragen en signalen registreren"),
    "contactmomenten.lezen": _("Contactmomenten lezen"),
    "contactmomenten.schrijven": _("Contactmomenten vastleggen"),
    "gesprekken.lezen": _("Gesprekken en metingen leefgebieden lezen"),
    "plannen.lezen": _("Plannen met doelen en acties lezen"),
    "plannen.schrijven": _("Plannen wijzigen en doelen toevoegen"),
    "samenwerken.lezen": _("Verwijzingen en grondslagen voor delen (toestemmingen) lezen"),
    "toestemmingen.schrijven": _("Toestemmingen vastleggen en intrekken"),
    "sociale-kaart.lezen": _("Sociale kaart lezen"),
    "besluiten.lezen": _("Meldingen, aanvragen en beschikkingen lezen"),
    "besluiten.schrijven": _("Beschikkingen toelichten en vaststellen"),
    "logboek.lezen": _("Logboek van het team lezen"),
    "documenten.lezen": _("Documenten in een dossier lezen en downloaden (elke download in het logboek)"),
    "documenten.schrijven": _("Documenten toevoegen aan een dossier"),
}


class Vertrouwelijkheid(models.IntegerChoices):
    """Ordered: a client with a level sees everything classified at that level or below."""

    OPENBAAR = 1, _("openbaar")
    BEPERKT_OPENBAAR = 2, _("beperkt openbaar")
    INTERN = 3, _("intern")
    ZAAKVERTROUWELIJK = 4, _("zaakvertrouwelijk")
    VERTROUWELIJK = 5, _("vertrouwelijk")
    CONFIDENTIEEL = 6, _("confidentieel")
    GEHEIM = 7, _("geheim")
    ZEER_GEHEIM = 8, _("zeer geheim")


# The BSN is shown only to a client cleared for confidential data (the person's other fields are lower).
BSN_LEVEL = Vertrouwelijkheid.CONFIDENTIEEL
