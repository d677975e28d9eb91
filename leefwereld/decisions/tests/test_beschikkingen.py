"""Beschikkingen: drafted from the plan, per-provision outcomes, mandate, life cycle, versions, reversal."""
import datetime as dt
from decimal import Decimal

import pytest
from django.test import override_settings

from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import selectors, services
from leefwereld.decisions.models import (
    Beschikking,
    BeschikkingStatus,
    BeschikkingVersie,
    Mandaat,
    Procedure,
    ProcedureStatus,
    Uitkomst,
    Vorm,
    Wet,
)
from leefwereld.plans import services as plan_services
from leefwereld.plans.models import ActorKind

from .conftest import provision

D = dt.date


def _fresh(b):
    return Beschikking.objects.get(pk=b.pk)


def test_drafted_from_the_plan_every_maatwerk_action_becomes_a_provision_linked_to_its_goal(pro, person, aanvraag):
    plan = plan_services.plan_start(actor=pro, person=person)
    goal = plan_services.goal_add(actor=pro, plan=plan, expected_version=plan.version,
                                  words="Mijn huis schoon, zonder dat mijn zoon alles doet", person=person)
    plan.refresh_from_db()
    plan_services.action_add(actor=pro, goal=goal, expected_version=plan.version, data={
        "what": "Hulp bij het huishouden", "actor_kind": ActorKind.MAATWERK, "network_member": None,
        "actor_name": "", "starts_on": D(2026, 12, 1), "ends_on": None})
    plan.refresh_from_db()
    plan_services.action_add(actor=pro, goal=goal, expected_version=plan.version, data={
        "what": "Zelf de was doen", "actor_kind": ActorKind.INWONER, "network_member": None,
        "actor_name": "Zoon", "starts_on": None, "ends_on": None})
    b = services.beschikking_draft(actor=pro, person=person, plan=plan, procedure=aanvraag)
    rows = selectors.voorzieningen(actor=pro, beschikking=b)
    assert [(r.product, r.goal_id, r.wet, r.procedure_id) for r in rows] == [
        ("Hulp bij het huishouden", goal.pk, Wet.WMO, aanvraag.pk)]
    assert BeschikkingVersie.objects.filter(beschikking=b).count() == 1


@pytest.mark.parametrize("change, field", [
    ({"ends_on": D(2026, 11, 1)}, "ends_on"),
    ({"amount": Decimal("-5")}, "amount"),
    ({"motivation": "  "}, "motivation"),
    ({"uitkomst": Uitkomst.AFGEWEZEN, "legal_ground": ""}, "legal_ground"),
    ({"vorm": Vorm.PGB, "amount": None}, "amount"),
])
def test_bad_provisions_are_refused_at_their_field(pro, concept, change, field):
    with pytest.raises(ApplicationError) as error:
        services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version,
                                  data=provision(**change))
    assert error.value.field == field


def test_the_residents_own_norm_is_kept_as_asked_not_pushed_to_the_guideline(pro, concept):
    row = selectors.voorzieningen(actor=pro, beschikking=concept)[0]
    assert (row.quantity, row.guideline_quantity) == (Decimal("2.5"), Decimal("4"))
    assert "zoon" in row.eigen_norm


def test_without_a_mandate_a_professional_proposes_and_someone_with_it_decides(pro, colleague, concept, aanvraag):
    with pytest.raises(ApplicationError):
        services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)
    services.beschikking_propose(actor=pro, beschikking=concept)
    assert _fresh(concept).status == BeschikkingStatus.VOORGESTELD
    Mandaat.objects.create(user=colleague, wet=Wet.WMO, max_amount=Decimal("4000"))
    b = _fresh(concept)
    assert services.mandate_gaps(user=colleague, beschikking=b) == [(Wet.WMO, Decimal("4225"))]  # above the amount
    with pytest.raises(ApplicationError):
        services.beschikking_decide(actor=colleague, beschikking=b, expected_version=b.version)
    Mandaat.objects.filter(user=colleague).update(max_amount=None)
    services.beschikking_decide(actor=colleague, beschikking=b, expected_version=b.version)
    b = _fresh(concept)
    assert (b.status, b.decided_by, b.decided_on) == (BeschikkingStatus.VASTGESTELD, colleague, dt.date.today())
    assert Procedure.objects.get(pk=aanvraag.pk).status == ProcedureStatus.BESLOTEN


def test_one_decision_under_two_laws_needs_a_mandate_for_both(pro, mandate, concept):
    services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version, data=provision(
        wet=Wet.PARTICIPATIEWET, artikel="art. 35", product="Taxipas voor de sauna", vorm=Vorm.GELD,
        amount=Decimal("1200"), unit="", quantity=None, unit_price=None, guideline_quantity=None, eigen_norm="",
        motivation="Drie keer per week naar de sauna houdt u gezond en blij. Dat is goedkoper dan dagbesteding."))
    b = _fresh(concept)
    assert services.mandate_gaps(user=pro, beschikking=b) == [(Wet.PARTICIPATIEWET, Decimal("1200"))]
    Mandaat.objects.filter(user=pro, wet=Wet.PARTICIPATIEWET).update(max_amount=Decimal("1500"))
    services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    assert _fresh(b).status == BeschikkingStatus.VASTGESTELD


@override_settings(LEEFWERELD_DECISION_REVIEW_LAWS=["wmo"])
def test_vier_ogen_per_law_reuses_the_plans_review(pro, mandate, concept):
    with pytest.raises(ApplicationError):
        services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)


def test_a_decided_decision_does_not_change_a_correction_is_a_new_version_with_its_reason(pro, mandate, concept):
    services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)
    b = _fresh(concept)
    with pytest.raises(ApplicationError):
        services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=provision())
    with pytest.raises(ApplicationError):
        services.beschikking_correct(actor=pro, beschikking=b, reason="")
    services.beschikking_correct(actor=pro, beschikking=b, reason="Verkeerde einddatum")
    b = _fresh(b)
    assert b.status == BeschikkingStatus.CONCEPT and b.decided_on is None
    versions = list(BeschikkingVersie.objects.filter(beschikking=b).order_by("number"))
    assert [v.number for v in versions] == [1, 2, 3]
    assert versions[-1].reason == "Correctie: Verkeerde einddatum"
    assert versions[1].snapshot["voorzieningen"][0]["quantity"] == "2.50"  # earlier versions stay readable


def test_a_herziening_shows_the_earlier_decision_and_must_say_why_it_differs(pro, mandate, concept):
    services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)
    services.beschikking_send(actor=pro, beschikking=_fresh(concept), language="nl")
    new = services.herziening_start(actor=pro, beschikking=_fresh(concept))
    assert new.replaces_id == concept.pk
    assert [b.pk for b in selectors.earlier_decisions(actor=pro, beschikking=new)] == [concept.pk]
    with pytest.raises(ApplicationError) as error:
        services.beschikking_decide(actor=pro, beschikking=new, expected_version=new.version)
    assert error.value.field == "why_different"
    services.beschikking_explain(actor=pro, beschikking=new, expected_version=new.version,
                                 why_different="Na het gesprek over strijken: één uur extra.", benefit_of_doubt=True)
    new = _fresh(new)
    services.beschikking_decide(actor=pro, beschikking=new, expected_version=new.version)
    assert _fresh(concept).status == BeschikkingStatus.HERZIEN
