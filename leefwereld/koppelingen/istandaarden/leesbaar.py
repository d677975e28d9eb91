"""A message made readable: its return codes in words and its fields in order, for the exchange pages.

The element names are the standard's own vocabulary (iStandaarden), shown as they are, split into words;
the raw XML stays behind a disclosure on the page.
"""
import re

from django.utils.translation import gettext_lazy as _
from lxml import etree

from . import schemas

# The return codes Leefwereld gives or gets (COD954), in words.
RETOURCODES = {
    "0200": _("Goedgekeurd"),
    "0233": _("Niet beoordeeld: een ander deel van het bericht werd afgekeurd"),
    "0001": _("Bericht afgekeurd: ongeldig of niet voor deze gemeente"),
    "8848": _("Dagtekening ligt na vandaag"),
    "9019": _("Er is geen toewijzing waar dit bij hoort"),
    "9056": _("Dit bericht is al eerder ontvangen (zelfde identificatie)"),
    "9063": _("Er is geen eerdere aanlevering om te wijzigen of te verwijderen"),
    "9069": _("Er is geen start zorg met dezelfde sleutel"),
    "9071": _("De zorg is al gestopt: de start kan niet weg"),
    "9074": _("Dit is al eerder aangeleverd"),
    "9347": _("De referentie van de aanbieder is niet uniek"),
    "9374": _("Er loopt al een verzoek om toewijzing"),
}
BESCHRIJVING = {"301": _("Toewijzing"), "302": _("Retour toewijzing"), "305": _("Start zorg"),
                "306": _("Retour start zorg"), "307": _("Stop zorg"), "308": _("Retour stop zorg"),
                "315": _("Verzoek om toewijzing"), "316": _("Retour verzoek om toewijzing")}


def codes(text):
    """[(code, meaning)] for a Bericht's comma-separated return codes."""
    return [(c, RETOURCODES.get(c, _("Onbekende code"))) for c in text.split(",") if c]


def beschrijving(soort):
    return BESCHRIJVING.get(soort[-3:], soort)


def _label(tag):
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", etree.QName(tag).localname).capitalize()


def velden(xml):
    """The message's fields as [(section, [(label, value)])]: the header, the client, each product.

    A message that cannot be read gives []: the page then shows the raw text only.
    """
    try:
        root = schemas.parse(xml.encode() if isinstance(xml, str) else xml)
    except schemas.Ongeldig:
        return []
    sections = []

    def walk(el, section, path):
        kids = [c for c in el if isinstance(c.tag, str)]
        if not kids:
            if (el.text or "").strip():
                section[1].append((" › ".join(path), el.text.strip()))
            return
        for kid in kids:
            if etree.QName(el).localname.endswith("Producten"):  # each product its own section
                own = (_label(kid.tag), [])
                sections.append(own)
                walk(kid, own, [])
            else:
                walk(kid, section, [*path, _label(kid.tag)])

    for top in (c for c in root if isinstance(c.tag, str)):
        own = (_label(top.tag), [])
        sections.append(own)
        walk(top, own, [])
    return [s for s in sections if s[1]]
