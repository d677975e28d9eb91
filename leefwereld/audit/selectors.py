"""Reading the audit log. Callers decide who may read what (see access)."""
from django.db import connection
from django.db.models import Q

from .models import AuditEvent


def _shown(person_pk):
    """Rows whose list showed this person: their id in detail["shown"]. PostgreSQL asks a GIN index on
    that array (`@>`, migration audit 0005); SQLite reads the array's text ("[1,2]")."""
    if connection.vendor == "postgresql":
        return Q(detail__shown__contains=[int(person_pk)])
    return Q(detail__shown__regex=rf"[\[ ,]{int(person_pk)}[,\]]")


def audit_events_for_team(*, team_pk, actor_pk=None, action=None, person_pk=None, household_pk=None,
                          date_from=None, date_to=None):
    """Events by members of a team or about households of that team, newest first.

    With a person: the events about them, about their household as a whole (a plan), and the lists
    that showed them.
    """
    qs = AuditEvent.objects.filter(Q(actor_team_pk=team_pk) | Q(household_team_pk=team_pk))
    if actor_pk:
        qs = qs.filter(actor_id=actor_pk)
    if action:
        qs = qs.filter(action=action)
    if person_pk:
        about = Q(person_pk=person_pk) | _shown(person_pk)
        if household_pk:
            about |= Q(household_pk=household_pk, person_pk__isnull=True)
        qs = qs.filter(about)
    if date_from:
        qs = qs.filter(at__date__gte=date_from)
    if date_to:
        qs = qs.filter(at__date__lte=date_to)
    return qs.order_by("-at", "-id")


def audit_events_for_person(*, person_pk, household_pk=None):
    """Events about this person and the lists that showed them; with a household, also the events about the
    household as a whole (its plan), as the resident's "who looked" shows them."""
    about = Q(person_pk=person_pk) | _shown(person_pk)
    if household_pk:
        about |= Q(household_pk=household_pk, person_pk__isnull=True)
    return AuditEvent.objects.filter(about).order_by("-at", "-id")
