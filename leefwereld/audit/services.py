"""Writing audit events. Called only by access.guard(), inside the caller's transaction."""
from . import context
from .models import AuditEvent


def audit_record(*, actor, action, household=None, person=None, obj=None, reason="", detail=None, using=None):
    """Append one audit event. Runs in the caller's transaction, so a failed change leaves no row.

    `using`: the retention job writes on its own connection (ADR 0039), in its own transaction.
    """
    request = context.current()
    return AuditEvent.objects.db_manager(using).create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=actor.get_full_name() or actor.get_username() if getattr(actor, "pk", None) else "",
        actor_role=getattr(actor, "role", "") or "",
        actor_team_pk=getattr(actor, "team_id", None),
        action=action,
        household_pk=getattr(household, "pk", None),
        household_team_pk=getattr(household, "team_id", None),
        person_pk=getattr(person, "pk", None),
        object_type=obj._meta.label_lower if obj is not None else "",
        object_ref=str(getattr(obj, "public_id", getattr(obj, "pk", "")) or "") if obj is not None else "",
        reason=reason or "",
        detail=detail or {},
        ip=request.ip,
        request_id=request.request_id,
    )
