"""Plans: one per household, versions, regie, vier-ogen rules, agreement and evaluation."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.accounts.models import Discipline
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, ConflictError
from leefwereld.core.models import OutcomeTag
from leefwereld.plans import selectors, services
from leefwereld.plans.models import ActorKind, Decision, Plan, PlanStatus, PlanVersion, RegieKind
from leefwereld.residents.tests.factories import NetworkMemberFactory, PersonFactory

TODAY = dt.date.today


@pytest.fixture
def werk(team):
    return UserFactory(team=team, discipline=Discipline.WERK_INKOMEN, first_name="Anouk")


@pytest.fixture
def plan(pro, person):
    return services.plan_start(actor=pro, person=person)


def _goal(actor, plan, words="Ik wil weer werken, voor de contacten", person=None):
    return services.goal_add(actor=actor, plan=plan, expected_version=plan.version, words=words, person=person)


def _fresh(plan):
    return Plan.objects.get(pk=plan.pk)


def test_one_open_plan_per_household(pro, person, plan):
    assert plan.regie_kind == RegieKind.INWONER and plan.regie_person == person
    other_member = PersonFactory(household=person.household)
    with pytest.raises(ApplicationError):
        services.plan_start(actor=pro, person=other_member)


def test_every_change_makes_a_version_and_versions_can_be_compared(pro, person, plan):
    goal = _goal(pro, plan)
    plan = _fresh(plan)
    services.action_add(actor=pro, goal=goal, expected_version=plan.version, data={
        "what": "Solliciteren bij de kringloopwinkel", "actor_kind": ActorKind.INWONER})
    numbers = list(PlanVersion.objects.filter(plan=plan).values_list("number", flat=True))
    assert numbers == [1, 2, 3]
    first, last = selectors.plan_version_pair(actor=pro, plan=plan, first=1, second=3)
    assert first.snapshot["goals"] == []
    assert last.snapshot["goals"][0]["actions"][0]["what"] == "Solliciteren bij de kringloopwinkel"


def test_a_stale_plan_version_is_refused(pro, colleague, plan):
    stale_version = plan.version
    _goal(colleague, plan)
    with pytest.raises(ConflictError):
        services.goal_add(actor=pro, plan=_fresh(plan), expected_version=stale_version, words="Ander doel")


@pytest.mark.parametrize("data,field", [
    ({"what": "", "actor_kind": "inwoner"}, "what"),
    ({"what": "Boodschappen", "actor_kind": "netwerk"}, "network_member"),
    ({"what": "Budgetcursus", "actor_kind": "partner"}, "actor_name"),
    ({"what": "Begeleiding", "actor_kind": "maatwerk", "starts_on": TODAY(),
      "ends_on": TODAY() - dt.timedelta(days=1)}, "ends_on"),
])
def test_bad_actions_are_refused_at_their_field(pro, plan, data, field):
    goal = _goal(pro, plan)
    with pytest.raises(ApplicationError) as caught:
        services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version, data=data)
    assert caught.value.field == field


def test_an_empty_goal_is_refused(pro, plan):
    with pytest.raises(ApplicationError):
        _goal(pro, plan, words="  ")


def test_network_member_acts_only_from_this_household(pro, person, plan):
    goal = _goal(pro, plan)
    stranger = NetworkMemberFactory()
    with pytest.raises(ApplicationError):
        services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                            data={"what": "Boodschappen", "actor_kind": "netwerk", "network_member": stranger})
    ria = NetworkMemberFactory(person=person)
    action = services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                                 data={"what": "Boodschappen", "actor_kind": "netwerk", "network_member": ria})
    assert action.network_member == ria


# --- vier-ogen ---------------------------------------------------------------------------------------------

def _submit(actor, plan, reviewers):
    return services.plan_submit(actor=actor, plan=_fresh(plan), expected_version=_fresh(plan).version,
                                reviewers=reviewers)


def test_nobody_reviews_their_own_plan(pro, plan):
    _goal(pro, plan)
    with pytest.raises(ApplicationError):
        _submit(pro, plan, [pro])


def test_a_reviewer_of_the_same_discipline_is_not_enough(pro, team, plan):
    _goal(pro, plan)
    same = UserFactory(team=team, discipline=Discipline.WMO)
    with pytest.raises(ApplicationError, match="ander vakgebied"):
        _submit(pro, plan, [same])


def test_a_household_with_a_minor_needs_a_jeugd_reviewer(pro, werk, colleague, person, plan):
    PersonFactory(household=person.household, birth_date=TODAY() - dt.timedelta(days=365 * 12))
    _goal(pro, plan)
    with pytest.raises(ApplicationError, match="jeugdprofessional"):
        _submit(pro, plan, [werk])
    _submit(pro, plan, [colleague])  # the jeugd colleague is also of another discipline
    review = selectors.reviews_to_do(actor=colleague)[0]
    assert review.reason == "beide"


def test_without_minors_one_colleague_of_another_discipline_suffices(pro, werk, plan):
    _goal(pro, plan)
    _submit(pro, plan, [werk])
    review = selectors.reviews_to_do(actor=werk)[0]
    services.review_decide(actor=werk, review=review, agree=True, contribution="Ik regel het werkfit-traject")
    plan = _fresh(plan)
    assert plan.status == PlanStatus.LOPEND and plan.approved_revision == plan.revision


def test_all_reviewers_must_agree_and_one_can_send_back(pro, werk, colleague, plan):
    _goal(pro, plan)
    _submit(pro, plan, [werk, colleague])
    services.review_decide(actor=werk, review=selectors.reviews_to_do(actor=werk)[0], agree=True)
    assert _fresh(plan).status == PlanStatus.TER_BEOORDELING
    with pytest.raises(ApplicationError):
        services.review_decide(actor=colleague, review=selectors.reviews_to_do(actor=colleague)[0], agree=False)
    services.review_decide(actor=colleague, review=selectors.reviews_to_do(actor=colleague)[0], agree=False,
                           comments="Betrek de school van Amanda")
    assert _fresh(plan).status == PlanStatus.TERUGGESTUURD
    assert selectors.plans_returned(actor=pro) == [_fresh(plan)]


def test_only_the_asked_colleague_decides(pro, werk, colleague, plan):
    _goal(pro, plan)
    _submit(pro, plan, [werk])
    with pytest.raises(ApplicationError):
        services.review_decide(actor=colleague, review=selectors.reviews_to_do(actor=werk)[0], agree=True)


def _approved(pro, werk, plan):
    goal = _goal(pro, plan)
    services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                        data={"what": "Begeleiding thuis", "actor_kind": ActorKind.MAATWERK})
    _submit(pro, plan, [werk])
    services.review_decide(actor=werk, review=selectors.reviews_to_do(actor=werk)[0], agree=True)
    assert _fresh(plan).status == PlanStatus.LOPEND
    return goal


def test_a_status_update_after_approval_needs_no_new_review(pro, werk, plan):
    goal = _approved(pro, werk, plan)
    action = goal.actions.get()
    services.action_set_status(actor=pro, action=action, expected_version=_fresh(plan).version, status="bezig")
    services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                        data={"what": "Buurvrouw helpt", "actor_kind": ActorKind.INWONER})
    assert _fresh(plan).status == PlanStatus.LOPEND


@pytest.mark.parametrize("change", ["goal", "maatwerk"])
def test_changing_goals_or_maatwerk_after_approval_needs_a_new_review(pro, werk, plan, change):
    goal = _approved(pro, werk, plan)
    if change == "goal":
        services.goal_update(actor=pro, goal=goal, expected_version=_fresh(plan).version, words="Ander doel")
    else:
        services.action_update(actor=pro, action=goal.actions.get(), expected_version=_fresh(plan).version,
                               data={"what": "Meer uren begeleiding", "actor_kind": ActorKind.MAATWERK})
    assert _fresh(plan).status == PlanStatus.CONCEPT
    assert _fresh(plan).approved_revision < _fresh(plan).revision


def test_a_change_during_review_voids_the_open_reviews(pro, werk, plan):
    goal = _goal(pro, plan)
    _submit(pro, plan, [werk])
    services.goal_update(actor=pro, goal=goal, expected_version=_fresh(plan).version, words="Scherper doel")
    assert selectors.reviews_to_do(actor=werk) == []
    assert _fresh(plan).reviews.get().decision == Decision.VERVALLEN


# --- regie -------------------------------------------------------------------------------------------------

def test_regie_changes_hands_with_history(pro, colleague, person, plan):
    sister = NetworkMemberFactory(person=person, name="Monique (zus)")
    services.regie_set(actor=pro, plan=plan, expected_version=plan.version, kind=RegieKind.NETWERK,
                       network_member=sister, reason="Zus neemt de financiën over")
    plan = _fresh(plan)
    assert (plan.regie_kind, plan.regie_network) == (RegieKind.NETWERK, sister)
    history = selectors.plan_regie_history(actor=pro, plan=plan)
    assert [h.holder_name for h in history] == ["Monique (zus)", person.full_name]


def test_a_takeover_needs_a_reason_and_an_end_date_and_shows_when_ending(pro, plan):
    with pytest.raises(ApplicationError):
        services.regie_set(actor=pro, plan=plan, expected_version=plan.version, kind=RegieKind.PROFESSIONAL,
                           professional=pro, reason="", takeover_until=TODAY() + dt.timedelta(days=3))
    with pytest.raises(ApplicationError):
        services.regie_set(actor=pro, plan=plan, expected_version=plan.version, kind=RegieKind.PROFESSIONAL,
                           professional=pro, reason="Opname", takeover_until=TODAY())
    services.regie_set(actor=pro, plan=plan, expected_version=plan.version, kind=RegieKind.PROFESSIONAL,
                       professional=pro, reason="Opname in het ziekenhuis", takeover_until=TODAY() + dt.timedelta(3))
    assert selectors.takeovers_ending(actor=pro) == [_fresh(plan)]


# --- agreement and evaluation ------------------------------------------------------------------------------

def test_agreement_and_disagreement_are_kept(pro, person, plan):
    with pytest.raises(ApplicationError):
        services.agreement_record(actor=pro, plan=plan, person=person, agrees=False, how="gesprek", on=TODAY())
    services.agreement_record(actor=pro, plan=plan, person=person, agrees=False, how="gesprek", on=TODAY(),
                              disagreement="Ik wil geen hulp bij de opvoeding, alleen bij het werk")
    services.agreement_record(actor=pro, plan=plan, person=person, agrees=True, how="telefoon", on=TODAY())
    agreements = selectors.plan_agreements(actor=pro, plan=plan)
    assert [a.agrees for a in agreements] == [True, False]
    assert AuditEvent.objects.filter(action="plans.agreement").count() == 2


def test_a_plan_is_evaluated_only_after_colleagues_agreed(pro, plan):
    goal = _goal(pro, plan)
    with pytest.raises(ApplicationError, match="instemden"):
        services.plan_evaluate(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version,
                               held_on=TODAY(), outcome="doorgaan", scores={goal.pk: (0, "")})


def test_continuing_without_a_date_evaluates_again_in_three_months(pro, werk, plan):
    goal = _approved(pro, werk, plan)
    services.plan_evaluate(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version, held_on=TODAY(),
                           outcome="doorgaan", scores={goal.pk: (0, "")})
    assert _fresh(plan).evaluate_on == TODAY() + dt.timedelta(days=91)


def test_a_status_update_during_review_keeps_the_review_valid(pro, werk, plan):
    goal = _goal(pro, plan)
    action = services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                                 data={"what": "Boodschappen", "actor_kind": ActorKind.INWONER})
    _submit(pro, plan, [werk])
    services.action_set_status(actor=pro, action=action, expected_version=_fresh(plan).version, status="bezig")
    services.action_add(actor=pro, goal=goal, expected_version=_fresh(plan).version,
                        data={"what": "Buurvrouw kookt op vrijdag", "actor_kind": ActorKind.INWONER})
    services.review_decide(actor=werk, review=selectors.reviews_to_do(actor=werk)[0], agree=True)
    plan = _fresh(plan)
    assert plan.status == PlanStatus.LOPEND and plan.approved_revision < plan.revision


def test_evaluation_scores_goals_then_continues_or_closes(pro, werk, plan):
    goal = _approved(pro, werk, plan)
    evaluation = services.plan_evaluate(
        actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version, held_on=TODAY(),
        outcome="doorgaan", scores={goal.pk: (1, "Twee ochtenden vrijwilligerswerk")},
        resident_words="Ik kom weer onder de mensen", next_evaluation=TODAY() + dt.timedelta(days=60))
    assert evaluation.scores.get().score == 1
    assert _fresh(plan).evaluate_on == TODAY() + dt.timedelta(days=60)
    with pytest.raises(ApplicationError):
        services.plan_evaluate(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version,
                               held_on=TODAY(), outcome="afsluiten", scores={})
    services.plan_evaluate(actor=pro, plan=_fresh(plan), expected_version=_fresh(plan).version, held_on=TODAY(),
                           outcome="afsluiten", scores={goal.pk: (2, "")}, close_reason="Doelen bereikt",
                           tags=[OutcomeTag.objects.get_or_create(name="werk gevonden")[0]])
    assert _fresh(plan).status == PlanStatus.AFGESLOTEN
    assert [t.name for t in _fresh(plan).outcome_tags.all()] == ["werk gevonden"]
    services.plan_start(actor=pro, person=plan.regie_person)  # a new plan may start after closing


def test_plans_due_for_evaluation_show_on_the_werkvoorraad(pro, plan):
    services.plan_update_details(actor=pro, plan=plan, expected_version=plan.version,
                                 evaluate_on=timezone.localdate() + dt.timedelta(days=2))
    assert selectors.plans_to_evaluate(actor=pro) == [_fresh(plan)]


def test_other_team_cannot_see_the_plan(outsider, plan):
    from leefwereld.core.errors import NotFoundOrNotAllowed

    with pytest.raises(NotFoundOrNotAllowed):
        selectors.plan_get(actor=outsider, public_id=plan.public_id)


def test_a_minor_who_left_the_household_no_longer_calls_for_a_jeugd_reviewer(pro, werk, person, plan):
    from leefwereld.residents.services import person_situation_change

    child = PersonFactory(household=person.household, birth_date=TODAY() - dt.timedelta(days=365 * 12))
    person_situation_change(actor=pro, person=child, expected_version=child.version, situation="vertrokken",
                            since=TODAY() - dt.timedelta(days=30), note="Woont nu bij haar vader in Gent")
    _goal(pro, plan)
    _submit(pro, plan, [werk])  # no jeugd professional needed any more
