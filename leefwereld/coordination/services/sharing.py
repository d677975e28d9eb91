"""Grounds for sharing: record once and reuse; withdraw with immediate effect; safety over consent."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError

from .. import clock
from ..grants import partner_access_refresh
from ..models import (
    GroundKind,
    ReferralEvent,
    ReferralEventKind,
    ReferralStatus,
    SafetyGround,
    Scope,
    SharingGround,
    Veiligheidsplan,
)
from ..models.referrals import OPEN_STATUSES


def _check(kind, organisation, organisation_kind, scopes, purpose, article, safety_ground, reason, how, given_on,
           ends_on):
    if kind not in GroundKind.values:
        raise ApplicationError(_("Kies de grondslag."), field="kind")
    if (organisation is None) == (not organisation_kind):
        raise ApplicationError(_("Kies één organisatie, of een soort organisatie."), field="organisation")
    if not scopes or any(s not in Scope.values for s in scopes):
        raise ApplicationError(_("Kies welke delen van het dossier gedeeld mogen worden."), field="scopes")
    if not (purpose or "").strip():
        raise ApplicationError(_("Schrijf op waarvoor er gedeeld wordt."), field="purpose")
    if kind == GroundKind.WETTELIJKE_TAAK and not (article or "").strip():
        raise ApplicationError(_("Noem het wetsartikel van de wettelijke taak."), field="article")
    if kind == GroundKind.TOESTEMMING and not how:
        raise ApplicationError(_("Zeg hoe de inwoner toestemming gaf."), field="how")
    if kind == GroundKind.VEILIGHEID:
        if safety_ground not in SafetyGround.values:
            raise ApplicationError(_("Kies de grond uit de wet."), field="safety_ground")
        if not (reason or "").strip():
            raise ApplicationError(_("Schrijf op waarom veiligheid hier voorgaat."), field="reason")
    if ends_on and ends_on < given_on:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="ends_on")
    if ends_on and ends_on < clock.today():
        raise ApplicationError(_("De einddatum ligt in het verleden."), field="ends_on")


def ground_record(*, actor, household, kind, scopes, purpose, organisation=None, organisation_kind="",
                  person=None, article="", safety_ground="", reason="", how="", given_on=None, ends_on=None):
    """Record a ground for sharing; the partner's access follows in the same transaction."""
    given_on = given_on or clock.today()
    scopes = sorted(set(scopes or []))
    _check(kind, organisation, organisation_kind, scopes, purpose, article, safety_ground, reason, how, given_on,
           ends_on)
    if person is not None and person.household_id != household.pk:
        raise ApplicationError(_("Kies iemand uit dit huishouden."), field="person")
    safety = kind == GroundKind.VEILIGHEID
    with transaction.atomic():
        guard(actor, "sharing.safety" if safety else "sharing.record", household=household, person=person,
              reason=reason if safety else "",
              detail={"kind": kind, "scopes": scopes, "organisation": getattr(organisation, "name", organisation_kind)})
        ground = SharingGround.objects.create(
            household=household, person=person, kind=kind, organisation=organisation,
            organisation_kind=organisation_kind if organisation is None else "", scopes=scopes,
            purpose=purpose.strip(), article=(article or "").strip() if kind == GroundKind.WETTELIJKE_TAAK else "",
            safety_ground=safety_ground if safety else "", reason=(reason or "").strip(),
            how=how if kind == GroundKind.TOESTEMMING else "", given_on=given_on, ends_on=ends_on, recorded_by=actor)
        partner_access_refresh([household.pk])
    return ground


def ground_withdraw(*, actor, ground, note=""):
    """Withdraw (consent) or end (another ground) now: every view, export and open referral stops at once."""
    with transaction.atomic():
        guard(actor, "sharing.withdraw", household=ground.household, obj=ground, detail={"note": note})
        changed = SharingGround.objects.filter(pk=ground.pk, withdrawn_at__isnull=True).update(
            withdrawn_at=clock.now(), withdrawn_by=actor, withdrawal_note=(note or "").strip()[:500])
        if not changed:
            raise ApplicationError(_("Deze grondslag was al ingetrokken."))
        for referral in ground.referrals.filter(status__in=OPEN_STATUSES).select_for_update():
            referral.status = ReferralStatus.TOEGANG_BEEINDIGD
            referral.save(update_fields=["status", "updated_at"])
            ReferralEvent.objects.create(household_id=referral.household_id, referral=referral,
                                         kind=ReferralEventKind.TOEGANG_BEEINDIGD, by=actor,
                                         text=_("De grondslag voor delen is ingetrokken."))
        partner_access_refresh([ground.household_id])
    ground.refresh_from_db()
    return ground


def safety_seen(*, actor, ground):
    """The team leader has seen a sharing without consent (it leaves their werkvoorraad)."""
    with transaction.atomic():
        guard(actor, "sharing.safety_seen", household=ground.household, obj=ground)
        SharingGround.objects.filter(pk=ground.pk, lead_seen_at__isnull=True).update(lead_seen_at=clock.now())


def veiligheidsplan_save(*, actor, plan, who_safe, agreements, signals):
    """A new version of the veiligheidsplan attached to the plan (appended, never edited)."""
    if not all((v or "").strip() for v in (who_safe, agreements, signals)):
        raise ApplicationError(_("Vul in wie veilig moet zijn, wie wat doet en de signalen."))
    with transaction.atomic():
        guard(actor, "veiligheidsplan.edit", household=plan.household, obj=plan)
        return Veiligheidsplan.objects.create(household_id=plan.household_id, plan=plan, who_safe=who_safe.strip(),
                                              agreements=agreements.strip(), signals=signals.strip(), by=actor)
