"""A first visit, end to end: a neighbour's worry about Dirk Vermeulen becomes a person with one vaste
contactpersoon, a blanco-prepared gesprek, a network, a measurement, and a place in the werkvoorraad.
Every page is checked with axe. A professional of the other team cannot find or open him."""
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

UUID = r"[0-9a-f-]{36}"
WORDS = "Ik zie Dirk al twee weken niet meer. De gordijnen blijven dicht en hij doet niet open."
SAFETY = "Hond in de tuin, bel eerst aan."
STORY = {
    "wat_belangrijk": "Zijn moestuin en de duiven. Elke ochtend koffie bij de bakker.",
    "toekomstbeeld": "Gewoon weer zelf boodschappen doen, en de duiven houden.",
    "eigen_norm": "Ik heb geen hulp nodig, alleen iemand die af en toe langskomt.",
}


def test_first_visit_journey(demo, page, new_page, live_server, login, check_axe, screenshot):
    base = live_server.url
    login(page, live_server, "fatima")
    check_axe(page)

    # The one door: a signal. Search first; nobody is found.
    page.get_by_role("main").get_by_role("link", name="Signaal registreren").click()
    expect(page.get_by_role("heading", level=1, name="Signaal registreren")).to_be_visible()
    check_axe(page)
    page.locator("#id_name").fill("Dirk Vermeulen")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("heading", name="0 personen gevonden")).to_be_visible()
    expect(page.get_by_text("Niemand gevonden die u mag zien")).to_be_visible()
    assert "Vermeulen" not in page.url and "name=" not in page.url  # searched by POST
    check_axe(page)

    # A new person, contact details only; what was typed in the search travels with it (posted, not in a URL).
    page.get_by_role("button", name="Nieuwe persoon inschrijven met deze gegevens").click()
    expect(page.get_by_role("heading", level=1, name="Nieuwe persoon inschrijven")).to_be_visible()
    expect(page.locator("#id_given_name")).to_have_value("Dirk")
    expect(page.locator("#id_family_name")).to_have_value("Vermeulen")
    assert "Vermeulen" not in page.url
    expect(page.get_by_text("Leg daarom alleen vast wat nodig is om contact te leggen")).to_be_visible()
    expect(page.locator("#id_bsn")).to_have_count(0)
    expect(page.locator("#id_birth_date")).to_have_count(0)
    check_axe(page)
    page.locator("#id_given_name").fill("Dirk")
    page.locator("#id_family_name").fill("Vermeulen")
    page.locator("#id_street").fill("Akkerweg")
    page.locator("#id_house_number").fill("12")
    page.locator("#id_postcode").fill("5341 xy")
    page.locator("#id_city").fill("Zandhoven")
    page.locator("#id_phone").fill("06 12345678")
    page.locator("#id_safety_notes").fill(SAFETY)
    page.get_by_role("button", name="Inschrijven en verder").click()

    # The signal, in the neighbour's own words.
    expect(page.get_by_role("heading", level=1, name="Wat is de vraag of de zorg?")).to_be_visible()
    expect(page.get_by_label("Signaal (zorg, zonder hulpvraag)")).to_be_checked()
    check_axe(page)
    page.get_by_label("Iemand uit het netwerk").check()
    page.locator("#id_brought_by_name").fill("buurman Piet")
    page.locator("#id_words").fill(WORDS)
    page.get_by_role("button", name="Registreren").click()
    expect(page).to_have_url(re.compile(rf"/vragen/{UUID}/$"))
    expect(page.get_by_role("heading", level=1, name=re.compile(r"^Signaal.*: Dirk Vermeulen$"))).to_be_visible()
    expect(page.locator("blockquote")).to_have_text(WORDS)
    expect(page.get_by_text("(buurman Piet)")).to_be_visible()
    check_axe(page)

    # One vaste contactpersoon with a direct number, and a stand-in.
    page.get_by_role("link", name="Vaste contactpersoon kiezen").click()
    expect(page.get_by_role("heading", level=1, name="Vaste contactpersoon en vervanger")).to_be_visible()
    check_axe(page)
    page.locator("#id_contactpersoon").select_option(
        label="Fatima El Amrani – Wmo (ondersteuning thuis)")
    page.locator("#id_stand_in").select_option(label="Marieke Bos – Wmo (ondersteuning thuis)")
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(rf"/dossier/{UUID}/$"))
    person_url = page.url
    contact = page.locator("section", has=page.get_by_role("heading", name="Vaste contactpersoon"))
    expect(contact).to_contain_text("Fatima El Amrani")
    expect(contact).to_contain_text("0412 700 111")
    expect(contact).to_contain_text("Marieke Bos")
    expect(contact).to_contain_text("0412 700 115")
    expect(contact.get_by_role("link", name="0412 700 111")).to_have_attribute("href", "tel:0412 700 111")
    expect(page.get_by_text("Bekend via een signaal")).to_be_visible()
    check_axe(page)

    # Blanco preparation: what is needed to go there, not the earlier story.
    page.get_by_role("button", name="Eerste bezoek blanco voorbereiden").click()
    expect(page).to_have_url(re.compile(rf"/dossier/{UUID}/blanco/$"))
    expect(page.get_by_role("heading", level=1, name="Dirk Vermeulen")).to_be_visible()
    main = page.get_by_role("main")
    expect(main).to_contain_text("Akkerweg 12, 5341 XY Zandhoven")
    expect(main).to_contain_text("06 12345678")
    expect(main).to_contain_text(SAFETY)
    expect(main).not_to_contain_text("gordijnen")
    expect(main).not_to_contain_text("buurman Piet")
    check_axe(page)
    # While blanco, the person file itself leads back to the blanco page.
    page.goto(person_url)
    expect(page).to_have_url(re.compile(rf"/dossier/{UUID}/blanco/$"))

    # Het gesprek, straight from the blanco page.
    page.get_by_role("link", name="Gesprek vastleggen").click()
    expect(page.get_by_role("heading", level=1, name="Het gesprek")).to_be_visible()
    expect(page.locator("#id_held_on")).to_have_value(timezone.localdate().isoformat())
    check_axe(page)
    page.locator("#id_duration_minutes").fill("90")
    for name, text in STORY.items():
        page.locator(f"#id_{name}").fill(text)
    screenshot(page, "gesprek-form")
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(rf"/gesprekken/{UUID}/$"))
    expect(page.get_by_role("heading", level=1, name=re.compile(r"^Gesprek van "))).to_be_visible()
    story = page.locator("dl.lw-story")
    for text in STORY.values():
        expect(story).to_contain_text(text)
    expect(page.get_by_text("90 minuten")).to_be_visible()
    check_axe(page)

    # The gesprek ended the blanco preparation: the whole file is open again.
    page.get_by_role("link", name="Terug naar het dossier").click()
    expect(page).to_have_url(person_url)
    expect(page.locator("section", has=page.get_by_role("heading", name="Het verhaal"))).to_contain_text(
        STORY["wat_belangrijk"])
    check_axe(page)

    # The network: a mantelzorger who is at the end of her strength.
    page.get_by_role("link", name="Iemand uit het netwerk toevoegen").click()
    expect(page.get_by_role("heading", level=1, name="Iemand uit het netwerk")).to_be_visible()
    check_axe(page)
    page.locator("#id_name").fill("Ans (zus)")
    page.locator("#id_relation").select_option(label="Familie")
    page.locator("#id_does").fill("Doet elke dag de boodschappen en kookt.")
    page.get_by_role("group", name=re.compile("Hoeveel kan deze persoon dragen")).get_by_label("Overbelast").check()
    page.get_by_role("group", name=re.compile("Mag deze persoon gevraagd worden")).get_by_label(
        "Liever niet").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(person_url)
    network = page.locator("section", has=page.get_by_role("heading", name="Netwerk"))
    expect(network).to_contain_text("Ans (zus)")
    expect(network).to_contain_text("Overbelast")
    expect(network).to_contain_text("Liever niet")
    check_axe(page)

    # A measurement with the ZRM: one domain filled in.
    page.get_by_role("link", name="Meting vastleggen").click()
    expect(page.get_by_role("heading", level=1, name="Meting leefgebieden")).to_be_visible()
    check_axe(page)
    page.get_by_role("link", name="Zelfredzaamheid-Matrix (ZRM 2017)").click()
    expect(page.get_by_role("heading", level=1, name="Zelfredzaamheid-Matrix (ZRM 2017)")).to_be_visible()
    check_axe(page)
    domain = page.locator("details", has=page.locator("summary", has_text="Financiën"))
    domain.locator("summary").click()
    expect(domain).to_have_attribute("open", "")
    # Field names (d<pk>_level, d<pk>_resident_level, d<pk>_own_strength) are stabler than their labels.
    domain.locator("select[name$='_level']:not([name$='_resident_level'])").select_option(
        label="3 – Beperkt zelfredzaam")
    domain.locator("select[name$='_resident_level']").select_option(label="4 – Voldoende zelfredzaam")
    domain.locator("textarea[name$='_own_strength']").fill("Betaalt de vaste lasten zelf.")
    check_axe(page)
    screenshot(page, "assessment-form")
    page.get_by_role("button", name="Meting opslaan").click()
    expect(page).to_have_url(person_url)
    table = page.get_by_role("table", name=re.compile(r"^Zelfredzaamheid-Matrix \(ZRM 2017\)"))
    row = table.get_by_role("row", name=re.compile("Financiën"))
    expect(row).to_contain_text("3 – Beperkt zelfredzaam")
    expect(row).to_contain_text("4 – Voldoende zelfredzaam")
    expect(row).to_contain_text("Betaalt de vaste lasten zelf.")
    check_axe(page)

    # A home visit nobody answered and a call with the housing corporation: one timeline, time on two sides.
    for kind, minutes in (("Huisbezoek, niemand thuis of niet opengedaan", "20"),
                          ("Overleg met een organisatie over de inwoner", "55")):
        page.get_by_role("link", name="Contactmoment vastleggen").click()
        expect(page.get_by_role("heading", level=1, name="Contactmoment vastleggen")).to_be_visible()
        page.get_by_label(kind).check()
        page.locator("#id_minutes").fill(minutes)
        page.get_by_role("button", name="Opslaan").click()
        expect(page).to_have_url(person_url)
    # 90 minutes of gesprek + 20 at the door with the resident; 55 coordinating.
    expect(page.get_by_text("1 uur 50 minuten met de inwoner, 55 minuten afstemmen eromheen.")).to_be_visible()
    timeline = page.locator("section", has=page.get_by_role("heading", name="Tijdlijn"))
    for kind in ("Overleg met een organisatie", "Huisbezoek, niemand thuis", "Gesprek", "Meting",
                 "Signaal"):
        expect(timeline).to_contain_text(kind)
    check_axe(page)
    screenshot(page, "person-file")

    # Back in the werkvoorraad, Dirk is one of Fatima's people.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Werkvoorraad").click()
    expect(page).to_have_url(f"{base}/")
    my_people = page.locator("section", has=page.get_by_role("heading", name="Mijn mensen"))
    expect(my_people.get_by_role("link", name="Dirk Vermeulen")).to_be_visible()
    check_axe(page)

    # A professional of the other team neither finds him nor opens his file.
    other = new_page()
    login(other, live_server, "sanne")
    check_axe(other)
    other.goto(base + reverse("workspace:search"))
    check_axe(other)
    other.locator("#id_name").fill("Vermeulen")
    other.get_by_role("main").get_by_role("button", name="Zoeken").click()
    expect(other.get_by_role("heading", name="0 personen gevonden")).to_be_visible()
    assert other.url == base + reverse("workspace:search")  # the name never went into the URL
    expect(other.get_by_role("main")).not_to_contain_text("Dirk")
    check_axe(other)
    response = other.goto(person_url)
    assert response.status == 404
    expect(other.locator("body")).not_to_contain_text("Vermeulen")
    check_axe(other)
    response = other.goto(person_url + "blanco/")
    assert response.status == 404


def test_open_file_from_blanco_with_reason(demo, page, live_server, login, check_axe):
    """Leaving the blanco preparation is a deliberate step, logged with its reason."""
    from leefwereld.audit.models import AuditEvent
    from leefwereld.residents.models import Person

    wilma = Person.objects.get(given_name="Wilma", family_name="Brouwer")
    login(page, live_server, "fatima")
    my_people = page.locator("section", has=page.get_by_role("heading", name="Mijn mensen"))
    my_people.get_by_role("link", name="Wilma Brouwer").click()
    expect(page).to_have_url(live_server.url + reverse("workspace:person", args=[wilma.public_id]))
    expect(page.get_by_role("main")).to_contain_text("Ik red het huishouden niet meer goed")
    page.get_by_role("button", name="Eerste bezoek blanco voorbereiden").click()
    expect(page).to_have_url(live_server.url + reverse("workspace:person_blanco", args=[wilma.public_id]))
    expect(page.get_by_role("main")).not_to_contain_text("Ik red het huishouden niet meer goed")
    check_axe(page)

    reason = "Mevrouw belde met een spoedvraag over haar medicatie; ik moet weten wat er speelt."
    page.get_by_label("Waarom opent u nu het hele dossier?").fill(reason)
    page.get_by_role("button", name="Dossier openen").click()
    expect(page).to_have_url(live_server.url + reverse("workspace:person", args=[wilma.public_id]))
    expect(page.get_by_role("heading", level=1, name="Wilma Brouwer")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Ik red het huishouden niet meer goed")
    check_axe(page)

    events = AuditEvent.objects.filter(action="persons.open_file", person_pk=wilma.pk)
    assert [(e.actor.username, e.reason) for e in events] == [("fatima", reason)]
