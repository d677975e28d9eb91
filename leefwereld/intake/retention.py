"""Retention of vragen and signalen (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

KINDS = [
    # Selectielijst gemeenten: the dossier of maatschappelijke ondersteuning, 15 years after it ended.
    RecordKind(key="intake.vragen", label=_("Vragen, signalen en opvolging"), years=15, action=ANONYMISE,
               models=("intake.Vraag", "intake.VraagStatus", "intake.LichteAfhandeling", "intake.FollowUp")),
]
