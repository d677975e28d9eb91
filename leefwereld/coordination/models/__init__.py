"""Samenwerken: the sociale kaart, grounds for sharing, referrals, safety and escalation."""
from .escalation import Escalation, EscalationRung, EscalationStatus, EscalationStep
from .kaart import ActionEntry, KaartEntry, Law, Level, Organisation, OrganisationKind, Wijk
from .referrals import Referral, ReferralEvent, ReferralEventKind, ReferralStatus
from .sharing import (  # noqa: I001
    ConsentHow,
    GroundKind,
    SafetyGround,
    Scope,
    SharingGround,
    Veiligheidsplan,
)

__all__ = [
    "ActionEntry", "ConsentHow", "Escalation", "EscalationRung", "EscalationStatus", "EscalationStep", "GroundKind",
    "KaartEntry", "Law", "Level", "Organisation", "OrganisationKind", "Referral", "ReferralEvent", "ReferralEventKind",
    "ReferralStatus", "SafetyGround", "Scope", "SharingGround", "Veiligheidsplan", "Wijk",
]
