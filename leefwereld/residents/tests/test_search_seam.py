"""Search through core.search: spelling differences on PostgreSQL, the plain fallback on SQLite;
BSN exact; never anyone of another team."""
import pytest
from django.db import connection

from leefwereld.residents.selectors import person_search
from leefwereld.residents.tests.factories import PersonFactory

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql",
                                 reason="trigrams (pg_trgm) exist on PostgreSQL only")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the fallback runs on SQLite only")


@pytest.fixture
def people(team, other_team):
    return {
        "gerrit": PersonFactory(household__team=team, given_name="Gerrit", family_name="Bakker"),
        "janssen": PersonFactory(household__team=team, given_name="Piet", family_name="Janssen"),
        "other": PersonFactory(household__team=other_team, given_name="Gerrit", family_name="Janssen"),
        "bsn": PersonFactory(household__team=team, given_name="Anna", family_name="Smit", bsn="111222333"),
    }


@on_postgres
def test_names_are_found_despite_small_spelling_differences(pro, people):
    assert people["gerrit"] in person_search(actor=pro, name="Gerit")
    found = person_search(actor=pro, name="Jansen")
    assert people["janssen"] in found
    assert people["other"] not in found  # another team's Janssen stays invisible


@on_postgres
def test_the_closest_name_comes_first(pro, people, team):
    PersonFactory(household__team=team, given_name="Jan", family_name="Janssens-de Groot")
    assert person_search(actor=pro, name="Janssen")[0] == people["janssen"]


def test_like_wildcards_typed_in_a_name_are_plain_characters(pro, people):
    assert person_search(actor=pro, name="%") == []
    assert person_search(actor=pro, name="_") == []


@on_postgres
def test_a_name_with_a_birth_date_needs_both(pro, people):
    gerrit = people["gerrit"]
    people["janssen"].birth_date = gerrit.birth_date.replace(year=1980)
    people["janssen"].save()
    assert person_search(actor=pro, name="Gerit", birth_date=gerrit.birth_date) == [gerrit]
    assert person_search(actor=pro, name="Janssen", birth_date=gerrit.birth_date) == []


@on_sqlite
def test_the_sqlite_fallback_finds_names_that_contain_the_word_ignoring_case_and_spaces(pro, people):
    assert person_search(actor=pro, name="  jANSS ") == [people["janssen"]]
    assert person_search(actor=pro, name="Gerit") == []  # no trigrams: a spelling difference is not found


def test_bsn_is_exact_and_another_teams_people_stay_invisible(pro, people):
    assert person_search(actor=pro, bsn="111222333") == [people["bsn"]]
    assert person_search(actor=pro, bsn="11122233") == []
    assert people["other"] not in person_search(actor=pro, name="Gerrit")
