"""Signing in with two steps (docs/adr/0005): password, then an app code or a recovery code."""
import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from leefwereld.accounts import two_factor
from leefwereld.accounts.tests.helpers import linked_app
from leefwereld.audit.models import AuditEvent

PASSWORD = "test-password-123"


def _code(device):
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def _password_step(client, user, password=PASSWORD, next_url=None):
    url = reverse("workspace:login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": user.username, "password": password})


def _events(action):
    return list(AuditEvent.objects.filter(action=action))


def test_a_password_alone_leads_to_the_code_step_not_to_the_work(client, pro):
    linked_app(pro)
    response = _password_step(client, pro, next_url="/zoeken/")
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:login_code") + "?next=%2Fzoeken%2F"
    refused = client.get(reverse("workspace:werkvoorraad"))
    assert refused.status_code == 302 and refused["Location"].startswith(reverse("workspace:login_code"))
    assert client.get(reverse("workspace:search")).status_code == 302
    # htmx asks for a full-page redirect rather than swapping the code page into a fragment
    htmx = client.get(reverse("workspace:search"), HTTP_HX_REQUEST="true")
    assert htmx.status_code == 204 and htmx["HX-Redirect"].startswith(reverse("workspace:login_code"))
    assert _events("security.login") == []


def test_the_code_from_the_app_opens_the_page_asked_for(client, pro):
    device = linked_app(pro)
    _password_step(client, pro, next_url="/zoeken/")
    response = client.post(reverse("workspace:login_code"), {"code": _code(device), "next": "/zoeken/"})
    assert response.status_code == 302 and response["Location"] == "/zoeken/"
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    [event] = _events("security.login")
    assert event.actor == pro and event.detail == {"method": "app"} and event.ip == "127.0.0.1"


def test_a_wrong_code_is_refused_logged_and_throttled(client, pro):
    device = linked_app(pro)
    _password_step(client, pro)
    wrong = "000000" if _code(device) != "000000" else "111111"
    response = client.post(reverse("workspace:login_code"), {"code": wrong})
    assert response.status_code == 200 and "Deze code klopt niet" in response.content.decode()
    assert [e.actor for e in _events("security.otp_failed")] == [pro]
    # Straight after a wrong code even the right one waits (django-otp's throttling)
    response = client.post(reverse("workspace:login_code"), {"code": _code(device)})
    assert "te vaak een onjuiste code" in response.content.decode()
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 302
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None, throttling_failure_count=0)
    assert client.post(reverse("workspace:login_code"), {"code": _code(device)}).status_code == 302
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200


def test_a_code_cannot_be_used_twice(client, pro, settings):
    device = linked_app(pro)
    code = _code(device)
    _password_step(client, pro)
    assert client.post(reverse("workspace:login_code"), {"code": code}).status_code == 302
    client.post(reverse("workspace:logout"))
    _password_step(client, pro)
    assert client.post(reverse("workspace:login_code"), {"code": code}).status_code == 200


def test_a_recovery_code_works_once(client, pro):
    linked_app(pro)
    codes = two_factor.recovery_codes_renew(actor=pro)
    assert len(codes) == 10 and len(set(codes)) == 10
    _password_step(client, pro)
    typed = codes[3].upper()[:4] + " " + codes[3][4:]  # as people type it: spaces, capitals
    assert client.post(reverse("workspace:login_code"), {"code": typed}).status_code == 302
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    assert _events("security.login")[0].detail == {"method": "recovery_code"}
    client.post(reverse("workspace:logout"))
    _password_step(client, pro)
    again = client.post(reverse("workspace:login_code"), {"code": codes[3]})
    assert again.status_code == 200 and "Deze code klopt niet" in again.content.decode()


def test_first_log_in_links_the_app_and_shows_recovery_codes_once(client, pro):
    response = _password_step(client, pro)
    assert response["Location"] == reverse("workspace:enrol")
    page = client.get(reverse("workspace:enrol"))
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=pro, confirmed=False)
    assert two_factor.secret_for_typing(device) in html and reverse("workspace:enrol_qr") in html
    assert "style=" not in html and "<script>" not in html
    qr = client.get(reverse("workspace:enrol_qr"))
    assert qr["Content-Type"] == "image/svg+xml" and "no-store" in qr["Cache-Control"]
    assert qr.content.startswith(b"<svg") and b"style=" not in qr.content and b"<script" not in qr.content
    wrong = client.post(reverse("workspace:enrol"), {"code": "12345x"})
    assert wrong.status_code == 200 and "Deze code klopt niet" in wrong.content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None, throttling_failure_count=0)
    response = client.post(reverse("workspace:enrol"), {"code": _code(device)})
    assert response.status_code == 302 and response["Location"] == reverse("workspace:recovery_codes")
    shown = client.get(reverse("workspace:recovery_codes")).content.decode()
    codes = [t.token for t in pro.staticdevice_set.get().token_set.all()]
    assert len(codes) == 10 and all(c in shown for c in codes)
    assert not any(c in client.get(reverse("workspace:recovery_codes")).content.decode() for c in codes)
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    assert [e.actor for e in _events("security.otp_enrolled")] == [pro]


def test_with_a_linked_app_nobody_can_link_another_with_only_the_password(client, pro):
    linked_app(pro)
    _password_step(client, pro)
    response = client.get(reverse("workspace:enrol"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("workspace:login_code"))
    assert client.get(reverse("workspace:enrol_qr")).status_code == 404
    assert not TOTPDevice.objects.filter(user=pro, confirmed=False).exists()


def test_new_recovery_codes_replace_the_old_ones(client_for, pro):
    old = two_factor.recovery_codes_renew(actor=pro)
    client = client_for(pro)
    assert client.get(reverse("workspace:account")).status_code == 200
    response = client.post(reverse("workspace:recovery_codes"))
    assert response.status_code == 302
    new = [t.token for t in pro.staticdevice_set.get().token_set.all()]
    shown = client.get(response["Location"]).content.decode()
    assert set(new).isdisjoint(old) and all(c in shown for c in new)
    assert len(_events("security.recovery_codes")) == 2


def test_failed_log_ins_are_logged_without_saying_whether_the_account_exists(client, pro):
    known = _password_step(client, pro, password="wrong-password-1")
    unknown = client.post(reverse("workspace:login"), {"username": "geheim-wachtwoord", "password": "x"})
    assert known.status_code == unknown.status_code == 200
    message = "De gebruikersnaam of het wachtwoord klopt niet"
    assert message in known.content.decode() and message in unknown.content.decode()
    first, second = sorted(_events("security.login_failed"), key=lambda e: e.pk)
    assert first.actor == pro and first.actor_team_pk == pro.team_id and first.detail == {}
    assert second.actor is None and second.detail == {"unknown_username": True}
    assert "geheim-wachtwoord" not in str(second.detail) + second.actor_name


def test_log_out_is_logged(client_for, pro):
    client = client_for(pro)
    assert client.post(reverse("workspace:logout")).status_code == 302
    assert [e.actor for e in _events("security.logout")] == [pro]
    assert client.get(reverse("workspace:werkvoorraad"))["Location"].startswith(reverse("workspace:login"))


@pytest.mark.parametrize("role_fixture,landing", [("pro", "/"), ("privacy_officer", "/toezicht/")])
def test_each_role_lands_on_its_own_page(request, db, client, role_fixture, landing):
    user = request.getfixturevalue(role_fixture)
    device = linked_app(user)
    _password_step(client, user)
    response = client.post(reverse("workspace:login_code"), {"code": _code(device)})
    assert response["Location"] == landing
    assert client.get(landing).status_code == 200


def test_the_header_links_the_account_and_the_security_log(client_for, teamleider, pro):
    html = client_for(teamleider).get(reverse("workspace:werkvoorraad")).content.decode()
    assert reverse("workspace:account") in html and reverse("workspace:security_log") in html
    client_for(pro)
    assert reverse("workspace:security_log") not in client_for(pro).get("/").content.decode()
