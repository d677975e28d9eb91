"""The security log: the team leader sees their team's members, the privacy officer everyone."""
import datetime as dt

from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.audit.security import security_record

URL = "workspace:security_log"


def _rows(response):
    return [e for e, _label in response.context["rows"]]


def test_team_leader_sees_own_team_only_and_opening_leaves_a_row(client_for, teamleider, pro, outsider):
    mine = security_record(action="security.login_failed", actor=pro)
    security_record(action="security.login", actor=outsider)
    security_record(action="security.login_failed", actor=None, detail={"unknown_username": True})
    response = client_for(teamleider).get(reverse(URL))
    assert response.status_code == 200
    assert _rows(response) == [mine]
    table = response.content.decode().split("<table", 1)[1]
    assert "Inloggen mislukt" in table and "Fatima El Amrani" in table and "security.login_failed" not in table
    assert [e.actor for e in AuditEvent.objects.filter(action="security.view_log")] == [teamleider]


def test_privacy_officer_sees_everything_with_filters(client_for, privacy_officer, pro, outsider):
    failed = security_record(action="security.login_failed", actor=pro)
    security_record(action="security.login", actor=outsider)
    unknown = security_record(action="security.login_failed", actor=None, detail={"unknown_username": True})
    client = client_for(privacy_officer)
    assert len(_rows(client.get(reverse(URL)))) == 3
    response = client.get(reverse(URL), {"action": "security.login_failed"})
    assert _rows(response) == [unknown, failed]
    assert "(onbekende gebruikersnaam)" in response.content.decode()
    assert _rows(client.get(reverse(URL), {"actor": pro.pk})) == [failed]
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    assert len(_rows(client.get(reverse(URL), {"date_from": tomorrow}))) == 0
    assert AuditEvent.objects.filter(action="security.view_log").count() == 4
    # the latest opening records its filter
    assert AuditEvent.objects.filter(action="security.view_log").first().detail == {"date_from": tomorrow}


def test_bad_filters_get_a_message_not_an_error(client_for, privacy_officer):
    response = client_for(privacy_officer).get(reverse(URL), {
        "date_from": "2026-05-01", "date_to": "2026-04-01", "actor": "x", "pagina": "abc"})
    assert response.status_code == 200
    assert "De einddatum ligt voor de begindatum" in response.content.decode()


def test_paging(client_for, privacy_officer, pro):
    for _i in range(55):
        security_record(action="security.logout", actor=pro)
    client = client_for(privacy_officer)
    assert len(_rows(client.get(reverse(URL)))) == 50
    second = client.get(reverse(URL), {"pagina": 2})
    assert len(_rows(second)) == 6 and "Pagina 2 van 2" in second.content.decode()  # 55 + the first opening


def test_professionals_and_administrators_do_not_get_the_security_log(client_for, pro, beheerder):
    assert client_for(pro).get(reverse(URL)).status_code == 404
    assert client_for(beheerder).get(reverse(URL)).status_code == 404
    assert not AuditEvent.objects.filter(action="security.view_log").exists()
