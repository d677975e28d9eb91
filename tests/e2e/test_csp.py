"""The Content-Security-Policy in a real browser: the main pages cause no violation at all, and the
recorder that says so does catch one when there is (so this test can fail)."""
import pytest
from django.urls import reverse
from playwright.sync_api import Error, expect

pytestmark = pytest.mark.e2e


def test_the_recorder_catches_violations_under_the_csp(demo, page, live_server, csp_violations):
    """An inline script and an inline style are refused, and both are reported."""
    found = csp_violations(page)
    page.goto(live_server.url + reverse("workspace:login"))
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    assert found == []
    with pytest.raises(Error, match="Content Security Policy"):  # what run_axe used to do
        page.add_script_tag(content="window.__ranInline = true;")
    page.evaluate("() => { const s = document.createElement('style'); s.textContent = 'body{}'; "
                  "document.head.appendChild(s); }")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ranInline === undefined")
    reports = [m for m in found if m.startswith("CSP violation")]
    assert any("script-src" in m for m in reports), found
    assert any("style-src" in m for m in reports), found


def test_main_pages_cause_no_csp_violation(demo, page, live_server, login, check_axe, csp_violations):
    """Werkvoorraad, search, person file, household, gesprek, plan, evaluation chart and the htmx search,
    with axe run on each (axe itself must not cause a violation either)."""
    from leefwereld.conversations.models import Gesprek
    from leefwereld.plans.models import Plan
    from leefwereld.residents.models import Person

    saskia = Person.objects.get(given_name="Saskia", family_name="Dalen")
    plan = Plan.objects.filter(household=saskia.household).first()
    gesprek = Gesprek.objects.filter(person=saskia).first()
    found = csp_violations(page)
    login(page, live_server, "anouk")
    visited = []

    def visit(path, heading=None):
        page.goto(live_server.url + path)
        if heading:
            expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible()
        check_axe(page)
        visited.append(path)

    visit(reverse("workspace:werkvoorraad"), "Goedendag Anouk")
    visit(reverse("workspace:search"), "Iemand zoeken")
    page.locator("#id_name").fill("Dalen")
    page.get_by_role("main").get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("main").get_by_role("link", name="Saskia van Dalen")).to_be_visible()
    check_axe(page)
    visit(reverse("workspace:person", args=[saskia.public_id]), "Saskia van Dalen")
    visit(reverse("workspace:household", args=[saskia.household.public_id]))
    visit(reverse("conversations:detail", args=[gesprek.public_id]))
    visit(reverse("plans:detail", args=[plan.public_id]))
    visit(reverse("plans:evaluate", args=[plan.public_id]))
    expect(page.locator("svg.lw-chart")).to_be_visible()
    # htmx: the search on the new-vraag page swaps in its results without a reload.
    visit(reverse("intake:register_start"))
    page.get_by_role("main").locator("input[type=text]").first.fill("Dalen")
    page.get_by_role("main").get_by_role("button").first.click()
    expect(page.locator("#resultaten")).to_contain_text("Saskia")
    check_axe(page)
    assert len(visited) == 8
    assert found == [], "CSP violations:\n" + "\n".join(found)
