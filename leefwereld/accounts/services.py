"""Sign-in events and the administrator's unlock. Security rows go through audit.security_record."""
from axes.utils import reset as axes_reset

from leefwereld.audit.security import security_record
from leefwereld.core.errors import NotFoundOrNotAllowed

from . import two_factor
from .models import Role, User


def _account(username):
    return User.objects.filter(username=(username or "")).first()


def login_failed_record(*, username):
    """A wrong password. Names the account only if it exists; an unknown name is never stored
    (people type their password in the username field)."""
    user = _account(username)
    security_record(action="security.login_failed", actor=user,
                    detail={} if user else {"unknown_username": True})


def locked_out_record(*, username):
    user = _account(username)
    security_record(action="security.locked_out", actor=user,
                    detail={} if user else {"unknown_username": True})


def logout_record(*, actor, reason="user"):
    security_record(action="security.logout", actor=actor, detail={"reason": reason})


def password_changed_record(*, actor):
    security_record(action="security.password_changed", actor=actor)


def _administrator_only(actor):
    if not (actor and actor.is_active and (actor.role == Role.BEHEERDER or actor.is_superuser)):
        raise NotFoundOrNotAllowed("not found")


def account_unlock(*, actor, username):
    """Lift a lock-out (django-axes) for one account, from every address. Only the functional administrator."""
    _administrator_only(actor)
    cleared = axes_reset(username=username)
    user = _account(username)
    security_record(action="security.unlocked", actor=actor,
                    detail={"account": user.pk if user else None, "username": user.username if user else "",
                            "attempts_cleared": cleared})
    return cleared


def account_two_factor_reset(*, actor, user):
    """A lost phone: remove the linked app and recovery codes; the next log-in links a new app.
    Only the functional administrator."""
    _administrator_only(actor)
    removed = two_factor.devices_remove(user=user)
    security_record(action="security.otp_reset", actor=actor,
                    detail={"account": user.pk, "username": user.username, "devices_removed": removed})
    return removed
