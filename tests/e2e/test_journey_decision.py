"""A decision, end to end: Kees Peters has a Wmo aanvraag past its deadline; Fatima starts a Participatiewet
aanvraag too, drafts one decision under both laws, has no mandate for the Participatiewet and proposes it;
Henk (team leader, mandate for every law) decides, previews and sends the letter; the PDF is downloaded and
read back; a bezwaar is registered, its deadline shows on the werkvoorraad, it is upheld and the herziening
shows the earlier decision. Every page is checked with axe at 1280×800 and 390×844."""
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

pytestmark = pytest.mark.e2e

UUID = r"[0-9a-f-]{36}"


def _pdf_text(data):
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def _provision(page, *, wet, artikel, product, quantity, unit, amount, motivation):
    page.get_by_role("link", name="Voorziening toevoegen").click()
    expect(page.get_by_role("heading", level=1, name="Voorziening")).to_be_visible()
    page.locator("#id_wet").select_option(wet)
    page.locator("#id_artikel").fill(artikel)
    page.locator("#id_product").fill(product)
    page.get_by_label("Toegekend", exact=True).check()
    page.locator("#id_quantity").fill(quantity)
    page.locator("#id_unit").fill(unit)
    page.locator("#id_amount").fill(amount)
    page.locator("#id_motivation").fill(motivation)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Voorziening opgeslagen.")


def test_decision_journey(demo, page, new_page, live_server, login, check_axe):
    from leefwereld.residents.models import Person

    kees = Person.objects.get(given_name="Kees", family_name="Peters")
    today = timezone.localdate()
    login(page, live_server, "fatima")
    # The Wmo aanvraag past its deadline is on Fatima's werkvoorraad.
    termijnen = page.locator("section", has=page.get_by_role("heading", name="Termijnen deze week"))
    expect(termijnen.get_by_role("link", name="Kees Peters")).to_be_visible()
    expect(termijnen).to_contain_text("te laat")
    check_axe(page)

    page.goto(live_server.url + reverse("decisions:household", args=[kees.household.public_id]))
    expect(page.get_by_role("heading", level=1, name=re.compile("^Aanvragen en besluiten van"))).to_be_visible()
    check_axe(page)
    page.get_by_role("link", name="Melding of aanvraag voor Kees").click()
    page.get_by_label("Participatiewet").check()
    page.get_by_label("Aanvraag", exact=True).check()
    page.locator("#id_received_on").fill(today.isoformat())
    page.locator("#id_subject").fill("Bijzondere bijstand: eigen bijdrage rolstoel")
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("De termijn loopt tot")
    expect(page.get_by_role("heading", level=1, name="Aanvraag · Participatiewet")).to_be_visible()
    check_axe(page)

    # One decision, two laws.
    page.get_by_role("link", name="Besluit opstellen").click()
    expect(page.get_by_role("heading", level=1, name="Besluit voor Kees Peters")).to_be_visible()
    check_axe(page)
    page.get_by_role("button", name="Concept maken").click()
    expect(page).to_have_url(re.compile(rf"/besluiten/{UUID}/$"))
    decision_url = page.url
    _provision(page, wet="wmo", artikel="art. 2.3.5 lid 3", product="Rolstoel", quantity="1", unit="stuk",
               amount="900", motivation="U kunt niet ver lopen. Met een rolstoel gaat u weer zelf naar buiten.")
    _provision(page, wet="participatiewet", artikel="art. 35 lid 1", product="Eigen bijdrage rolstoel",
               quantity="1", unit="keer", amount="200",
               motivation="U heeft geen geld opzij voor de eigen bijdrage. Wij betalen die.")
    expect(page.get_by_role("note")).to_contain_text("geen mandaat")
    check_axe(page)
    page.get_by_role("button", name="Voorstellen").click()
    expect(page.get_by_role("status")).to_contain_text("Voorgesteld.")

    # Henk has the mandate for both laws.
    henk = new_page()
    login(henk, live_server, "henk")
    henk.goto(decision_url)
    expect(henk.get_by_role("main").locator(".lw-badge").first).to_have_text(
        "Voorgesteld: wacht op iemand met mandaat")
    preview = henk.request.get(decision_url + "voorbeeld.pdf")
    assert preview.ok and "VOORBEELD" in _pdf_text(preview.body())
    henk.get_by_role("button", name="Vaststellen").click()
    expect(henk.get_by_role("status")).to_contain_text("Vastgesteld.")
    check_axe(henk)
    henk.get_by_label("Nederlands").check()
    henk.get_by_role("button", name="Brief verzenden").click()
    expect(henk.get_by_role("status")).to_contain_text("Verzonden.")
    check_axe(henk)
    letter = henk.request.get(decision_url + "brief.pdf")
    text = _pdf_text(letter.body())
    assert "Rolstoel" in text and "Eigen bijdrage rolstoel" in text and "Gemeente Zandhoven" in text
    assert "U kunt ook bezwaar maken. Dat moet uiterlijk op" in text and "Henk Jansen" in text

    # A bezwaar, its deadline on the werkvoorraad, upheld: a herziening beside the earlier decision.
    henk.get_by_role("link", name="Bezwaar registreren").click()
    henk.locator("#id_received_on").fill(today.isoformat())
    henk.locator("#id_grounds").fill("Ik heb een elektrische rolstoel nodig, ik heb te weinig kracht.")
    check_axe(henk)
    henk.get_by_role("button", name="Opslaan").click()
    expect(henk.get_by_role("status")).to_contain_text("Bezwaar geregistreerd.")
    bezwaar_url = henk.url
    check_axe(henk)
    henk.goto(live_server.url + reverse("workspace:werkvoorraad"))
    termijnen = henk.locator("section", has=henk.get_by_role("heading", name="Termijnen deze week"))
    expect(termijnen.get_by_role("heading", name="Bezwaren")).to_be_visible()
    expect(termijnen.get_by_role("link", name="Kees Peters").last).to_be_visible()
    henk.goto(bezwaar_url)
    henk.get_by_label("Gegrond: het besluit wordt herzien").check()
    henk.locator("#id_words").fill("Een handbewogen rolstoel is te zwaar voor hem.")
    henk.locator("#id_decided_on").fill(today.isoformat())
    henk.get_by_role("button", name="Uitkomst opslaan").click()
    expect(henk.get_by_role("status")).to_contain_text("Een herziening is gestart")
    expect(henk.get_by_role("heading", name="Eerdere besluiten")).to_be_visible()
    check_axe(henk)
    henk.get_by_role("link", name="Uitleggen waarom het nu anders is").click()
    henk.locator("#id_why_different").fill("Bij de hoorzitting bleek dat hij te weinig kracht in zijn armen heeft.")
    henk.get_by_label("De inwoner krijgt het voordeel van de twijfel").check()
    check_axe(henk)
    henk.get_by_role("button", name="Opslaan").click()
    henk.get_by_role("button", name="Vaststellen").click()
    expect(henk.get_by_role("status")).to_contain_text("Vastgesteld.")
    expect(henk.get_by_role("main")).to_contain_text("voordeel van de twijfel")
    check_axe(henk)
