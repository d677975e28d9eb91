"""The replica router (ADR 0041), on either database: which reads may go to the replica, and when not."""
import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory

from leefwereld.accounts.models import User
from leefwereld.audit.models import AuditEvent
from leefwereld.core import replica
from leefwereld.koppelingen.models import Aanbieder


@pytest.fixture
def router(monkeypatch):
    monkeypatch.setattr(replica, "configured", lambda: True)
    return replica.ReplicaRouter()


def _reading(router, *models):
    """Where each model is read from inside a marked view, on a GET of a signed-in session."""
    seen = []

    @replica.replica_reads
    def view(request):
        seen.extend(router.db_for_read(m) or "default" for m in models)
        return HttpResponse()

    request = RequestFactory().get("/kompas/")
    request.session = {}
    view(request)
    return seen


def test_only_marked_views_read_from_the_replica(router):
    assert router.db_for_read(Aanbieder) is None  # outside a marked view: the primary
    assert _reading(router, Aanbieder) == ["replica"]


def test_who_may_see_what_and_who_is_signed_in_is_always_read_from_the_primary(router):
    from leefwereld.access.models import HouseholdAccess
    assert _reading(router, User, AuditEvent, HouseholdAccess, Aanbieder) == ["default", "default", "default",
                                                                              "replica"]


def test_writes_and_migrations_only_on_the_primary(router):
    assert router.db_for_write(Aanbieder) == "default" and router.db_for_write(AuditEvent) == "default"
    assert router.allow_migrate("replica", "kompas") is False and router.allow_migrate("default", "kompas") is True


@pytest.mark.django_db
def test_inside_a_transaction_on_the_primary_reads_stay_there(router):
    with transaction.atomic():
        assert _reading(router, Aanbieder) == ["default"]


def test_a_write_in_the_request_keeps_its_later_reads_on_the_primary(router):
    seen = []

    @replica.replica_reads
    def view(request):
        seen.append(router.db_for_read(Aanbieder))
        router.db_for_write(AuditEvent)  # the page's audit row: not a reason to stay on the primary
        seen.append(router.db_for_read(Aanbieder))
        router.db_for_write(Aanbieder)
        seen.append(router.db_for_read(Aanbieder))
        return HttpResponse()

    request = RequestFactory().get("/kompas/")
    request.session, request.user = {}, type("U", (), {"is_authenticated": True})()
    replica.StickyPrimaryMiddleware(view)(request)
    assert seen == ["replica", "replica", None]
    # ... and the session stays on the primary for a while (read your own writes, on any app server).
    assert request.session[replica.SESSION_KEY] > 0
    assert _sticky_reads(router, request.session) == ["default"]


def test_a_post_makes_the_session_sticky_and_a_get_that_only_reads_does_not(router):
    user = type("U", (), {"is_authenticated": True})()
    for method, sticky in (("get", False), ("post", True)):
        request = getattr(RequestFactory(), method)("/kompas/")
        request.session, request.user = {}, user
        replica.StickyPrimaryMiddleware(lambda r: HttpResponse())(request)
        assert (replica.SESSION_KEY in request.session) is sticky


def _sticky_reads(router, session):
    seen = []

    @replica.replica_reads
    def view(request):
        seen.append(router.db_for_read(Aanbieder) or "default")
        return HttpResponse()

    request = RequestFactory().get("/kompas/")
    request.session = session
    view(request)
    return seen
