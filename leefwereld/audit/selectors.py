"""Reading the audit log. Callers decide who may read what (see access)."""
from .models import AuditEvent


def audit_events_for_team(*, team_pk, actor_pk=None, action=None, person_pk=None, date_from=None, date_to=None):
    """Events by members of a team or about households of that team, newest first."""
    from django.db.models import Q

    qs = AuditEvent.objects.filter(Q(actor_team_pk=team_pk) | Q(household_team_pk=team_pk))
    if actor_pk:
        qs = qs.filter(actor_id=actor_pk)
    if action:
        qs = qs.filter(action=action)
    if person_pk:
        qs = qs.filter(person_pk=person_pk)
    if date_from:
        qs = qs.filter(at__date__gte=date_from)
    if date_to:
        qs = qs.filter(at__date__lte=date_to)
    return qs.order_by("-at", "-id")


def audit_events_for_person(*, person_pk):
    return AuditEvent.objects.filter(person_pk=person_pk).order_by("-at", "-id")
