"""A page of a list costs the same number of queries however many rows it shows."""
import datetime as dt

import pytest

from leefwereld.conversations.services import contactmoment_create
from leefwereld.intake.services import vraag_register
from leefwereld.plans.services.content import goal_add, plan_start
from leefwereld.residents.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def _grow(pro, team, n):
    for i in range(n):
        person = PersonFactory(household__team=team)
        vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner", words=f"Vraag {i}",
                       received_on=dt.date.today())
        contactmoment_create(actor=pro, person=person, on=dt.date.today(), kind="telefoon", minutes=10)
        plan = plan_start(actor=pro, person=person)
        goal_add(actor=pro, plan=plan, expected_version=plan.version, words=f"Doel {i}")


@pytest.mark.parametrize("path", ["personen", "vragen", "contactmomenten", "plannen"])
def test_list_queries_do_not_grow_with_rows(api_for, pro, team, path, django_assert_max_num_queries):
    api = api_for(pro)
    _grow(pro, team, 2)
    with django_assert_max_num_queries(12) as few:
        assert len(api.get(f"/api/v1/{path}/").json()["results"]) >= 2
    _grow(pro, team, 6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(api.get(f"/api/v1/{path}/").json()["results"]) >= 8


def test_plan_detail_queries_do_not_grow_with_goals(api_for, pro, person, django_assert_max_num_queries):
    api = api_for(pro)
    plan = plan_start(actor=pro, person=person)
    goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Een")
    with django_assert_max_num_queries(15) as few:
        api.get(f"/api/v1/plannen/{plan.public_id}/")
    for i in range(5):
        plan.refresh_from_db()
        goal_add(actor=pro, plan=plan, expected_version=plan.version, words=f"Doel {i}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(api.get(f"/api/v1/plannen/{plan.public_id}/").json()["goals"]) == 6
