"""Mijn Leefwereld on a phone (390×844): Saskia signs in at the local DigiD stand-in (a real OpenID Connect
provider, npm oidc-provider), answers "Wat vond u van onze hulp?" (then the invitation is gone), reads her plan,
adds a goal, agrees, sends a message, withdraws the school's consent and downloads her inzage; Anouk, her
consulent, sees the goal and the message; the school's mentor no longer sees the referral. Every page of ours
is checked with axe at 390×844 and 1280×800."""
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from leefwereld.demo.portal import broker_accounts
from leefwereld.portal.broker import Broker

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
GOAL = "Ik wil zelf de ouderavond van Amanda regelen."
MESSAGE = "Kunnen we het volgende gesprek op dinsdag doen?"


@pytest.fixture
def broker(live_server, settings):
    broker = Broker(accounts=broker_accounts(), redirect_uris=[live_server.url + "/oidc/callback/"]).start()
    for name, value in broker.settings().items():
        setattr(settings, name, value)
    yield broker
    broker.stop()


def test_portal_journey(demo, broker, new_page, live_server, login, check_axe, screenshot):
    from leefwereld.coordination.models import Referral

    referral = Referral.objects.get(household__name__icontains="Dalen", organisation__name="VSO De Brug")
    saskia = new_page(PHONE)

    # 1. Sign in through the broker (its own pages are not ours to check), back on her overview.
    saskia.goto(live_server.url + reverse("portal:start"))
    check_axe(saskia)
    saskia.get_by_role("link", name="Inloggen met DigiD").click()
    saskia.locator("input[name=login]").fill("saskia")
    saskia.locator("input[name=password]").fill("demo")
    saskia.get_by_role("button", name="Sign-in").click()
    saskia.get_by_role("button", name="Continue").click()
    expect(saskia.get_by_role("heading", level=1, name="Overzicht")).to_be_visible()
    expect(saskia.get_by_test_id("whose")).to_contain_text("Saskia van Dalen")
    expect(saskia.get_by_text("Anouk Visser", exact=True)).to_be_visible()
    check_axe(saskia)
    screenshot(saskia, "portal-overzicht")

    # 1b. The year's client-experience survey (ADR 0044): the invitation, the questions, then it is gone.
    from leefwereld.kompas.survey import Envelop
    from leefwereld.portal.models import Deelname

    invitation = saskia.get_by_test_id("invitation")
    expect(invitation.get_by_role("heading", name="Wat vond u van onze hulp?")).to_be_visible()
    screenshot(saskia, "portal-uitnodiging")
    invitation.get_by_role("link", name="Vragen beantwoorden").click()
    expect(saskia.get_by_role("heading", level=1, name="Wat vond u van onze hulp?")).to_be_visible()
    saskia.set_viewport_size(DESKTOP)
    check_axe(saskia)  # at 1280×800 and, by check_axe itself, at 390×844
    saskia.set_viewport_size(PHONE)
    screenshot(saskia, "portal-ervaring")
    questions = saskia.locator("fieldset")
    for n in range(questions.count() - 1):  # the last one forgotten: said on top, the others still chosen
        questions.nth(n).get_by_label("Eens", exact=True).check()
    saskia.get_by_role("button", name="Antwoorden versturen").click()
    summary = saskia.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Kies een antwoord")
    expect(questions.first.get_by_label("Eens", exact=True)).to_be_checked()
    check_axe(saskia)
    questions.last.get_by_label("Weet niet of niet van toepassing").check()
    saskia.get_by_role("button", name="Antwoorden versturen").click()
    expect(saskia.get_by_text("Dank u wel! Uw antwoorden zijn anoniem opgeslagen.")).to_be_visible()
    expect(saskia.get_by_test_id("invitation")).to_have_count(0)
    saskia.set_viewport_size(DESKTOP)
    check_axe(saskia)
    saskia.set_viewport_size(PHONE)
    assert Envelop.objects.count() == 1 and Deelname.objects.count() == 1

    # 2. The plan: read it, add a goal in her own words, agree.
    saskia.get_by_role("link", name="Mijn plan").click()
    expect(saskia.get_by_role("heading", level=1, name="Mijn plan")).to_be_visible()
    expect(saskia.get_by_text("Ik wil niet steeds boos worden thuis.")).to_be_visible()
    check_axe(saskia)
    saskia.get_by_label("Wat wilt u bereiken? In uw eigen woorden").fill(GOAL)
    saskia.get_by_role("button", name="Doel toevoegen").click()
    expect(saskia.get_by_text("Uw doel staat in het plan.")).to_be_visible()
    expect(saskia.get_by_role("heading", level=3, name=GOAL)).to_be_visible()
    saskia.get_by_label("Ja, ik ben het eens").check()
    saskia.get_by_role("button", name="Versturen").click()
    expect(saskia.get_by_test_id("agreement")).to_contain_text("ik ben het eens met deze versie")
    check_axe(saskia)

    # 3. A message to her contactpersoon.
    saskia.get_by_role("link", name="Berichten").click()
    saskia.get_by_label("Uw bericht").fill(MESSAGE)
    saskia.get_by_role("button", name="Bericht sturen").click()
    expect(saskia.get_by_text("Uw bericht is verstuurd")).to_be_visible()
    expect(saskia.get_by_text(MESSAGE)).to_be_visible()
    check_axe(saskia)

    # 4. Withdraw the school's consent: at once.
    saskia.get_by_role("link", name="Toestemming").click()
    check_axe(saskia)
    saskia.get_by_role("button", name="Toestemming voor VSO De Brug intrekken").click()
    expect(saskia.get_by_text("VSO De Brug kan vanaf nu niets meer zien.")).to_be_visible()

    # 5. Who looked, and the inzage as a PDF.
    saskia.get_by_role("link", name="Wie doet mee, wie keek").click()
    expect(saskia.get_by_test_id("looks")).to_contain_text("Anouk Visser, uw contactpersoon")
    check_axe(saskia)
    saskia.get_by_role("link", name="Alles inzien").click()
    check_axe(saskia)
    with saskia.expect_download(timeout=60_000) as download:  # a whole file, rendered there and then
        saskia.get_by_role("link", name=re.compile("Alles als pdf")).click()
    with open(download.value.path(), "rb") as f:
        assert f.read(4) == b"%PDF"

    # 6. Anouk, her consulent, sees the message and the goal.
    anouk = new_page()
    login(anouk, live_server, "anouk")
    card = anouk.locator("section", has=anouk.get_by_role("heading", name="Van inwoners"))
    expect(card).to_contain_text(MESSAGE)
    check_axe(anouk)
    card.get_by_role("link", name="Saskia van Dalen").first.click()
    expect(anouk.get_by_text(MESSAGE)).to_be_visible()
    check_axe(anouk)
    anouk.goto(live_server.url + reverse("plans:detail", args=[referral.action.goal.plan.public_id]))
    expect(anouk.get_by_text(GOAL, exact=True)).to_be_visible()

    # 7. The school's mentor no longer sees the referral the consent covered.
    ilse = new_page()
    login(ilse, live_server, "ilse")
    response = ilse.goto(live_server.url + reverse("coordination:referral", args=[referral.public_id]))
    assert response.status == 404
