"""Procedures: melding and aanvraag, suspension, extension, postponement, withdrawal, default."""
import datetime as dt

import pytest

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.decisions import selectors, services
from leefwereld.decisions.models import (
    Ondersteuning,
    Procedure,
    ProcedureKind,
    ProcedureStatus,
    TermijnWijziging,
    Wet,
    WijzigingKind,
)

D = dt.date


def _fresh(p):
    return Procedure.objects.get(pk=p.pk)


def test_a_wmo_melding_starts_six_weeks_and_the_personal_plan_notice(pro, person):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 11, 2), subject="Thuis redt ze het niet meer",
                                       ondersteuning=Ondersteuning.GEBRUIKT)
    assert melding.deadline == D(2026, 12, 14)  # Wmo 2015 art. 2.3.2 lid 1
    assert melding.personal_plan_until == D(2026, 11, 9)  # art. 2.3.2 lid 2: 7 days
    assert AuditEvent.objects.filter(action="procedures.manage", household_pk=person.household_id).exists()


def test_only_the_wmo_has_a_melding_and_dates_are_not_in_the_future(pro, person):
    with pytest.raises(ApplicationError) as error:
        services.procedure_start(actor=pro, person=person, wet=Wet.JEUGDWET, kind=ProcedureKind.MELDING,
                                 received_on=D(2026, 11, 2), subject="x")
    assert error.value.field == "kind"
    with pytest.raises(ApplicationError) as error:
        services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                 received_on=dt.date.today() + dt.timedelta(days=3), subject="x")
    assert error.value.field == "received_on"


def test_a_melding_becomes_an_aanvraag_with_its_own_two_weeks(pro, person):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 10, 1), subject="Huishouden")
    aanvraag = services.melding_to_aanvraag(actor=pro, melding=melding, received_on=D(2026, 11, 2),
                                            expected_version=melding.version)
    assert aanvraag.melding == melding and aanvraag.deadline == D(2026, 11, 16)
    assert _fresh(melding).status == ProcedureStatus.AANVRAAG  # stays visible as history


def test_suspension_needs_a_reason_and_moves_the_deadline_when_the_information_comes(pro, aanvraag):
    with pytest.raises(ApplicationError) as error:
        services.procedure_suspend(actor=pro, procedure=aanvraag, asked_on=D(2026, 11, 4), reason=" ",
                                   expected_version=aanvraag.version)
    assert error.value.field == "reason"
    services.procedure_suspend(actor=pro, procedure=aanvraag, asked_on=D(2026, 11, 4),
                               reason="Het advies van de huisarts ontbreekt", expected_version=aanvraag.version)
    aanvraag = _fresh(aanvraag)
    assert aanvraag.status == ProcedureStatus.OPGESCHORT
    services.procedure_resume(actor=pro, procedure=aanvraag, until=D(2026, 11, 9), expected_version=aanvraag.version)
    aanvraag = _fresh(aanvraag)
    assert aanvraag.status == ProcedureStatus.LOPEND and aanvraag.deadline == D(2026, 11, 20)  # Awb 4:15
    move = TermijnWijziging.objects.get(procedure=aanvraag)
    assert (move.deadline_before, move.deadline_after, move.until) == (D(2026, 11, 16), D(2026, 11, 20),
                                                                        D(2026, 11, 9))


def test_a_melding_cannot_be_suspended_only_postponed_as_agreed(pro, person):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 11, 2), subject="Huishouden")
    with pytest.raises(ApplicationError):
        services.procedure_suspend(actor=pro, procedure=melding, asked_on=D(2026, 11, 4), reason="gegevens",
                                   expected_version=melding.version)
    move = services.procedure_extend(actor=pro, procedure=melding, weeks=2, notice_on=D(2026, 11, 20),
                                     reason="Mevrouw ligt in het ziekenhuis; afgesproken", expected_version=1)
    assert move.kind == WijzigingKind.UITSTEL and _fresh(melding).deadline == D(2026, 12, 28)


def test_extension_awb_4_14_must_be_announced_before_the_deadline(pro, aanvraag):
    with pytest.raises(ApplicationError) as error:
        services.procedure_extend(actor=pro, procedure=aanvraag, weeks=2, notice_on=D(2026, 11, 17),
                                  reason="Advies nodig", expected_version=aanvraag.version)
    assert error.value.field == "notice_on"
    move = services.procedure_extend(actor=pro, procedure=aanvraag, weeks=2, notice_on=D(2026, 11, 10),
                                     reason="Advies ergotherapeut nodig", expected_version=aanvraag.version)
    assert move.kind == WijzigingKind.VERDAGING and _fresh(aanvraag).deadline == D(2026, 11, 30)


def test_withdrawal_keeps_the_procedure_as_history(pro, aanvraag):
    with pytest.raises(ApplicationError) as error:
        services.procedure_close(actor=pro, procedure=aanvraag, status=ProcedureStatus.INGETROKKEN,
                                 on=D(2026, 11, 5), words="", expected_version=aanvraag.version)
    assert error.value.field == "words"
    services.procedure_close(actor=pro, procedure=aanvraag, status=ProcedureStatus.INGETROKKEN, on=D(2026, 11, 5),
                             words="De buurvrouw helpt nu", expected_version=aanvraag.version)
    aanvraag = _fresh(aanvraag)
    assert aanvraag.status == ProcedureStatus.INGETROKKEN and aanvraag.closed_on == D(2026, 11, 5)
    with pytest.raises(ApplicationError):  # an aanvraag does not end "without aanvraag"
        services.procedure_close(actor=pro, procedure=aanvraag, status=ProcedureStatus.ZONDER_AANVRAAG,
                                 on=D(2026, 11, 5), words="x", expected_version=aanvraag.version)


def test_ingebrekestelling_only_after_the_deadline_and_the_penalty_runs(pro, aanvraag):
    with pytest.raises(ApplicationError) as error:
        services.ingebrekestelling_record(actor=pro, procedure=aanvraag, received_on=D(2026, 11, 16))
    assert error.value.field == "received_on"
    services.ingebrekestelling_record(actor=pro, procedure=aanvraag, received_on=D(2026, 11, 18))
    rows = selectors.procedures_for_household(actor=pro, household=aanvraag.household)
    penalty = rows[0].dwangsom
    assert penalty.starts_on == D(2026, 12, 3)


def test_several_laws_for_one_household_on_one_list(pro, person, aanvraag):
    services.procedure_start(actor=pro, person=person, wet=Wet.PARTICIPATIEWET, kind=ProcedureKind.AANVRAAG,
                             received_on=D(2026, 11, 3), subject="Bijzondere bijstand taxipas")
    services.procedure_start(actor=pro, person=person, wet=Wet.JEUGDWET, kind=ProcedureKind.AANVRAAG,
                             received_on=D(2026, 11, 4), subject="Begeleiding Amanda")
    rows = selectors.procedures_for_household(actor=pro, household=person.household)
    assert {p.wet for p in rows} == {Wet.WMO, Wet.PARTICIPATIEWET, Wet.JEUGDWET}


def test_another_team_cannot_see_or_move_a_procedure(outsider, aanvraag):
    with pytest.raises(NotFoundOrNotAllowed):
        services.procedure_extend(actor=outsider, procedure=aanvraag, weeks=1, notice_on=D(2026, 11, 10),
                                  reason="x", expected_version=aanvraag.version)
    assert selectors.procedures_for_household(actor=outsider, household=aanvraag.household) == []
