"""Reads of aggregate pages from a PostgreSQL read replica (issue 20, ADR 0041).

Only views marked with @replica_reads, on a GET, read from the replica, and then only:
- when DATABASE_REPLICA_URL configured the "replica" database;
- when this session wrote nothing in the last REPLICA_STICKY_SECONDS (read your own writes: after a write
  the session stays on the primary for a while, shared between app servers through the session);
- when nothing was written in this request and no transaction is open on the primary;
- for models that decide who may see what or who is signed in: never (accounts, sessions, second factor,
  lock-out, the access grants, the audit log are always read from the primary).
Every write goes to the primary; migrations run only there.
"""
import contextvars
import functools
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
PRIMARY_ONLY_APPS = frozenset({"accounts", "sessions", "otp_totp", "otp_static", "django_otp", "axes", "access",
                               "audit", "contenttypes", "auth"})
# A write to these does not make the session sticky: the audit row of a page view, a session or lock-out.
NOT_STICKY_APPS = frozenset({"audit", "sessions", "axes"})
SESSION_KEY = "_primary_until"

_reads = contextvars.ContextVar("leefwereld_replica_reads", default=False)
_wrote = contextvars.ContextVar("leefwereld_wrote", default=None)


def configured():
    return REPLICA in connections.databases


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if not _reads.get() or not configured() or model._meta.app_label in PRIMARY_ONLY_APPS:
            return None
        wrote = _wrote.get()
        if (wrote and wrote[0]) or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return None
        return REPLICA

    def db_for_write(self, model, **hints):
        wrote = _wrote.get()
        if wrote is not None and model._meta.app_label not in NOT_STICKY_APPS:
            wrote[0] = True
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db != REPLICA


def _sticky(request):
    session = getattr(request, "session", None)
    return session is not None and session.get(SESSION_KEY, 0) > time.time()


def replica_reads(view):
    """Mark a read-only view of aggregates: on a GET its reads may come from the replica."""
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or not configured() or _sticky(request):
            return view(request, *args, **kwargs)
        token = _reads.set(True)
        try:
            return view(request, *args, **kwargs)
        finally:
            _reads.reset(token)
    wrapper.replica_reads = True
    return wrapper


class StickyPrimaryMiddleware:
    """After a request that wrote (or any POST), the session reads from the primary for a short while."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not configured():
            return self.get_response(request)
        wrote = [False]
        token = _wrote.set(wrote)
        try:
            response = self.get_response(request)
        finally:
            _wrote.reset(token)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and (wrote[0] or request.method not in ("GET", "HEAD")):
            # Saved by the session middleware, which sits outside this one.
            request.session[SESSION_KEY] = time.time() + settings.REPLICA_STICKY_SECONDS
        return response
