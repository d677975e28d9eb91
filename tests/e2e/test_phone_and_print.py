"""The layout on a phone and on paper. The journeys' check_axe already checks every page they visit at
390×844 (no sideways scrolling, no text on text); here the check itself is shown to catch what it should,
the pages of the journeys are walked once more straight from the demo, and a plan is printed."""
import os

import pytest
from django.urls import reverse
from e2e_layout import layout_problems
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.e2e

ROW = """<!DOCTYPE html><html><body><table><tbody><tr>
  <td>De inwoner zelf</td>
  <td{style}>8 december 2026</td>
</tr></tbody></table>
<p style="position:absolute;clip:rect(0,0,0,0);width:1px;height:1px;overflow:hidden">Verborgen voor het oog</p>
<details><summary>Meer</summary><p>Dicht</p><p>Ook dicht</p></details>
</body></html>"""


def test_the_layout_check_catches_text_on_text_and_sideways_scrolling(page):
    """A clean row passes; a cell pulled onto its neighbour, and a page wider than the phone, do not.
    Screen-reader-only text and the inside of a closed <details> are not seen, so they never count."""
    page.set_viewport_size(PHONE)
    page.set_content(ROW.format(style=""))
    assert layout_problems(page) == []

    page.set_content(ROW.format(style=' style="position:relative;left:-120px"'))
    problems = layout_problems(page)
    assert problems == ['"8 december 2026" overlaps "De inwoner zelf"'] or \
        problems == ['"De inwoner zelf" overlaps "8 december 2026"'], problems

    page.set_content('<!DOCTYPE html><html><body><p style="width:600px">Een te brede regel</p></body></html>')
    assert layout_problems(page) == ["page is 608px wide in a 390px window"]


def test_the_pages_of_the_journeys_on_a_phone(demo, new_page, live_server, login, check_axe, screenshot):
    """Werkvoorraad, search, person file, household, vraag, gesprek, assessment, plan, versions, evaluation,
    reviews, the logboek and the security log: readable at 390×844 and at 1280×800, axe clean at both."""
    from leefwereld.conversations.models import Gesprek
    from leefwereld.intake.models import Vraag
    from leefwereld.plans.models import Plan, Review
    from leefwereld.residents.models import Person

    saskia = Person.objects.get(given_name="Saskia", family_name="Dalen")
    plan = Plan.objects.filter(household=saskia.household).first()
    gesprek = Gesprek.objects.filter(person=saskia).first()
    vraag = Vraag.objects.filter(person__household=saskia.household).first()
    review = Review.objects.filter(reviewer__username="joost", decision="open").first()
    pages = {
        "anouk": [reverse("workspace:werkvoorraad"), reverse("workspace:search"),
                  reverse("workspace:person", args=[saskia.public_id]),
                  reverse("workspace:household", args=[saskia.household.public_id]),
                  reverse("conversations:detail", args=[gesprek.public_id]),
                  reverse("conversations:assessment_new", args=[saskia.public_id]),
                  reverse("plans:detail", args=[plan.public_id]), reverse("plans:versions", args=[plan.public_id]),
                  reverse("plans:evaluate", args=[plan.public_id])]
        + ([reverse("intake:vraag", args=[vraag.public_id])] if vraag else []),
        "joost": [reverse("plans:reviews")] + ([reverse("plans:review", args=[review.public_id])] if review else []),
        "henk": [reverse("workspace:team_audit"), reverse("workspace:security_log")],
    }
    visited = 0
    for username, paths in pages.items():
        page = new_page()
        login(page, live_server, username)
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            check_axe(page)  # desktop and phone: layout and axe
            screenshot(page, "tour-" + path.strip("/").replace("/", "-")[:60])
            visited += 1
    assert visited >= 13


def test_a_printed_plan_shows_the_goals_and_the_contact_person_only(demo, page, live_server, login):
    """On paper: the resident's words, the goals, who does what and when, and whom to call (with the
    phone number) — no menu, buttons, form controls, colleagues' comments or version history."""
    from leefwereld.plans.models import Plan
    from leefwereld.residents.models import Person

    saskia = Person.objects.get(given_name="Saskia", family_name="Dalen")
    plan = Plan.objects.filter(household=saskia.household).first()
    goal = plan.goals.filter(archived=False).first()
    login(page, live_server, "anouk")
    page.goto(live_server.url + reverse("plans:detail", args=[plan.public_id]))
    expect(page.get_by_role("heading", name="Vier-ogen")).to_be_visible()

    page.emulate_media(media="print")
    main = page.get_by_role("main")
    expect(main.locator(".lw-goal blockquote", has_text=goal.words[:30])).to_be_visible()
    expect(main.get_by_role("heading", name="Uw contactpersoon")).to_be_visible()
    expect(main.locator(".lw-contact")).to_contain_text("Telefoon")
    expect(main.locator(".lw-goal table").first).to_be_visible()
    for hidden in ("Vier-ogen", "Versies", "Wat vindt de inwoner?", "Regie", "Evaluaties"):
        expect(page.get_by_role("heading", name=hidden, exact=True)).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()
    for control in page.locator("button, select, input:not([type=hidden]), textarea, .utrecht-button-link").all():
        expect(control).to_be_hidden()
    colours = page.evaluate("() => [getComputedStyle(document.body).color,"
                            " getComputedStyle(document.body).backgroundColor]")
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], colours
    assert layout_problems(page) == []
    if os.environ.get("E2E_SCREENSHOTS") == "1":
        page.pdf(path="/tmp/e2e-plan-print.pdf")
        page.screenshot(path="/tmp/e2e-plan-print.png", full_page=True)


def test_the_header_stays_compact_on_a_short_page(demo, page, live_server, login):
    """A short page does not stretch the header (the body's spare height goes to main), on a wide screen
    and on a phone; the menu marks where you are."""
    login(page, live_server, "henk")
    page.goto(live_server.url + reverse("workspace:account"))
    for size, most in (({"width": 1280, "height": 800}, 130), (PHONE, 170)):
        page.set_viewport_size(size)
        header = page.locator("body > header").bounding_box()["height"]
        assert header <= most, f"header {header}px high at {size['width']}px"
    page.goto(live_server.url + reverse("workspace:team_audit"))
    expect(page.get_by_role("navigation", name="Hoofdmenu").locator("[aria-current=page]")).to_have_text("Logboek")
