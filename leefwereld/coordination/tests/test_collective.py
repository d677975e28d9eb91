"""Signals for the collective are counted, never identifying; coordination time per case and per month."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.conversations.services import contactmoment_create
from leefwereld.coordination import collective
from leefwereld.coordination.models import ReferralEventKind, Scope
from leefwereld.coordination.services.referrals import referral_respond, referral_send
from leefwereld.intake.services import vraag_register
from leefwereld.residents.tests.factories import PersonFactory

from .factories import WijkFactory


@pytest.mark.django_db
def test_counts_below_five_are_suppressed(pro, team):
    WijkFactory(name="Oud-Zandhoven", postcodes="5341")
    today = timezone.localdate()
    for n in range(6):
        person = PersonFactory(household__team=team, postcode="5341 AB")
        vraag_register(actor=pro, person=person, kind="signaal", brought_by="professional", words="Eenzaam",
                       received_on=today)
        if n < 2:
            vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner", words="Huur",
                           received_on=today)
    rows = {(w, t): n for w, t, n in collective.signals_for_collective(since=today - dt.timedelta(days=7),
                                                                          until=today)}
    assert rows[("Oud-Zandhoven", "Signaal (zorg, zonder hulpvraag)")] == 6
    assert rows[("Oud-Zandhoven", "Vraag")] is None  # 2: fewer than 5, not shown


@pytest.mark.django_db
def test_time_per_case_and_month_with_the_partners_reports(pro, person, school, consent, mentor, team, client_for):
    today = timezone.localdate()
    contactmoment_create(actor=pro, person=person, on=today, kind="bezoek", minutes=60)
    contactmoment_create(actor=pro, person=person, on=today, kind="organisatie", minutes=90)
    referral = referral_send(actor=pro, household=person.household, organisation=school, ground=consent,
                             question="q", due_on=today, parts=[Scope.PLAN])
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.GEACCEPTEERD)
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.VOORTGANG, text="Gesprek", minutes=30)
    [(month, row)] = collective.time_for_household(actor=pro, household=person.household)
    assert month == today.replace(day=1)
    assert (row["inwoner"], row["coordinatie"], row["partner"], row["share"]) == (60, 90, 30, 60)
    [(_month, team_row)] = collective.time_for_team(team_id=team.pk)
    assert team_row["cases"] == 1 and team_row["coordinatie"] == 90
    page = client_for(pro).get("/samenwerken/team/tijd/")
    assert page.status_code == 200 and "60%" in page.content.decode()
    assert client_for(pro).get("/samenwerken/collectief/?since=2026-99-01").status_code == 200
