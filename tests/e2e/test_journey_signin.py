"""Signing in in the browser: linking the app on the first log-in, a lock-out, and the security log."""
import base64
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_first_log_in_links_the_app_and_shows_recovery_codes(demo, page, live_server, check_axe, screenshot):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from leefwereld.demo import personas

    TOTPDevice.objects.filter(user__username="joost").delete()  # as a new colleague's first day
    page.goto(live_server.url + reverse("workspace:login"))
    page.locator("#id_username").fill("joost")
    page.locator("#id_password").fill(personas.DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1, name="Authenticator-app koppelen")).to_be_visible()
    expect(page.get_by_role("img", name="QR-code om te scannen met uw authenticator-app")).to_be_visible()
    check_axe(page)
    screenshot(page, "enrol")
    secret = page.locator("#sleutel").inner_text().replace(" ", "")
    code = TOTP(base64.b32decode(secret + "=" * (-len(secret) % 8))).token()
    page.locator("#id_code").fill(f"{code:06d}")
    page.get_by_role("button", name="App koppelen").click()
    expect(page.get_by_role("heading", level=1, name="Herstelcodes")).to_be_visible()
    expect(page.get_by_role("list", name="Uw herstelcodes").get_by_role("listitem")).to_have_count(10)
    check_axe(page)
    page.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
    expect(page.get_by_role("heading", level=1, name="Goedendag Joost")).to_be_visible()


def test_a_lock_out_says_so_in_dutch(demo, page, live_server, check_axe, settings):
    settings.AXES_FAILURE_LIMIT = 2
    page.goto(live_server.url + reverse("workspace:login"))
    for _i in range(2):
        page.locator("#id_username").fill("sanne")
        page.locator("#id_password").fill("verkeerd-wachtwoord")
        page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("te vaak een verkeerd wachtwoord")
    check_axe(page)


def test_the_privacy_officer_lands_on_unusual_access_then_reads_the_security_log(
        demo, page, live_server, login, check_axe):
    login(page, live_server, "mirjam")
    check_axe(page)  # login() saw the landing page: the report of unusual access
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Beveiligingslog").click()
    expect(page).to_have_url(re.compile(re.escape(reverse("workspace:security_log")) + "$"))
    expect(page.get_by_role("cell", name="Ingelogd").first).to_be_visible()
    check_axe(page)
    page.get_by_label("Soort").select_option(label="Ingelogd")
    page.get_by_role("button", name="Filteren").click()
    expect(page.get_by_role("cell", name="Mirjam de Haan").first).to_be_visible()
