"""The decision procedures' periods, each by its article, counted by core.termijnen (Atw).

Dates are written out by hand. ATW has the decree days of 2026-2028, BARE only the law's own days.
"""
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from leefwereld.core.termijnen import CURRENT_DECREE_DAYS, Kalender, suspended_days
from leefwereld.decisions import deadlines
from leefwereld.decisions.models import ProcedureKind, Wet, WijzigingKind

D = dt.date
ATW = Kalender(frozenset(CURRENT_DECREE_DAYS))
BARE = Kalender()
TODAY = D(2027, 6, 1)


def _deadline(wet, kind, received_on, moves=(), kalender=ATW, today=TODAY):
    return deadlines.deadline(kalender, wet=wet, kind=kind, received_on=received_on, moves=moves, today=today)


def _move(kind, from_on, until=None, days=0):
    return SimpleNamespace(kind=kind, from_on=from_on, until=until, days=days)


def test_wmo_melding_six_weeks_art_2_3_2_lid_1():
    assert _deadline(Wet.WMO, ProcedureKind.MELDING, D(2026, 11, 2)) == D(2026, 12, 14)


def test_only_the_wmo_knows_a_melding():
    with pytest.raises(ValueError):
        deadlines.period_weeks(Wet.JEUGDWET, ProcedureKind.MELDING)


def test_wmo_aanvraag_two_weeks_art_2_3_5_ending_at_christmas_runs_past_both_days_and_the_sunday():
    # 11 Dec 2026 + 2 weeks = Fri 25 Dec; 26 Dec is Tweede Kerstdag, 27 a Sunday (Atw art. 1 and 3).
    assert _deadline(Wet.WMO, ProcedureKind.AANVRAAG, D(2026, 12, 11)) == D(2026, 12, 28)


def test_wmo_aanvraag_in_a_leap_year_ends_on_29_february():
    assert _deadline(Wet.WMO, ProcedureKind.AANVRAAG, D(2028, 2, 15)) == D(2028, 2, 29)


@pytest.mark.parametrize("wet", [Wet.JEUGDWET, Wet.PARTICIPATIEWET])
def test_jeugdwet_and_participatiewet_eight_weeks_awb_4_13_past_ascension_and_the_decree_day(wet):
    # 11 Mar 2027 + 8 weeks = Thu 6 May (Hemelvaartsdag); 7 May is a decree day (Atw art. 3 lid 3).
    assert _deadline(wet, ProcedureKind.AANVRAAG, D(2027, 3, 11)) == D(2027, 5, 10)
    assert _deadline(wet, ProcedureKind.AANVRAAG, D(2027, 3, 11), kalender=BARE) == D(2027, 5, 7)


def test_personal_plan_within_seven_days_art_2_3_2_lid_2_past_the_fifth_of_may():
    assert deadlines.personal_plan_until(ATW, D(2026, 4, 28)) == D(2026, 5, 6)


def test_participatiewet_voorschot_within_four_weeks_art_52():
    assert deadlines.voorschot_due(ATW, D(2026, 11, 2)) == D(2026, 11, 30)


def test_suspended_days_awb_4_15_from_the_day_after_asking_until_the_day_it_came():
    assert suspended_days(D(2026, 3, 1), D(2026, 3, 5)) == 3
    assert suspended_days(D(2026, 3, 1), D(2026, 3, 2)) == 0
    with pytest.raises(ValueError):
        suspended_days(D(2026, 3, 5), D(2026, 3, 5))


def test_a_suspension_moves_the_deadline_by_the_days_it_stood_still():
    # Aanvraag Mon 2 Nov 2026: 16 Nov. Asked 4 Nov, answered 9 Nov: 5-8 Nov stand still, 4 days.
    moves = [_move(WijzigingKind.OPSCHORTING, D(2026, 11, 4), D(2026, 11, 9))]
    assert _deadline(Wet.WMO, ProcedureKind.AANVRAAG, D(2026, 11, 2), moves) == D(2026, 11, 20)


def test_an_open_suspension_keeps_moving_until_today():
    moves = [_move(WijzigingKind.OPSCHORTING, D(2026, 11, 4))]
    assert _deadline(Wet.WMO, ProcedureKind.AANVRAAG, D(2026, 11, 2), moves, today=D(2026, 11, 11)) == D(2026, 11, 23)


def test_an_extension_awb_4_14_adds_the_announced_weeks():
    moves = [_move(WijzigingKind.VERDAGING, D(2026, 11, 10), days=14)]
    assert _deadline(Wet.WMO, ProcedureKind.AANVRAAG, D(2026, 11, 2), moves) == D(2026, 11, 30)


def test_bezwaar_six_weeks_from_the_day_after_sending_awb_6_7_6_8():
    assert deadlines.bezwaar_until(ATW, D(2026, 11, 5)) == D(2026, 12, 17)
    assert deadlines.bezwaar_until(ATW, D(2026, 11, 13)) == D(2026, 12, 28)  # Christmas, then a Sunday


def test_bezwaar_decision_awb_7_10_six_weeks_or_twelve_with_a_committee():
    assert deadlines.bezwaar_deadline(ATW, D(2026, 12, 17), committee=False) == D(2027, 1, 28)
    assert deadlines.bezwaar_deadline(ATW, D(2026, 12, 17), committee=True) == D(2027, 3, 11)


@pytest.mark.parametrize("today, days, amount", [
    (D(2026, 12, 2), 0, "0"),  # within the two weeks after the notice: nothing owed yet
    (D(2026, 12, 10), 8, "184"),  # 3-10 Dec at 23 euro
    (D(2026, 12, 31), 29, "857"),  # 14 x 23 + 14 x 35 + 1 x 45
    (D(2027, 3, 1), 42, "1442"),  # at most 42 days (art. 4:17 lid 1)
])
def test_dwangsom_awb_4_17_starts_two_weeks_after_the_notice_and_steps_up(today, days, amount):
    # Deadline Mon 16 Nov 2026, notice received Wed 18 Nov: two weeks end 2 Dec, owed from 3 Dec.
    result = deadlines.dwangsom(ATW, deadline=D(2026, 11, 16), notice_on=D(2026, 11, 18), decided_on=None,
                                today=today)
    assert result.starts_on == D(2026, 12, 3) and result.stops_on == D(2027, 1, 13)
    assert (result.days, result.amount) == (days, Decimal(amount))


def test_dwangsom_stops_on_the_decision():
    result = deadlines.dwangsom(ATW, deadline=D(2026, 11, 16), notice_on=D(2026, 11, 18),
                                decided_on=D(2026, 12, 8), today=D(2027, 1, 1))
    assert (result.days, result.amount, result.running) == (5, Decimal("115"), False)


def test_dwangsom_two_weeks_end_by_the_atw():
    # Notice on Fri 11 Dec 2026: two weeks end on Fri 25 Dec, run on to Mon 28 Dec; owed from 29 Dec.
    result = deadlines.dwangsom(ATW, deadline=D(2026, 12, 1), notice_on=D(2026, 12, 11), decided_on=None,
                                today=D(2026, 12, 29))
    assert result.starts_on == D(2026, 12, 29) and result.days == 1
