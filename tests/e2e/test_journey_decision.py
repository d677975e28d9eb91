"""A decision, end to end: Kees Peters has a Wmo aanvraag past its deadline on Fatima's werkvoorraad. He asks a
new question; Fatima turns his vraag into a Wmo melding (dated as the vraag, in his words), the melding into an
aanvraag, and drafts one decision under two laws: a provision chosen from the sociale kaart (its terms filled
in) and a Participatiewet one typed by hand. She has no mandate for the Participatiewet and proposes it; Henk
(team leader, mandate for every law) decides, previews and sends the letter; the PDF is downloaded and read
back; the file's timeline shows the letter; a bezwaar is registered, its deadline shows on the werkvoorraad,
it is upheld and the herziening shows the earlier decision. Every page is checked with axe and the layout
check at 1280×800 and 390×844."""
import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

pytestmark = pytest.mark.e2e

UUID = r"[0-9a-f-]{36}"
WORDS = "Ik kan niet meer ver lopen. Ik wil zelf naar buiten, naar de markt en naar mijn broer."


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


def _provision_from_kaart(page, check_axe, entry):
    """Only the chosen law's maatwerk can be picked; picking fills article, product, unit and price."""
    page.get_by_role("link", name="Voorziening toevoegen").click()
    page.locator("#id_wet").select_option("participatiewet")
    expect(page.locator("#id_kaart_entry option[data-law='wmo']").first).to_be_disabled()
    page.locator("#id_wet").select_option("wmo")
    page.locator("#id_kaart_entry").select_option(str(entry.public_id))
    expect(page.locator("#id_unit")).to_have_value(entry.unit)
    expect(page.locator("#id_unit_price")).to_have_value(str(entry.unit_price))
    expect(page.locator("#id_artikel")).to_have_value(entry.article)
    expect(page.locator("#id_product")).to_have_value(entry.name)
    page.get_by_label("Toegekend", exact=True).check()
    page.locator("#id_quantity").fill("1")
    page.locator("#id_motivation").fill("U kunt niet ver lopen. Met de regiotaxi gaat u weer zelf naar de markt "
                                        "en naar uw broer.")
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Voorziening opgeslagen.")
    expect(page.get_by_role("main")).to_contain_text(f"Van de sociale kaart: {entry.name}")


def test_decision_journey(demo, page, new_page, live_server, login, check_axe):
    from leefwereld.coordination.models import KaartEntry
    from leefwereld.residents.models import Person

    kees = Person.objects.get(given_name="Kees", family_name="Peters")
    taxi = KaartEntry.objects.get(name="Vervoersvoorziening (regiotaxi-pas)")
    today = timezone.localdate()
    asked = today - dt.timedelta(days=3)
    login(page, live_server, "fatima")
    # The Wmo aanvraag past its deadline is on Fatima's werkvoorraad.
    termijnen = page.locator("section", has=page.get_by_role("heading", name="Termijnen deze week"))
    expect(termijnen.get_by_role("link", name="Kees Peters")).to_be_visible()
    expect(termijnen).to_contain_text("te laat")
    check_axe(page)

    # His new question becomes a melding, dated as the vraag and in his words, then an aanvraag.
    page.goto(live_server.url + reverse("intake:register_vraag", args=[kees.public_id]))
    page.get_by_label("De inwoner zelf").check()
    page.locator("#id_words").fill(WORDS)
    page.locator("#id_received_on").fill(asked.isoformat())
    page.get_by_role("button", name="Registreren").click()
    expect(page.get_by_role("status")).to_contain_text("Vraag geregistreerd")
    vraag_url = page.url
    page.get_by_role("link", name="Melding of aanvraag starten").click()
    expect(page.locator("#id_received_on")).to_have_value(asked.isoformat())
    expect(page.locator("#id_subject")).to_have_value(WORDS)
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("De termijn loopt tot")
    page.goto(vraag_url)
    page.get_by_role("link", name=re.compile("^Melding \\(Wmo-onderzoek\\) Wmo 2015 van")).click()
    page.get_by_role("link", name="Wordt een aanvraag").click()
    page.locator("#id_received_on").fill(today.isoformat())
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Aanvraag gestart.")
    check_axe(page)

    # One decision, two laws.
    page.get_by_role("link", name="Besluit opstellen").click()
    expect(page.get_by_role("heading", level=1, name="Besluit voor Kees Peters")).to_be_visible()
    page.get_by_label(re.compile("Ik wil zelf naar buiten")).check()
    check_axe(page)
    page.get_by_role("button", name="Concept maken").click()
    expect(page).to_have_url(re.compile(rf"/besluiten/{UUID}/$"))
    decision_url = page.url
    _provision_from_kaart(page, check_axe, taxi)
    _provision(page, wet="participatiewet", artikel="art. 35 lid 1", product="Eigen bijdrage regiotaxi",
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
    assert "Vervoersvoorziening (regiotaxi-pas)" in text and "Eigen bijdrage regiotaxi" in text
    assert "Gemeente Zandhoven" in text
    assert "U kunt ook bezwaar maken. Dat moet uiterlijk op" in text and "Henk Jansen" in text
    henk.goto(live_server.url + reverse("workspace:person", args=[kees.public_id]))
    tijdlijn = henk.locator("section", has=henk.get_by_role("heading", name="Tijdlijn"))
    expect(tijdlijn.get_by_text("Besluit verzonden")).to_be_visible()
    expect(tijdlijn.get_by_text("Melding (Wmo-onderzoek) Wmo 2015")).to_be_visible()
    check_axe(henk)
    henk.goto(decision_url)

    # A bezwaar, its deadline on the werkvoorraad, upheld: a herziening beside the earlier decision.
    henk.get_by_role("link", name="Bezwaar registreren").click()
    henk.locator("#id_received_on").fill(today.isoformat())
    henk.locator("#id_grounds").fill("Mijn broer woont buiten de regio. Met deze pas kom ik daar niet.")
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
    henk.locator("#id_words").fill("Hij heeft vervoer nodig tot buiten de regio.")
    henk.locator("#id_decided_on").fill(today.isoformat())
    henk.get_by_role("button", name="Uitkomst opslaan").click()
    expect(henk.get_by_role("status")).to_contain_text("Een herziening is gestart")
    expect(henk.get_by_role("heading", name="Eerdere besluiten")).to_be_visible()
    check_axe(henk)
    henk.get_by_role("link", name="Uitleggen waarom het nu anders is").click()
    henk.locator("#id_why_different").fill("Bij de hoorzitting bleek dat zijn broer zijn enige steun is.")
    henk.get_by_label("De inwoner krijgt het voordeel van de twijfel").check()
    check_axe(henk)
    henk.get_by_role("button", name="Opslaan").click()
    henk.get_by_role("button", name="Vaststellen").click()
    expect(henk.get_by_role("status")).to_contain_text("Vastgesteld.")
    expect(henk.get_by_role("main")).to_contain_text("voordeel van de twijfel")
    check_axe(henk)
