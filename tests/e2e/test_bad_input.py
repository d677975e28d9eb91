"""Wrong input in the browser: a clear Dutch message next to the field, and nothing typed is lost."""
import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_new_person_with_wrong_bsn_and_future_birth_date(demo, page, live_server, login, check_axe):
    from leefwereld.residents.models import Person

    login(page, live_server, "fatima")
    page.get_by_role("main").get_by_role("link", name="Vraag registreren").click()
    expect(page.get_by_role("heading", level=1, name="Vraag registreren")).to_be_visible()
    page.get_by_role("link", name="Nieuwe persoon inschrijven").click()
    expect(page.get_by_role("heading", level=1, name="Nieuwe persoon inschrijven")).to_be_visible()
    check_axe(page)

    future = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    page.locator("#id_given_name").fill("Dirk")
    page.locator("#id_family_name").fill("Vermeulen")
    page.locator("#id_birth_date").fill(future)
    page.locator("#id_bsn").fill("123456789")
    page.get_by_role("button", name="Inschrijven en verder").click()

    expect(page.locator("#veld-bsn .utrecht-form-field-error-message")).to_have_text(
        "Dit BSN klopt niet. Een BSN heeft 9 cijfers en moet de elfproef doorstaan. Controleer het nummer.")
    expect(page.locator("#veld-birth_date .utrecht-form-field-error-message")).to_have_text(
        "Een geboortedatum kan niet in de toekomst liggen.")
    expect(page.locator("#veld-given_name .utrecht-form-field-error-message")).to_have_count(0)
    expect(page.locator("#veld-bsn")).to_have_class(re.compile(r"\butrecht-form-field--invalid\b"))
    # The message is tied to the field for screen readers, not only shown next to it.
    expect(page.locator("#id_bsn")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_bsn")).to_have_accessible_description(re.compile("Dit BSN klopt niet"))
    expect(page.locator("#id_birth_date")).to_have_accessible_description(
        re.compile("Een geboortedatum kan niet in de toekomst liggen"))
    expect(page.locator("#id_given_name")).to_have_value("Dirk")
    expect(page.locator("#id_family_name")).to_have_value("Vermeulen")
    expect(page.locator("#id_bsn")).to_have_value("123456789")
    expect(page.locator("#id_birth_date")).to_have_value(future)
    check_axe(page)
    assert not Person.objects.filter(family_name="Vermeulen").exists()


def test_gesprek_with_negative_duration_keeps_the_story(demo, page, live_server, login, check_axe):
    from leefwereld.conversations.models import Gesprek
    from leefwereld.residents.models import Person

    wilma = Person.objects.get(given_name="Wilma", family_name="Brouwer")
    before = Gesprek.objects.filter(person=wilma).count()
    story = "Mevrouw wil zelf de baas blijven.\nDe tuin is haar trots."

    login(page, live_server, "fatima")
    page.goto(live_server.url + reverse("conversations:new", args=[wilma.public_id]))
    expect(page.get_by_role("heading", level=1, name="Het gesprek")).to_be_visible()
    page.locator("#id_duration_minutes").fill("-5")
    page.locator("#id_wat_belangrijk").fill(story)
    page.get_by_role("button", name="Opslaan").click()

    expect(page.locator("#veld-duration_minutes .utrecht-form-field-error-message")).to_have_text(
        "Vul een duur in tussen 1 en 720 minuten.")
    expect(page.locator("#id_duration_minutes")).to_have_value("-5")
    expect(page.locator("#id_duration_minutes")).to_have_accessible_description(
        re.compile("Vul een duur in tussen 1 en 720 minuten"))
    expect(page.locator("#id_wat_belangrijk")).to_have_value(story)
    expect(page.locator(".utrecht-form-field-error-message")).to_have_count(1)
    check_axe(page)
    assert Gesprek.objects.filter(person=wilma).count() == before
