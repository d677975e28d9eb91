"""Retention of plans (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind, anonymous_where

KINDS = [
    # Selectielijst gemeenten, ondersteuningsplan Wmo: 15 years after the support ended.
    RecordKind(key="plans.plannen", label=_("Plannen, doelen, acties en versies"), years=15, action=ANONYMISE,
               models=("plans.Plan", "plans.Goal", "plans.Action", "plans.PlanVersion", "plans.RegieChange",
                       "plans.Review", "plans.Agreement", "plans.Evaluation", "plans.GoalScore"),
               # A representative's agreement must name someone (check constraint): the placeholder does.
               values={"plans.Agreement": {"representative_name": anonymous_where(speaker_kind="vertegenwoordiger")}}),
]
