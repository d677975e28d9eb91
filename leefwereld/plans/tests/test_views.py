"""Plan screens: bad input keeps what was typed, conflicts show both versions, and fixed query counts."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leefwereld.accounts.models import Discipline
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.demo.scale import generate
from leefwereld.plans import selectors, services
from leefwereld.plans.models import Goal, Plan, PlanStatus


@pytest.fixture
def werk(team):
    return UserFactory(team=team, discipline=Discipline.WERK_INKOMEN, first_name="Anouk", last_name="Visser")


@pytest.fixture
def plan(pro, person):
    return services.plan_start(actor=pro, person=person)


def _v(plan):
    return Plan.objects.get(pk=plan.pk).version


def test_start_a_plan_from_the_person_file_only_once(client_for, pro, person):
    client = client_for(pro)
    first = client.post(reverse("plans:start", args=[person.public_id]))
    second = client.post(reverse("plans:start", args=[person.public_id]))
    assert first["Location"] == second["Location"]
    assert Plan.objects.count() == 1


def test_an_empty_goal_gets_a_message_and_nothing_is_lost(client_for, pro, plan):
    response = client_for(pro).post(reverse("plans:goal_add", args=[plan.public_id]),
                                    {"version": _v(plan), "words": "", "person": ""})
    assert "Schrijf het doel op" in response.content.decode()
    assert not Goal.objects.exists()


def test_end_before_start_keeps_the_typed_action(client_for, pro, plan):
    goal = services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Werk")
    response = client_for(pro).post(reverse("plans:action_add", args=[plan.public_id, goal.public_id]), {
        "version": _v(plan), "what": "Werkfit-traject bij Zandwerk", "actor_kind": "maatwerk",
        "starts_on": "2026-12-01", "ends_on": "2026-11-01"})
    html = response.content.decode()
    assert "De einddatum ligt voor de begindatum." in html and "Werkfit-traject bij Zandwerk" in html


def test_the_action_form_shows_every_kind_of_help_side_by_side(client_for, pro, plan):
    goal = services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Werk")
    html = client_for(pro).get(reverse("plans:action_add", args=[plan.public_id, goal.public_id])).content.decode()
    for label in ["De inwoner zelf", "Iemand uit het netwerk", "Vrijwilliger of lotgenotengroep",
                  "Voorziening in de buurt", "Partnerorganisatie", "Professionele hulp op maat"]:
        assert label in html


def test_a_takeover_without_end_date_is_refused_with_a_message(client_for, pro, plan):
    response = client_for(pro).post(reverse("plans:regie", args=[plan.public_id]), {
        "version": _v(plan), "kind": "professional", "professional": pro.pk, "reason": "",
        "takeover_until": ""})
    assert "Schrijf op waarom de regie verandert." in response.content.decode()


def test_review_by_someone_of_the_same_discipline_is_refused(client_for, pro, team, plan):
    services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Werk")
    same = UserFactory(team=team, discipline=Discipline.WMO)
    response = client_for(pro).post(reverse("plans:submit", args=[plan.public_id]),
                                    {"version": _v(plan), "reviewers": [same.pk]})
    assert "ander vakgebied" in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.CONCEPT


def test_concurrent_goal_edits_show_a_conflict_and_keep_the_text(client_for, pro, colleague, plan):
    goal = services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Werk")
    stale = _v(plan)
    services.goal_update(actor=colleague, goal=goal, expected_version=stale, words="Werk, van Joost")
    response = client_for(pro).post(reverse("plans:goal_edit", args=[plan.public_id, goal.public_id]),
                                    {"version": stale, "words": "Werk, van Fatima"})
    html = response.content.decode()
    assert "Iemand anders heeft dit intussen opgeslagen" in html and "Werk, van Fatima" in html
    assert "De versie die intussen is opgeslagen" in html and "Werk, van Joost" in html
    assert Goal.objects.get(pk=goal.pk).words == "Werk, van Joost"


def test_the_plan_tells_the_resident_that_a_colleague_looked_along(client_for, pro, werk, plan):
    services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Werk")
    services.plan_submit(actor=pro, plan=Plan.objects.get(pk=plan.pk), expected_version=_v(plan), reviewers=[werk])
    client = client_for(werk)
    review = selectors.reviews_to_do(actor=werk)[0]
    assert "Huishouden" in client.get(reverse("plans:reviews")).content.decode()
    client.post(reverse("plans:review", args=[review.public_id]),
                {"decision": "instemmen", "contribution": "Ik regel het werkfit-traject"})
    html = client_for(pro).get(reverse("plans:detail", args=[plan.public_id])).content.decode()
    assert "heeft als collega meegekeken en is het eens met dit plan" in html
    assert "Ik regel het werkfit-traject" in html


def test_other_team_gets_404_on_plan_pages(client_for, outsider, plan):
    client = client_for(outsider)
    for url in [reverse("plans:detail", args=[plan.public_id]), reverse("plans:versions", args=[plan.public_id]),
                reverse("plans:evaluate", args=[plan.public_id])]:
        assert client.get(url).status_code == 404


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200, url
    return len(ctx.captured_queries)


def test_plan_pages_use_a_fixed_number_of_queries(client_for, pro, werk, colleague, outsider, team, other_team,
                                                   person, plan, django_assert_max_num_queries):
    for words in ["Werk", "Rust thuis", "Schulden"]:
        goal = services.goal_add(actor=pro, plan=Plan.objects.get(pk=plan.pk), expected_version=_v(plan),
                                 words=words, person=person)
        services.action_add(actor=pro, goal=goal, expected_version=_v(plan),
                            data={"what": "Iets", "actor_kind": "inwoner", "starts_on": dt.date.today()})
    services.plan_submit(actor=pro, plan=Plan.objects.get(pk=plan.pk), expected_version=_v(plan), reviewers=[werk])
    generate(10, teams=[team, other_team], professionals=[pro, werk, colleague, outsider], seed=5, progress=False)
    client, reviewer = client_for(pro), None
    urls = [reverse("plans:detail", args=[plan.public_id]),
            reverse("plans:versions", args=[plan.public_id]) + "?a=1&b=4",
            reverse("plans:evaluate", args=[plan.public_id])]
    small = {url: _count(client, url) for url in urls}
    reviewer = client_for(werk)
    small_reviews = _count(reviewer, reverse("plans:reviews"))
    generate(990, teams=[team, other_team], professionals=[pro, werk, colleague, outsider], seed=6, progress=False)
    client = client_for(pro)
    assert {url: _count(client, url) for url in urls} == small
    reviewer = client_for(werk)
    assert _count(reviewer, reverse("plans:reviews")) == small_reviews
    client = client_for(pro)  # signing in is not the page's work
    with django_assert_max_num_queries(25):
        client.get(urls[0])


def test_a_plan_started_from_a_gesprek_links_back_to_it(client_for, pro, person):
    from django.utils import timezone

    from leefwereld.conversations import services as conversation_services

    gesprek = conversation_services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    client = client_for(pro)
    assert client.post(reverse("plans:start", args=[person.public_id]), {"gesprek": "not-a-uuid"}).status_code == 404
    response = client.post(reverse("plans:start", args=[person.public_id]), {"gesprek": str(gesprek.public_id)})
    plan = Plan.objects.get()
    assert plan.gesprek == gesprek
    html = client.get(response["Location"]).content.decode()
    assert reverse("conversations:detail", args=[gesprek.public_id]) in html


@pytest.mark.parametrize("a, b", [("99999999999999999999", "1"), ("-3", "0"), ("één", "x"), ("1", "1" * 40)])
def test_version_comparison_survives_any_number_in_the_url(client_for, pro, plan, a, b):
    services.goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Weer naar de markt")
    response = client_for(pro).get(reverse("plans:versions", args=[plan.public_id]), {"a": a, "b": b})
    assert response.status_code == 200
