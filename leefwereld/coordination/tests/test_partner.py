"""Partner professionals see only what was shared with their organisation: 404 otherwise, absent from search."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.coordination import selectors
from leefwereld.coordination.models import Scope
from leefwereld.coordination.services.referrals import referral_send
from leefwereld.plans.services import action_add
from leefwereld.residents.tests.factories import PersonFactory

from .factories import PartnerUserFactory


@pytest.fixture
def referral(pro, person, school, consent, goal):
    plan = goal.plan
    plan.refresh_from_db()
    action = action_add(actor=pro, goal=goal, expected_version=plan.version, data={
        "what": "Mentor stemt het ondersteuningsplan af", "actor_kind": "partner", "actor_name": school.name})
    return referral_send(actor=pro, household=person.household, organisation=school, ground=consent,
                         question="Ondersteuningsplan afstemmen", due_on=timezone.localdate() + dt.timedelta(days=10),
                         parts=[Scope.PLAN], action=action)


@pytest.mark.django_db
def test_partner_sees_the_referral_and_the_shared_parts_only(client_for, mentor, referral, person):
    client = client_for(mentor)
    inbox = client.get("/samenwerken/partner/")
    assert inbox.status_code == 200 and person.household.name in inbox.content.decode()
    page = client.get(f"/samenwerken/verwijzing/{referral.public_id}/").content.decode()
    assert "Ondersteuningsplan afstemmen" in page and "Amanda gaat graag naar school" in page


@pytest.mark.django_db
def test_partner_gets_404_on_everything_else(client_for, mentor, referral, person, team):
    client = client_for(mentor)
    for url in [f"/dossier/{person.public_id}/", f"/huishouden/{person.household.public_id}/", "/",
                f"/samenwerken/huishouden/{person.household.public_id}/", "/zoeken/",
                f"/plannen/{referral.action.goal.plan.public_id}/"]:
        assert client.get(url).status_code == 404, url
    other = PersonFactory(household__team=team)
    assert client.get(f"/dossier/{other.public_id}/").status_code == 404
    another_partner = client_for(PartnerUserFactory())
    assert another_partner.get(f"/samenwerken/verwijzing/{referral.public_id}/").status_code == 404


@pytest.mark.django_db
def test_partner_lands_on_the_inbox(client_for, mentor):
    response = client_for(mentor).get("/start/")
    assert response.status_code == 302 and response["Location"] == "/samenwerken/partner/"


@pytest.mark.django_db
def test_partner_respond_through_the_page(client_for, mentor, referral):
    client = client_for(mentor)
    response = client.post(f"/samenwerken/verwijzing/{referral.public_id}/antwoord/", {"kind": "geaccepteerd"})
    assert response.status_code == 302
    response = client.post(f"/samenwerken/verwijzing/{referral.public_id}/antwoord/", {"kind": "afgewezen"})
    assert response.status_code == 200 and "waarom" in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == "geaccepteerd"


@pytest.mark.django_db
def test_professionals_of_another_team_do_not_see_via_the_partner_grant(outsider, referral):
    with pytest.raises(Exception):  # noqa: B017 (NotFoundOrNotAllowed is an Http404)
        selectors.referral_get(actor=outsider, public_id=referral.public_id)


@pytest.mark.django_db
def test_partner_inbox_queries_do_not_grow(client_for, mentor, pro, school, consent, django_assert_max_num_queries,
                                           team):
    client = client_for(mentor)
    due = timezone.localdate() + dt.timedelta(days=5)

    def more(n):
        for _ in range(n):
            person = PersonFactory(household__team=team)
            from leefwereld.coordination.services.sharing import ground_record
            ground = ground_record(actor=pro, household=person.household, kind="toestemming", organisation=school,
                                   scopes=["plan"], purpose="x", how="gesprek")
            referral_send(actor=pro, household=person.household, organisation=school, ground=ground, question="q",
                          due_on=due, parts=["plan"])
    more(11)  # past the first screen, so the capped count runs in both measurements
    with django_assert_max_num_queries(60) as small:
        client.get("/samenwerken/partner/")
    more(10)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/samenwerken/partner/")
