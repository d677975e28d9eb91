"""Retention of gesprekken, contact moments and assessments (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

KINDS = [
    RecordKind(key="conversations.gesprekken", label=_("Gesprekken, contactmomenten en metingen"), years=15,
               action=ANONYMISE,
               models=("conversations.Gesprek", "conversations.Contactmoment", "conversations.Assessment",
                       "conversations.AssessmentScore")),
]
