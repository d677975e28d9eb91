"""What a user hears back: a save says so (role=status), a form with errors shows the summary on top with
focus on it, going back and posting again saves once, and the live search tells why it could not search."""
import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def _saskia():
    from leefwereld.residents.models import Person

    return Person.objects.get(given_name="Saskia")


def test_a_contact_moment_errors_counter_and_confirmation(demo, page, live_server, login, check_axe, screenshot):
    from leefwereld.conversations.contact import Contactmoment

    saskia = _saskia()
    login(page, live_server, "fatima")
    form_url = live_server.url + reverse("conversations:contactmoment_new", args=[saskia.public_id])
    page.goto(form_url)

    # Sent empty: the summary on top, focused, each error a link to its field.
    page.get_by_role("button", name="Opslaan").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    assert summary.bounding_box()["y"] < page.locator("#id_on").bounding_box()["y"]
    summary.get_by_role("link", name="Tijd in minuten").click()
    expect(page.locator("#id_minutes")).to_be_focused()
    check_axe(page)
    screenshot(page, "error-summary")

    # The counter under the note: what is left, in Dutch thousands; typing past the limit stays possible.
    note = page.locator("#id_note")
    counter = page.locator(".lw-counter")
    expect(counter).to_have_text("nog 2.000 tekens")
    note.fill("Deur bleef dicht, briefje achtergelaten.")
    expect(counter).to_have_text("nog 1.960 tekens")
    note.fill("x" * 2010)
    expect(counter).to_have_text("10 tekens te veel")
    expect(page.locator(".lw-counter + .lw-sr-only[aria-live=polite]")).to_have_text("10 tekens te veel")
    note.fill("Deur bleef dicht, briefje achtergelaten.")

    page.locator("#id_on").fill(timezone.localdate().isoformat())
    page.locator("input[name=kind]").first.check()
    page.locator("#id_minutes").fill("20")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Contactmoment opgeslagen.")).to_be_visible()
    check_axe(page)
    screenshot(page, "saved")
    assert Contactmoment.objects.filter(person=saskia).count() == 1


def test_a_contact_moment_sent_again_after_going_back_saves_once(demo, page, live_server, login):
    from leefwereld.conversations.contact import Contactmoment

    saskia = _saskia()
    login(page, live_server, "fatima")
    page.goto(live_server.url + reverse("conversations:contactmoment_new", args=[saskia.public_id]))
    page.locator("#id_on").fill(timezone.localdate().isoformat())
    page.locator("input[name=kind]").first.check()
    page.locator("#id_minutes").fill("20")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Contactmoment opgeslagen.")).to_be_visible()

    # Back to the form, as the browser restores it, and send it again: still one.
    page.go_back()
    expect(page.get_by_role("heading", level=1, name="Contactmoment vastleggen")).to_be_visible()
    expect(page.locator("#id_minutes")).to_have_value("20")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Dit formulier was al verstuurd")).to_be_visible()
    assert Contactmoment.objects.filter(person=saskia).count() == 1


def test_a_new_gesprek_posted_twice_makes_one(demo, page, live_server, login, check_axe):
    from leefwereld.conversations.models import Gesprek

    saskia = _saskia()
    before = Gesprek.objects.filter(person=saskia).count()
    login(page, live_server, "fatima")
    page.goto(live_server.url + reverse("conversations:new", args=[saskia.public_id]))
    page.locator("#id_duration_minutes").fill("90")
    page.locator("#id_wat_belangrijk").fill("Dat de kinderen naar school blijven gaan.")
    page.get_by_role("button", name="Opslaan").first.click()
    expect(page.get_by_role("status").filter(has_text="Gesprek opgeslagen.")).to_be_visible()
    check_axe(page)
    page.go_back()
    expect(page.locator("#id_duration_minutes")).to_have_value("90")
    page.get_by_role("button", name="Opslaan").first.click()
    expect(page.get_by_role("status").filter(has_text="Dit formulier was al verstuurd")).to_be_visible()
    assert Gesprek.objects.filter(person=saskia).count() == before + 1


@pytest.mark.parametrize("name", ["workspace:search", "intake:register_start"])
def test_the_live_search_shows_its_errors(demo, page, live_server, login, check_axe, name):
    login(page, live_server, "fatima")
    page.goto(live_server.url + reverse(name))
    page.get_by_role("main").get_by_role("button", name="Zoeken").click()
    summary = page.locator("#resultaten [data-error-summary]")
    expect(summary).to_contain_text("Zoek op naam")
    expect(summary).to_be_focused()
    expect(page).to_have_url(live_server.url + reverse(name))
    check_axe(page)

    page.locator("#id_name").fill("Saskia")
    page.locator("#id_birth_date").fill("1850-01-01")
    page.get_by_role("main").get_by_role("button", name="Zoeken").click()
    expect(summary).to_contain_text("1900")
    summary.get_by_role("link").first.click()
    expect(page.locator("#id_birth_date")).to_be_focused()

    page.locator("#id_birth_date").fill("")
    page.get_by_role("main").get_by_role("button", name="Zoeken").click()
    expect(page.locator("#resultaten").get_by_role("link", name="Saskia", exact=False).first).to_be_visible()
    expect(summary).to_have_count(0)
    check_axe(page)
