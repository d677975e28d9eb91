"""Escalation (doorzettingsmacht) and its ladder, with a frozen clock; stalled referrals on the werkvoorraad."""
import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from leefwereld.access.grants import household_access_rebuild
from leefwereld.access.models import HouseholdAccess
from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.coordination import clock, selectors
from leefwereld.coordination.models import EscalationRung, EscalationStatus, ReferralEventKind, Scope
from leefwereld.coordination.services.escalation import escalation_decide, escalation_raise, escalations_raise_overdue
from leefwereld.coordination.services.referrals import referral_respond, referral_send
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

MONDAY = dt.date(2027, 3, 1)


@pytest.fixture
def frozen(monkeypatch):
    """A clock that stands still until the test moves it."""
    state = {"today": MONDAY}
    monkeypatch.setattr(clock, "today", lambda: state["today"])
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.combine(state["today"], dt.time(12), tzinfo=dt.UTC))
    return state


@pytest.fixture
def manager(db):
    return UserFactory(role=Role.TEAMLEIDER, team=None, first_name="Karin", last_name="Ketenmanager")


@pytest.fixture
def ladder(manager):
    return EscalationRung.objects.create(order=1, owner=manager, title="Manager zorgketen", working_days=3)


@pytest.mark.django_db
def test_the_ladder_goes_to_the_team_leader_first_then_up_when_nobody_decides(frozen, pro, plan, teamleider, ladder,
                                                                              manager):
    escalation = escalation_raise(actor=pro, plan=plan, question="Wie betaalt de training?",
                                  options="Jeugdwet via de school; Wmo; de werkgever", due_on=MONDAY + dt.timedelta(2))
    assert (escalation.owner, escalation.level) == (teamleider, 0)
    assert selectors.werkvoorraad_lists(actor=teamleider)["escalaties"]["count"] == 1
    frozen["today"] = MONDAY + dt.timedelta(days=2)  # the due date itself: not yet overdue
    assert escalations_raise_overdue() == []
    frozen["today"] = MONDAY + dt.timedelta(days=3)  # Thursday: overdue
    assert [e.pk for e in escalations_raise_overdue()] == [escalation.pk]
    escalation.refresh_from_db()
    assert (escalation.owner, escalation.level) == (manager, 1)
    assert escalation.due_on == dt.date(2027, 3, 9)  # three working days after Thursday, over the weekend
    assert [s.level for s in escalation.steps.all()] == [0, 1]
    assert selectors.werkvoorraad_lists(actor=teamleider)["escalaties"]["count"] == 0
    with pytest.raises(NotFoundOrNotAllowed):
        escalation_decide(actor=teamleider, escalation=escalation, decision="x", reasoning="y")
    frozen["today"] = dt.date(2027, 3, 20)  # top of the ladder: it stays, overdue, with the manager
    assert escalations_raise_overdue() == []
    decided = escalation_decide(actor=manager, escalation=escalation, decision="De gemeente betaalt, Wmo",
                                reasoning="Niet wachten op de school; verhalen we later")
    assert decided.status == EscalationStatus.BESLOTEN and decided.decided_by == manager


@pytest.mark.django_db
def test_the_named_manager_sees_the_escalation_but_not_the_file(frozen, pro, plan, ladder, manager, client_for,
                                                                person):
    escalation = escalation_raise(actor=pro, plan=plan, question="q", options="o", due_on=MONDAY)
    assert escalation.owner == manager  # no team leader in this team: the first rung
    client = client_for(manager)
    assert client.get(f"/samenwerken/escalatie/{escalation.public_id}/").status_code == 200
    assert client.get(f"/dossier/{person.public_id}/").status_code == 404
    response = client.post(f"/samenwerken/escalatie/{escalation.public_id}/",
                           {"decision": "Doen", "reasoning": "Omdat het kind wacht"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_an_escalation_needs_question_options_and_a_date_from_today(frozen, pro, plan, teamleider):
    for kwargs in [{"question": ""}, {"options": ""}, {"due_on": MONDAY - dt.timedelta(days=1)}]:
        values = {"question": "q", "options": "o", "due_on": MONDAY} | kwargs
        with pytest.raises(ApplicationError):
            escalation_raise(actor=pro, plan=plan, **values)


@pytest.mark.django_db
def test_stalled_referrals_show_on_the_werkvoorraad(settings, pro, person, school, consent, mentor, plan, teamleider,
                                                    frozen):
    frozen["today"] = sent = timezone.localdate()  # the consent and the referral are of today
    settings.LEEFWERELD_REFERRAL_ANSWER_DAYS = 2
    referral = referral_send(actor=pro, household=person.household, organisation=school, ground=consent,
                             question="q", due_on=sent + dt.timedelta(days=30), parts=[Scope.PLAN])
    frozen["today"] = sent + dt.timedelta(days=1)
    assert selectors.werkvoorraad_lists(actor=pro)["verwijzingen"]["count"] == 0  # not due, not stalled
    frozen["today"] = sent + dt.timedelta(days=7)  # past two working days without an answer
    rows = selectors.werkvoorraad_lists(actor=pro)["verwijzingen"]["rows"]
    assert [r.pk for r in rows] == [referral.pk] and rows[0].stalled
    frozen["today"] = sent
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.AFGEWEZEN, text="Geen plek")
    frozen["today"] = sent + dt.timedelta(days=1)
    rows = selectors.werkvoorraad_lists(actor=pro)["verwijzingen"]["rows"]
    assert rows[0].stalled  # declined: stalled until escalated
    escalation_raise(actor=pro, plan=plan, referral=referral, question="q", options="o", due_on=frozen["today"])
    assert selectors.werkvoorraad_lists(actor=pro)["verwijzingen"]["count"] == 0
    [listed] = selectors.mark_stalled(selectors.referrals_for_household(actor=pro, household=person.household))
    assert not listed.stalled  # escalated: no longer stalled in the file either


@pytest.mark.django_db
def test_rebuilding_the_grants_keeps_the_partners(person, school, consent):
    household_access_rebuild()
    assert HouseholdAccess.objects.filter(household=person.household, grantee=f"org:{school.pk}").exists()


@pytest.mark.django_db
def test_the_daily_command_ends_access_whose_date_passed(frozen, person, school, consent):
    consent.ends_on = MONDAY
    consent.save()
    frozen["today"] = MONDAY + dt.timedelta(days=1)
    call_command("escalations_raise")
    assert not HouseholdAccess.objects.filter(household=person.household, grantee=f"org:{school.pk}").exists()
