"""Shared fixtures: two wijkteams with professionals of several disciplines."""
import pytest

from leefwereld.accounts.models import Discipline, Role
from leefwereld.accounts.tests.factories import TeamFactory, UserFactory
from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.residents.tests.factories import PersonFactory


@pytest.fixture
def team(db):
    return TeamFactory(name="Wijkteam Noord")


@pytest.fixture
def other_team(db):
    return TeamFactory(name="Wijkteam Zuid")


@pytest.fixture
def pro(team):
    return UserFactory(team=team, discipline=Discipline.WMO, first_name="Fatima", last_name="El Amrani")


@pytest.fixture
def colleague(team):
    return UserFactory(team=team, discipline=Discipline.JEUGD, first_name="Joost", last_name="de Wit")


@pytest.fixture
def outsider(other_team):
    return UserFactory(team=other_team, discipline=Discipline.WMO, first_name="Sanne", last_name="de Vries")


@pytest.fixture
def teamleider(team):
    return UserFactory(team=team, role=Role.TEAMLEIDER, discipline="", first_name="Henk", last_name="Jansen")


@pytest.fixture
def beheerder(team):
    return UserFactory(team=team, role=Role.BEHEERDER, discipline="")


@pytest.fixture
def person(team):
    return PersonFactory(household__team=team, given_name="Saskia", prefix="van", family_name="Dalen")


@pytest.fixture
def privacy_officer(db):
    return UserFactory(team=None, role=Role.PRIVACY, discipline="", first_name="Mirjam", last_name="de Haan")


@pytest.fixture
def client_for(client):
    """client_for(user): the test client, signed in with password and second factor (a verified session)."""
    def login(user):
        return login_verified(client, user)

    return login


@pytest.fixture
def beleid(db):
    return UserFactory(team=None, role=Role.BELEID, discipline="", first_name="Bram", last_name="Beleid")


@pytest.fixture
def raadslid(db):
    return UserFactory(team=None, role=Role.ADVIESRAAD, discipline="", first_name="Ria", last_name="Raad")


# The longest tests go first, so that two xdist workers do not end with one of them alone on a long test
# (measured with --durations; the order of the rest is kept).
HEAVY_FIRST = ("leefwereld/workspace/tests/test_no_500.py", "leefwereld/core/tests/test_sqlite_parallel.py",
               "leefwereld/kompas/tests/test_no_500.py", "leefwereld/workspace/tests/test_audit_every_page.py",
               "leefwereld/kompas/tests/test_council.py", "tests/e2e/")


def pytest_collection_modifyitems(items):
    def weight(item):
        return next((n for n, prefix in enumerate(HEAVY_FIRST) if item.nodeid.startswith(prefix)), len(HEAVY_FIRST))
    items.sort(key=weight)


# A transactional test (the browser journeys, a few others) ends with a flush, which also empties what the
# data migrations installed. Installed again right after, so no later test depends on the order it runs in.
DEFAULT_DATA = (("core", "0002_current_decree_days"), ("core", "0004_default_outcome_tags"),
                ("conversations", "0002_default_instruments"), ("documenten", "0002_categories"),
                ("kompas", "0002_default_kompas"), ("kompas", "0005_barriers_deviations_costs"),
                ("learning", "0003_default_mensbeelden"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    marker = item.get_closest_marker("django_db")
    transactional = "transactional_db" in item.fixturenames or "live_server" in item.fixturenames or bool(
        marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))
    if transactional and nextitem is not None:  # after the last test the test database is already gone
        _install_default_data(item.config)


def _install_default_data(config):
    from django.apps import apps
    from django.db.migrations import RunPython
    from django.db.migrations.loader import MigrationLoader
    from pytest_django.plugin import blocking_manager_key

    global _LOADER
    _LOADER = _LOADER or MigrationLoader(None, ignore_no_migrations=True)  # the files only, no database
    with config.stash[blocking_manager_key].unblock():
        for key in DEFAULT_DATA:
            for operation in _LOADER.get_migration(*key).operations:
                if isinstance(operation, RunPython):
                    operation.code(apps, None)


_LOADER = None
