"""Deadlines follow the Algemene termijnenwet (Atw), not a general holiday calendar.

Each test names the article it checks. Dates are written out by hand (not computed with
the same library) so that a wrong Easter or a wrong rule makes a test fail.
"""
import datetime as dt

import pytest

from leefwereld.core.models import GelijkgesteldeDag
from leefwereld.core.termijnen import CURRENT_DECREE_DAYS, Kalender, statutory_holidays

D = dt.date
ATW = Kalender(frozenset(CURRENT_DECREE_DAYS))  # with the decree 2026-2028
BARE = Kalender()  # the law's own days only


# --- art. 3: the recognised holidays ------------------------------------------------------

# (Goede Vrijdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag) for ten years ahead.
MOVABLE = {
    2026: (D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 14), D(2026, 5, 25)),
    2027: (D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 6), D(2027, 5, 17)),
    2028: (D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 25), D(2028, 6, 5)),
    2029: (D(2029, 3, 30), D(2029, 4, 2), D(2029, 5, 10), D(2029, 5, 21)),
    2030: (D(2030, 4, 19), D(2030, 4, 22), D(2030, 5, 30), D(2030, 6, 10)),
    2031: (D(2031, 4, 11), D(2031, 4, 14), D(2031, 5, 22), D(2031, 6, 2)),
    2032: (D(2032, 3, 26), D(2032, 3, 29), D(2032, 5, 6), D(2032, 5, 17)),
    2033: (D(2033, 4, 15), D(2033, 4, 18), D(2033, 5, 26), D(2033, 6, 6)),
    2034: (D(2034, 4, 7), D(2034, 4, 10), D(2034, 5, 18), D(2034, 5, 29)),
    2035: (D(2035, 3, 23), D(2035, 3, 26), D(2035, 5, 3), D(2035, 5, 14)),
    2036: (D(2036, 4, 11), D(2036, 4, 14), D(2036, 5, 22), D(2036, 6, 2)),
}


@pytest.mark.parametrize("year", sorted(MOVABLE))
def test_art3_holidays_for_ten_years_ahead(year):
    """Art. 3 lid 1 and 2: the movable days follow Easter; the fixed days are always there."""
    days = statutory_holidays(year)
    for day in MOVABLE[year]:
        assert day in days, f"{day} missing in {year}"
    for fixed in (D(year, 1, 1), D(year, 5, 5), D(year, 12, 25), D(year, 12, 26)):
        assert fixed in days
    assert len(days) == 9  # four movable, four fixed, and Koningsdag


def test_art3_lid2_goede_vrijdag_counts_where_a_general_calendar_does_not():
    assert ATW.is_rest_day(D(2026, 4, 3))
    assert BARE.holiday_name(D(2026, 4, 3)) == "Goede Vrijdag"


@pytest.mark.parametrize("day", [D(2026, 5, 5), D(2027, 5, 5), D(2028, 5, 5), D(2029, 5, 5)])
def test_art3_the_fifth_of_may_counts_every_year_not_only_every_fifth(day):
    assert BARE.holiday_name(day) == "Vijfde mei"
    assert BARE.is_rest_day(day)


def test_art3_kings_day_on_a_sunday_is_celebrated_on_saturday_the_26th():
    # 27 April 2031 is a Sunday: the King's birthday is celebrated on Saturday 26 April.
    assert BARE.holiday_name(D(2031, 4, 26)) == "Koningsdag"
    assert BARE.holiday_name(D(2031, 4, 27)) is None  # a Sunday, a rest day for that reason only
    assert BARE.is_working_day(D(2031, 4, 28))  # so the Monday after is an ordinary working day
    assert BARE.holiday_name(D(2026, 4, 27)) == "Koningsdag"  # a Monday in 2026


def test_art3_lid3_decree_days_are_rest_days_only_when_configured():
    assert BARE.is_working_day(D(2026, 5, 15))  # the Friday after Hemelvaartsdag, without the decree
    assert ATW.is_rest_day(D(2026, 5, 15))
    assert ATW.holiday_name(D(2026, 5, 15)).startswith("Gelijkgestelde dag")


def test_ordinary_days_are_working_days():
    for day in (D(2026, 11, 23), D(2026, 12, 24), D(2026, 12, 31), D(2027, 4, 26)):
        assert ATW.is_working_day(day), day


# --- art. 1: a period ending on a rest day runs on --------------------------------------

def test_art1_a_period_ending_on_a_sunday_moves_to_monday():
    assert ATW.period_end(D(2026, 11, 8), weeks=6) == D(2026, 12, 21)  # 20 Dec is a Sunday


def test_art1_christmas_and_the_weekend_after_it():
    # Eight weeks after 30 October 2026 is Friday 25 December: Christmas, Saturday, Sunday.
    assert ATW.period_end(D(2026, 10, 30), weeks=8) == D(2026, 12, 28)


def test_art1_new_year_with_and_without_the_decree_day():
    # Two weeks after 18 December 2025 is Thursday 1 January 2026; 2 January is a decree day.
    assert ATW.period_end(D(2025, 12, 18), weeks=2) == D(2026, 1, 5)
    assert BARE.period_end(D(2025, 12, 18), weeks=2) == D(2026, 1, 2)


def test_art1_ascension_day_and_the_friday_after():
    assert ATW.period_end(D(2026, 4, 30), weeks=2) == D(2026, 5, 18)


def test_art1_easter_from_good_friday_to_easter_monday():
    # Six weeks after 12 February 2027 is Good Friday 26 March; then the weekend and Easter Monday.
    assert ATW.period_end(D(2027, 2, 12), weeks=6) == D(2027, 3, 30)


def test_art1_a_period_ending_on_a_working_day_stays():
    # Wmo 2015 art. 2.3.5: a decision within two weeks of the aanvraag.
    assert ATW.period_end(D(2026, 12, 16), weeks=2) == D(2026, 12, 30)


# --- art. 2: at least two working days in a period of three days or more -----------------

def test_art2_extends_beyond_what_art1_alone_gives():
    # From Wednesday 24 December 2025, three days end on Saturday 27th. Art. 1 alone gives
    # Monday 29th, but the period then holds one working day only: art. 2 makes it Tuesday 30th.
    assert ATW.period_end(D(2025, 12, 24), days=3) == D(2025, 12, 30)


def test_art2_over_easter():
    # From Thursday 2 April 2026: Good Friday, the weekend, Easter Monday; Tuesday is one working day.
    assert ATW.period_end(D(2026, 4, 2), days=3) == D(2026, 4, 8)


def test_art2_does_not_apply_to_shorter_periods():
    # Two days from Wednesday 24 December 2025 end on Friday 26th (a holiday): art. 1 only.
    assert ATW.period_end(D(2025, 12, 24), days=2) == D(2025, 12, 29)


# --- counting and edges -----------------------------------------------------------------

def test_bezwaar_six_weeks_from_the_day_after_sending():
    # Awb 6:7 and 6:8: sent on Monday 23 November 2026, the period starts the 24th, ends 4 January.
    assert ATW.period_end(D(2026, 11, 23), weeks=6) == D(2027, 1, 4)


def test_months_in_a_leap_year():
    assert ATW.period_end(D(2028, 1, 31), months=1) == D(2028, 2, 29)  # Tuesday, a working day
    assert ATW.period_end(D(2027, 1, 29), months=1) == D(2027, 3, 1)  # 28 Feb 2027 is a Sunday
    assert ATW.period_end(D(2028, 1, 18), weeks=6) == D(2028, 2, 29)


def test_periods_are_counted_forward_only():
    with pytest.raises(ValueError):
        ATW.period_end(D(2026, 1, 1), days=-3)  # art. 1 lid 2: periods counted back are not extended
    with pytest.raises(ValueError):
        ATW.period_end(D(2026, 1, 1))


def test_working_days_helpers():
    assert ATW.working_days_between(D(2026, 12, 24), D(2026, 12, 31)) == 5  # 24, 28, 29, 30 and 31
    assert ATW.add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 28)
    assert ATW.next_working_day_on_or_after(D(2026, 12, 25)) == D(2026, 12, 28)


@pytest.mark.django_db
def test_the_calendar_reads_decree_days_from_the_database():
    GelijkgesteldeDag.objects.get_or_create(day=D(2029, 5, 11), defaults={"decree": "Testbesluit"})
    kalender = Kalender.load()
    assert kalender.is_rest_day(D(2029, 5, 11))
    assert D(2026, 5, 15) in kalender.decree_days  # installed by the data migration
