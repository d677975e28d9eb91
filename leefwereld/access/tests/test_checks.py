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
                                        "privacy": False, "beleid": False, "adviesraad": False}
    assert table["security.view_log"] == {"professional": False, "teamleider": True, "beheerder": False,
                                          "privacy": True, "beleid": False, "adviesraad": False}
    assert table["persons.view"]["privacy"] is False
    assert table["persons.view"]["beheerder"] is False
    assert table["persons.view"]["professional"] is True
    # Policy and the advisory council never open a resident's file (ADR 0025).
    household_actions = [name for name, action in ACTIONS.items() if action.scope == "household"]
    assert not any(table[name]["beleid"] or table[name]["adviesraad"] for name in household_actions)


def test_every_resident_row_carries_its_household():
    from leefwereld.access.checks import check_resident_rows_carry_household

    assert check_resident_rows_carry_household() == []


def test_a_resident_model_without_household_fails_the_check(monkeypatch):
    from leefwereld.access import checks

    monkeypatch.setattr(checks, "REFERENCE_MODELS", checks.REFERENCE_MODELS - {"conversations.Domain"})
    errors = checks.check_resident_rows_carry_household()
    assert [e.id for e in errors] == ["leefwereld.E003"]
    assert "conversations.Domain" in errors[0].msg
