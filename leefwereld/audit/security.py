"""Security events (log-ins, failures, lock-outs, refused attempts): rows in the same append-only log.

Every one is written through security_record(), in its own transaction, from places that run outside
the request's transaction (sign-in views, the lock-out response, the 404 of a refused attempt), so a
failing request never takes its security row with it.
"""
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent
from .services import audit_record

PREFIX = "security."
SECURITY_EVENTS = {
    "security.login": _("Ingelogd"),
    "security.login_failed": _("Inloggen mislukt"),
    "security.locked_out": _("Geblokkeerd na te veel pogingen"),
    "security.otp_failed": _("Onjuiste inlogcode"),
    "security.otp_enrolled": _("Authenticator-app gekoppeld"),
    "security.recovery_codes": _("Nieuwe herstelcodes gemaakt"),
    "security.otp_reset": _("Koppeling met de app verwijderd door de beheerder"),
    "security.password_changed": _("Wachtwoord gewijzigd"),
    "security.logout": _("Uitgelogd"),
    "security.unlocked": _("Blokkade opgeheven"),
    "security.refused": _("Geweigerd: niet gevonden of geen toegang"),
    "security.view_log": _("Beveiligingslog bekeken"),
}


def security_record(*, action, actor=None, detail=None):
    """Append one security event in its own transaction. `actor` is None when nobody is known."""
    if action not in SECURITY_EVENTS:
        raise ValueError(f"Unknown security event {action!r}: add it to SECURITY_EVENTS.")
    with transaction.atomic():
        return audit_record(actor=actor, action=action, detail=detail)


def security_events(*, team_pk=None, actor_pk=None, action=None, date_from=None, date_to=None):
    """Security events, newest first; with team_pk only those of that team's members."""
    qs = AuditEvent.objects.filter(action__startswith=PREFIX)
    if team_pk is not None:
        qs = qs.filter(actor_team_pk=team_pk)
    if actor_pk:
        qs = qs.filter(actor_id=actor_pk)
    if action:
        qs = qs.filter(action=action)
    if date_from:
        qs = qs.filter(at__date__gte=date_from)
    if date_to:
        qs = qs.filter(at__date__lte=date_to)
    return qs.order_by("-at", "-id")
