"""Writes for the one door: register, pick up, the light route, follow-ups."""
import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError
from leefwereld.residents.services import person_help_started

from .models import FollowUp, Kind, LichteAfhandeling, Status, Uitkomst, Vraag, VraagStatus


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
        if kind == Kind.VRAAG:
            person_help_started(person=person)
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
    if vraag.kind == Kind.SIGNAAL and vraag.person.contact_only:
        raise ApplicationError(_("Bij een signaal is er eerst contact nodig. Leg een contactmoment of gesprek vast; "
                                 "daarna kan de lichte route."))
    with transaction.atomic():
        guard(actor, "vragen.close_light", person=vraag.person, obj=vraag,
              detail={"help_kind": help_kind, "amount": str(amount) if amount is not None else None})
        afhandeling = LichteAfhandeling.objects.create(
            household_id=vraag.household_id, vraag=vraag, help_kind=help_kind, description=description.strip(),
            amount=amount, closed_by=actor, closed_on=timezone.localdate(),
        )
        if vraag.picked_up_by_id is None:
            Vraag.objects.filter(pk=vraag.pk).update(picked_up_by=actor)
        _close(actor=actor, vraag=vraag, outcome=Uitkomst.LICHTE_ROUTE, closed_on=afhandeling.closed_on,
               words=afhandeling.description, note=_("Lichte route"))
        person_help_started(person=vraag.person)
    return afhandeling


def _close(*, actor, vraag, outcome, closed_on, words="", tags=(), note=""):
    Vraag.objects.filter(pk=vraag.pk).update(outcome=outcome, closed_on=closed_on, outcome_words=words)
    vraag.outcome, vraag.closed_on, vraag.outcome_words = outcome, closed_on, words
    if tags:
        vraag.outcome_tags.set(tags)
    _append_status(actor=actor, vraag=vraag, status=Status.AFGEROND, note=note or vraag.get_outcome_display())


def vraag_close(*, actor, vraag, outcome, closed_on, words="", tags=()):
    """Close a vraag with what came of it: withdrawn, ended otherwise, or led to a gesprek."""
    if vraag.status == Status.AFGEROND:
        raise ApplicationError(_("Deze vraag is al afgerond."))
    if outcome not in Uitkomst.values or outcome == Uitkomst.LICHTE_ROUTE:
        raise ApplicationError(_("Kies hoe de vraag afliep."), field="outcome")
    _check_date(closed_on, "closed_on")
    if closed_on < vraag.received_on:
        raise ApplicationError(_("De vraag kan niet eindigen voordat hij binnenkwam (%(day)s).")
                               % {"day": datum(vraag.received_on)}, field="closed_on")
    if outcome in (Uitkomst.INGETROKKEN, Uitkomst.ANDERS) and not (words or "").strip():
        raise ApplicationError(_("Schrijf kort op wat eruit kwam of waarom het stopte."), field="words")
    with transaction.atomic():
        guard(actor, "vragen.close", person=vraag.person, obj=vraag,
              detail={"outcome": outcome, "tags": sorted(t.name for t in tags)})
        _close(actor=actor, vraag=vraag, outcome=outcome, closed_on=closed_on, words=(words or "").strip(),
               tags=tags)
    return vraag


def vraag_led_to_gesprek(*, actor, vraag, gesprek):
    """A gesprek started from a vraag answers it: the vraag closes, linked to the gesprek (part of its write)."""
    if vraag.status == Status.AFGEROND:
        return
    if vraag.picked_up_by_id is None:
        Vraag.objects.filter(pk=vraag.pk).update(picked_up_by=actor)
    _close(actor=actor, vraag=vraag, outcome=Uitkomst.GESPREK, closed_on=gesprek.held_on)


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


__all__ = ["Kind", "vraag_register", "vraag_pick_up", "vraag_close_light", "vraag_close", "vraag_led_to_gesprek",
           "followup_create", "followup_done"]
