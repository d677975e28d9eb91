"""Writes for the one door: register, pick up, the light route, follow-ups."""
import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError

from .models import FollowUp, Kind, LichteAfhandeling, Status, Vraag, VraagStatus


def _check_date(day, field):
    if day > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst. Vul de datum van vandaag of eerder in."),
                               field=field)


def _append_status(*, actor, vraag, status, note=""):
    Vraag.objects.filter(pk=vraag.pk).update(status=status)
    vraag.status = status
    VraagStatus.objects.create(household_id=vraag.household_id, vraag=vraag, status=status, by=actor, note=note)


def vraag_register(*, actor, person, kind, brought_by, words, received_on, brought_by_name="", pick_up=False):
    """Register a question or signal the moment it is heard. No law is chosen here."""
    if not (words or "").strip():
        raise ApplicationError(_("Schrijf de vraag of zorg op, in de woorden van wie het inbracht."), field="words")
    _check_date(received_on, "received_on")
    with transaction.atomic():
        vraag = Vraag.objects.create(
            household_id=person.household_id, person=person, team_id=person.household.team_id, kind=kind,
            brought_by=brought_by, brought_by_name=brought_by_name, words=words.strip(), received_on=received_on,
            registered_by=actor,
        )
        guard(actor, "vragen.create", person=person, obj=vraag, detail={"kind": kind, "brought_by": brought_by})
        VraagStatus.objects.create(household_id=vraag.household_id, vraag=vraag, status=Status.NIEUW, by=actor)
        if pick_up:
            _pick_up(actor=actor, vraag=vraag)
    return vraag


def _pick_up(*, actor, vraag):
    Vraag.objects.filter(pk=vraag.pk).update(picked_up_by=actor)
    vraag.picked_up_by = actor
    _append_status(actor=actor, vraag=vraag, status=Status.OPGEPAKT)


def vraag_pick_up(*, actor, vraag):
    if vraag.status != Status.NIEUW:
        raise ApplicationError(_("Deze vraag is al opgepakt."))
    with transaction.atomic():
        guard(actor, "vragen.pick_up", person=vraag.person, obj=vraag)
        # Row lock: two colleagues clicking at once must not both pick it up.
        locked = Vraag.objects.select_for_update().get(pk=vraag.pk)
        if locked.status != Status.NIEUW:
            raise ApplicationError(_("Een collega heeft deze vraag net opgepakt."))
        _pick_up(actor=actor, vraag=vraag)
    return vraag


def vraag_close_light(*, actor, vraag, help_kind, description, amount=None):
    """Answer a simple question and close it today: no plan, no conversation form."""
    if vraag.status == Status.AFGEROND:
        raise ApplicationError(_("Deze vraag is al afgerond."))
    if not (description or "").strip():
        raise ApplicationError(_("Schrijf kort op wat er is gedaan."), field="description")
    if amount is not None and amount < 0:
        raise ApplicationError(_("Een bedrag kan niet negatief zijn."), field="amount")
    with transaction.atomic():
        guard(actor, "vragen.close_light", person=vraag.person, obj=vraag,
              detail={"help_kind": help_kind, "amount": str(amount) if amount is not None else None})
        afhandeling = LichteAfhandeling.objects.create(
            household_id=vraag.household_id, vraag=vraag, help_kind=help_kind, description=description.strip(),
            amount=amount, closed_by=actor, closed_on=timezone.localdate(),
        )
        if vraag.picked_up_by_id is None:
            Vraag.objects.filter(pk=vraag.pk).update(picked_up_by=actor)
        _append_status(actor=actor, vraag=vraag, status=Status.AFGEROND, note=_("Lichte route"))
    return afhandeling


def followup_create(*, actor, person, what, due_on, owner=None):
    if not (what or "").strip():
        raise ApplicationError(_("Schrijf op wat er moet gebeuren."), field="what")
    if due_on < timezone.localdate() - dt.timedelta(days=1):
        raise ApplicationError(_("Deze datum ligt in het verleden."), field="due_on")
    with transaction.atomic():
        followup = FollowUp.objects.create(household_id=person.household_id, person=person, what=what.strip(),
                                           due_on=due_on, owner=owner or actor)
        guard(actor, "followups.create", person=person, obj=followup)
    return followup


def followup_done(*, actor, followup):
    with transaction.atomic():
        guard(actor, "followups.done", person=followup.person, obj=followup)
        FollowUp.objects.filter(pk=followup.pk, done_at__isnull=True).update(done_at=timezone.now())


__all__ = ["Kind", "vraag_register", "vraag_pick_up", "vraag_close_light", "followup_create", "followup_done"]
