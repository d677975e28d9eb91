"""Starting a plan and changing its goals and actions."""
import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.residents.models import NetworkMember
from leefwereld.residents.services import person_help_started

from ..models import Action, ActionStatus, ActorKind, ChangeKind, Goal, Plan, PlanStatus, RegieChange, RegieKind
from .versions import new_version

EVALUATE_AFTER = dt.timedelta(days=91)  # a complex case takes about three months (Huizen)
MAATWERK = ActorKind.MAATWERK


def _editable(plan):
    if plan.status == PlanStatus.AFGESLOTEN:
        raise ApplicationError(_("Dit plan is afgesloten. Start een nieuw plan als dat nodig is."))


def plan_start(*, actor, person, gesprek=None):
    """Start the household's plan; the resident holds regie by default."""
    household = person.household
    if gesprek is not None and gesprek.household_id != household.pk:
        raise ApplicationError(_("Dit gesprek hoort bij een ander huishouden."))
    with transaction.atomic():
        guard(actor, "plans.create", person=person)
        if Plan.objects.select_for_update().filter(household=household).exclude(
                status=PlanStatus.AFGESLOTEN).exists():
            raise ApplicationError(_("Dit huishouden heeft al een plan. Eén huishouden, één plan."))
        plan = Plan.objects.create(household=household, gesprek=gesprek, author=actor, regie_person=person,
                                   evaluate_on=timezone.localdate() + EVALUATE_AFTER)
        RegieChange.objects.create(household=household, plan=plan, kind=RegieKind.INWONER,
                                   holder_name=person.full_name, reason=_("De inwoner houdt zelf de regie."),
                                   by=actor)
        new_version(actor=actor, plan=plan, expected_version=plan.version, kind=ChangeKind.GESTART,
                    substantive=True)
        person_help_started(person=person)
    return plan


def plan_update_details(*, actor, plan, expected_version, evaluate_on):
    if evaluate_on and evaluate_on < timezone.localdate():
        raise ApplicationError(_("Kies een datum vanaf vandaag."), field="evaluate_on")
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=plan)
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=False,
                    kind=ChangeKind.EVALUATIEDATUM, extra={"evaluate_on": evaluate_on})
    return plan


def _check_goal(plan, person, network_member, words):
    """A goal has one owner: a household member, someone in the network, or (neither) the whole household."""
    if not (words or "").strip():
        raise ApplicationError(_("Schrijf het doel op, in de woorden van de inwoner."), field="words")
    if person is not None and network_member is not None:
        raise ApplicationError(_("Kies één persoon, of het hele huishouden."), field="owner")
    if person is not None and person.household_id != plan.household_id:
        raise ApplicationError(_("Kies iemand uit dit huishouden."), field="owner")
    if network_member is not None and network_member.household_id != plan.household_id:
        raise ApplicationError(_("Kies iemand uit het netwerk van dit huishouden."), field="owner")


def goal_add(*, actor, plan, expected_version, words, person=None, network_member=None, domains=()):
    _editable(plan)
    _check_goal(plan, person, network_member, words)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=plan)
        order = plan.goals.count() + 1
        goal = Goal.objects.create(household_id=plan.household_id, plan=plan, person=person,
                                   network_member=network_member, words=words.strip(), order=order)
        goal.domains.set(domains)
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=True,
                    kind=ChangeKind.DOEL_TOEGEVOEGD, subject=goal.words)
    return goal


def goal_update(*, actor, goal, expected_version, words, person=None, network_member=None, domains=()):
    plan = goal.plan
    _editable(plan)
    _check_goal(plan, person, network_member, words)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=goal)
        Goal.objects.filter(pk=goal.pk).update(words=words.strip(), person=person, network_member=network_member)
        goal.domains.set(domains)
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=True,
                    kind=ChangeKind.DOEL_GEWIJZIGD, subject=words.strip())
    return goal


def goal_remove(*, actor, goal, expected_version):
    plan = goal.plan
    _editable(plan)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=goal)
        Goal.objects.filter(pk=goal.pk).update(archived=True)
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=True,
                    kind=ChangeKind.DOEL_WEG, subject=goal.words)


def _clean_action(goal, data):
    fields = {k: data.get(k) for k in ("what", "actor_kind", "network_member", "actor_name", "starts_on",
                                       "ends_on")}
    if not (fields["what"] or "").strip():
        raise ApplicationError(_("Schrijf op wat er gebeurt."), field="what")
    if fields["actor_kind"] not in ActorKind.values:
        raise ApplicationError(_("Kies wie het doet."), field="actor_kind")
    member = fields["network_member"]
    if fields["actor_kind"] == ActorKind.NETWERK:
        if not isinstance(member, NetworkMember) or member.household_id != goal.household_id:
            raise ApplicationError(_("Kies wie uit het netwerk het doet."), field="network_member")
    else:
        fields["network_member"] = None
    if fields["actor_kind"] == ActorKind.PARTNER and not (fields["actor_name"] or "").strip():
        raise ApplicationError(_("Schrijf op welke organisatie het doet."), field="actor_name")
    if fields["starts_on"] and fields["ends_on"] and fields["ends_on"] < fields["starts_on"]:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="ends_on")
    fields["what"] = fields["what"].strip()
    fields["actor_name"] = (fields["actor_name"] or "").strip()
    return fields


def action_add(*, actor, goal, expected_version, data):
    plan = goal.plan
    _editable(plan)
    fields = _clean_action(goal, data)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=goal)
        action = Action.objects.create(household_id=goal.household_id, goal=goal, **fields)
        new_version(actor=actor, plan=plan, expected_version=expected_version,
                    substantive=fields["actor_kind"] == MAATWERK,
                    kind=ChangeKind.ACTIE_TOEGEVOEGD, subject=action.what)
    return action


def action_update(*, actor, action, expected_version, data):
    """Change an action. Only a change that touches maatwerk is substantive (new vier-ogen)."""
    plan = action.goal.plan
    _editable(plan)
    fields = _clean_action(action.goal, data)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=action)
        Action.objects.filter(pk=action.pk).update(**fields)
        substantive = MAATWERK in (action.actor_kind, fields["actor_kind"])
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=substantive,
                    kind=ChangeKind.ACTIE_GEWIJZIGD, subject=fields["what"])
    return action


def action_set_status(*, actor, action, expected_version, status):
    """A small status update: a new version, but no new review."""
    if status not in ActionStatus.values:
        raise ApplicationError(_("Kies een geldige stand."), field="status")
    plan = action.goal.plan
    _editable(plan)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=action)
        Action.objects.filter(pk=action.pk).update(status=status)
        new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=False,
                    kind=ChangeKind.STAND, subject=action.what)


def action_remove(*, actor, action, expected_version):
    plan = action.goal.plan
    _editable(plan)
    with transaction.atomic():
        guard(actor, "plans.edit", household=plan.household, obj=action)
        Action.objects.filter(pk=action.pk).update(archived=True)
        new_version(actor=actor, plan=plan, expected_version=expected_version,
                    substantive=action.actor_kind == MAATWERK,
                    kind=ChangeKind.ACTIE_WEG, subject=action.what)

