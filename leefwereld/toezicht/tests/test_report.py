"""The privacy officer's report (NEN 7513 spirit): each kind of unusual access is found, ordinary work is not,
every line drills down to its audit rows, and the page costs the same number of queries whatever the log holds."""
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.residents.tests.factories import HouseholdFactory
from leefwereld.toezicht import report

MONDAY_10 = timezone.make_aware(datetime(2026, 11, 30, 10, 0))  # a working morning
DAY = MONDAY_10.date()


def _look(actor, household, at, action="persons.view", reason=""):
    return AuditEvent.objects.create(at=at, actor=actor, actor_name=actor.get_full_name(), actor_role=actor.role,
                                     actor_team_pk=actor.team_id, action=action, household_pk=household.pk,
                                     household_team_pk=household.team_id, reason=reason)


def _found(date_from=DAY, date_to=DAY):
    return {k: [(line["actor_id"], line["n"]) for line in lines]
            for k, lines in report.unusual_access(date_from=date_from, date_to=date_to).items()}


@pytest.fixture
def households(team):
    return [HouseholdFactory(team=team) for _ in range(4)]


def test_ordinary_work_is_not_unusual(pro, households):
    for i, household in enumerate(households):
        _look(pro, household, MONDAY_10 + timedelta(minutes=10 * i))
    assert _found() == dict.fromkeys(report.KINDS, [])


def test_each_kind_of_unusual_access_is_found(pro, colleague, outsider, households, other_team, settings):
    settings.LEEFWERELD_TOEZICHT_VEEL_PER_UUR = 3
    for i, household in enumerate(households):  # four households in twenty minutes
        _look(colleague, household, MONDAY_10 + timedelta(minutes=5 * i))
    _look(outsider, households[0], MONDAY_10)  # a file of another team
    _look(outsider, households[1], MONDAY_10, action="noodtoegang.open", reason="Kind alleen thuis.")
    _look(pro, households[0], MONDAY_10, action="sharing.safety", reason="Acuut gevaar.")
    _look(pro, households[1], MONDAY_10.replace(hour=23))  # late in the evening
    _look(pro, households[2], MONDAY_10 - timedelta(days=1))  # a Sunday
    found = _found(DAY - timedelta(days=1), DAY)
    assert found["veel"] == [(colleague.pk, 4)]
    assert found["ander_team"] == [(outsider.pk, 1)]
    assert found["noodtoegang"] == [(outsider.pk, 1)]
    assert found["voorrang"] == [(pro.pk, 1)]
    assert found["buiten_werktijd"] == [(pro.pk, 2)]


def test_a_line_drills_down_to_its_audit_rows(client_for, privacy_officer, pro, households):
    late = _look(pro, households[0], MONDAY_10.replace(hour=22))
    _look(pro, households[1], MONDAY_10)
    client = client_for(privacy_officer)
    query = {"date_from": DAY.isoformat(), "date_to": DAY.isoformat()}
    page = client.get(reverse("toezicht:ongebruikelijk"), query).content.decode()
    drill = reverse("toezicht:rows_buiten_werktijd")
    assert f"{drill}?wie={pro.pk}" in page
    rows = client.get(drill, {**query, "wie": pro.pk})
    assert list(rows.context["page"]) == [late]
    opened = AuditEvent.objects.filter(action="toezicht.report").order_by("id")
    assert [r.detail.get("soort") for r in opened] == [None, "buiten_werktijd"]


def test_many_files_drills_down_to_that_hour(client_for, privacy_officer, pro, households, settings):
    settings.LEEFWERELD_TOEZICHT_VEEL_PER_UUR = 2
    rows = [_look(pro, h, MONDAY_10 + timedelta(minutes=i)) for i, h in enumerate(households[:2])]
    _look(pro, households[2], MONDAY_10 + timedelta(hours=2))
    line = report.unusual_access(date_from=DAY, date_to=DAY)["veel"][0]
    shown = client_for(privacy_officer).get(reverse("toezicht:rows_veel"), {
        "wie": pro.pk, "date_from": DAY.isoformat(), "date_to": DAY.isoformat(), "uur": line["hour"].isoformat()})
    assert sorted(e.pk for e in shown.context["page"]) == [r.pk for r in rows]


def test_only_the_privacy_officer_reads_it(client_for, pro, teamleider):
    for user in (pro, teamleider):
        client = client_for(user)
        assert client.get(reverse("toezicht:ongebruikelijk")).status_code == 404
        assert client.get(reverse("toezicht:rows_noodtoegang")).status_code == 404


def test_the_report_costs_the_same_queries_whatever_the_log_holds(client_for, privacy_officer, pro, outsider,
                                                                   households, django_assert_num_queries):
    client = client_for(privacy_officer)
    url = reverse("toezicht:ongebruikelijk")
    today = timezone.localdate()
    query = {"date_from": (today - timedelta(days=1)).isoformat(), "date_to": today.isoformat()}
    client.get(url, query)
    with CaptureQueriesContext(connection) as small:
        client.get(url, query)
    for household in households:
        for who in (pro, outsider):
            _look(who, household, timezone.now().replace(hour=23), action="sharing.safety", reason="x")
    with django_assert_num_queries(len(small)):
        client.get(url, query)


@pytest.mark.parametrize("query", [{"date_from": "gisteren", "date_to": "2026-13-45"},
                                   {"date_from": "2026-12-01", "date_to": "2026-11-01"},
                                   {"wie": "<script>", "uur": "nooit", "pagina": "abc"},
                                   {"wie": "999999", "uur": "2026-11-30T10:00:00+01:00"}])
def test_bad_input_gives_a_page_not_a_500(client_for, privacy_officer, query):
    client = client_for(privacy_officer)
    assert client.get(reverse("toezicht:ongebruikelijk"), query).status_code == 200
    for kind in report.KINDS:
        assert client.get(reverse(f"toezicht:rows_{kind}"), query).status_code == 200
