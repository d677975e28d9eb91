"""Dutch working days, for deadlines (Algemene termijnenwet art. 1).

A deadline that ends on a Saturday, Sunday or a generally recognised public holiday
moves to the next working day. The `holidays` package supplies the Dutch holidays.
"""
import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _dutch_holidays(year: int):
    return holidays.country_holidays("NL", years=year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _dutch_holidays(day.year)


def next_working_day_on_or_after(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day
