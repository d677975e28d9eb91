"""A decision, end to end, as the issue tells it: a vraag -> melding -> gesprek -> plan with maatwerk -> a decision
under two laws drafted from that plan -> preview -> sent -> the PDF -> bezwaar -> its deadline on the werkvoorraad
-> herziening.

Kees Peters has a Wmo aanvraag past its deadline on Fatima's werkvoorraad. He asks a new question; Fatima turns
his vraag into a Wmo melding (dated as the vraag, in his words), holds the gesprek of the investigation, starts
the household's plan with his goal and two kinds of help picked from the sociale kaart's maatwerk (a regiotaxi
pass under the Wmo, bijzondere bijstand under the Participatiewet), turns the melding into an aanvraag and
drafts the decision from the plan: both provisions prefilled under their own law, the plan's words and the
guideline beside the form, only the amount and the motivation to add. Asking a colleague to decide before
the motivation is there gets a Dutch message. She has no mandate for the Participatiewet and proposes it; Henk
(team leader, mandate for every law) decides, previews and sends the letter; the PDF is downloaded and read
back; the file's timeline shows the letter; a bezwaar is registered, its deadline shows on the werkvoorraad,
it is upheld and the herziening shows the earlier decision. Every page the journey visits is checked with axe
and the layout check at 1280x800 and 390x844."""
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
STORY = "Kees wil zelf naar de markt en naar zijn broer. Lopen gaat niet meer ver; geld is krap sinds hij is afgekeurd."
GOAL = "Ik wil zelf naar de markt en naar mijn broer, zonder dat Lenie mij steeds moet brengen."
BIJSTAND_WHAT = "Bijzondere bijstand voor de eigen bijdrage van de regiotaxi"


def _pdf_text(data):
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def _section(page, heading):
    return page.locator("section", has=page.get_by_role("heading", name=heading, exact=True))


def _pick_from_kaart(page, check_axe, goal, entry, what=None, starts=None):
    """Who acts for the goal: a maatwerk entry chosen from the sociale kaart becomes an action of the plan."""
    goal.get_by_role("link", name=re.compile("^Wie doet het\\? Kies van de sociale kaart")).click()
    expect(page.get_by_role("heading", level=1, name="Wie doet het?")).to_be_visible()
    check_axe(page)
    page.get_by_role("link", name=f"Kies {entry.name}", exact=True).click()
    expect(page.get_by_role("heading", level=1, name=f"Actie: {entry.name}")).to_be_visible()
    expect(page.locator("#id_what")).to_have_value(entry.name)
    check_axe(page)
    if what:
        page.locator("#id_what").fill(what)
    if starts:
        page.locator("#id_starts_on").fill(starts.isoformat())
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"Actie opgeslagen: {entry.name} doet het.")


def _complete(page, check_axe, provision, fill, *, plan_words, law, article):
    """A provision drafted from the plan: law, article, product and kaart entry are there; add what is missing."""
    page.get_by_role("link", name=f"Wijzigen – {provision}", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Voorziening")).to_be_visible()
    expect(page.locator("blockquote").first).to_have_text(plan_words)
    expect(page.get_by_role("main")).to_contain_text(GOAL)
    expect(page.locator("#id_wet")).to_have_value(law)
    expect(page.locator("#id_artikel")).to_have_value(article)
    expect(page.locator("#id_product")).to_have_value(provision)
    expect(page.get_by_label("Toegekend", exact=True)).to_be_checked()
    for field, value in fill.items():
        if field == "vorm":
            page.locator("#id_vorm").select_option(value)
        else:
            page.locator(f"#id_{field}").fill(value)
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Voorziening opgeslagen.")


def test_decision_journey(demo, page, new_page, live_server, login, check_axe):
    from leefwereld.coordination.models import KaartEntry, Level
    from leefwereld.residents.models import Person

    kees = Person.objects.get(given_name="Kees", family_name="Peters")
    taxi = KaartEntry.objects.get(name="Vervoersvoorziening (regiotaxi-pas)")
    bijstand = KaartEntry.objects.get(name="Bijzondere bijstand", level=Level.MAATWERK)
    today = timezone.localdate()
    asked = today - dt.timedelta(days=3)
    login(page, live_server, "fatima", check=check_axe)
    # The Wmo aanvraag past its deadline is on Fatima's werkvoorraad.
    termijnen = page.locator("section", has=page.get_by_role("heading", name="Termijnen deze week"))
    expect(termijnen.get_by_role("link", name="Kees Peters")).to_be_visible()
    expect(termijnen).to_contain_text("te laat")
    check_axe(page)

    # 1. His new question becomes a melding, dated as the vraag and in his words.
    page.goto(live_server.url + reverse("intake:register_vraag", args=[kees.public_id]))
    check_axe(page)
    page.get_by_label("De inwoner zelf").check()
    page.locator("#id_words").fill(WORDS)
    page.locator("#id_received_on").fill(asked.isoformat())
    page.get_by_role("button", name="Registreren").click()
    expect(page.get_by_role("status")).to_contain_text("Vraag geregistreerd")
    check_axe(page)
    vraag_url = page.url
    page.get_by_role("link", name="Melding of aanvraag starten").click()
    expect(page.locator("#id_received_on")).to_have_value(asked.isoformat())
    expect(page.locator("#id_subject")).to_have_value(WORDS)
    check_axe(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("De termijn loopt tot")
    expect(page.get_by_role("heading", level=1, name="Melding (Wmo-onderzoek) · Wmo 2015")).to_be_visible()
    check_axe(page)
    page.goto(vraag_url)
    expect(page.get_by_role("link", name=re.compile("^Melding \\(Wmo-onderzoek\\) Wmo 2015 van"))).to_be_visible()
    check_axe(page)

    # 2. The gesprek of the investigation, and the household's plan from it.
    page.goto(live_server.url + reverse("workspace:person", args=[kees.public_id]))
    expect(page.get_by_role("heading", level=1, name="Kees Peters")).to_be_visible()
    check_axe(page)
    page.get_by_role("main").get_by_role("link", name="Gesprek vastleggen").click()
    expect(page.get_by_role("heading", level=1, name="Het gesprek")).to_be_visible()
    check_axe(page)
    page.locator("#id_wat_belangrijk").fill(STORY)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/gesprekken/{UUID}/$"))
    expect(page.locator("dl.lw-story")).to_contain_text(STORY)
    check_axe(page)
    page.get_by_role("button", name="Een plan is nodig: plan starten").click()
    expect(page).to_have_url(re.compile(rf"/plannen/{UUID}/$"))
    expect(page.get_by_role("heading", level=1, name=re.compile("^Plan van .*Peters"))).to_be_visible()
    check_axe(page)

    # 3. His goal in his words, and two kinds of help on maatwerk from the sociale kaart, under two laws.
    page.get_by_role("link", name="Doel toevoegen", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Nieuw doel")).to_be_visible()
    check_axe(page)
    page.locator("#id_owner").select_option(label="Kees Peters")
    page.locator("#id_words").fill(GOAL)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    goal = page.locator("article.lw-goal", has=page.get_by_role("heading", name="Kees Peters"))
    expect(goal.locator("blockquote")).to_have_text(GOAL)
    check_axe(page)
    _pick_from_kaart(page, check_axe, goal, taxi, starts=today)
    _pick_from_kaart(page, check_axe, goal, bijstand, what=BIJSTAND_WHAT, starts=today)
    for what in (taxi.name, BIJSTAND_WHAT):
        expect(goal.get_by_role("row", name=re.compile(re.escape(what)))).to_contain_text(
            "Professionele hulp op maat")
    check_axe(page)

    # 4. The melding becomes an aanvraag: its page offers the decision from the plan.
    page.get_by_role("link", name="Aanvragen en besluiten").click()
    expect(page.get_by_role("heading", level=1, name=re.compile("^Aanvragen en besluiten van .*Peters"))
           ).to_be_visible()
    check_axe(page)
    page.get_by_role("row", name=re.compile(re.escape(WORDS[:40]))).get_by_role(
        "link", name="Melding (Wmo-onderzoek) · Wmo 2015").click()
    page.get_by_role("link", name="Wordt een aanvraag").click()
    check_axe(page)
    page.locator("#id_received_on").fill(today.isoformat())
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Aanvraag gestart.")
    check_axe(page)

    # 5. The decision, drafted from the plan: both actions become provisions, each under its own law.
    page.get_by_role("link", name="Besluit opstellen vanuit het plan").click()
    expect(page.get_by_role("heading", level=1, name="Besluit voor Kees Peters")).to_be_visible()
    expect(page.get_by_label(re.compile("Ik wil zelf naar buiten"))).to_be_checked()
    from_plan = _section(page, "Hulp op maat in het plan")
    expect(from_plan.get_by_role("listitem")).to_have_count(2)
    expect(from_plan.get_by_role("listitem").filter(has_text=taxi.name)).to_contain_text("Wmo 2015")
    expect(from_plan.get_by_role("listitem").filter(has_text=BIJSTAND_WHAT)).to_contain_text("Participatiewet")
    expect(page.get_by_label("Vul het besluit met de hulp op maat uit het plan")).to_be_checked()
    check_axe(page)
    page.get_by_role("button", name="Concept maken").click()
    expect(page).to_have_url(re.compile(rf"/besluiten/{UUID}/$"))
    expect(page.get_by_role("status")).to_contain_text("Concept gemaakt uit het plan.")
    decision_url = page.url
    provisions = _section(page, "Per voorziening").locator("article")
    expect(provisions).to_have_count(2)
    expect(provisions.filter(has_text=taxi.name)).to_contain_text(f"Wmo 2015, {taxi.article}")
    expect(provisions.filter(has_text=taxi.name)).to_contain_text(f"Van de sociale kaart: {taxi.name}")
    expect(provisions.filter(has_text=BIJSTAND_WHAT)).to_contain_text(f"Participatiewet, {bijstand.article}")
    expect(provisions.get_by_text("Nog geen motivering.")).to_have_count(2)
    check_axe(page)
    # Bad input: a decision without motivation cannot go to a colleague; the page says why.
    page.get_by_role("button", name="Voorstellen").click()
    expect(page.get_by_role("alert")).to_contain_text(f"'{taxi.name}' heeft nog geen motivering.")
    check_axe(page)
    _complete(page, check_axe, taxi.name, {
        "quantity": "1", "motivation": "U kunt niet ver lopen. Met de regiotaxi gaat u weer zelf naar de markt "
                                       "en naar uw broer."}, plan_words=taxi.name, law="wmo", article=taxi.article)
    page.get_by_role("link", name=f"Wijzigen – {BIJSTAND_WHAT}", exact=True).click()
    # The guideline's room is to hand beside the form.
    expect(page.get_by_role("main")).to_contain_text("Voor noodzakelijke kosten die uit bijzondere omstandigheden")
    page.go_back()
    _complete(page, check_axe, BIJSTAND_WHAT, {
        "vorm": "geld", "amount": "200", "motivation": "U heeft geen geld opzij voor de eigen bijdrage. Wij "
                                                       "betalen die."},
        plan_words=BIJSTAND_WHAT, law="participatiewet", article=bijstand.article)
    expect(page.get_by_role("note")).to_contain_text("geen mandaat")
    check_axe(page)
    page.get_by_role("button", name="Voorstellen").click()
    expect(page.get_by_role("status")).to_contain_text("Voorgesteld.")
    check_axe(page)

    # Henk has the mandate for both laws.
    henk = new_page()
    login(henk, live_server, "henk")
    henk.goto(decision_url)
    expect(henk.get_by_role("main").locator(".lw-badge").first).to_have_text(
        "Voorgesteld: wacht op iemand met mandaat")
    check_axe(henk)
    decision_path = decision_url.removeprefix(live_server.url)
    expect(henk.get_by_role("link", name="Brief bekijken (voorbeeld, pdf)")).to_have_attribute(
        "href", decision_path + "voorbeeld.pdf")
    preview = henk.request.get(decision_url + "voorbeeld.pdf")
    assert preview.ok and "VOORBEELD" in _pdf_text(preview.body())
    henk.get_by_role("button", name="Vaststellen").click()
    expect(henk.get_by_role("status")).to_contain_text("Vastgesteld.")
    check_axe(henk)
    henk.get_by_label("Nederlands").check()
    henk.get_by_role("button", name="Brief verzenden").click()
    expect(henk.get_by_role("status")).to_contain_text("Verzonden.")
    check_axe(henk)
    expect(henk.get_by_role("link", name="Verzonden brief (pdf)")).to_have_attribute(
        "href", decision_path + "brief.pdf")
    letter = henk.request.get(decision_url + "brief.pdf")
    assert letter.ok and letter.headers["content-type"] == "application/pdf"
    text = _pdf_text(letter.body())
    assert taxi.name in text and BIJSTAND_WHAT in text and "Met de regiotaxi gaat u weer zelf" in text
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
    check_axe(henk)
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
    expect(henk.get_by_role("status")).to_contain_text("Opgeslagen.")
    check_axe(henk)
    henk.get_by_role("button", name="Vaststellen").click()
    expect(henk.get_by_role("status")).to_contain_text("Vastgesteld.")
    expect(henk.get_by_role("main")).to_contain_text("voordeel van de twijfel")
    check_axe(henk)
