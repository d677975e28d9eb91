"""Retention of the household's own file: the people, their network and history (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

ANONYMOUS = "Geanonimiseerd"

KINDS = [
    # Jeugdwet art. 7.3.8: 20 years; one household file holds the children's help too, so the longest applies.
    RecordKind(
        key="residents.dossier", label=_("Personen, huishouden en netwerk"), years=20, action=ANONYMISE,
        models=("residents.Person", "residents.NetworkMember", "residents.MemberSituation", "residents.Assignment",
                "residents.DossierAfsluiting", "residents.Household"),
        values={"residents.Person": {"family_name": ANONYMOUS, "birth_date": None, "situation_since": None,
                                     "contactpersoon": None, "stand_in": None},
                "residents.Household": {"name": ANONYMOUS}},
    ),
]
