"""Demo accounts come with their authenticator app linked to the documented demo secret."""
import io

from django.core.management import call_command
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from leefwereld.demo import personas
from leefwereld.demo.loader import load_personas


def test_demo_accounts_log_in_with_the_password_and_the_demo_code(client, db):
    load_personas()
    assert TOTPDevice.objects.filter(confirmed=True).count() == len(personas.STAFF)
    client.post(reverse("workspace:login"), {"username": "fatima", "password": personas.DEMO_PASSWORD})
    out = io.StringIO()
    call_command("demo_code", stdout=out)
    code = out.getvalue().strip()
    assert len(code) == 6 and code.isdigit()
    assert client.post(reverse("workspace:login_code"), {"code": code})["Location"] == "/"
    assert client.get("/").status_code == 200


def test_the_privacy_officer_persona_lands_on_the_unusual_access_report(client, db):
    load_personas()
    client.post(reverse("workspace:login"), {"username": personas.PRIVACY_OFFICER, "password": personas.DEMO_PASSWORD})
    out = io.StringIO()
    call_command("demo_code", stdout=out)
    response = client.post(reverse("workspace:login_code"), {"code": out.getvalue().strip()})
    assert response["Location"] == reverse("toezicht:ongebruikelijk")
    assert client.get(response["Location"]).status_code == 200


def test_demo_logins_says_how_to_log_in(db):
    out = io.StringIO()
    call_command("demo_logins", stdout=out)
    text = out.getvalue()
    assert personas.DEMO_PASSWORD in text and personas.DEMO_TOTP_SECRET in text and "demo_code" in text
    assert "mirjam" in text and "Privacyfunctionaris" in text


def test_loading_again_links_the_demo_app_once(db):
    from leefwereld.demo.loader import link_demo_apps

    load_personas()
    TOTPDevice.objects.filter(user__username="fatima").delete()  # a database from before 2FA
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "already loaded" in out.getvalue()
    link_demo_apps()
    assert TOTPDevice.objects.filter(user__username="fatima", confirmed=True).count() == 1
    assert TOTPDevice.objects.count() == len(personas.STAFF)
