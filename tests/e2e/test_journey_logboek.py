"""The team leader's logboek in the browser: a professional opens a file; Henk finds that in the log by
picking the resident by name (a POST, so the name never reaches a URL), and the page passes axe."""
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_team_leader_filters_the_logboek_by_resident(demo, page, new_page, live_server, login, check_axe,
                                                    screenshot):
    from leefwereld.residents.models import Person

    saskia = Person.objects.get(given_name="Saskia")
    pro = new_page()
    login(pro, live_server, "fatima")
    pro.goto(live_server.url + reverse("workspace:person", args=[saskia.public_id]))
    expect(pro.get_by_role("heading", level=1)).to_contain_text("Saskia")

    login(page, live_server, "henk")
    page.get_by_role("link", name="Logboek").click()
    expect(page.get_by_role("heading", level=1, name="Logboek van het team")).to_be_visible()
    check_axe(page)
    page.get_by_label("Inwoner zoeken op naam").fill("Saskia")
    page.get_by_role("button", name="Inwoner zoeken").click()
    assert "Saskia" not in page.url
    page.get_by_role("link", name="Saskia van Dalen").click()
    expect(page.get_by_text("U ziet alleen regels over Saskia van Dalen")).to_be_visible()
    assert "Saskia" not in page.url and re.search(r"inwoner=[0-9a-f-]{36}", page.url)
    table = page.get_by_role("table")
    expect(table).to_contain_text("Dossier van een persoon bekijken")
    expect(table).to_contain_text("Fatima El Amrani")
    check_axe(page)
    page.get_by_label("Handeling").select_option(label="Dossier van een persoon bekijken")
    page.get_by_role("button", name="Filteren").click()
    expect(page.get_by_text("U ziet alleen regels over Saskia van Dalen")).to_be_visible()
    expect(table.locator("tbody tr").first).to_contain_text("Fatima El Amrani")
    screenshot(page, "logboek")
