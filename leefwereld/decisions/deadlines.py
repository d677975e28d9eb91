"""The statutory periods of the decision procedures, counted by core.termijnen (Algemene termijnenwet).

Only the lengths and the Awb's moves live here; the counting (day after the event, Atw art. 1 and 2)
is core.termijnen's, so there is one way to compute a deadline.
"""
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from leefwereld.core.termijnen import Kalender, suspended_days

from .models import ProcedureKind, Wet, WijzigingKind

ONE_DAY = dt.timedelta(days=1)


def period_weeks(wet, kind) -> int:
    """The length of a procedure's period in weeks.

    - Wmo melding: the investigation within 6 weeks of the melding (Wmo 2015 art. 2.3.2 lid 1).
    - Wmo aanvraag: the decision within 2 weeks of the aanvraag (Wmo 2015 art. 2.3.5 lid 1).
    - Jeugdwet: no period of its own, so a reasonable term of at most 8 weeks (Awb art. 4:13 lid 2).
    - Participatiewet: bijstand has no shorter period of its own either: 8 weeks (Awb art. 4:13 lid 2);
      Pw art. 52 adds an advance (voorschot) within 4 weeks, see `voorschot_due`.
    """
    if kind == ProcedureKind.MELDING:
        if wet != Wet.WMO:
            raise ValueError("Only the Wmo knows a melding.")
        return 6
    return 2 if wet == Wet.WMO else 8


def personal_plan_until(kalender: Kalender, received_on: dt.date) -> dt.date:
    """The resident may hand in a personal plan within 7 days of the melding (Wmo 2015 art. 2.3.2 lid 2)."""
    return kalender.period_end(received_on, days=7)


def voorschot_due(kalender: Kalender, received_on: dt.date) -> dt.date:
    """Bijstand not decided yet: an advance within 4 weeks of the application (Participatiewet art. 52 lid 1)."""
    return kalender.period_end(received_on, weeks=4)


def moved_days(moves, *, today: dt.date) -> int:
    """Days added by the recorded moves.

    A suspension (Awb 4:15) adds the days it stood still; one still open counts up to today, so the
    deadline shown keeps moving while the resident is asked. An extension (Awb 4:14 lid 3) and, in the
    Wmo investigation, a postponement agreed with the resident add the days that were announced.
    """
    total = 0
    for move in moves:
        if move.kind == WijzigingKind.OPSCHORTING:
            until = move.until or max(today, move.from_on + ONE_DAY)
            total += suspended_days(move.from_on, until)
        else:
            total += move.days
    return total


def deadline(kalender: Kalender, *, wet, kind, received_on: dt.date, moves=(), today: dt.date) -> dt.date:
    """The last day of the period, with every move, ended by the Atw (art. 2, then art. 1)."""
    return kalender.period_end(received_on, weeks=period_weeks(wet, kind), days=moved_days(moves, today=today))


def bezwaar_until(kalender: Kalender, sent_on: dt.date) -> dt.date:
    """Bezwaar within 6 weeks (Awb art. 6:7), from the day after the decision was sent (art. 6:8 lid 1)."""
    return kalender.period_end(sent_on, weeks=6)


def bezwaar_deadline(kalender: Kalender, term_end: dt.date, *, committee: bool) -> dt.date:
    """The decision on a bezwaar within 6 weeks, or 12 with an advisory committee (Awb art. 7:10 lid 1),
    counted from the day after the bezwaar term ended."""
    return kalender.period_end(term_end, weeks=12 if committee else 6)


# Awb art. 4:17 lid 2: per day, the first 14 days, the next 14 days, the rest (at most 42 days, lid 1).
DWANGSOM_STEPS = ((14, Decimal("23")), (14, Decimal("35")), (14, Decimal("45")))
DWANGSOM_MAX_DAYS = 42


@dataclass(frozen=True)
class Dwangsom:
    starts_on: dt.date  # the first day the penalty is owed
    stops_on: dt.date  # the last day it can run (42 days), or the day before the decision
    days: int  # days owed so far
    amount: Decimal  # owed so far
    decided: bool  # stopped by the decision

    @property
    def running(self):
        return self.days > 0 and not self.decided


def dwangsom(kalender: Kalender, *, deadline: dt.date, notice_on: dt.date, decided_on: dt.date | None,
             today: dt.date) -> Dwangsom:
    """The penalty for a late decision (Awb art. 4:17–4:20).

    Art. 4:17 lid 3: owed from the day two weeks have passed after the later of the day the deadline
    passed and the day the written notice (ingebrekestelling) was received; the two weeks end by the
    Atw like every period. Lid 1: for every day in default, at most 42 days. Lid 2: 23, 35, 45 euro
    per day. It stops when the decision is made (art. 4:17 lid 1: "voor elke dag dat hij in gebreke is").
    Art. 4:18: the administration sets the amount within two weeks after the last day.
    """
    later = max(deadline, notice_on)
    starts_on = kalender.period_end(later, weeks=2) + ONE_DAY
    stops_on = starts_on + dt.timedelta(days=DWANGSOM_MAX_DAYS - 1)
    last = min(stops_on, today, (decided_on - ONE_DAY) if decided_on else stops_on)
    days = max(0, (last - starts_on).days + 1)
    amount, left = Decimal("0"), days
    for length, per_day in DWANGSOM_STEPS:
        step = min(left, length)
        amount += step * per_day
        left -= step
    return Dwangsom(starts_on=starts_on, stops_on=stops_on, days=days, amount=amount,
                    decided=decided_on is not None)
