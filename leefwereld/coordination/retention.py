"""Retention of the work with partners: verwijzingen, grounds for sharing, escalations, safety plans (ADR 0045).

Part of the household's plan, so the plan's period (Selectielijst gemeenten: 15 years after the support
ended, ADR 0039) and the plan's treatment: anonymised. Which parts went to which organisation on which
ground and article, and when, stays (so the file still shows that sharing was lawful); the question,
the reasons and the safety plan's words go.
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import ANONYMISE, RecordKind, anonymous_where

KINDS = [
    RecordKind(key="coordination.samenwerking",
               label=_("Verwijzingen, grondslagen voor delen, escalaties en veiligheidsplannen"), years=15,
               action=ANONYMISE, keep=("parts", "scopes", "article"),
               # A ground of safety must keep a reason (check constraint): the placeholder stands in for it.
               values={"coordination.SharingGround": {"reason": anonymous_where(kind="veiligheid")}},
               models=("coordination.Referral", "coordination.ReferralEvent", "coordination.SharingGround",
                       "coordination.Escalation", "coordination.EscalationStep", "coordination.ActionEntry",
                       "coordination.Veiligheidsplan")),
]
