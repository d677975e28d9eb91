"""Doorzettingsmacht: escalate to the team leader, then up the configured ladder when nobody decides in time."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.accounts.models import Role, User
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.core.termijnen import Kalender

from .. import clock
from ..models import Escalation, EscalationRung, EscalationStatus, EscalationStep

TEAM_LEADER_DAYS = 5  # working days the team leader has, before the first rung


def _team_leader(household):
    return User.objects.filter(team_id=household.team_id, role=Role.TEAMLEIDER, is_active=True).order_by("pk").first()


def escalation_raise(*, actor, plan, question, options, due_on, referral=None):
    """Put a deadlock before whoever has doorzettingsmacht: the team leader, or the first rung if there is none."""
    if not (question or "").strip():
        raise ApplicationError(_("Schrijf de vraag op die beslist moet worden."), field="question")
    if not (options or "").strip():
        raise ApplicationError(_("Schrijf op welke mogelijkheden zijn overwogen."), field="options")
    if due_on is None or due_on < clock.today():
        raise ApplicationError(_("Kies een datum vanaf vandaag."), field="due_on")
    if referral is not None and referral.household_id != plan.household_id:
        raise ApplicationError(_("Deze verwijzing hoort bij een ander huishouden."))
    owner, level = _team_leader(plan.household), 0
    if owner is None:
        rung = EscalationRung.objects.select_related("owner").order_by("order").first()
        if rung is None:
            raise ApplicationError(_("Er is geen teamleider en geen escalatieladder ingesteld. Vraag de beheerder."))
        owner, level = rung.owner, rung.order
    with transaction.atomic():
        guard(actor, "escalations.create", household=plan.household, obj=plan, detail={"owner": owner.pk})
        escalation = Escalation.objects.create(
            household_id=plan.household_id, plan=plan, referral=referral, question=question.strip(),
            options=options.strip(), due_on=due_on, level=level, owner=owner, raised_by=actor)
        EscalationStep.objects.create(household_id=plan.household_id, escalation=escalation, level=level, owner=owner,
                                      due_on=due_on, why=_("Voorgelegd door %(name)s") % {"name": actor})
    return escalation


def escalation_decide(*, actor, escalation, decision, reasoning):
    """Only whoever holds the escalation now decides; the decision and its reasoning stay in the plan."""
    if escalation.owner_id != actor.pk:
        raise NotFoundOrNotAllowed("not found")
    if not (decision or "").strip():
        raise ApplicationError(_("Schrijf het besluit op."), field="decision")
    if not (reasoning or "").strip():
        raise ApplicationError(_("Schrijf op waarom."), field="reasoning")
    with transaction.atomic():
        locked = Escalation.objects.select_for_update().get(pk=escalation.pk)
        guard(actor, "escalations.decide", household=locked.household, obj=locked)
        if locked.status != EscalationStatus.OPEN or locked.owner_id != actor.pk:
            raise ApplicationError(_("Over deze escalatie is al besloten, of ze ligt nu bij een ander."))
        locked.status = EscalationStatus.BESLOTEN
        locked.decision, locked.reasoning = decision.strip(), reasoning.strip()
        locked.decided_by, locked.decided_at = actor, clock.now()
        locked.save(update_fields=["status", "decision", "reasoning", "decided_by", "decided_at", "updated_at"])
    return locked


def escalations_raise_overdue():
    """Move every open escalation past its due date one rung up (run daily: manage.py escalations_raise).

    Returns the escalations raised. One that is at the top of the ladder stays where it is, overdue, and
    shows so on its owner's werkvoorraad.
    """
    today = clock.today()
    rungs = list(EscalationRung.objects.select_related("owner").order_by("order"))
    kalender = Kalender.load()
    raised = []
    with transaction.atomic():
        for escalation in Escalation.objects.select_for_update().select_related("household").filter(
                status=EscalationStatus.OPEN, due_on__lt=today):
            rung = next((r for r in rungs if r.order > escalation.level), None)
            if rung is None:
                continue
            due_on = kalender.add_working_days(today, rung.working_days)
            guard(rung.owner, "escalations.decide", household=escalation.household, obj=escalation,
                  detail={"raised_to": rung.order, "because": "no decision by the due date"})
            escalation.level, escalation.owner, escalation.due_on = rung.order, rung.owner, due_on
            escalation.save(update_fields=["level", "owner", "due_on", "updated_at"])
            EscalationStep.objects.create(
                household_id=escalation.household_id, escalation=escalation, level=rung.order, owner=rung.owner,
                due_on=due_on, why=_("Niet op tijd besloten: een trede hoger (%(title)s)") % {"title": rung.title})
            raised.append(escalation)
    return raised
