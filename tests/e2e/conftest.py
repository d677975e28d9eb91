"""Browser journeys in Debian's Chromium, against pytest-django's live server and the demo municipality.

Playwright's sync API runs an event loop in the test thread, so Django's async-safety check must be
relaxed for the ORM calls the tests make themselves (loading the demo, checking the audit log).
"""
import os
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import db_snapshot
import pytest
from django.urls import reverse
from e2e_layout import layout_problems
from playwright.sync_api import expect, sync_playwright

# Read by Django at each ORM call, so setting it here (before any test runs) is enough.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_SOURCE = lru_cache(maxsize=1)(lambda: AXE_JS.read_text(encoding="utf-8"))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make chromium). Browser tests never skip.")
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run npm ci (make assets).")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
    except Exception:
        playwright.stop()
        raise
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh browser context (its own cookies): one per professional."""
    contexts = []

    def make(viewport=None):
        context = browser.new_context(viewport=viewport or DESKTOP, locale="nl-NL")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


_DEMO = {}  # per worker: (database, day) -> (snapshot, teams, users)


@pytest.fixture
def demo(transactional_db, live_server):
    """Gemeente Zandhoven, built through the real services once per worker and day, then restored.

    A transactional test ends with a flush, which also empties what data migrations created,
    so the default instruments are installed again first. The loaded tables are copied
    (db_snapshot) and put back for the worker's later journeys: the same demo in a fraction of the time.
    """
    from django.db import connection
    from django.utils import timezone

    from leefwereld.conversations.instruments import install_defaults
    from leefwereld.conversations.models import Domain, Instrument, Level
    from leefwereld.demo.loader import load_personas

    key = (connection.vendor, connection.settings_dict["NAME"], timezone.localdate())  # dates follow the day
    if key in _DEMO:
        snapshot, teams, users = _DEMO[key]
        db_snapshot.restore(connection, snapshot)
    else:
        install_defaults(Instrument, Domain, Level)
        teams, users = load_personas()
        _DEMO[key] = (db_snapshot.capture(connection), teams, users)
    return SimpleNamespace(teams=teams, users=users, url=live_server.url)


def url(live_server, name, *args):
    return live_server.url + reverse(name, args=args)


# Where each role lands after log-in (leefwereld/workspace/landing.py): the page and its heading.
LANDING = {
    "professional": ("workspace:werkvoorraad", "Goedendag {first_name}"),
    "teamleider": ("workspace:werkvoorraad", "Goedendag {first_name}"),
    "beheerder": ("admin:index", "Beheer"),
    "privacy": ("toezicht:ongebruikelijk", "Ongebruikelijke toegang"),
    "partner": ("coordination:inbox", "Goedendag {first_name}"),
    "beleid": ("kompas:home", "Kwaliteitskompas"),
    "adviesraad": ("raad:home", "Adviesraad sociaal domein"),
}


def log_in(page, live_server, username, check=None):
    """Log in through both steps (checked with axe): the password, then the code an authenticator
    app with the demo secret shows now (computed by django-otp's own TOTP). Lands where the role lands.
    `check` replaces the desktop-only axe run on both steps (check_axe: both sizes and the layout)."""
    from leefwereld.demo import personas

    check = check or run_axe
    first_name, role = next((s[1], s[3]) for s in personas.STAFF if s[0] == username)
    landing, heading = LANDING[role]
    page.goto(url(live_server, "workspace:login"))
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    check(page)
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(personas.DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1, name="Inlogcode")).to_be_visible()
    check(page)
    page.locator("#id_code").fill(_fresh_code(username))
    page.get_by_role("button", name="Controleren").click()
    expect(page).to_have_url(url(live_server, landing))
    expect(page.get_by_role("heading", level=1, name=heading.format(first_name=first_name))).to_be_visible()


def _fresh_code(username):
    """The demo code for now; a code is accepted once, so wait for the next one if this user just used it."""
    import time

    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        time.sleep(1)
    return f"{totp.token():0{device.digits}d}"


# preload: false — axe would read @import-ed stylesheets (Django admin's forms.css) by inserting an inline
# <style> into the page, which the CSP refuses and the violation recorder would report. Without it only
# css-orientation-lock cannot see imported sheets (reported as incomplete, not as passed).
AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, preload: false});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
  }));
}"""


def run_axe(page):
    """Run axe-core (WCAG 2.1 A and AA) on the page as it is now; fail on serious or critical violations."""
    page.wait_for_load_state("load")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Not add_script_tag: that inserts an inline <script>, which our CSP rightly refuses. evaluate()
        # runs the source through the DevTools protocol, outside the page's CSP, so the policy stays as
        # strict as production and no bypass_csp hides real violations (tests/e2e/test_csp.py checks that
        # axe leaves none behind).
        page.evaluate(AXE_SOURCE())
    violations = page.evaluate(AXE_RUN, AXE_TAGS)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    lines = [f"- {v['id']} ({v['impact']}): {v['help']} at {', '.join(v['targets'])}" for v in blocking]
    assert not blocking, f"axe found serious/critical violations on {page.url}:\n" + "\n".join(lines)
    for v in violations:
        print(f"axe ({v['impact']}) {v['id']} on {page.url}: {v['help']} at {', '.join(v['targets'])}")


def check_page(page):
    """axe-core and the layout checks (no sideways scrolling, no text on text) at the current size and,
    when that is the desktop, at a phone's 390×844 too: every page a journey checks is checked on a phone."""
    sizes = [page.viewport_size] + ([PHONE] if page.viewport_size != PHONE else [])
    original = page.viewport_size
    page.wait_for_load_state("load")  # a click may have started a navigation: check the page it lands on
    try:
        for size in sizes:
            page.set_viewport_size(size)
            problems = layout_problems(page)
            if problems:  # a picture of what failed, to look at
                page.screenshot(path=f"/tmp/e2e-layout-failure-{size['width']}.png", full_page=True)
            where = f"{size['width']}×{size['height']} on {page.url}"
            assert not problems, f"layout at {where}:\n- " + "\n- ".join(problems)
            run_axe(page)
    finally:
        page.set_viewport_size(original)


@pytest.fixture
def login():
    """login(page, live_server, username, check=None): log in through the login page, axe included."""
    return log_in


@pytest.fixture
def check_axe():
    """check_axe(page): fail on serious or critical WCAG 2.1 AA violations, sideways scrolling or overlapping
    text on the current page, at its size and at a phone's."""
    return check_page


@pytest.fixture
def screenshot():
    return save_screenshots


def save_screenshots(page, name):
    """With E2E_SCREENSHOTS=1: save the page at desktop and phone width to /tmp/e2e-<name>-*.png."""
    if os.environ.get("E2E_SCREENSHOTS") != "1":
        return
    original = page.viewport_size
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=f"/tmp/e2e-{name}-{label}.png", full_page=True)
    page.set_viewport_size(original)


# Installed with add_init_script (run by the browser before the page's own scripts, outside its CSP):
# every violation is also written to the console, so it is caught across navigations.
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') +
                ' at ' + (e.sourceFile || document.location.href) + ':' + e.lineNumber);
});
"""
CSP_MARKERS = ("CSP violation", "Content Security Policy", "Refused to")


@pytest.fixture
def csp_violations():
    """csp_violations(page) -> a list that collects every CSP violation the page reports from now on."""
    def watch(page):
        found = []
        page.on("console", lambda msg: found.append(msg.text) if any(m in msg.text for m in CSP_MARKERS) else None)
        page.add_init_script(script=CSP_LISTENER)
        return found

    return watch
