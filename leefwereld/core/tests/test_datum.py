"""Dates in words, in the reader's language, through one helper and one filter."""
import datetime as dt
import re

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import timezone, translation

from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.core.datum import datum
from leefwereld.workspace.tests.test_audit_every_page import TEAM_LEADER_PAGES, _name, _page, world  # noqa: F401

DAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(("language", "style", "expected"), [
    ("nl", "lang", "5 december 2026"), ("nl", "kort", "5 dec. 2026"), ("nl", "weekdag", "zaterdag 5 december 2026"),
    ("en", "lang", "5 December 2026"), ("en", "kort", "5 Dec 2026"),
])
def test_a_date_in_words(language, style, expected):
    with translation.override(language):
        assert datum(DAY, style) == expected


def test_short_months_as_the_taalunie_writes_them():
    with translation.override("nl"):
        assert datum(dt.date(2026, 3, 1), "kort") == "1 mrt. 2026"
        assert datum(dt.date(2026, 5, 1), "kort") == "1 mei 2026"


def test_a_moment_in_local_time(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    moment = dt.datetime(2026, 12, 5, 13, 30, tzinfo=dt.UTC)
    with translation.override("nl"), timezone.override("Europe/Amsterdam"):
        assert datum(moment, "tijd") == "5 december 2026, 14:30"
        assert datum(moment) == "5 december 2026"


def test_text_dates_no_dates_and_a_date_asked_with_time():
    with translation.override("nl"):
        assert datum("2026-12-05", "kort") == "5 dec. 2026"
        assert datum("", "kort") == datum(None) == datum("geen datum") == ""
        assert datum(DAY, "tijd") == "5 december 2026"  # a date has no time to show


def test_the_filter():
    with translation.override("nl"):
        html = Template('{% load datum %}{{ d|datum }} / {{ d|datum:"kort" }}').render(Context({"d": DAY}))
    assert html == "5 december 2026 / 5 dec. 2026"


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S)
READ_OUT = re.compile(r'\s(?:title|aria-label|placeholder)="([^"]*)"')


def visible_text(html):
    """Text nodes and what is read out (title, aria-label, placeholder); not values, datetime= or URLs."""
    return TAG.sub(" ", html) + " ".join(READ_OUT.findall(html))


def test_visible_text_keeps_text_and_drops_attributes():
    html = ('<time datetime="2026-12-05">5 dec.</time><input type="date" value="2026-12-05">'
            '<a href="/x/2026-12-05">2026-01-02</a>')
    assert ISO_DATE.findall(visible_text(html)) == ["2026-01-02"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_shows_an_iso_date(client, world, language):  # noqa: F811
    from leefwereld.access.checks import own_views

    users, objects = world
    checked = 0
    for route, _url_name, callback in own_views():
        name = _name(callback)
        if route.startswith("beheer/") or name.endswith(("team_audit_csv", "enrol_qr", "logout")):
            continue  # the admin has its own pages; CSV keeps ISO dates; the QR code is an image
        login_verified(client, users["henk"] if name in TEAM_LEADER_PAGES else users["fatima"])
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        url = _page(route, callback, objects)[0]
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        found = ISO_DATE.findall(visible_text(response.content.decode()))
        assert not found, (url, found)
        checked += 1
    assert checked >= 25


def test_text_built_in_python_has_dates_in_words():
    from leefwereld.plans.versions_diff import goal_lines

    goal = {"who": "", "words": "Werk", "domains": [], "actions": [
        {"what": "Werkfit", "kind": "maatwerk", "actor": "", "status": "gepland",
         "starts_on": "2026-12-01", "ends_on": "2027-03-01"}]}
    with translation.override("nl"):
        assert "1 dec. 2026 – 1 mrt. 2027" in goal_lines(goal)[-1]


@pytest.mark.django_db
def test_conflict_rows_show_dates_in_words(person):
    from leefwereld.core.forms import conflict_rows
    from leefwereld.residents.forms import PersonEditForm

    person.birth_date = dt.date(1984, 5, 3)
    with translation.override("nl"):
        rows = dict(conflict_rows(PersonEditForm(instance=person), person))
    assert "3 mei 1984" in rows.values()
