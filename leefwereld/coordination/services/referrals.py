"""Referrals (verwijzingen) to a partner, only within a ground for sharing, and the partner's answers."""
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

from .. import clock
from ..models import OrganisationKind, Referral, ReferralEvent, ReferralEventKind, ReferralStatus, Scope

# The least each kind of partner usually needs, beside the question itself (never the whole file).
USUAL_PARTS = {
    OrganisationKind.SCHOOL: [Scope.SCHOOL], OrganisationKind.SAMENWERKINGSVERBAND: [Scope.SCHOOL],
    OrganisationKind.HUISARTS: [Scope.GEZONDHEID], OrganisationKind.SCHULDHULP: [Scope.FINANCIEN],
    OrganisationKind.DEURWAARDER: [Scope.FINANCIEN],
}
WHY = {
    Scope.PLAN: gettext_lazy("Het doel en de afspraken waar deze vraag bij hoort, zodat de partner weet waarvoor "
                             "het is."),
    Scope.SCHOOL: gettext_lazy("Wat over school is afgesproken, om het ondersteuningsplan af te stemmen."),
    Scope.GEZONDHEID: gettext_lazy("Wat over gezondheid nodig is om de vraag te beantwoorden."),
    Scope.FINANCIEN: gettext_lazy("Wat over geld nodig is om de schulden te regelen."),
    Scope.VERHAAL: gettext_lazy("Het verhaal in eigen woorden: alleen als de inwoner dat wil."),
}


def ground_covers(ground, organisation):
    return ground.organisation_id == organisation.pk or (
        not ground.organisation_id and ground.organisation_kind == organisation.kind)


def referral_proposal(*, ground, organisation):
    """The minimum parts to send, each with why: the plan, plus what this kind of partner needs, within the ground."""
    wanted = [Scope.PLAN, *USUAL_PARTS.get(organisation.kind, [])]
    return {str(scope): str(WHY[scope]) for scope in wanted if scope in ground.scopes}


def referral_send(*, actor, household, organisation, ground, question, due_on, parts, parts_why=None, action=None,
                  follow_up_on=None):
    """Send a referral; refused beyond the ground (another organisation, a part outside its scope, ended)."""
    today = clock.today()
    parts = sorted(set(parts or []))
    parts_why = {p: (parts_why or {}).get(p) or str(WHY.get(p, "")) for p in parts}
    if not (question or "").strip():
        raise ApplicationError(_("Schrijf op wat u de partner vraagt."), field="question")
    if due_on is None or due_on < today:
        raise ApplicationError(_("Kies een datum vanaf vandaag."), field="due_on")
    if follow_up_on and follow_up_on < today:
        raise ApplicationError(_("Kies een datum vanaf vandaag."), field="follow_up_on")
    if ground.household_id != household.pk or not ground.active_on(today) or not ground_covers(ground, organisation):
        raise ApplicationError(_("Er is geen geldige grondslag om met deze organisatie te delen. Leg eerst "
                                 "toestemming of een andere grondslag vast."), field="ground")
    beyond = [p for p in parts if p not in ground.scopes]
    if beyond:
        raise ApplicationError(_("Dit valt buiten de toestemming: %(parts)s. Stuur alleen mee wat is toegestaan.")
                               % {"parts": ", ".join(str(Scope(p).label) for p in beyond if p in Scope.values)
                                  or ", ".join(beyond)}, field="parts")
    if action is not None and action.household_id != household.pk:
        raise ApplicationError(_("Deze actie hoort bij een ander huishouden."))
    with transaction.atomic():
        guard(actor, "referrals.create", household=household, detail={"organisation": organisation.name,
                                                                       "parts": parts})
        referral = Referral.objects.create(
            household=household, action=action, organisation=organisation, ground=ground, question=question.strip(),
            due_on=due_on, parts=parts, parts_why=parts_why, sent_by=actor, follow_up_on=follow_up_on or due_on)
        ReferralEvent.objects.create(household=household, referral=referral, kind=ReferralEventKind.VERSTUURD,
                                     by=actor, on=due_on)
    return referral


# What a partner may say, from which standing.
ANSWERS = {
    ReferralEventKind.GEACCEPTEERD: (ReferralStatus.VERSTUURD, ReferralStatus.ANDERE_DATUM),
    ReferralEventKind.AFGEWEZEN: (ReferralStatus.VERSTUURD, ReferralStatus.ANDERE_DATUM, ReferralStatus.GEACCEPTEERD),
    ReferralEventKind.ANDERE_DATUM: (ReferralStatus.VERSTUURD, ReferralStatus.ANDERE_DATUM,
                                     ReferralStatus.GEACCEPTEERD),
    ReferralEventKind.VOORTGANG: (ReferralStatus.GEACCEPTEERD,),
    ReferralEventKind.AFGEROND: (ReferralStatus.GEACCEPTEERD,),
}
NEW_STATUS = {
    ReferralEventKind.GEACCEPTEERD: ReferralStatus.GEACCEPTEERD, ReferralEventKind.AFGEWEZEN: ReferralStatus.AFGEWEZEN,
    ReferralEventKind.ANDERE_DATUM: ReferralStatus.ANDERE_DATUM, ReferralEventKind.AFGEROND: ReferralStatus.AFGEROND,
}


def referral_respond(*, actor, referral, kind, text="", on=None, minutes=None):
    """A partner professional answers a referral given to their organisation."""
    if getattr(actor, "organisation_id", None) != referral.organisation_id:
        raise NotFoundOrNotAllowed("not found")
    if kind not in ANSWERS:
        raise ApplicationError(_("Kies wat u wilt doorgeven."), field="kind")
    text = (text or "").strip()
    if kind == ReferralEventKind.AFGEWEZEN and not text:
        raise ApplicationError(_("Schrijf op waarom u de verwijzing afwijst."), field="text")
    if kind == ReferralEventKind.ANDERE_DATUM and (on is None or on < clock.today()):
        raise ApplicationError(_("Kies een datum vanaf vandaag."), field="on")
    if kind == ReferralEventKind.VOORTGANG and not text:
        raise ApplicationError(_("Schrijf op hoe het gaat."), field="text")
    with transaction.atomic():
        locked = Referral.objects.select_for_update().get(pk=referral.pk)
        if not locked.ground.active_on(clock.today()):
            raise NotFoundOrNotAllowed("not found")
        guard(actor, "referrals.respond", household=locked.household, obj=locked, detail={"kind": kind})
        if locked.status not in ANSWERS[kind]:
            raise ApplicationError(_("Dat kan niet meer: de verwijzing staat op “%(status)s”.") % {
                "status": locked.get_status_display()})
        ReferralEvent.objects.create(household_id=locked.household_id, referral=locked, kind=kind, text=text, on=on,
                                     minutes=minutes, by=actor)
        fields = ["updated_at"]
        if kind in NEW_STATUS:
            locked.status = NEW_STATUS[kind]
            fields.append("status")
        if kind == ReferralEventKind.ANDERE_DATUM:
            locked.proposed_on = on
            fields.append("proposed_on")
        if locked.answered_at is None:
            locked.answered_at = clock.now()
            fields.append("answered_at")
        locked.save(update_fields=fields)
    return locked


def referral_accept_date(*, actor, referral):
    """The regiehouder takes the partner's proposed date as the new due date."""
    with transaction.atomic():
        locked = Referral.objects.select_for_update().get(pk=referral.pk)
        guard(actor, "referrals.create", household=locked.household, obj=locked)
        if locked.status != ReferralStatus.ANDERE_DATUM or locked.proposed_on is None:
            raise ApplicationError(_("Er is geen andere datum voorgesteld."))
        locked.due_on = locked.follow_up_on = locked.proposed_on
        locked.status = ReferralStatus.GEACCEPTEERD
        locked.save(update_fields=["due_on", "follow_up_on", "status", "updated_at"])
        ReferralEvent.objects.create(household_id=locked.household_id, referral=locked,
                                     kind=ReferralEventKind.GEACCEPTEERD, on=locked.due_on, by=actor,
                                     text=_("De voorgestelde datum is overgenomen."))
    return locked
