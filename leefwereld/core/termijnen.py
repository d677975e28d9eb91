"""Statutory periods (termijnen), computed the way the Algemene termijnenwet (Atw) says.

One module computes every deadline in Leefwereld. It follows the law's own days, not a
general holiday calendar: those differ (Goede Vrijdag and 5 mei every year count here,
and the days a royal decree declares equal are added per year).

How a period is counted: a period of N days, weeks or months "after" an event (the
receipt of an aanvraag, the day a decision was sent) starts on the day after the event
and ends at the end of the day N days/weeks/months after the event (Awb 6:8 for
bezwaar; the same counting for Awb 4:13 and Wmo 2015 art. 2.3.2 and 2.3.5). Then
Atw art. 2 and art. 1 may extend the end; see `period_end`.
"""
import datetime as dt
from dataclasses import dataclass, field

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

ONE_DAY = dt.timedelta(days=1)


def _kings_day(year: int) -> dt.date | None:
    """The day the King's (or Queen's) birthday is celebrated (Atw art. 3 lid 1).

    From 2014: 27 April, on Saturday 26 April when the 27th is a Sunday. 1949-2013:
    Koninginnedag on 30 April, on Saturday 29 April when the 30th was a Sunday (from 1980).
    """
    if year >= 2014:
        day = dt.date(year, 4, 27)
    elif year >= 1949:
        day = dt.date(year, 4, 30)
    else:
        return None
    return day - ONE_DAY if day.weekday() == 6 else day


def statutory_holidays(year: int) -> dict[dt.date, str]:
    """The algemeen erkende feestdagen of Atw art. 3 lid 1, and Goede Vrijdag (lid 2).

    Eerste Paas- and Pinksterdag are always Sundays, so the law need not name them.
    """
    e = easter(year)
    days = {
        dt.date(year, 1, 1): "Nieuwjaarsdag",
        e - 2 * ONE_DAY: "Goede Vrijdag",  # art. 3 lid 2: gelijkgesteld
        e + ONE_DAY: "Tweede Paasdag",
        e + 39 * ONE_DAY: "Hemelvaartsdag",
        e + 50 * ONE_DAY: "Tweede Pinksterdag",
        dt.date(year, 5, 5): "Vijfde mei",  # every year, not only every fifth
        dt.date(year, 12, 25): "Eerste Kerstdag",
        dt.date(year, 12, 26): "Tweede Kerstdag",
    }
    kings_day = _kings_day(year)
    if kings_day:
        days[kings_day] = "Koningsdag" if year >= 2014 else "Koninginnedag"
    return days


@dataclass(frozen=True)
class Kalender:
    """The Atw's rest days: weekends, art. 3 holidays and the decree days (art. 3 lid 3).

    `decree_days` are the days a royal decree declared equal to a holiday for a given year
    (e.g. the Friday after Hemelvaartsdag). They change every few years, so they are data:
    see `load()` and the model GelijkgesteldeDag.
    """

    decree_days: frozenset = field(default_factory=frozenset)

    @classmethod
    def load(cls) -> "Kalender":
        """The calendar with the decree days held in the database (one query)."""
        from .models import GelijkgesteldeDag

        return cls(frozenset(GelijkgesteldeDag.objects.values_list("day", flat=True)))

    def holiday_name(self, day: dt.date) -> str | None:
        name = statutory_holidays(day.year).get(day)
        if name is None and day in self.decree_days:
            name = "Gelijkgestelde dag (koninklijk besluit)"
        return name

    def is_rest_day(self, day: dt.date) -> bool:
        """Saturday, Sunday, a recognised holiday or a day equal to one (Atw art. 1 and 3)."""
        return day.weekday() >= 5 or self.holiday_name(day) is not None

    def is_working_day(self, day: dt.date) -> bool:
        return not self.is_rest_day(day)

    def next_working_day_on_or_after(self, day: dt.date) -> dt.date:
        while self.is_rest_day(day):
            day += ONE_DAY
        return day

    def period_end(self, event: dt.date, *, days: int = 0, weeks: int = 0, months: int = 0) -> dt.date:
        """The last day of a statutory period of the given length after `event`.

        Atw art. 2: a period of at least three days holds at least two days that are not
        rest days; it is extended by as many days as that needs.
        Atw art. 1 lid 1: a period that ends on a rest day runs on to the next day that is none.
        (Art. 1 lid 2: periods counted back from a moment are not extended; this function
        only counts forward, and refuses a negative length.)
        """
        if min(days, weeks, months) < 0:
            raise ValueError("Periods are counted forward; the Atw does not extend periods counted back.")
        end = event + relativedelta(days=days, weeks=weeks, months=months)
        length = (end - event).days
        if length <= 0:
            raise ValueError("A period needs a length.")
        working = sum(1 for n in range(1, length + 1) if self.is_working_day(event + n * ONE_DAY))
        needs_two = length >= 3  # art. 2 looks at the period as the law sets it, before extension
        while self.is_rest_day(end) or (needs_two and working < 2):
            end += ONE_DAY
            working += self.is_working_day(end)
        return end

    def working_days_between(self, first: dt.date, last: dt.date) -> int:
        """Working days from `first` to `last`, both included (for 'N werkdagen' in local rules)."""
        return sum(1 for n in range((last - first).days + 1) if self.is_working_day(first + n * ONE_DAY))

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `day` (a local rule's 'binnen N werkdagen')."""
        if count < 0:
            raise ValueError("Count forward.")
        while count:
            day += ONE_DAY
            count -= self.is_working_day(day)
        return day


# The decree in force when this was written: "Besluit gelijkstelling van 2 januari 2026,
# 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag".
# A data migration installs these; a functional administrator adds the next decree's days.
CURRENT_DECREE = "Besluit gelijkstelling 2026–2028 (Algemene termijnenwet art. 3 lid 3)"
CURRENT_DECREE_DAYS = (
    dt.date(2026, 1, 2), dt.date(2026, 5, 15), dt.date(2027, 5, 7), dt.date(2028, 4, 28), dt.date(2028, 5, 26),
)


def suspended_days(asked_on: dt.date, until: dt.date) -> int:
    """Days a decision period stands still for missing information (Awb art. 4:15 lid 1 onder a).

    The period is suspended "met ingang van de dag na die waarop het bestuursorgaan de aanvrager
    uitnodigt de aanvraag aan te vullen, tot de dag waarop de aanvraag is aangevuld of de daarvoor
    gestelde termijn ongebruikt is verstreken": from the day after `asked_on` up to, not including,
    `until`. Asked on 1 March, answered on 5 March: 2, 3 and 4 March, three days. The days are added
    to the period before the Atw (art. 1 and 2) looks at its end, see `Kalender.period_end(days=…)`.
    """
    if until <= asked_on:
        raise ValueError("The suspension ends after the day the information was asked for.")
    return (until - asked_on).days - 1
