"""The carer in the plan: a goal can be a network member's, and whoever speaks about the plan is heard."""
import datetime as dt

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.plans import selectors, services
from leefwereld.plans.models import Agreement, Goal, GoalOwner, Plan, PlanVersion, SpeakerKind
from leefwereld.residents.models import Draagkracht
from leefwereld.residents.tests.factories import NetworkMemberFactory, PersonFactory

TODAY = dt.date.today


@pytest.fixture
def plan(pro, person):
    return services.plan_start(actor=pro, person=person)


@pytest.fixture
def ilse(person):
    return NetworkMemberFactory(person=person, name="Ilse (dochter)", draagkracht=Draagkracht.OVERBELAST)


def _v(plan):
    return Plan.objects.get(pk=plan.pk).version


def _goal(pro, plan, **owner):
    return services.goal_add(actor=pro, plan=plan, expected_version=_v(plan),
                             words="Ilse wil weer één avond per week voor zichzelf.", **owner)


# --- who owns a goal ---------------------------------------------------------------------------------------

def test_a_goal_can_belong_to_a_network_member(pro, plan, ilse):
    goal = _goal(pro, plan, network_member=ilse)
    assert goal.owner == GoalOwner.NETWERK and goal.owner_name == "Ilse (dochter)"
    last = PlanVersion.objects.filter(plan=plan).latest("number").snapshot["goals"][0]
    assert last["owner"] == "netwerk" and last["who"] == "Ilse (dochter)"
    # Actions for her goal can still be carried by anyone, the resident included.
    action = services.action_add(actor=pro, goal=goal, expected_version=_v(plan),
                                 data={"what": "Zelf de was doen op dinsdag", "actor_kind": "inwoner"})
    assert action.actor_kind == "inwoner"


def test_a_goal_has_at_most_one_owner(pro, person, plan, ilse):
    with pytest.raises(ApplicationError) as caught:
        _goal(pro, plan, person=person, network_member=ilse)
    assert caught.value.field == "owner"
    assert not Goal.objects.exists()
    household_goal = _goal(pro, plan)
    member_goal = _goal(pro, plan, person=person)
    assert (household_goal.owner, member_goal.owner) == (GoalOwner.HUISHOUDEN, GoalOwner.LID)


def test_the_database_refuses_a_goal_with_two_owners(pro, person, plan, ilse):
    goal = _goal(pro, plan, person=person)
    with pytest.raises(IntegrityError), transaction.atomic():
        Goal.objects.filter(pk=goal.pk).update(network_member=ilse)


def test_a_network_member_of_another_household_is_refused(pro, plan):
    stranger = NetworkMemberFactory()
    with pytest.raises(ApplicationError) as caught:
        _goal(pro, plan, network_member=stranger)
    assert caught.value.field == "owner"
    goal = _goal(pro, plan)
    with pytest.raises(ApplicationError):
        services.goal_update(actor=pro, goal=goal, expected_version=_v(plan), words="Rust",
                             network_member=stranger)
    assert Goal.objects.get(pk=goal.pk).network_member is None


def test_changing_the_owner_is_a_new_version(pro, person, plan, ilse):
    goal = _goal(pro, plan, person=person)
    services.goal_update(actor=pro, goal=goal, expected_version=_v(plan), words=goal.words, network_member=ilse)
    goal.refresh_from_db()
    assert goal.person is None and goal.network_member == ilse
    newest = PlanVersion.objects.filter(plan=plan).latest("number")
    assert newest.kind == "doel_gewijzigd" and newest.snapshot["goals"][0]["owner"] == "netwerk"


# --- whoever speaks ----------------------------------------------------------------------------------------

def _voice(pro, plan, **kwargs):
    kwargs = {"agrees": True, "how": "gesprek", "on": TODAY(), **kwargs}
    return services.agreement_record(actor=pro, plan=Plan.objects.get(pk=plan.pk), **kwargs)


def test_several_voices_on_one_revision_side_by_side(pro, person, plan, ilse):
    _goal(pro, plan, network_member=ilse)
    _voice(pro, plan, person=person)
    _voice(pro, plan, network_member=ilse, agrees=False, how="telefoon",
           disagreement="Drie uur respijt per week is te weinig.")
    _voice(pro, plan, representative_name="mr. A. de Bruin", representative_role="bewindvoerder")
    voices = selectors.plan_agreements(actor=pro, plan=plan)
    assert {a.revision for a in voices} == {Plan.objects.get(pk=plan.pk).revision}
    assert [(a.speaker_kind, a.speaker_name, a.agrees) for a in reversed(voices)] == [
        (SpeakerKind.INWONER, "Saskia van Dalen", True),
        (SpeakerKind.NETWERK, "Ilse (dochter)", False),
        (SpeakerKind.VERTEGENWOORDIGER, "mr. A. de Bruin", True)]
    events = AuditEvent.objects.filter(action="plans.agreement")
    assert events.count() == 3
    # "Over wie" is the plan's household, whoever speaks.
    assert set(events.values_list("household_pk", flat=True)) == {plan.household_id}
    assert sorted(e.detail["speaker"] for e in events) == ["inwoner", "netwerk", "vertegenwoordiger"]


@pytest.mark.parametrize("speaker,field", [
    ({}, "speaker"),
    ({"representative_name": "Mentor Jansen"}, "representative_role"),
    ({"representative_name": "  ", "representative_role": "mentor"}, "speaker"),
])
def test_a_voice_needs_exactly_one_speaker(pro, plan, speaker, field):
    with pytest.raises(ApplicationError) as caught:
        _voice(pro, plan, **speaker)
    assert caught.value.field == field
    assert not Agreement.objects.exists()


def test_two_speakers_at_once_are_refused(pro, person, plan, ilse):
    with pytest.raises(ApplicationError):
        _voice(pro, plan, person=person, network_member=ilse)


def test_a_speaker_of_another_household_is_refused(pro, plan):
    with pytest.raises(ApplicationError):
        _voice(pro, plan, network_member=NetworkMemberFactory())
    with pytest.raises(ApplicationError):
        _voice(pro, plan, person=PersonFactory())
    assert not Agreement.objects.exists()


def test_a_carer_who_disagrees_says_so_in_her_own_words(pro, plan, ilse):
    with pytest.raises(ApplicationError) as caught:
        _voice(pro, plan, network_member=ilse, agrees=False)
    assert caught.value.field == "disagreement"


def test_the_migration_keeps_existing_agreements_as_the_residents_voice(pro, person):
    """An agreement from before migration 0004 stays valid: the resident is the speaker.

    What the migration does to an existing row is what its AddFields give it; the row is rebuilt that way and
    checked against the constraints the migration adds. Cheaper than migrating every app back and forth.
    """
    from django.db.backends.base.schema import BaseDatabaseSchemaEditor
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations import AddConstraint, AddField

    plan = services.plan_start(actor=pro, person=person)
    migration = MigrationLoader(connection).get_migration("plans", "0004_carer_goal_and_voices")
    added = [op for op in migration.operations if isinstance(op, AddField) and op.model_name == "agreement"]
    assert {op.name for op in added} >= {"speaker_kind", "network_member"}
    # A row as 0003 knew it: the resident, no speaker kind; each new column as the migration fills it in.
    agreement = Agreement(household_id=plan.household_id, plan=plan, revision=1, person=person, agrees=True,
                          how="gesprek", on=TODAY(), disagreement="", recorded_by=pro, recorded_at=timezone.now())
    for op in added:
        value = BaseDatabaseSchemaEditor._effective_default(op.field)  # what ALTER TABLE gives old rows
        assert value is not None or op.field.null, f"{op.name} has no value for existing rows"
        column = f"{op.name}_id" if op.field.is_relation else op.name  # an unbound field has no attname
        setattr(agreement, column, value)
    checks = [op.constraint for op in migration.operations
              if isinstance(op, AddConstraint) and op.model_name == "agreement"]
    assert checks
    for check in checks:
        check.validate(Agreement, agreement)  # raises ValidationError if the old row broke it
    agreement.save()
    agreement = Agreement.objects.get()
    assert agreement.speaker_kind == SpeakerKind.INWONER and agreement.person == person
    assert agreement.speaker_name == person.full_name
