"""Snapshots of a plan, and the rule for when a change needs a new vier-ogen review."""
from django.db.models import Prefetch

from leefwereld.core.versioning import save_versioned

from ..models import Action, Decision, Goal, PlanStatus, PlanVersion, Review


def snapshot(plan) -> dict:
    """The whole plan as plain data: names and words, and choices as codes.

    Codes, not labels: a label is in the language of whoever made the change, and a
    comparison must not call a row changed because a colleague reads English.
    """
    actions = Action.objects.filter(archived=False).select_related("network_member")
    goals = (Goal.objects.filter(plan=plan, archived=False).select_related("person", "network_member")
             .prefetch_related("domains", Prefetch("actions", queryset=actions)))
    return {
        "regie": {"kind": plan.regie_kind, "holder": regie_holder_name(plan),
                  "support": plan.regie_support},
        "goals": [{
            "id": str(goal.public_id),
            "owner": goal.owner, "who": goal.owner_name,
            "words": goal.words,
            "domains": [d.name for d in goal.domains.all()],
            "actions": [{
                "id": str(a.public_id), "what": a.what, "kind": a.actor_kind,
                "actor": a.network_member.name if a.network_member else a.actor_name,
                "starts_on": a.starts_on.isoformat() if a.starts_on else "",
                "ends_on": a.ends_on.isoformat() if a.ends_on else "",
                "status": a.status,
            } for a in goal.actions.all()],
        } for goal in goals],
    }


def regie_holder_name(plan) -> str:
    if plan.regie_person_id:
        return plan.regie_person.full_name
    if plan.regie_network_id:
        return plan.regie_network.name
    if plan.regie_professional_id:
        return plan.regie_professional.get_full_name()
    return ""


def new_version(*, actor, plan, expected_version, kind, substantive, subject="", extra=None):
    """Append a PlanVersion and bump the plan. A substantive change after review asks for a new review."""
    plan.refresh_from_db()  # the caller's copy may be stale (e.g. goal.plan); the lock below decides
    changes = {"revision": plan.revision + 1, **(extra or {})}
    if substantive and plan.status in (PlanStatus.LOPEND, PlanStatus.TER_BEOORDELING):
        changes["status"] = PlanStatus.CONCEPT
        Review.objects.filter(plan=plan, decision=Decision.OPEN).update(decision=Decision.VERVALLEN)
    save_versioned(plan, expected_version=expected_version, changes=changes)
    return PlanVersion.objects.create(household_id=plan.household_id, plan=plan, number=plan.revision,
                                      snapshot=snapshot(plan), kind=kind, subject=subject[:300],
                                      substantive=substantive,
                                      created_by=actor)
