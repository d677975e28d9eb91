"""Writes of Mijn Leefwereld. What the resident does goes through the apps' own services (plans, coordination,
residents) with the resident as actor, so the same guard checks and logs it; this module adds what only the
portal knows: whose file is open, and whether a representative may act or only read (ADR 0030)."""
import datetime as dt
import secrets

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.grants import household_access_refresh
from leefwereld.access.policy import guard
from leefwereld.accounts.models import Role
from leefwereld.audit.security import security_record
from leefwereld.coordination.models import ConsentHow, GroundKind
from leefwereld.coordination.services import sharing as sharing_services
from leefwereld.core.errors import ApplicationError
from leefwereld.core.termijnen import Kalender
from leefwereld.core.validators import bsn_is_valid
from leefwereld.kompas.stembus import envelope_drop
from leefwereld.notify.models import Kind as NotifyKind
from leefwereld.notify.services import notify_resident
from leefwereld.plans.models import ActionStatus, ActorKind, AgreementHow, RepresentativeRole
from leefwereld.plans.services import agreement as plan_agreement
from leefwereld.plans.services import content as plan_content
from leefwereld.residents import services as resident_services
from leefwereld.residents.models import Person

from .models import (
    Bericht,
    Correctieverzoek,
    Deelname,
    Direction,
    InzageStatus,
    InzageVerzoek,
    RepresentationScope,
    ResidentAccount,
    Vertegenwoordiging,
    VertegenwoordigingEinde,
)
from .survey_selectors import in_target_group
from .tasks import inzage_prepare

# --- Signing in (called by the OIDC backend, before anyone is logged in) ----------------------------------


def resident_sign_in(*, subject, bsn, name=""):
    """A resident signed in at the broker: their account, and a row in the security log."""
    user = resident_account_ensure(subject=subject, bsn=bsn, name=name)
    security_record(action="security.login", actor=user, detail={"via": "oidc"})
    return user


def resident_account_ensure(*, subject, bsn, name=""):
    """The account for this broker subject, made at the first sign-in; its own file found again by BSN."""
    if not subject or not bsn_is_valid(bsn or ""):
        raise ApplicationError(_("De inlogdienst gaf geen geldig BSN door."))
    User = get_user_model()
    with transaction.atomic():
        account = ResidentAccount.objects.select_related("user").filter(subject=subject).first()
        if account is None:
            user = User(username=f"inwoner-{secrets.token_hex(8)}", role=Role.INWONER,
                        first_name=(name or "")[:150])
            user.set_unusable_password()
            user.save()
            account = ResidentAccount.objects.create(user=user, subject=subject, bsn=bsn)
        elif account.bsn != bsn:
            raise ApplicationError(_("Dit account hoort bij een ander BSN."))
        person = Person.objects.filter(bsn=bsn).first()
        if account.person_id != getattr(person, "pk", None):
            old = account.person.household_id if account.person_id else None
            ResidentAccount.objects.filter(pk=account.pk).update(person=person)
            account.person = person
            household_access_refresh(household_ids=[old, getattr(person, "household_id", None)])
    return account.user


# --- Representatives (recorded by a professional) ---------------------------------------------------------


def _eighteenth_birthday(person):
    b = person.birth_date
    if b is None:
        return None
    try:
        return b.replace(year=b.year + 18) - dt.timedelta(days=1)
    except ValueError:  # born on 29 February
        return dt.date(b.year + 18, 2, 28)


def representation_record(*, actor, person, name, bsn, relation, scope, starts_on=None, ends_on=None):
    """A vertegenwoordiger for this person; a parent's ends at the child's eighteenth birthday at the latest."""
    if not (name or "").strip():
        raise ApplicationError(_("Schrijf de naam van de vertegenwoordiger op."), field="name")
    if not bsn_is_valid(bsn or ""):
        raise ApplicationError(_("Dit is geen geldig BSN."), field="bsn")
    if bsn == person.bsn:
        raise ApplicationError(_("Iemand kan niet zijn eigen vertegenwoordiger zijn."), field="bsn")
    if relation not in RepresentativeRole.values:
        raise ApplicationError(_("Kies de relatie."), field="relation")
    if scope not in RepresentationScope.values:
        raise ApplicationError(_("Kies wat de vertegenwoordiger mag."), field="scope")
    starts_on = starts_on or timezone.localdate()
    if relation == RepresentativeRole.OUDER:
        adult = _eighteenth_birthday(person)
        if adult is not None and (ends_on is None or ends_on > adult):
            ends_on = adult
    if ends_on is not None and ends_on < starts_on:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="ends_on")
    with transaction.atomic():
        guard(actor, "vertegenwoordiging.manage", person=person, detail={"relation": relation, "scope": scope})
        rep = Vertegenwoordiging.objects.create(household_id=person.household_id, person=person, name=name.strip(),
                                                bsn=bsn, relation=relation, scope=scope, starts_on=starts_on,
                                                ends_on=ends_on, recorded_by=actor)
        household_access_refresh(household_ids=[person.household_id])
    return rep


def representation_end(*, actor, representation, stops_on=None, reason=""):
    """End a representation from `stops_on` (today: at once) as a new dated record; the representation itself
    stays as it was recorded, so its history reads in order."""
    stops_on = stops_on or timezone.localdate()
    if stops_on < representation.starts_on:
        raise ApplicationError(_("De vertegenwoordiging kan niet eindigen voordat ze begon."), field="stops_on")
    with transaction.atomic():
        guard(actor, "vertegenwoordiging.manage", person=representation.person, obj=representation,
              detail={"stops_on": stops_on.isoformat()})
        locked = Vertegenwoordiging.objects.select_for_update().get(pk=representation.pk)
        if locked.ended_at is not None or VertegenwoordigingEinde.objects.filter(representation=locked).exists():
            raise ApplicationError(_("Deze vertegenwoordiging was al beëindigd."))
        einde = VertegenwoordigingEinde.objects.create(household_id=locked.household_id, person_id=locked.person_id,
                                                       representation=locked,
                                                       stops_on=stops_on, reason=(reason or "").strip()[:300],
                                                       recorded_by=actor)
        household_access_refresh(household_ids=[representation.household_id])
    return einde


# --- What the resident does in the portal -----------------------------------------------------------------


def _may_act(ctx):
    if not ctx.may_act:
        raise ApplicationError(_("U mag dit dossier alleen lezen. U kunt hier niets veranderen of sturen."))


def goal_add_own(*, ctx, plan, expected_version, words):
    """A goal in the resident's own words, theirs in the plan (a new version the professionals see)."""
    _may_act(ctx)
    return plan_content.goal_add(actor=ctx.user, plan=plan, expected_version=expected_version, words=words,
                                 person=ctx.person)


def action_done_own(*, ctx, action, expected_version):
    """Only what the resident does themself can be ticked off by them."""
    _may_act(ctx)
    if action.actor_kind != ActorKind.INWONER or action.household_id != ctx.person.household_id:
        raise ApplicationError(_("Dit kunt u niet zelf afvinken. Vraag het uw contactpersoon."))
    plan_content.action_set_status(actor=ctx.user, action=action, expected_version=expected_version,
                                   status=ActionStatus.GEDAAN)


def plan_respond(*, ctx, plan, agrees, disagreement=""):
    """Agree with this version of the plan, or say in one's own words what one disagrees with."""
    _may_act(ctx)
    speaker = {"person": ctx.person}
    if ctx.representation is not None:
        speaker = {"representative_name": ctx.representation.name,
                   "representative_role": ctx.representation.relation}
    return plan_agreement.agreement_record(actor=ctx.user, plan=plan, agrees=agrees, how=AgreementHow.PORTAAL,
                                           on=timezone.localdate(), disagreement=disagreement, **speaker)


def bericht_send(*, ctx, text):
    """A message to the vaste contactpersoon (or the stand-in when there is none): part of the file."""
    _may_act(ctx)
    text = (text or "").strip()
    if not text:
        raise ApplicationError(_("Schrijf uw bericht."), field="text")
    person = ctx.person
    with transaction.atomic():
        guard(ctx.user, "portal.write", person=person, detail={"kind": "bericht"})
        return Bericht.objects.create(household_id=person.household_id, person=person, text=text[:4000],
                                      direction=Direction.VAN_INWONER, sender=ctx.user, sender_label=ctx.by_label,
                                      to_id=person.contactpersoon_id or person.stand_in_id)


def bericht_reply(*, actor, bericht, text):
    """A professional answers a message; the resident is told there is news on their own channel."""
    text = (text or "").strip()
    if not text:
        raise ApplicationError(_("Schrijf uw antwoord."), field="text")
    if bericht.direction != Direction.VAN_INWONER:
        raise ApplicationError(_("Alleen een bericht van de inwoner kunt u beantwoorden."))
    with transaction.atomic():
        guard(actor, "berichten.reply", person=bericht.person, obj=bericht)
        reply = Bericht.objects.create(household_id=bericht.household_id, person_id=bericht.person_id,
                                       text=text[:4000], direction=Direction.AAN_INWONER, sender=actor,
                                       in_reply_to=bericht)
        # Once per reply, in this transaction: the worker sends after the commit (notify, ADR 0031).
        notify_resident(bericht.person, NotifyKind.BERICHT, key=f"bericht:{reply.public_id}")
    return reply


def correctie_request(*, ctx, what, should_be=""):
    """A request to correct the file (AVG art. 16): a task for the contactpersoon, due one month later."""
    _may_act(ctx)
    if not (what or "").strip():
        raise ApplicationError(_("Schrijf op wat er niet klopt."), field="what")
    person = ctx.person
    today = timezone.localdate()
    with transaction.atomic():
        guard(ctx.user, "portal.write", person=person, detail={"kind": "correctie"})
        return Correctieverzoek.objects.create(
            household_id=person.household_id, person=person, what=what.strip(), should_be=(should_be or "").strip(),
            requested_by=ctx.user, requested_label=ctx.by_label,
            owner_id=person.contactpersoon_id or person.stand_in_id,
            due_on=Kalender.load().period_end(today, months=1))


def correctie_handle(*, actor, verzoek, answer):
    if not (answer or "").strip():
        raise ApplicationError(_("Schrijf op wat u heeft gedaan, voor de inwoner."), field="answer")
    with transaction.atomic():
        guard(actor, "correcties.handle", person=verzoek.person, obj=verzoek)
        if not Correctieverzoek.objects.filter(pk=verzoek.pk, handled_at__isnull=True).update(
                handled_at=timezone.now(), answer=answer.strip()):
            raise ApplicationError(_("Dit verzoek is al afgehandeld."))
        notify_resident(verzoek.person, NotifyKind.BERICHT, key=f"correctie:{verzoek.public_id}")


def communication_set(*, ctx, expected_version, data):
    _may_act(ctx)
    return resident_services.person_communication_set(actor=ctx.user, person=ctx.person,
                                                      expected_version=expected_version, data=data)


def consent_give(*, ctx, organisation, scopes, purpose):
    """Consent for one organisation and scope, given by the resident themself (how: the portal)."""
    _may_act(ctx)
    return sharing_services.ground_record(actor=ctx.user, household=ctx.person.household, person=ctx.person,
                                          kind=GroundKind.TOESTEMMING, organisation=organisation, scopes=scopes,
                                          purpose=purpose, how=ConsentHow.PORTAAL)


def consent_withdraw(*, ctx, ground):
    """Withdraw at once: the partner's access and open referrals stop in the same transaction (coordination)."""
    _may_act(ctx)
    if ground.kind != GroundKind.TOESTEMMING or ground.person_id not in (None, ctx.person.pk):
        raise ApplicationError(_("Dit is geen toestemming van u: dit kunt u niet zelf intrekken."))
    return sharing_services.ground_withdraw(actor=ctx.user, ground=ground,
                                            note=_("Ingetrokken in Mijn Leefwereld."))


# --- Client experience (ADR 0044) --------------------------------------------------------------------------


def survey_respond(*, ctx, survey, answers=None):
    """Answer the survey (`answers`: {question id: value}) or decline it (None). Either way the same Deelname
    and the same audit row naming the survey, so nobody can tell the two apart; the answers go to the stembus
    with nothing that links them to this person, this moment or this row."""
    _may_act(ctx)
    if not survey.invites_on(timezone.localdate()) or not in_target_group(ctx, survey):
        raise ApplicationError(_("Deze vragenlijst staat niet (meer) voor u klaar."))
    with transaction.atomic():
        guard(ctx.user, "portal.survey", person=ctx.person, obj=survey)
        try:
            with transaction.atomic():
                Deelname.objects.create(household_id=ctx.person.household_id, person=ctx.person, survey=survey)
        except IntegrityError:
            raise ApplicationError(_("U heeft al gereageerd op deze vragenlijst. Dank u wel.")) from None
        if answers is not None:
            envelope_drop(survey=survey, answers=answers)


# --- Inzage in the background (ADR 0037) ----------------------------------------------------------------------


def inzage_request(*, ctx):
    """Ask for an inzage made in the background; one at a time per person and requester. The worker starts when
    this transaction commits (in-process without a broker)."""
    with transaction.atomic():
        guard(ctx.user, "portal.inzage", person=ctx.person, detail={"background": True})
        pending = InzageVerzoek.objects.filter(person=ctx.person, requested_by=ctx.user,
                                               status=InzageStatus.KLAARMAKEN).first()
        if pending is not None:
            return pending
        verzoek = InzageVerzoek.objects.create(household_id=ctx.person.household_id, person=ctx.person,
                                               requested_by=ctx.user)
        transaction.on_commit(lambda: inzage_prepare.delay(verzoek.pk))
    return verzoek
