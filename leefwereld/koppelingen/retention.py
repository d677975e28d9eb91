"""Retention of the exchange with providers and the zaaksysteem (ADR 0045): they follow the decisions.

Anonymised like the beschikking they carry out: the codes of the iStandaarden (product, unit, frequency,
reason for stopping, the message's kind and return codes) stay, so the counts per provider still add
up; the message's XML, BSN, names, numbers and links go. The provider's own reference stays: it is unique
per provider and says nothing without the provider's records. Assignments under the iJw keep 20 years.
"""
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind
from leefwereld.decisions.retention import jeugd_beschikking

from .models import Standaard

JEUGD = {
    "koppelingen.Toewijzing": Q(standaard=Standaard.JW),
    "koppelingen.VerzoekOmToewijzing": Q(standaard=Standaard.JW),
    "koppelingen.Bericht": Q(soort__startswith=Standaard.JW) | Q(toewijzing__standaard=Standaard.JW),
    "koppelingen.ZaakRegistratie": Q(jeugd_beschikking("beschikking")),
}
MODELS = tuple(JEUGD)
KEEP = ("product_categorie", "product_code", "eenheid", "frequentie", "reden_beeindiging", "referentie", "verwijzer",
        "soort", "retourcodes")

KINDS = [
    # Jeugdwet art. 7.3.8, as decisions.jeugd.
    RecordKind(key="koppelingen.jeugd", label=_("Toewijzingen en berichten onder de Jeugdwet (iJw)"), years=20,
               min_years=20, action=ANONYMISE, models=MODELS, where=JEUGD, keep=KEEP),
    # Selectielijst gemeenten, as decisions.besluiten.
    RecordKind(key="koppelingen.berichten", label=_("Toewijzingen, berichten en zaken (iWmo, zaaksysteem)"),
               years=15, action=ANONYMISE, models=MODELS, where={label: ~q for label, q in JEUGD.items()}, keep=KEEP),
]
