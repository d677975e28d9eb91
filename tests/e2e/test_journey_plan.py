"""A plan, end to end: after a gesprek with Naomi Smit (two children) Fatima starts the household's plan, writes
goals in their own words, weighs who acts side by side, has colleagues of another discipline and jeugd agree
(vier-ogen), records Naomi's agreement and her mother's disagreement, measures twice, evaluates and compares
two versions. Oma Ans, who carries part of the care, has a goal of her own.
Every page is checked with axe."""
import datetime as dt
import re

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

UUID = r"[0-9a-f-]{36}"
STORY = "Dat Luuk weer rustig wordt thuis. En dat ik zelf weer wat lucht heb."
NAOMI_GOAL = "Ik wil weer rust in mijn hoofd, en één avond per week voor mezelf."
LUUK_GOAL = "Ik wil niet meer zo boos worden als papa niet komt."
OMA_GOAL = "Oma Ans wil haar eigen woensdagmiddag houden."
OMA_LABEL = "Oma Ans – houdt het vol – ja, dat mag"
OMA_SAYS = "Eén avond oppassen gaat, twee avonden wordt te veel voor mij."
NAOMI_ACTION = "Naomi gaat op woensdagavond naar de sportschool"
OMA_ACTION = "Oma Ans past op woensdagavond op Luuk en Jade"
LUUK_ACTION = "Gesprekken met Luuk over zijn boosheid, een keer per week"
ANOUK_SAYS = "Ik kijk met Naomi of ze meer uren kan werken zonder dat de toeslagen stoppen."
JOOST_SAYS = "Ik spreek Luuk op school, samen met zijn mentor."
RESIDENT_WORDS = "Het is rustiger thuis. Luuk praat nu eerder als hij boos is."
ACTOR_KINDS = ["De inwoner zelf", "Iemand uit het netwerk", "Vrijwilliger of lotgenotengroep",
               "Voorziening in de buurt (voor iedereen)", "Partnerorganisatie", "Professionele hulp op maat"]


def section(page, heading):
    return page.locator("section", has=page.get_by_role("heading", name=heading, exact=True))


def test_plan_journey(demo, page, new_page, live_server, login, check_axe, screenshot):
    from leefwereld.conversations.instruments import ZRM

    today = timezone.localdate()
    login(page, live_server, "fatima")
    check_axe(page)

    # Fatima stands in for Joost, Naomi's vaste contactpersoon.
    section(page, re.compile("^Ik ben vervanger voor")).get_by_role("link", name="Naomi Smit").click()
    expect(page.get_by_role("heading", level=1, name="Naomi Smit")).to_be_visible()
    expect(page.get_by_role("button", name="Plan starten")).to_be_visible()
    person_url = page.url
    check_axe(page)

    # 1. Het gesprek, then a plan from it.
    page.get_by_role("main").get_by_role("link", name="Gesprek vastleggen").click()
    expect(page.get_by_role("heading", level=1, name="Het gesprek")).to_be_visible()
    expect(page.locator("#id_held_on")).to_have_value(today.isoformat())
    check_axe(page)
    page.locator("#id_wat_belangrijk").fill(STORY)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/gesprekken/{UUID}/$"))
    gesprek_path = page.url.removeprefix(live_server.url)
    expect(page.get_by_role("heading", level=1, name=re.compile("^Gesprek van "))).to_be_visible()
    expect(page.locator("dl.lw-story")).to_contain_text(STORY)
    check_axe(page)
    page.get_by_role("button", name="Een plan is nodig: plan starten").click()
    expect(page).to_have_url(re.compile(rf"/plannen/{UUID}/$"))
    plan_url = page.url
    expect(page.get_by_role("heading", level=1, name=re.compile("^Plan van .*Smit"))).to_be_visible()
    main = page.get_by_role("main")
    expect(main.locator(".lw-badge").first).to_have_text("In voorbereiding")
    expect(section(page, "Regie")).to_contain_text("Naomi Smit")
    expect(section(page, "Regie")).to_contain_text("De inwoner zelf")
    expect(main.get_by_role("link", name=re.compile("^gestart na het gesprek van"))).to_have_attribute(
        "href", gesprek_path)
    expect(main.get_by_text("Nog geen doelen.")).to_be_visible()
    check_axe(page)

    # 2. Someone in Naomi's network who can carry a little more.
    page.goto(person_url)
    expect(page.get_by_role("link", name="Naar het plan")).to_be_visible()
    page.get_by_role("link", name="Iemand uit het netwerk toevoegen").click()
    expect(page.get_by_role("heading", level=1, name="Iemand uit het netwerk")).to_be_visible()
    check_axe(page)
    page.locator("#id_name").fill("Oma Ans")
    page.locator("#id_relation").select_option(label="Familie")
    page.get_by_role("group", name=re.compile("Hoeveel kan deze persoon dragen")).get_by_label(
        "Houdt het vol").check()
    page.get_by_role("group", name=re.compile("Mag deze persoon gevraagd worden")).get_by_label(
        "Ja, dat mag").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(person_url)
    expect(section(page, "Netwerk")).to_contain_text("Oma Ans")
    check_axe(page)
    page.get_by_role("link", name="Naar het plan").click()
    expect(page).to_have_url(plan_url)

    # 3. Goals in their own words: Naomi's, Luuk's, and one of Oma Ans, who carries part of the care.
    for who, words, label in (("Naomi Smit", NAOMI_GOAL, "Naomi Smit"), ("Luuk Smit", LUUK_GOAL, "Luuk Smit"),
                              ("Oma Ans", OMA_GOAL, OMA_LABEL)):
        page.get_by_role("link", name="Doel toevoegen", exact=True).click()
        expect(page.get_by_role("heading", level=1, name="Nieuw doel")).to_be_visible()
        check_axe(page)
        page.locator("#id_owner").select_option(label=label)
        page.locator("#id_words").fill(words)
        page.get_by_role("button", name="Opslaan", exact=True).click()
        expect(page).to_have_url(plan_url)
        goal = page.locator("article.lw-goal", has=page.get_by_role("heading", name=who))
        expect(goal.locator("blockquote")).to_have_text(words)
        check_axe(page)
    oma_goal = page.locator("article.lw-goal", has=page.get_by_role("heading", name="Oma Ans"))
    expect(oma_goal).to_contain_text("Iemand uit het netwerk, familie")
    expect(oma_goal.locator(".lw-badge")).to_have_text("Houdt het vol")
    naomi_goal = page.locator("article.lw-goal", has=page.get_by_role("heading", name="Naomi Smit"))
    luuk_goal = page.locator("article.lw-goal", has=page.get_by_role("heading", name="Luuk Smit"))

    # Who acts: all six kinds side by side, none ranked first.
    naomi_goal.get_by_role("link", name=re.compile("^Actie toevoegen")).click()
    expect(page.get_by_role("heading", level=1, name="Nieuwe actie")).to_be_visible()
    expect(page.locator("blockquote")).to_have_text(NAOMI_GOAL)
    who_acts = page.get_by_role("group", name=re.compile("^Wie doet het"))
    expect(who_acts.get_by_role("radio")).to_have_count(6)
    for kind in ACTOR_KINDS:
        expect(who_acts.get_by_label(kind, exact=True)).to_be_visible()
        expect(who_acts.get_by_label(kind, exact=True)).not_to_be_checked()
    first, second = (who_acts.get_by_label(k, exact=True).bounding_box() for k in ACTOR_KINDS[:2])
    assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"], "the kinds are not side by side"
    expect(who_acts).to_contain_text("Professionele hulp blijft altijd mogelijk.")
    check_axe(page)
    screenshot(page, "plan-action-form")

    # An end date before the start date: a Dutch message at the field, and nothing typed is lost.
    starts, ends = today + dt.timedelta(days=7), today + dt.timedelta(days=2)
    page.locator("#id_what").fill(NAOMI_ACTION)
    who_acts.get_by_label("De inwoner zelf", exact=True).check()
    page.locator("#id_starts_on").fill(starts.isoformat())
    page.locator("#id_ends_on").fill(ends.isoformat())
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator("#veld-ends_on .utrecht-form-field-error-message")).to_have_text(
        "De einddatum ligt voor de begindatum.")
    expect(page.locator("#id_ends_on")).to_have_accessible_description(re.compile("De einddatum ligt voor"))
    expect(page.locator("#id_what")).to_have_value(NAOMI_ACTION)
    expect(page.locator("#id_starts_on")).to_have_value(starts.isoformat())
    expect(page.get_by_label("De inwoner zelf", exact=True)).to_be_checked()
    check_axe(page)
    page.locator("#id_ends_on").fill((today + dt.timedelta(days=90)).isoformat())
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(plan_url)
    expect(naomi_goal.get_by_role("row", name=re.compile(NAOMI_ACTION))).to_contain_text("De inwoner zelf")
    check_axe(page)

    # Oma Ans, chosen with her draagkracht in view.
    naomi_goal.get_by_role("link", name=re.compile("^Actie toevoegen")).click()
    expect(page.get_by_role("heading", level=1, name="Nieuwe actie")).to_be_visible()
    check_axe(page)
    page.locator("#id_what").fill(OMA_ACTION)
    page.get_by_label("Iemand uit het netwerk", exact=True).check()
    page.locator("#id_network_member").select_option(label="Oma Ans – houdt het vol – ja, dat mag")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(plan_url)
    row = naomi_goal.get_by_role("row", name=re.compile(OMA_ACTION))
    expect(row).to_contain_text("Iemand uit het netwerk: Oma Ans")
    expect(row).to_contain_text("Houdt het vol")
    check_axe(page)

    luuk_goal.get_by_role("link", name=re.compile("^Actie toevoegen")).click()
    expect(page.get_by_role("heading", level=1, name="Nieuwe actie")).to_be_visible()
    expect(page.locator("blockquote")).to_have_text(LUUK_GOAL)
    check_axe(page)
    page.locator("#id_what").fill(LUUK_ACTION)
    page.get_by_label("Professionele hulp op maat", exact=True).check()
    page.locator("#id_starts_on").fill(today.isoformat())
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(plan_url)
    expect(luuk_goal.get_by_role("row", name=re.compile(LUUK_ACTION))).to_contain_text(
        "Professionele hulp op maat")
    expect(main.locator(".lw-badge").first).to_have_text("In voorbereiding")
    check_axe(page)
    screenshot(page, "plan-detail")

    # 4. Vier-ogen: another discipline, and jeugd because there are children.
    page.get_by_role("link", name="Voorleggen aan collega's").click()
    expect(page.get_by_role("heading", level=1, name="Plan voorleggen aan collega's")).to_be_visible()
    expect(page.get_by_role("note")).to_contain_text("Er zijn kinderen in dit huishouden: een jeugdprofessional")
    check_axe(page)
    reviewers = page.get_by_role("group", name=re.compile("^Welke collega's kijken mee"))
    reviewers.get_by_label("Marieke Bos").check()
    page.get_by_role("button", name="Voorleggen", exact=True).click()
    expect(page.locator("#veld-reviewers .utrecht-form-field-error-message")).to_have_text(
        "Minstens één collega moet van een ander vakgebied zijn dan de opsteller.")
    expect(reviewers.get_by_label("Marieke Bos")).to_be_checked()
    check_axe(page)
    reviewers.get_by_label("Marieke Bos").uncheck()
    reviewers.get_by_label("Anouk Visser – Werk en inkomen").check()
    reviewers.get_by_label("Joost de Wit – Jeugd").check()
    page.get_by_role("button", name="Voorleggen", exact=True).click()
    expect(page).to_have_url(plan_url)
    expect(main.locator(".lw-badge").first).to_have_text("Wacht op een collega (vier-ogen)")
    expect(page.get_by_role("link", name="Voorleggen aan collega's")).to_have_count(0)
    vier_ogen = section(page, "Vier-ogen")
    expect(vier_ogen.get_by_role("listitem")).to_have_count(2)
    expect(vier_ogen).to_contain_text("Anouk Visser")
    expect(vier_ogen).to_contain_text("Joost de Wit")
    check_axe(page)

    # 5. Anouk and then Joost agree, each adding what they will do.
    for username, says, status in (("anouk", ANOUK_SAYS, "Wacht op een collega (vier-ogen)"),
                                   ("joost", JOOST_SAYS, "Lopend: collega's stemden in")):
        colleague = new_page()
        login(colleague, live_server, username)
        plans = section(colleague, "Plannen")
        expect(plans.get_by_role("heading", name=re.compile("^Meekijken \\(vier-ogen\\)"))).to_be_visible()
        expect(plans).to_contain_text("van Fatima El Amrani")
        check_axe(colleague)
        plans.get_by_role("link", name=re.compile("Smit")).click()
        expect(colleague.get_by_role("heading", level=1, name=re.compile("^Meekijken: plan van .*Smit"))
               ).to_be_visible()
        expect(colleague.get_by_role("main")).to_contain_text(NAOMI_GOAL)
        expect(colleague.get_by_role("main")).to_contain_text(LUUK_ACTION)
        check_axe(colleague)
        colleague.get_by_label("Ik stem in met het plan").check()
        colleague.locator("#id_contribution").fill(says)
        colleague.get_by_role("button", name="Besluit vastleggen").click()
        expect(colleague).to_have_url(plan_url)
        expect(colleague.get_by_role("main").locator(".lw-badge").first).to_have_text(status)
        expect(section(colleague, "Vier-ogen")).to_contain_text(says)
        check_axe(colleague)
        if username == "anouk":
            expect(section(colleague, "Vier-ogen").get_by_text("Nog niet bekeken")).to_be_visible()
            expect(colleague.locator(".lw-resident-view")).to_have_count(0)

    page.reload()
    expect(main.locator(".lw-badge").first).to_have_text("Lopend: collega's stemden in")
    resident_reads = page.locator(".lw-resident-view")
    expect(resident_reads).to_contain_text("Wat de inwoner leest:")
    expect(resident_reads).to_contain_text("Anouk Visser (Werk en inkomen) heeft als collega meegekeken")
    expect(resident_reads).to_contain_text("Joost de Wit (Jeugd) heeft als collega meegekeken")
    expect(resident_reads).to_contain_text(ANOUK_SAYS)
    expect(resident_reads).to_contain_text(JOOST_SAYS)
    check_axe(page)

    # 6. Naomi agrees, in a conversation; Oma Ans, on the phone, does not quite: two voices side by side.
    page.get_by_role("link", name="Reactie op het plan vastleggen").click()
    expect(page.get_by_role("heading", level=1, name="Reactie op het plan vastleggen")).to_be_visible()
    expect(page.locator("#id_speaker option:checked")).to_have_text("Naomi Smit")
    expect(page.locator("#id_on")).to_have_value(today.isoformat())
    expect(page.locator("#id_representative_name")).to_be_hidden()
    check_axe(page)
    page.get_by_label("Ja, akkoord").check()
    page.get_by_label("In een gesprek").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(plan_url)
    voices = section(page, "Wat vinden zij van het plan?")
    expect(voices.get_by_role("listitem")).to_have_count(1)
    naomi_says = voices.get_by_role("listitem").filter(has_text="Naomi Smit")
    expect(naomi_says).to_contain_text("in een gesprek")
    expect(naomi_says).to_contain_text("is akkoord")
    check_axe(page)
    page.get_by_role("link", name="Reactie op het plan vastleggen").click()
    page.locator("#id_speaker").select_option(label="Een vertegenwoordiger: naam en relatie hieronder")
    expect(page.locator("#id_representative_name")).to_be_visible()
    page.locator("#id_speaker").select_option(label=OMA_LABEL)
    expect(page.locator("#id_representative_name")).to_be_hidden()
    page.get_by_label("Nee, niet (helemaal)").check()
    page.get_by_label("Aan de telefoon").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    # Disagreeing without her words: a message at the field, and the chosen speaker is kept.
    expect(page.locator("#veld-disagreement .utrecht-form-field-error-message")).to_have_text(
        "Schrijf op waar deze persoon het niet mee eens is, in eigen woorden.")
    expect(page.locator("#id_speaker option:checked")).to_have_text(OMA_LABEL)
    check_axe(page)
    page.locator("#id_disagreement").fill(OMA_SAYS)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(plan_url)
    expect(voices.get_by_role("listitem")).to_have_count(2)
    oma_says = voices.get_by_role("listitem").filter(has_text="Oma Ans")
    expect(oma_says).to_contain_text("aan de telefoon")
    expect(oma_says).to_contain_text("is het niet (helemaal) eens")
    expect(oma_says.locator(".lw-quote")).to_have_text(OMA_SAYS)
    expect(naomi_says).to_contain_text("is akkoord")
    check_axe(page)

    # 7. A first measurement with the ZRM, a month ago: finances 2, relations 2.
    def measure(taken_on, levels):
        expect(page.get_by_role("heading", level=1, name="Meting leefgebieden")).to_be_visible()
        check_axe(page)
        page.get_by_role("link", name="Zelfredzaamheid-Matrix (ZRM 2017)").click()
        expect(page.get_by_role("heading", level=1, name="Zelfredzaamheid-Matrix (ZRM 2017)")).to_be_visible()
        page.locator("#id_taken_on").fill(taken_on.isoformat())
        for name, level in levels.items():
            domain = page.locator("details", has=page.locator("summary", has_text=name))
            domain.locator("summary").click()
            domain.locator("select[name$='_level']:not([name$='_resident_level'])").select_option(
                label=f"{level} – {ZRM['levels'][level - 1]}")
        check_axe(page)
        page.get_by_role("button", name="Meting opslaan").click()

    first_taken = today - dt.timedelta(days=30)
    page.goto(person_url)
    page.get_by_role("link", name="Meting vastleggen").click()
    measure(first_taken, {"Financiën": 2, "Huiselijke relaties": 2})
    expect(page).to_have_url(person_url)
    with override("nl"):
        caption = f"Zelfredzaamheid-Matrix (ZRM 2017), {date_format(first_taken, 'j F Y')}"
    table = page.get_by_role("table", name=caption, exact=True)
    expect(table.get_by_role("row", name=re.compile("Financiën"))).to_contain_text("2")
    check_axe(page)

    # 8. Evaluate. What is typed travels: leaving for a new measurement (finances 4, relations 3) and
    # coming back keeps the resident's words.
    page.get_by_role("link", name="Naar het plan").click()
    expect(page).to_have_url(plan_url)
    page.get_by_role("link", name="Evalueren", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Evalueren")).to_be_visible()
    evaluate_url = page.url
    page.locator("#id_resident_words").fill(RESIDENT_WORDS)
    page.locator("#id_matters_now").fill("Rust in huis, en Luuk weer naar school.")
    page.get_by_role("button", name="Nieuwe meting vastleggen").click()
    assert "Rust" not in page.url
    measure(today, {"Financiën": 4, "Huiselijke relaties": 3})
    expect(page).to_have_url(evaluate_url)
    expect(page.get_by_text("Wat u eerder typte staat er weer in.")).to_be_visible()
    expect(page.locator("#id_resident_words")).to_have_value(RESIDENT_WORDS)
    expect(page.locator("#id_matters_now")).to_have_value("Rust in huis, en Luuk weer naar school.")
    # The change per domain as a chart and as the same numbers in a table.
    change = section(page, re.compile("^Verandering per leefgebied"))
    expect(change.locator("svg[role='img']")).to_be_visible()
    expect(change.locator("svg circle")).to_have_count(4)
    numbers = change.get_by_role("table", name="Dezelfde cijfers in een tabel")
    expect(numbers.get_by_role("row", name=re.compile("Financiën"))).to_have_text(
        re.compile(r"Financiën\s*2\s*4\s*\+2"))
    expect(numbers.get_by_role("row", name=re.compile("Huiselijke relaties"))).to_have_text(
        re.compile(r"Huiselijke relaties\s*2\s*3\s*\+1"))
    check_axe(page)
    page.get_by_role("group", name=re.compile(re.escape(NAOMI_GOAL))).get_by_label("Zoals we hoopten").check()
    page.get_by_role("group", name=re.compile(re.escape(LUUK_GOAL))).get_by_label(
        "Iets beter dan we hoopten").check()
    page.get_by_role("group", name=re.compile(re.escape(OMA_GOAL))).get_by_label("Zoals we hoopten").check()
    page.get_by_label("Doorgaan met een nieuwe versie").check()
    next_evaluation = today + dt.timedelta(days=60)
    page.locator("#id_next_evaluation").fill(next_evaluation.isoformat())
    check_axe(page)
    screenshot(page, "plan-evaluation")
    page.get_by_role("button", name="Evaluatie opslaan").click()
    expect(page).to_have_url(plan_url)
    evaluations = section(page, "Evaluaties")
    expect(evaluations.get_by_role("heading", name=re.compile("Doorgaan met een nieuwe versie$"))).to_be_visible()
    expect(evaluations.locator("blockquote").first).to_have_text(RESIDENT_WORDS)
    # The saved evaluation shows what matters now and its chart, with the same numbers in a table.
    expect(evaluations).to_contain_text("Rust in huis, en Luuk weer naar school.")
    expect(evaluations.locator("svg[role='img']")).to_be_visible()
    expect(evaluations.get_by_role("table", name="Dezelfde cijfers in een tabel").get_by_role(
        "row", name=re.compile("Financiën"))).to_have_text(re.compile(r"Financiën\s*2\s*4\s*\+2"))
    expect(evaluations.get_by_role("listitem").filter(has_text="Ik wil weer rust")).to_contain_text(
        "Zoals we hoopten")
    expect(evaluations.get_by_role("listitem").filter(has_text="Ik wil niet meer")).to_contain_text(
        "Iets beter dan we hoopten")
    expect(evaluations.locator("#id_evaluate_on")).to_have_value(next_evaluation.isoformat())
    # Evaluating is not a substantive change: the colleagues' agreement still stands.
    expect(main.locator(".lw-badge").first).to_have_text("Lopend: collega's stemden in")
    # The voices were about the version before the evaluation: now they are history.
    expect(voices).to_contain_text("Nog niet vastgelegd.")
    expect(voices.get_by_role("list", name="Over eerdere versies").get_by_role("listitem")).to_have_count(2)
    check_axe(page)

    # 9. Two versions side by side: the first and the newest.
    page.get_by_role("link", name="Versies naast elkaar bekijken").click()
    expect(page.get_by_role("heading", level=1, name="Versies naast elkaar")).to_be_visible()
    check_axe(page)
    newest = page.locator("#versie-b").input_value()
    page.locator("#versie-a").select_option("1")
    page.get_by_role("button", name="Vergelijken").click()
    compare = page.get_by_role("table", name=f"Versie 1 en versie {newest}")
    expect(compare.get_by_role("columnheader")).to_have_count(2)
    expect(compare.get_by_role("columnheader").first).to_have_text(re.compile(r"^Versie 1 \("))
    expect(compare.get_by_role("columnheader").last).to_have_text(re.compile(rf"^Versie {newest} \("))
    luuk_row = compare.get_by_role("row").filter(has_text=LUUK_GOAL)
    expect(luuk_row.get_by_role("cell").first).to_have_text("(niet in deze versie)")
    expect(luuk_row.get_by_role("cell").last).to_contain_text(LUUK_ACTION)
    oma_row = compare.get_by_role("row").filter(has_text=OMA_GOAL)
    expect(oma_row.get_by_role("cell").last).to_contain_text(f"Oma Ans, iemand uit het netwerk: {OMA_GOAL}")
    expect(compare.get_by_role("row").nth(1)).to_contain_text("De inwoner zelf: Naomi Smit")
    check_axe(page)
