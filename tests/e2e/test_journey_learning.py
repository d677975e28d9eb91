"""Anders kijken, end to end: Fatima makes a case story from Saskia's file, it is anonymised and reviewed side
by side, shared to a casusoverleg (and with management and the council); the team records the casusoverleg,
Fatima reflects and Henk records and shares a lesson; Bram (policy) writes an interpretation next to the
kompas's indicator and places the story beside it; Ria (adviesraad) puts the story on the council's agenda
and registers an advice; Bram answers it. Every page is checked with axe at 1280×800 and 390×844."""
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

STORY = ("Saskia van Dalen uit de Molenstraat 14 wil werk voor de contacten. Op 3 maart 2025 spraken we af dat "
         "Jeffrey met zijn werkgever een leerwerkplek krijgt. Wat werkte: één plan voor het hele huishouden.")


def _patient(page):
    """This journey runs the anonymiser and renders the kompas: give a busy CI machine room."""
    page.set_default_timeout(30_000)
    return page


def _share(page, live_server, story_id, audience):
    page.goto(live_server.url + reverse("learning:share", args=[story_id]))
    page.get_by_label(audience, exact=True).check()
    page.get_by_role("button", name="Delen").click()
    expect(page.get_by_role("status")).to_contain_text("Gedeeld.")


def test_learning_journey(demo, page, new_page, live_server, login, check_axe):
    from leefwereld.core.models import OutcomeTag
    from leefwereld.kompas.defaults import install_default_kompas
    from leefwereld.kompas.models import Activity, Indicator, Result
    from leefwereld.kompas.refresh import EPOCH, kompas_refresh
    from leefwereld.learning import anonymiser
    from leefwereld.learning.models import CaseStory
    from leefwereld.residents.models import Person

    install_default_kompas(Result, Activity, Indicator, OutcomeTag)  # a transactional test flushed the migration's
    kompas_refresh(since=EPOCH)
    anonymiser.anonymise("Jan de Vries uit Utrecht.")  # deduce's lookup tables loaded once, before the clock runs
    saskia = Person.objects.get(given_name="Saskia")
    _patient(page)
    login(page, live_server, "fatima")

    # A case story from the file, anonymised, reviewed side by side.
    page.goto(live_server.url + reverse("learning:start", args=[saskia.public_id]))
    check_axe(page)
    page.get_by_role("button", name="Verhaal beginnen").click()
    expect(page.get_by_role("heading", level=1, name="Casusverhaal schrijven")).to_be_visible()
    page.locator("#id_text").fill(STORY)
    check_axe(page)
    page.get_by_role("button", name="Opslaan en anonimiseren").click(timeout=60_000)
    expect(page.get_by_role("status")).to_contain_text("Opgeslagen en geanonimiseerd")
    story = CaseStory.objects.get()
    assert "Saskia" not in story.anonymised and "Molenstraat" not in story.anonymised
    expect(page.locator(".lw-anon").first).to_be_visible()
    check_axe(page)
    page.locator("#id_checked").check()
    page.get_by_role("button", name="Gecontroleerd").click()
    check_axe(page)
    _share(page, live_server, story.public_id, "Casusoverleg")
    check_axe(page)
    _share(page, live_server, story.public_id, "Management")
    _share(page, live_server, story.public_id, "Adviesraad")

    # The casusoverleg, a reflection and a lesson.
    page.goto(live_server.url + reverse("learning:overleg_new"))
    page.get_by_label("Casusoverleg", exact=True).check()
    for role in ("Consulent Wmo", "Jeugdprofessional", "Teamleider"):
        page.get_by_label(role, exact=True).check()
    page.locator("#id_stories input").first.check()
    page.locator("#id_question").fill("Hoe houden we één plan voor het hele huishouden vast?")
    page.locator("#id_learned").fill("Eén contactpersoon die het overzicht houdt.")
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Het overleg is vastgelegd.")
    expect(page.locator(".lw-story").first).to_contain_text("[persoon-")
    check_axe(page)
    page.get_by_role("link", name="Reflecteren op dit overleg").click()
    page.locator("#id_situation").fill("Ik twijfelde of ik Jeffrey's werkgever mocht bellen.")
    page.get_by_label("Privacy of ingrijpen").check()
    page.locator("#id_anders_kijken").fill("Het was zijn eigen wens: vraag hém eerst.")
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Je reflectie is opgeslagen.")
    expect(page.get_by_text("Het was zijn eigen wens")).to_be_visible()
    check_axe(page)

    lead = _patient(new_page())
    login(lead, live_server, "henk")
    lead.goto(live_server.url + reverse("learning:overleg_list"))
    # Newest first: today's overleg; the demo's own casusoverleg (the brother-in-law, ADR 0036) is older.
    lead.get_by_role("link", name=re.compile(r"^Casusoverleg \d")).first.click()
    lead.get_by_role("link", name="Een les vastleggen").click()
    lead.get_by_label("Werkzaam principe: wat werkt in welke situatie").check()
    lead.locator("#id_title").fill("Eén contactpersoon houdt het overzicht van het hele huishouden.")
    lead.locator("#id_stories input").first.check()
    check_axe(lead)
    lead.get_by_role("button", name="Opslaan").click()
    expect(lead.get_by_role("status")).to_contain_text("De les is vastgelegd")
    lead.get_by_role("button", name="Les delen").click()
    expect(lead.get_by_role("status")).to_contain_text("De les is gedeeld")
    check_axe(lead)

    # Policy: the kompas, an interpretation and the story beside the indicator.
    policy = _patient(new_page())
    login(policy, live_server, "bas")
    check_axe(policy)
    policy.get_by_role("link", name="Mensen geholpen, en hoe").click()
    expect(policy.locator("svg.lw-chart")).to_be_visible()
    policy.locator("#id_text").fill("Veel vragen zijn met één goed antwoord klaar; een plan waar het helpt.")
    policy.get_by_role("button", name="Duiding opslaan").click()
    expect(policy.get_by_role("status")).to_contain_text("Je duiding staat bij de indicator.")
    policy.locator("#id_story").select_option(index=1)
    policy.get_by_role("button", name="Verhaal erbij zetten").click()
    expect(policy.get_by_role("status")).to_contain_text("Het verhaal staat bij de indicator.")
    expect(policy.locator(".lw-story").first).to_contain_text("[persoon-")
    check_axe(policy)
    policy.get_by_role("link", name="Lessen").click()
    expect(policy.get_by_role("link", name=re.compile("^Eén contactpersoon"))).to_be_visible()
    check_axe(policy)

    # The council: the story on the agenda, an advice registered; policy answers it.
    council = _patient(new_page())
    login(council, live_server, "ria")
    check_axe(council)
    council.locator("#id_held_on").fill(timezone.localdate().isoformat())
    council.locator("#id_title").fill("Vergadering december")
    council.get_by_role("button", name="Vergadering plannen").click()
    expect(council.get_by_role("status")).to_contain_text("casuïstiek als eerste agendapunt")
    council.locator("#id_story").select_option(index=1)
    council.get_by_role("button", name="Op de agenda zetten").click()
    expect(council.locator(".lw-story").first).to_contain_text("[persoon-")
    expect(council.locator("body")).not_to_contain_text("Saskia")
    check_axe(council)
    council.get_by_role("link", name="Cijfers").click()
    check_axe(council)
    council.get_by_role("link", name="Adviesregister").click()
    council.get_by_label("Ongevraagd advies").check()
    council.locator("#id_title").fill("Eén plan, één contactpersoon")
    council.locator("#id_text").fill("Geef elk huishouden met meerdere vragen één vaste contactpersoon.")
    council.locator("#id_sent_on").fill(timezone.localdate().isoformat())
    check_axe(council)
    council.get_by_role("button", name="Registreren").click()
    expect(council.get_by_role("status")).to_contain_text("Het advies staat in het register.")
    advice_url = council.url

    policy.goto(advice_url)
    policy.get_by_label("Antwoord van de gemeente").check()
    policy.locator("#id_on").fill(timezone.localdate().isoformat())
    policy.locator("#id_text").fill("We nemen het advies over in de werkafspraken.")
    check_axe(policy)
    policy.get_by_role("button", name="Vastleggen").click()
    expect(policy.get_by_role("status")).to_contain_text("De stap is vastgelegd")
    council.reload()
    expect(council.get_by_text("We nemen het advies over in de werkafspraken.")).to_be_visible()
    check_axe(council)
