"""Lock-out after repeated failed log-ins (django-axes), per account and address, and the unlock."""
import pytest
from django.urls import reverse

from leefwereld.accounts.services import account_unlock
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import NotFoundOrNotAllowed

LOGIN = "workspace:login"


@pytest.fixture(autouse=True)
def three_tries(settings):
    settings.AXES_FAILURE_LIMIT = 3


def _try(client, username, password, address="127.0.0.1"):
    return client.post(reverse(LOGIN), {"username": username, "password": password}, REMOTE_ADDR=address)


def test_too_many_failures_lock_the_account_here_with_a_dutch_message(client, pro):
    assert [_try(client, pro.username, "wrong").status_code for _i in range(2)] == [200, 200]
    locked = _try(client, pro.username, "wrong")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "te vaak een verkeerd wachtwoord" in html and "15 minuten" in html and 'class="utrecht-alert' in html
    # even the right password is refused while locked, with the same page
    assert _try(client, pro.username, "test-password-123").status_code == 429
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 302
    assert AuditEvent.objects.filter(action="security.login_failed", actor=pro).count() == 2
    assert AuditEvent.objects.filter(action="security.locked_out", actor=pro).count() == 2


def test_the_lock_is_per_account_and_address(client, pro, colleague):
    for _i in range(3):
        _try(client, pro.username, "wrong")
    assert _try(client, colleague.username, "test-password-123").status_code == 302
    client.logout()
    assert _try(client, pro.username, "test-password-123", address="10.1.2.3").status_code == 302


def test_an_unknown_name_is_locked_the_same_way_and_logged_without_the_name(client, db):
    responses = [_try(client, "niemand", "wrong").status_code for _i in range(3)]
    assert responses == [200, 200, 429]
    rows = AuditEvent.objects.filter(action__in=["security.login_failed", "security.locked_out"])
    assert rows.count() == 3 and all(r.actor is None and r.detail == {"unknown_username": True} for r in rows)


def test_the_client_address_comes_from_the_trusted_proxy_only(client, pro, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for _i in range(3):
        client.post(reverse(LOGIN), {"username": pro.username, "password": "wrong"},
                    REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.7")
    # the same proxy, another office: not locked
    ok = client.post(reverse(LOGIN), {"username": pro.username, "password": "test-password-123"},
                     REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert ok.status_code == 302
    assert AuditEvent.objects.filter(action="security.locked_out").get().ip == "203.0.113.7"


def test_the_administrator_unlocks_and_that_is_logged(client, pro, beheerder):
    for _i in range(3):
        _try(client, pro.username, "wrong")
    assert account_unlock(actor=beheerder, username=pro.username) == 1
    assert _try(client, pro.username, "test-password-123").status_code == 302
    row = AuditEvent.objects.get(action="security.unlocked")
    assert row.actor == beheerder and row.detail["account"] == pro.pk and row.detail["attempts_cleared"] == 1


def test_only_the_administrator_may_unlock(pro, colleague, teamleider):
    for actor in (colleague, teamleider):
        with pytest.raises(NotFoundOrNotAllowed):
            account_unlock(actor=actor, username=pro.username)
    assert not AuditEvent.objects.filter(action="security.unlocked").exists()


def test_a_lost_phone_the_administrator_removes_the_link_and_the_next_log_in_links_a_new_app(
        client, pro, beheerder, colleague):
    from leefwereld.accounts import two_factor
    from leefwereld.accounts.services import account_two_factor_reset
    from leefwereld.accounts.tests.helpers import linked_app

    linked_app(pro)
    two_factor.recovery_codes_renew(actor=pro)
    with pytest.raises(NotFoundOrNotAllowed):
        account_two_factor_reset(actor=colleague, user=pro)
    assert two_factor.has_app(pro)
    assert account_two_factor_reset(actor=beheerder, user=pro) == 2
    assert not two_factor.has_app(pro)
    row = AuditEvent.objects.get(action="security.otp_reset")
    assert row.actor == beheerder and row.detail["account"] == pro.pk
    assert _try(client, pro.username, "test-password-123")["Location"] == reverse("workspace:enrol")
