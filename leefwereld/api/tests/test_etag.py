"""ETag and If-Match on plans and decisions: the optimistic version of the pages, over HTTP."""
import datetime as dt

import pytest

from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Mandaat, Uitkomst, Wet
from leefwereld.plans.services.content import plan_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(pro, person):
    return plan_start(actor=pro, person=person)


def test_plan_etag_and_a_stale_write(api_for, pro, colleague, plan):
    mine, theirs = api_for(pro), api_for(colleague)
    url = f"/api/v1/plannen/{plan.public_id}/"
    read = mine.get(url)
    etag = read["ETag"]
    assert etag == f'"{plan.version}"'
    later = str(dt.date.today() + dt.timedelta(days=30))
    # A colleague adds a goal first, on the same version...
    goal = theirs.post(f"{url}doelen/", {"words": "Weer zelf boodschappen doen"}, format="json",
                       HTTP_IF_MATCH=etag)
    assert goal.status_code == 201 and goal["ETag"] != etag
    # ...so my write on what I read is refused, and nothing of it is saved.
    stale = mine.patch(url, {"evaluate_on": later}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412 and stale["Content-Type"] == "application/problem+json"
    assert mine.get(url).json()["evaluate_on"] != later
    fresh = mine.patch(url, {"evaluate_on": later}, format="json", HTTP_IF_MATCH=goal["ETag"])
    assert fresh.status_code == 200 and fresh.json()["evaluate_on"] == later
    assert [g["words"] for g in fresh.json()["goals"]] == ["Weer zelf boodschappen doen"]


def test_a_write_without_if_match_is_refused(api_for, pro, plan):
    response = api_for(pro).patch(f"/api/v1/plannen/{plan.public_id}/", {"evaluate_on": None}, format="json")
    assert response.status_code == 428


def test_goal_for_someone_outside_the_household_is_refused(api_for, pro, outsider, plan):
    api = api_for(pro)
    etag = api.get(f"/api/v1/plannen/{plan.public_id}/")["ETag"]
    from leefwereld.residents.tests.factories import PersonFactory

    stranger = PersonFactory(household__team=pro.team)
    response = api.post(f"/api/v1/plannen/{plan.public_id}/doelen/", {"words": "Doel", "person": str(
        stranger.public_id)}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 400
    assert api_for(outsider).post(f"/api/v1/plannen/{plan.public_id}/doelen/", {"words": "Doel"}, format="json",
                                  HTTP_IF_MATCH=etag).status_code == 404


def test_decision_etag_explain_and_decide(api_for, pro, person):
    b = decision_services.beschikking_draft(actor=pro, person=person)
    decision_services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data={
        "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden", "uitkomst": Uitkomst.TOEGEKEND,
        "motivation": "Past bij uw doel."})
    Mandaat.objects.create(user=pro, wet=Wet.WMO)
    api = api_for(pro)
    url = f"/api/v1/beschikkingen/{b.public_id}/"
    etag = api.get(url)["ETag"]
    explained = api.patch(url, {"why_different": "Uw situatie is veranderd.", "benefit_of_doubt": True},
                          format="json", HTTP_IF_MATCH=etag)
    assert explained.status_code == 200 and explained["ETag"] != etag
    assert api.post(f"{url}vaststellen/", format="json", HTTP_IF_MATCH=etag).status_code == 412
    decided = api.post(f"{url}vaststellen/", format="json", HTTP_IF_MATCH=explained["ETag"])
    assert decided.status_code == 200, decided.content
    assert decided.json()["status"] == "vastgesteld"
    assert [v["product"] for v in decided.json()["voorzieningen"]] == ["Hulp bij het huishouden"]
