"""Leaving the evaluation for a new measurement keeps what was typed; the saved evaluation shows what
matters now and its chart, with the same numbers in a table."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts.models import Discipline
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.conversations import services as conversation_services
from leefwereld.conversations.models import Instrument
from leefwereld.plans import selectors, services
from leefwereld.plans.models import Plan

TODAY = timezone.localdate()


@pytest.fixture
def plan(pro, person):
    return services.plan_start(actor=pro, person=person)


def _fresh(plan):
    return Plan.objects.get(pk=plan.pk)


@pytest.fixture
def goal(pro, team, plan):
    """The plan with one goal, agreed by a colleague: ready to be evaluated."""
    werk = UserFactory(team=team, discipline=Discipline.WERK_INKOMEN)
    goal = services.goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Weer werken")
    services.plan_submit(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version, reviewers=[werk])
    services.review_decide(actor=werk, review=selectors.reviews_to_do(actor=werk)[0], agree=True)
    return goal


@pytest.fixture
def zrm():
    return Instrument.objects.prefetch_related("domains", "levels").get(name__startswith="Zelfredzaamheid")


def _measure(pro, person, zrm, level, days_ago):
    domain = zrm.domains.order_by("order").first()
    return conversation_services.assessment_create(
        actor=pro, person=person, instrument=zrm, taken_on=TODAY - dt.timedelta(days=days_ago),
        scores=[{"domain_id": domain.pk, "level_id": zrm.levels.get(value=level).pk}])


def test_the_draft_travels_to_the_measurement_and_back(client_for, pro, person, plan, zrm):
    client = client_for(pro)
    evaluate = reverse("plans:evaluate", args=[plan.public_id])
    response = client.post(evaluate, {"naar_meting": "1", "version": plan.version, "held_on": "",
                                      "resident_words": "Het gaat echt beter", "matters_now": "Rust in huis"})
    assessment = reverse("conversations:assessment_new", args=[person.public_id])
    assert response.status_code == 302 and response["Location"].startswith(assessment)
    assert "beter" not in response["Location"] and "evaluatie=" in response["Location"]
    chooser = client.get(response["Location"]).content.decode()
    assert f"evaluatie={plan.public_id}" in chooser
    form_url = f"{assessment}?instrument={zrm.public_id}&evaluatie={plan.public_id}"
    domain = zrm.domains.order_by("order").first()
    saved = client.post(form_url, {"instrument": zrm.public_id, "taken_on": TODAY.isoformat(),
                                   f"d{domain.pk}_level": zrm.levels.get(value=3).pk})
    assert saved.status_code == 302 and saved["Location"] == evaluate
    html = client.get(evaluate).content.decode()
    assert "Het gaat echt beter" in html and "Rust in huis" in html and "Wat u eerder typte" in html


def test_the_draft_is_gone_after_the_evaluation_is_saved(client_for, pro, person, plan, goal):
    client = client_for(pro)
    evaluate = reverse("plans:evaluate", args=[plan.public_id])
    client.post(evaluate, {"naar_meting": "1", "version": plan.version, "resident_words": "Eerste woorden"})
    response = client.post(evaluate, {"version": _fresh(plan).version, "held_on": TODAY.isoformat(),
                                      "resident_words": "Definitief", "outcome": "doorgaan", f"goal_{goal.pk}": 1})
    assert response.status_code == 302, response.context["form"].errors
    assert "Eerste woorden" not in client.get(evaluate).content.decode()


def test_a_measurement_started_elsewhere_returns_to_the_file(client_for, pro, person, zrm):
    response = client_for(pro).post(
        reverse("conversations:assessment_new", args=[person.public_id]) + f"?instrument={zrm.public_id}",
        {"instrument": zrm.public_id, "taken_on": TODAY.isoformat()})
    assert response["Location"] == reverse("workspace:person", args=[person.public_id])


def test_the_saved_evaluation_shows_what_matters_now_and_its_chart(client_for, pro, person, plan, goal, zrm):
    before, after = _measure(pro, person, zrm, 2, 30), _measure(pro, person, zrm, 4, 0)
    services.plan_evaluate(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version,
                           held_on=TODAY, outcome="doorgaan", scores={goal.pk: (1, "")}, resident_words="Beter",
                           matters_now="Weer aan het werk", assessment_before=before, assessment_after=after)
    html = client_for(pro).get(reverse("plans:detail", args=[plan.public_id])).content.decode()
    section = html[html.index('id="kop-evaluaties"'):]
    assert "Wat is nu belangrijk" in section and "Weer aan het werk" in section
    assert '<svg class="lw-chart"' in section and "Dezelfde cijfers in een tabel" in section
    assert "+2" in section


def test_two_measurements_of_one_day_are_told_apart_in_the_evaluation(client_for, pro, person, plan, zrm):
    _measure(pro, person, zrm, 2, 0)
    _measure(pro, person, zrm, 3, 0)
    html = client_for(pro).get(reverse("plans:evaluate", args=[plan.public_id])).content.decode()
    options = [o for o in html.split("<option") if "Zelfredzaamheid" in o]
    labels = {o.split(">", 1)[1].split("<", 1)[0] for o in options}
    assert len(labels) == 2 and all(pro.get_full_name() in label for label in labels)
