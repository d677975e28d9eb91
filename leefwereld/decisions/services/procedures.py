"""Writes on procedures: start a melding or an aanvraag, move its deadline, withdraw it, end it.

Every write goes through access.guard(); deadline moves are appended (TermijnWijziging) and the
procedure's `deadline` is recomputed from all of them by deadlines.deadline().
"""
import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError
from leefwereld.core.termijnen import Kalender
from leefwereld.core.versioning import save_versioned

from .. import deadlines
from ..models import (
    Ingebrekestelling,
    Ondersteuning,
    Procedure,
    ProcedureKind,
    ProcedureStatus,
    TermijnWijziging,
    Wet,
    WijzigingKind,
)

MAX_MOVE_WEEKS = 26


def _today():
    return timezone.localdate()


def _not_future(day, field):
    if day > _today():
        raise ApplicationError(_("Deze datum ligt in de toekomst."), field=field)


def _recompute(procedure, kalender=None):
    moves = list(procedure.moves.all())
    return deadlines.deadline(kalender or Kalender.load(), wet=procedure.wet, kind=procedure.kind,
                              received_on=procedure.received_on, moves=moves, today=_today())


def procedure_start(*, actor, person, wet, kind, received_on, subject, vraag=None, melding=None,
                    ondersteuning=""):
    """Start a melding (Wmo only: the 6-week investigation) or an aanvraag (the decision period)."""
    if wet not in Wet.values:
        raise ApplicationError(_("Kies de wet."), field="wet")
    if kind not in ProcedureKind.values:
        raise ApplicationError(_("Kies melding of aanvraag."), field="kind")
    if kind == ProcedureKind.MELDING and wet != Wet.WMO:
        raise ApplicationError(_("Alleen de Wmo kent een melding. Kies 'aanvraag'."), field="kind")
    _not_future(received_on, "received_on")
    if not (subject or "").strip():
        raise ApplicationError(_("Schrijf kort op waarover het gaat."), field="subject")
    if ondersteuning not in Ondersteuning.values:
        raise ApplicationError(_("Kies of er cliëntondersteuning is."), field="ondersteuning")
    if vraag is not None and vraag.household_id != person.household_id:
        raise ApplicationError(_("Deze vraag hoort bij een ander huishouden."), field="vraag")
    if vraag is not None and melding is None and received_on < vraag.received_on:
        raise ApplicationError(_("Deze datum ligt voor de dag dat de vraag binnenkwam (%(day)s).") % {
            "day": datum(vraag.received_on)}, field="received_on")
    kalender = Kalender.load()
    with transaction.atomic():
        guard(actor, "procedures.manage", person=person, detail={"wet": wet, "kind": kind})
        if vraag is not None and melding is None:
            _vraag_free(vraag)
        procedure = Procedure(household_id=person.household_id, person=person, vraag=vraag, melding=melding,
                              wet=wet, kind=kind, received_on=received_on, subject=subject.strip()[:300],
                              handled_by=actor, ondersteuning=ondersteuning,
                              deadline=deadlines.deadline(kalender, wet=wet, kind=kind, received_on=received_on,
                                                          today=_today()))
        if kind == ProcedureKind.MELDING:
            procedure.personal_plan_until = deadlines.personal_plan_until(kalender, received_on)
        procedure.save()
    return procedure


def _vraag_free(vraag):
    """A vraag starts one procedure (its melding may later lead to an aanvraag, linked to the melding).
    The vraag's row is locked, so two people pressing the button at once start one."""
    type(vraag).objects.select_for_update().filter(pk=vraag.pk).first()
    if Procedure.objects.filter(vraag=vraag).exists():
        raise ApplicationError(_("Deze vraag heeft al een melding of aanvraag."), field="vraag")


def melding_to_aanvraag(*, actor, melding, received_on, expected_version):
    """The investigation led to an aanvraag: the 2-week decision period starts (Wmo 2015 art. 2.3.5)."""
    if melding.kind != ProcedureKind.MELDING or not melding.is_open:
        raise ApplicationError(_("Alleen een lopende melding kan een aanvraag worden."))
    if received_on < melding.received_on:
        raise ApplicationError(_("De aanvraag kan niet eerder zijn dan de melding."), field="received_on")
    with transaction.atomic():
        aanvraag = procedure_start(actor=actor, person=melding.person, wet=melding.wet,
                                   kind=ProcedureKind.AANVRAAG, received_on=received_on, subject=melding.subject,
                                   vraag=melding.vraag, melding=melding, ondersteuning=melding.ondersteuning)
        save_versioned(melding, expected_version=expected_version,
                       changes={"status": ProcedureStatus.AANVRAAG, "closed_on": received_on})
    return aanvraag


def procedure_update(*, actor, procedure, expected_version, ondersteuning, report_sent_on):
    """Record cliëntondersteuning and the day the investigation's report went to the resident."""
    if ondersteuning not in Ondersteuning.values:
        raise ApplicationError(_("Kies of er cliëntondersteuning is."), field="ondersteuning")
    if report_sent_on is not None:
        _not_future(report_sent_on, "report_sent_on")
        if report_sent_on < procedure.received_on:
            raise ApplicationError(_("Het verslag kan niet eerder zijn dan de melding."), field="report_sent_on")
    with transaction.atomic():
        changes = save_versioned(procedure, expected_version=expected_version,
                                 changes={"ondersteuning": ondersteuning, "report_sent_on": report_sent_on})
        guard(actor, "procedures.manage", obj=procedure, detail={"changes": changes})
    return procedure


def _move(actor, procedure, expected_version, **fields):
    with transaction.atomic():
        guard(actor, "procedures.manage", obj=procedure, detail={"move": fields["kind"]})
        before = procedure.deadline
        move = TermijnWijziging.objects.create(household_id=procedure.household_id, procedure=procedure,
                                               deadline_before=before, by=actor, **fields)
        after = _recompute(procedure)
        status = ProcedureStatus.OPGESCHORT if (fields["kind"] == WijzigingKind.OPSCHORTING) else procedure.status
        save_versioned(procedure, expected_version=expected_version, changes={"deadline": after, "status": status})
        TermijnWijziging.objects.filter(pk=move.pk).update(deadline_after=after)
        move.deadline_after = after
    return move


def _reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(_("Schrijf de reden op: die krijgt de inwoner ook te horen."), field="reason")
    return reason[:1000]


def procedure_suspend(*, actor, procedure, asked_on, reason, expected_version):
    """Ask the resident for missing information: the period stands still from the next day (Awb 4:15)."""
    reason = _reason(reason)
    if procedure.kind != ProcedureKind.AANVRAAG:
        raise ApplicationError(_("Opschorten kan alleen bij een aanvraag. Spreek bij een melding uitstel af "
                                 "met de inwoner."))
    if procedure.status != ProcedureStatus.LOPEND:
        raise ApplicationError(_("Deze aanvraag loopt niet (meer) of is al opgeschort."))
    _not_future(asked_on, "asked_on")
    if asked_on < procedure.received_on:
        raise ApplicationError(_("U kunt pas na de aanvraag om gegevens vragen."), field="asked_on")
    if asked_on > procedure.deadline:
        raise ApplicationError(_("De termijn was toen al voorbij: opschorten kan alleen binnen de termijn."),
                               field="asked_on")
    return _move(actor, procedure, expected_version, kind=WijzigingKind.OPSCHORTING, reason=reason,
                 from_on=asked_on)


def procedure_resume(*, actor, procedure, until, expected_version):
    """The information came (or the term set for it ended): the period runs again (Awb 4:15 lid 1 a)."""
    move = procedure.moves.filter(kind=WijzigingKind.OPSCHORTING, until__isnull=True).last()
    if procedure.status != ProcedureStatus.OPGESCHORT or move is None:
        raise ApplicationError(_("Deze aanvraag is niet opgeschort."))
    _not_future(until, "until")
    if until <= move.from_on:
        raise ApplicationError(_("Deze datum moet na de dag liggen waarop om gegevens is gevraagd."), field="until")
    with transaction.atomic():
        guard(actor, "procedures.manage", obj=procedure, detail={"move": "hervat"})
        # The open row gets its end once, like a status copy; the suspension itself is not rewritten.
        TermijnWijziging.objects.filter(pk=move.pk, until__isnull=True).update(until=until)
        after = _recompute(procedure)
        TermijnWijziging.objects.filter(pk=move.pk).update(deadline_after=after)
        save_versioned(procedure, expected_version=expected_version,
                       changes={"deadline": after, "status": ProcedureStatus.LOPEND})
    return procedure


def procedure_extend(*, actor, procedure, weeks, notice_on, reason, expected_version):
    """Extend the period with notice to the resident (Awb 4:14), or, in the Wmo investigation,
    postpone it as agreed with the resident (the Awb's moves do not apply to a melding)."""
    reason = _reason(reason)
    if not procedure.is_open:
        raise ApplicationError(_("Deze procedure loopt niet meer."))
    if not weeks or weeks < 1 or weeks > MAX_MOVE_WEEKS:
        raise ApplicationError(_("Kies 1 tot %(max)s weken.") % {"max": MAX_MOVE_WEEKS}, field="weeks")
    _not_future(notice_on, "notice_on")
    if notice_on > procedure.deadline:
        raise ApplicationError(_("Dit moet de inwoner horen vóór de uiterste datum (%(day)s).") % {
            "day": datum(procedure.deadline)}, field="notice_on")
    kind = WijzigingKind.UITSTEL if procedure.kind == ProcedureKind.MELDING else WijzigingKind.VERDAGING
    return _move(actor, procedure, expected_version, kind=kind, reason=reason, from_on=notice_on, days=7 * weeks)


def procedure_close(*, actor, procedure, status, on, words, expected_version):
    """Withdrawn (the question was solved otherwise), or a melding that ends without an aanvraag."""
    if status not in (ProcedureStatus.INGETROKKEN, ProcedureStatus.ZONDER_AANVRAAG):
        raise ApplicationError(_("Kies hoe het afliep."), field="status")
    if status == ProcedureStatus.ZONDER_AANVRAAG and procedure.kind != ProcedureKind.MELDING:
        raise ApplicationError(_("Alleen een melding kan eindigen zonder aanvraag."), field="status")
    if not procedure.is_open:
        raise ApplicationError(_("Deze procedure loopt niet meer."))
    _not_future(on, "on")
    if on < procedure.received_on:
        raise ApplicationError(_("Deze datum ligt voor de start van de procedure."), field="on")
    if not (words or "").strip():
        raise ApplicationError(_("Schrijf op hoe het afliep."), field="words")
    with transaction.atomic():
        guard(actor, "procedures.manage", obj=procedure, detail={"status": status})
        save_versioned(procedure, expected_version=expected_version,
                       changes={"status": status, "closed_on": on, "closed_words": words.strip()})
    return procedure


def procedure_decided(procedure, *, on: dt.date):
    """Called inside a decision's transaction (guarded there): the aanvraag is decided."""
    Procedure.objects.filter(pk=procedure.pk, status__in=[ProcedureStatus.LOPEND, ProcedureStatus.OPGESCHORT]).update(
        status=ProcedureStatus.BESLOTEN, closed_on=on)


def ingebrekestelling_record(*, actor, procedure, received_on):
    """The resident's written notice of default: the penalty starts two weeks later (Awb 4:17)."""
    if procedure.kind != ProcedureKind.AANVRAAG:
        raise ApplicationError(_("Een ingebrekestelling hoort bij een aanvraag."))
    _not_future(received_on, "received_on")
    if received_on <= procedure.deadline:
        raise ApplicationError(_("De termijn was toen nog niet voorbij (uiterste datum %(day)s). Een "
                                 "ingebrekestelling kan pas daarna.") % {"day": datum(procedure.deadline)},
                               field="received_on")
    if Ingebrekestelling.objects.filter(procedure=procedure).exists():
        raise ApplicationError(_("Er is al een ingebrekestelling vastgelegd."))
    with transaction.atomic():
        guard(actor, "procedures.manage", obj=procedure, detail={"ingebrekestelling": received_on.isoformat()})
        return Ingebrekestelling.objects.create(household_id=procedure.household_id, procedure=procedure,
                                                received_on=received_on, by=actor)
