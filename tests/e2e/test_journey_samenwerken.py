"""Working together, end to end: a goal → the sociale kaart side by side → a referral to the school within the
consent recorded once → the school's mentor logs in, accepts, reports progress and completes → the follow-up on
Anouk's werkvoorraad → a referral to the ROC declined, escalated and decided by the team leader → the consent
withdrawn and the mentor's view closes. Every page is checked with axe at 1280×800 and 390×844."""
import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

LEVELS = ["Informeel", "Voor iedereen in de buurt, zonder besluit", "Partnerorganisatie",
          "Maatwerkvoorziening (met een besluit)"]
QUESTION = "Wilt u met Amanda's mentor een rustplek na de pauze afspreken?"
ROC_QUESTION = "Kan Jeffrey na de kerst starten in de BBL-klas?"


def test_samenwerken_journey(demo, new_page, live_server, login, check_axe, screenshot):
    from leefwereld.coordination.models import Referral
    from leefwereld.plans.models import Plan

    plan = Plan.objects.get(household__name__icontains="Dalen")
    household = plan.household
    in_two_days = timezone.localdate() + dt.timedelta(days=2)
    anouk = new_page()
    login(anouk, live_server, "anouk")

    # 1. A goal of the plan, and the sociale kaart side by side for it.
    anouk.goto(live_server.url + reverse("plans:detail", args=[plan.public_id]))
    goal = anouk.locator("article", has=anouk.get_by_text("Ik wil niet steeds boos worden thuis."))
    goal.get_by_role("link", name=re.compile("Kies van de sociale kaart")).click()
    expect(anouk.get_by_role("heading", level=1, name="Wie doet het?")).to_be_visible()
    for level in LEVELS:
        expect(anouk.get_by_role("heading", level=3, name=re.compile("^" + re.escape(level)))).to_be_visible()
    expect(anouk.get_by_role("heading", name="Gezinsbegeleiding")).to_be_visible()  # maatwerk is never hidden
    check_axe(anouk)
    screenshot(anouk, "samenwerken-kaart")

    # 2. Picking the school's service links the action and opens the referral, within the consent.
    entry = anouk.locator("article", has=anouk.get_by_role("heading", name="Ondersteuningsplan VSO"))
    entry.get_by_role("link", name=re.compile("^Kies")).click()
    expect(anouk.get_by_role("heading", level=1, name="Actie: Ondersteuningsplan VSO")).to_be_visible()
    check_axe(anouk)
    anouk.get_by_role("button", name="Opslaan").click()
    expect(anouk.get_by_role("heading", level=1, name="Verwijzen naar VSO De Brug")).to_be_visible()
    expect(anouk.get_by_text("Voorstel: het minste dat nodig is")).to_be_visible()
    expect(anouk.get_by_label("Het verhaal uit de gesprekken")).to_have_count(0)  # beyond the consent: not offered
    check_axe(anouk)
    screenshot(anouk, "samenwerken-verwijzing")
    anouk.locator("#id_question").fill(QUESTION)
    anouk.locator("#id_due_on").fill((timezone.localdate() + dt.timedelta(days=14)).isoformat())
    anouk.locator("#id_follow_up_on").fill(in_two_days.isoformat())
    anouk.get_by_role("button", name="Versturen").click()
    expect(anouk.get_by_text("Verwijzing verstuurd naar VSO De Brug.")).to_be_visible()
    check_axe(anouk)
    screenshot(anouk, "samenwerken-huishouden")
    referral = Referral.objects.get(question=QUESTION)

    # 3. The follow-up is on Anouk's werkvoorraad.
    anouk.goto(live_server.url + reverse("workspace:werkvoorraad"))
    follow = anouk.locator("section", has=anouk.get_by_role("heading", name=re.compile("^Verwijzingen opvolgen")))
    expect(follow.get_by_text("VSO De Brug").first).to_be_visible()
    check_axe(anouk)
    screenshot(anouk, "samenwerken-werkvoorraad")

    # 4. The school's mentor logs in: her inbox, the referral with only what was shared; accept, progress, done.
    ilse = new_page()
    login(ilse, live_server, "ilse")
    check_axe(ilse)
    screenshot(ilse, "samenwerken-partner-inbox")
    referral_url = live_server.url + reverse("coordination:referral", args=[referral.public_id])
    ilse.goto(referral_url)
    expect(ilse.get_by_text(QUESTION)).to_be_visible()
    check_axe(ilse)
    for kind, text, minutes in [("Ik accepteer de verwijzing", "", ""),
                                ("Voortgang of contactmoment", "Rustplek afgesproken met Amanda.", "30"),
                                ("Afgerond", "Het ondersteuningsplan is afgestemd.", "")]:
        ilse.get_by_label(kind).check()
        ilse.locator("#id_text").fill(text)
        ilse.locator("#id_minutes").fill(minutes)
        ilse.get_by_role("button", name="Doorgeven").click()
        expect(ilse.get_by_text("Doorgegeven aan de regiehouder.")).to_be_visible()
    expect(ilse.get_by_text("Afgerond", exact=False).first).to_be_visible()
    screenshot(ilse, "samenwerken-partner-verwijzing")
    # Nothing else of the household: its file is not there for her.
    ilse.goto(live_server.url + reverse("workspace:household", args=[household.public_id]))
    expect(ilse.get_by_role("heading", level=1)).not_to_contain_text("Dalen")

    # 5. A referral to the ROC, declined by the ROC, escalated to the team leader and decided.
    anouk.goto(live_server.url + reverse("coordination:household", args=[household.public_id]))
    anouk.get_by_role("link", name="Verwijzen naar een partner").click()
    anouk.locator("#id_organisatie").select_option(label="ROC Zandhoven (School of ROC)")
    check_axe(anouk)
    anouk.get_by_role("button", name="Verder").click()
    anouk.locator("#id_question").fill(ROC_QUESTION)
    anouk.locator("#id_due_on").fill((timezone.localdate() + dt.timedelta(days=10)).isoformat())
    anouk.get_by_role("button", name="Versturen").click()
    expect(anouk.get_by_text("Verwijzing verstuurd naar ROC Zandhoven.")).to_be_visible()
    roc_referral = Referral.objects.get(question=ROC_QUESTION)
    bram = new_page()
    login(bram, live_server, "bram")
    bram.goto(live_server.url + reverse("coordination:referral", args=[roc_referral.public_id]))
    bram.get_by_label("Ik wijs de verwijzing af (met reden)").check()
    bram.get_by_role("button", name="Doorgeven").click()
    expect(bram.get_by_text("Schrijf op waarom u de verwijzing afwijst.").first).to_be_visible()  # nothing lost
    check_axe(bram)
    bram.locator("#id_text").fill("De BBL-klas zit vol tot de zomer.")
    bram.get_by_role("button", name="Doorgeven").click()
    expect(bram.get_by_text("Doorgegeven aan de regiehouder.")).to_be_visible()

    anouk.goto(live_server.url + reverse("coordination:referral", args=[roc_referral.public_id]))
    expect(anouk.get_by_text("loopt vast").first).to_be_visible()
    anouk.get_by_role("link", name="Escaleren naar wie doorzettingsmacht heeft").click()
    expect(anouk.get_by_role("heading", level=1, name="Escaleren naar wie doorzettingsmacht heeft")).to_be_visible()
    check_axe(anouk)
    anouk.locator("#id_options").fill("Wachten tot de zomer; een ander ROC; nu starten met een jobcoach.")
    anouk.locator("#id_due_on").fill(in_two_days.isoformat())
    anouk.get_by_role("button", name="Voorleggen").click()
    expect(anouk.get_by_text(re.compile("Voorgelegd aan Henk Jansen"))).to_be_visible()

    henk = new_page()
    login(henk, live_server, "henk")
    escalations = henk.locator("section", has=henk.get_by_role("heading", name=re.compile("^Escalaties: u beslist")))
    check_axe(henk)
    escalations.get_by_role("link").first.click()
    expect(henk.get_by_role("heading", level=2, name="Beslissen")).to_be_visible()
    check_axe(henk)
    henk.locator("#id_decision").fill("Jeffrey start nu met een jobcoach; het ROC neemt hem in februari op.")
    henk.locator("#id_reasoning").fill("Uitval voorkomen gaat voor.")
    henk.get_by_role("button", name="Besluit vastleggen").click()
    expect(henk.get_by_text("Besluit vastgelegd. Het staat in het plan.")).to_be_visible()
    screenshot(henk, "samenwerken-escalatie")
    anouk.goto(live_server.url + reverse("coordination:household", args=[household.public_id]))
    expect(anouk.get_by_text("Jeffrey start nu met een jobcoach", exact=False)).to_be_visible()

    # 6. The consent with the school is withdrawn: the mentor's view closes at once.
    shared = anouk.locator("div.lw-ground", has=anouk.get_by_text("VSO De Brug", exact=True))
    shared.get_by_role("button", name=re.compile("^Toestemming intrekken")).click()
    expect(anouk.get_by_text(re.compile("^Ingetrokken. Vanaf nu ziet VSO De Brug niets meer"))).to_be_visible()
    check_axe(anouk)
    ilse.goto(referral_url)
    expect(ilse.get_by_role("heading", level=1)).not_to_contain_text("Verwijzing naar")
    ilse.goto(live_server.url + reverse("coordination:inbox"))
    expect(ilse.get_by_role("heading", name="Toegang beëindigd")).to_be_visible()
    check_axe(ilse)
