"""The functional administrator's journey: Gerda logs in through the app's own login page, lands on the
admin, adds a wijkteam and a user with a role, and every change is in the audit log with its new values.
Every page is checked with axe and must cause no CSP violation."""
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

TEAM = "Wijkteam Zandhoven-Oost"


def test_beheer_journey(demo, page, live_server, login, check_axe, csp_violations, screenshot):
    from leefwereld.accounts.models import Role, User
    from leefwereld.audit.models import AuditEvent

    found = csp_violations(page)
    login(page, live_server, "gerda")
    expect(page).to_have_title(re.compile("Leefwereld beheer"))
    check_axe(page)
    screenshot(page, "beheer-index")

    # 1. A new wijkteam.
    page.get_by_role("link", name="Wijkteams", exact=True).click()
    expect(page.get_by_role("heading", level=1, name=re.compile("wijkteam", re.I))).to_be_visible()
    check_axe(page)
    page.get_by_role("link", name=re.compile("wijkteam toevoegen", re.I)).click()
    check_axe(page)
    page.get_by_label("Naam").fill(TEAM)
    page.get_by_label("Werkgebied").fill("Oosterpark, Dorp")
    page.get_by_label("Telefoon").fill("0412 700 300")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text(TEAM)
    check_axe(page)

    # 2. A new professional in that team, with a role, discipline and phone.
    page.get_by_role("link", name="Gebruikers", exact=True).first.click()
    page.get_by_role("link", name=re.compile("gebruiker toevoegen", re.I)).click()
    check_axe(page)
    page.locator("#id_username").fill("karin")
    page.locator("#id_password1").fill("een-lang-demo-wachtwoord")
    page.locator("#id_password2").fill("een-lang-demo-wachtwoord")
    page.locator("#id_first_name").fill("Karin")
    page.locator("#id_last_name").fill("Dijkstra")
    page.get_by_label("Rol").select_option(label="Professional wijkteam")
    page.get_by_label("Wijkteam").select_option(label=TEAM)
    page.get_by_label("Vakgebied").select_option(label="Jeugd")
    page.get_by_label("Direct telefoonnummer").fill("0412 700 311")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Karin Dijkstra")
    expect(page.get_by_text("Wachtwoord ingesteld")).to_be_visible()
    check_axe(page)
    screenshot(page, "beheer-user")

    karin = User.objects.get(username="karin")
    assert (karin.role, karin.team.name, karin.discipline) == (Role.PROFESSIONAL, TEAM, "jeugd")
    assert karin.check_password("een-lang-demo-wachtwoord")

    # 3. Both changes are in the audit log, by Gerda, with their new values (and never a hash).
    rows = {r.object_type: r for r in AuditEvent.objects.filter(action="beheer.manage")}
    assert set(rows) == {"accounts.team", "accounts.user"}
    assert all(r.actor.username == "gerda" and r.detail["change"] == "added" for r in rows.values())
    assert rows["accounts.team"].detail["fields"]["name"] == {"old": None, "new": TEAM}
    user_fields = rows["accounts.user"].detail["fields"]
    assert user_fields["role"] == {"old": None, "new": "professional"}
    assert user_fields["team"] == {"old": None, "new": TEAM}
    assert karin.password not in str(rows["accounts.user"].detail)

    # 4. Logging out goes through the app's own log-out, back to its login page.
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    assert found == [], "CSP violations:\n" + "\n".join(found)
