"""Retention of procedures, beschikkingen, letters and bezwaren (ADR 0045).

Anonymised, not removed: which law and article, what came of it, how much, who of the staff decided and
when all stay (money's bookings and the providers' assignments point at them, and the counts must still
add up); the words, every version's snapshot and the letter's PDF go. A decision under the Jeugdwet
keeps the youth file's 20 years; one under the Wmo 2015 or the Participatiewet 15.
"""
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

from .models import Voorziening, Wet


def jeugd_beschikking(ref):
    """True for a beschikking (reached by `ref` from the row) with a provision under the Jeugdwet: then the
    whole decision, its letter, versions, steps and bezwaren keep the Jeugdwet's period."""
    return Exists(Voorziening.objects.filter(beschikking=OuterRef(ref), wet=Wet.JEUGDWET))


JEUGD = {
    "decisions.Procedure": Q(wet=Wet.JEUGDWET),
    "decisions.TermijnWijziging": Q(procedure__wet=Wet.JEUGDWET),
    "decisions.Ingebrekestelling": Q(procedure__wet=Wet.JEUGDWET),
    "decisions.Beschikking": Q(jeugd_beschikking("pk")),
    **{label: Q(jeugd_beschikking("beschikking")) for label in (
        "decisions.Voorziening", "decisions.BeschikkingVersie", "decisions.BeschikkingStap", "decisions.Brief",
        "decisions.Bezwaar")},
}
MODELS = tuple(JEUGD)
# The article and unit say what kind of provision it was, not whose: they stay with the amounts.
KEEP = ("artikel", "unit")

KINDS = [
    # Jeugdwet art. 7.3.8: the youth file 20 years after the help; the law's minimum (ADR 0039, 0045).
    RecordKind(key="decisions.jeugd", label=_("Procedures, beschikkingen en bezwaren onder de Jeugdwet"), years=20,
               min_years=20, action=ANONYMISE, models=MODELS, where=JEUGD, keep=KEEP),
    # Wmo 2015 and Participatiewet: no term in the laws themselves; the VNG Selectielijst gemeenten keeps the
    # file of an individual provision 15 years after it ended (as intake, plans and gesprekken, ADR 0039).
    RecordKind(key="decisions.besluiten", label=_("Procedures, beschikkingen en bezwaren (Wmo, Participatiewet)"),
               years=15, action=ANONYMISE, models=MODELS, where={label: ~q for label, q in JEUGD.items()},
               keep=KEEP),
]
