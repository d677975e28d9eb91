"""Retention of afwijkingen and their discussion (ADR 0045).

An afwijking is part of the household's support, so the plan's period (15 years, ADR 0039), anonymised:
which guideline, the amount, the steps and whether it became the rule stay (the team's learning counts
them), the real reasons in the professional's words go.
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind

KINDS = [
    RecordKind(key="ruimte.afwijkingen", label=_("Afwijkingen van een richtlijn en hun bespreking"), years=15,
               action=ANONYMISE, models=("ruimte.Deviation", "ruimte.DeviationStep", "ruimte.Bespreking")),
]
