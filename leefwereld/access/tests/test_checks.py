"""Every view declares its action; the authorisation document is generated from the same table."""
from pathlib import Path

from django.conf import settings
from django.test import override_settings

from leefwereld.access.actions import ACTIONS
from leefwereld.access.checks import check_views_declare_action
from leefwereld.access.matrix import authorisation_markdown, matrix


def test_every_view_of_the_project_declares_a_known_action():
    assert check_views_declare_action() == []


@override_settings(ROOT_URLCONF="leefwereld.access.tests.urls_missing_action")
def test_a_view_without_an_action_fails_the_system_check():
    errors = check_views_declare_action()
    assert [e.id for e in errors] == ["leefwereld.E001"]


def test_authorisation_doc_is_up_to_date():
    """Regenerate with: python manage.py authorisation_doc"""
    path = Path(settings.BASE_DIR) / "docs" / "authorisation.md"
    assert path.read_text(encoding="utf-8") == authorisation_markdown()


def test_matrix_rows():
    table = matrix()
    assert set(table) == set(ACTIONS)
    assert table["audit.view_team"] == {"professional": False, "teamleider": True, "beheerder": False,
                                        "privacy": False, "partner": False, "beleid": False, "adviesraad": False,
                                        "inwoner": False}
    assert table["security.view_log"] == {"professional": False, "teamleider": True, "beheerder": False,
                                          "privacy": True, "partner": False, "beleid": False, "adviesraad": False,
                                          "inwoner": False}
    # Policy staff read barriers and figures, never a resident's file.
    assert table["barriers.register"]["beleid"] is True
    assert not any(table[name]["beleid"] for name, a in ACTIONS.items() if a.scope == "household")
    assert table["persons.view"]["privacy"] is False
    assert table["persons.view"]["beheerder"] is False
    assert table["persons.view"]["professional"] is True
    # Policy and the advisory council never open a resident's file (ADR 0025).
    household_actions = [name for name, action in ACTIONS.items() if action.scope == "household"]
    assert not any(table[name]["beleid"] or table[name]["adviesraad"] for name in household_actions)
    # A partner professional: only the referrals given to them and what was shared (a branch of its own).
    assert {name for name, roles in table.items() if roles["partner"]} == {
        "account.self", "account.verify", "account.security", "kaart.view", "referrals.view", "referrals.respond",
        "partner.inbox", "documenten.view", "documenten.download"}  # documents of their own referrals (ADR 0037)
    # A resident (Mijn Leefwereld): the portal's own actions and the services behind what they do themselves;
    # the portal's pages are the only ones they reach (access.views.requires(resident=True), ADR 0029).
    assert {name for name, roles in table.items() if roles["inwoner"]} == {
        "portal.view", "portal.write", "portal.inzage", "portal.survey", "portal.account", "plans.edit",
        "plans.agreement", "sharing.record", "sharing.withdraw", "persons.communication", "documenten.download"}


def test_every_resident_row_carries_its_household():
    from leefwereld.access.checks import check_resident_rows_carry_household

    assert check_resident_rows_carry_household() == []


def test_a_resident_model_without_household_fails_the_check(monkeypatch):
    from leefwereld.access import checks

    monkeypatch.setattr(checks, "REFERENCE_MODELS", checks.REFERENCE_MODELS - {"conversations.Domain"})
    errors = checks.check_resident_rows_carry_household()
    assert [e.id for e in errors] == ["leefwereld.E003"]
    assert "conversations.Domain" in errors[0].msg


def test_policy_staff_and_the_council_have_no_action_on_identifiable_data():
    """Only counts with small cells hidden, the sociale kaart and anonymised stories (issue 18)."""
    from leefwereld.access.actions import HOUSEHOLD

    common = {"account.self", "account.verify", "account.security", "casestories.shared", "kaart.view",
              "collectief.view", "council.view"}
    # Policy staff also read guidelines, the spread per guideline, budgets and the barrier register (issue 17),
    # the kompas, lessons and the client-experience survey, and answer the council's advice (issue 19).
    policy_extra = {"guidelines.view", "consistency.spread", "budgets.view", "barriers.view", "barriers.answer",
                    "barriers.register", "kompas.view", "kompas.interpret", "kompas.stories", "lessons.view",
                    "lessons.export", "survey.enter", "advice.answer"}
    # The council: its meetings, contributions and the advice register (issue 19).
    council_extra = {"council.meetings", "council.contribute", "advice.register"}
    for role, expected in (("beleid", common | policy_extra), ("adviesraad", common | council_extra)):
        allowed = {name for name, a in ACTIONS.items() if role in a.roles}
        assert allowed == expected
        # Figures, barriers by reference, anonymised stories: never an action on a household.
        assert not any(ACTIONS[name].scope == HOUSEHOLD for name in allowed)
