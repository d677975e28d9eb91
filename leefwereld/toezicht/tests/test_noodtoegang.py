"""Noodtoegang (ADR 0038): offered after an exact BSN search whatever it finds, opens only with a reason, exactly
that household, for a limited time; logged with the reason, flagged to the team leader, refused beyond a limit."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.access.grants import glass_grantee, household_access_rebuild
from leefwereld.access.models import HouseholdAccess
from leefwereld.access.policy import visible
from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.audit.models import AuditEvent
from leefwereld.residents.models import Person
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.toezicht.models import Noodtoegang

BSN = "111222333"
ABSENT_BSN = "123456782"
REASON = "Politie belt: kind alleen thuis aangetroffen, moeder opgenomen. Wie is het netwerk?"
URL = reverse("toezicht:noodtoegang")


@pytest.fixture
def saskia(person):
    Person.objects.filter(pk=person.pk).update(bsn=BSN)
    person.refresh_from_db()
    return person


def _open(client, bsn=BSN, reason=REASON):
    return client.post(URL, {"bsn": bsn, "reason": reason})


def test_an_exact_bsn_search_offers_noodtoegang_and_tells_nothing(client_for, outsider, saskia):
    client = client_for(outsider)
    found = client.post(reverse("workspace:search"), {"bsn": BSN}).content.decode()
    absent = client.post(reverse("workspace:search"), {"bsn": ABSENT_BSN}).content.decode()
    for page in (found, absent):
        assert "Noodtoegang aanvragen" in page and "Saskia" not in page
    assert "Noodtoegang aanvragen" not in client.post(reverse("workspace:search"), {"name": "Saskia"}).content.decode()
    form = client.post(URL, {"bsn": BSN})  # the reason form: nobody shown, nothing opened, nothing logged
    assert form.status_code == 200 and "Saskia" not in form.content.decode()
    assert not Noodtoegang.objects.exists() and not AuditEvent.objects.filter(action="noodtoegang.open").exists()
    assert client.get(URL).status_code == 405


def test_without_a_reason_nothing_opens(client_for, outsider, saskia):
    client = client_for(outsider)
    for reason in ("", "spoed"):
        page = _open(client, reason=reason)
        assert page.status_code == 200 and "Saskia" not in page.content.decode()
    assert not Noodtoegang.objects.exists()
    assert client.get(reverse("workspace:person", args=[saskia.public_id])).status_code == 404


def test_a_reason_opens_exactly_that_household_for_a_while_and_is_logged(client_for, outsider, saskia, team):
    neighbour = PersonFactory(household__team=team)
    client = client_for(outsider)
    response = _open(client)
    assert response["Location"] == reverse("workspace:person", args=[saskia.public_id])
    assert client.get(response["Location"]).status_code == 200
    assert client.get(reverse("workspace:person", args=[neighbour.public_id])).status_code == 404
    opening = Noodtoegang.objects.get()
    assert (opening.by, opening.household, opening.reason) == (outsider, saskia.household, REASON)
    hours = (opening.until - opening.opened_at).total_seconds() / 3600
    assert hours == 8
    grant = HouseholdAccess.objects.get(grantee=glass_grantee(outsider.pk))
    assert (grant.household_id, grant.until) == (saskia.household_id, opening.until)
    row = AuditEvent.objects.get(action="noodtoegang.open")
    assert (row.actor_id, row.person_pk, row.household_pk, row.reason) == (outsider.pk, saskia.pk,
                                                                           saskia.household_id, REASON)


def test_the_grant_ends_by_itself_and_survives_a_rebuild_until_then(client_for, outsider, saskia, monkeypatch):
    _open(client_for(outsider))
    people = Person.objects.filter(pk=saskia.pk)
    household_access_rebuild()  # a bulk rebuild keeps a noodtoegang in force
    assert visible(outsider, people, "persons.view").exists()
    later = timezone.now() + timedelta(hours=8, minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert not visible(outsider, people, "persons.view").exists()
    household_access_rebuild()
    assert not HouseholdAccess.objects.filter(grantee=glass_grantee(outsider.pk)).exists()


def test_nobody_with_that_bsn_is_said_after_the_reason_and_logged(client_for, outsider, saskia):
    page = _open(client_for(outsider), bsn=ABSENT_BSN)
    assert page.status_code == 200 and "niemand met dit BSN" in page.content.decode()
    row = AuditEvent.objects.get(action="noodtoegang.open")
    assert (row.reason, row.detail, row.household_pk) == (REASON, {"gevonden": False}, None)


def test_the_team_leader_of_whoever_opened_it_sees_it_until_marked_seen(client_for, outsider, saskia, teamleider,
                                                                         other_team):
    _open(client_for(outsider))
    opening = Noodtoegang.objects.get()
    # Henk leads Saskia's team, not Sanne's: he is not flagged and cannot mark it seen.
    henk = client_for(teamleider)
    assert REASON not in henk.get(reverse("workspace:werkvoorraad")).content.decode()
    assert henk.post(reverse("toezicht:noodtoegang_seen", args=[opening.public_id])).status_code == 404
    lead = client_for(UserFactory(team=other_team, role=Role.TEAMLEIDER, discipline=""))
    assert REASON in lead.get(reverse("workspace:werkvoorraad")).content.decode()
    assert lead.post(reverse("toezicht:noodtoegang_seen", args=[opening.public_id])).status_code == 302
    assert REASON not in lead.get(reverse("workspace:werkvoorraad")).content.decode()
    opening.refresh_from_db()
    assert opening.lead_seen_at is not None


def test_beyond_the_daily_limit_nothing_opens(client_for, outsider, settings, team):
    settings.LEEFWERELD_NOODTOEGANG_PER_DAY = 2
    client = client_for(outsider)
    for bsn in ("111222333", "123456782", "999999990"):
        PersonFactory(household__team=team, bsn=bsn)
        _open(client, bsn=bsn)
    assert Noodtoegang.objects.count() == 2
    assert AuditEvent.objects.filter(action="noodtoegang.open").count() == 2


def test_only_professionals_of_a_wijkteam_may_ask(client_for, privacy_officer, beleid, saskia):
    for user in (privacy_officer, beleid):
        assert _open(client_for(user)).status_code == 404
    assert not Noodtoegang.objects.exists()


def test_a_file_the_actor_may_see_already_opens_without_noodtoegang(client_for, pro, saskia):
    response = _open(client_for(pro))
    assert response["Location"] == reverse("workspace:person", args=[saskia.public_id])
    assert not Noodtoegang.objects.exists()
    assert not HouseholdAccess.objects.filter(grantee__startswith="glass:").exists()
