"""Dates, numeric or written out in Dutch ("dinsdag 14 januari 2025", "3 maart", "maart 2024")."""
import datetime as dt
import re

from .. import kinds
from ..spans import Found

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+"
_YEAR = r"(?:'\d{2}|\d{4})"

_WRITTEN = re.compile(
    rf"\b(?:{_WEEKDAY})?(\d{{1,2}})(?:e|ste|de)?\s+({_MONTH})\b\.?(?:,?\s+({_YEAR})\b)?", re.I)
_MONTH_YEAR = re.compile(
    rf"\b(?:(?:begin|eind|half|medio|midden)\s+)?({_MONTH})\b\.?\s+(\d{{4}})\b", re.I)
# "sinds november", "in juni", "tot juli": a month without day or year still dates an event.
_FULL_MONTH = "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3 or m == "mei")
_BARE_MONTH = re.compile(
    rf"\b(?:sinds|in|vanaf|tot|eind|begin|half|medio|midden|per|na|voor|afgelopen|vorige)\s+({_FULL_MONTH})\b"
    rf"(?!\.?\s*(?:\d|'\d))", re.I)
_NUMERIC = re.compile(
    r"(?<![\d-])(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\d-])")
_NUMERIC_SHORT = re.compile(r"(?<![\d/.-])(\d{1,2})[-/](\d{1,2})(?![\d/.-])")
_SHORT_CONTEXT = re.compile(r"\b(?:op|sinds|vanaf|tot|per|van|t/m|tot en met|en|datum)\s*$", re.I)
_BIRTH = re.compile(r"\b(?:geboren|geb\.?|geboortedatum|geb\.datum)\s*(?:op\s+)?:?\s*$", re.I)


def _year(text, default):
    if not text:
        return default
    text = text.strip("'")
    return int(text) + (2000 if int(text) < 50 else 1900) if len(text) == 2 else int(text)


def _date(year, month, day):
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def find(story):
    """Dates with their value where it can be read; `value` is (date or None, has_year, is_birth_date)."""
    found = []

    def add(m, value, has_year):
        birth = bool(_BIRTH.search(story[max(0, m.start() - 25):m.start()]))
        found.append(Found(m.start(), m.end(), kinds.DATUM, "regel", value=(value, has_year, birth)))

    for m in _WRITTEN.finditer(story):
        month = MONTHS[m.group(2).lower().rstrip(".")]
        year = _year(m.group(3), None)
        add(m, (year, month, int(m.group(1))), bool(m.group(3)))
    for m in _MONTH_YEAR.finditer(story):
        add(m, (int(m.group(2)), MONTHS[m.group(1).lower()], 1), True)
    for m in _BARE_MONTH.finditer(story):
        found.append(Found(m.start(1), m.end(1), kinds.DATUM, "regel",
                           value=((None, MONTHS[m.group(1).lower()], 1), False, False)))
    for m in _NUMERIC.finditer(story):
        if m.group(4):
            add(m, (int(m.group(4)), int(m.group(5)), int(m.group(6))), True)
        else:
            add(m, (_year(m.group(3), None), int(m.group(2)), int(m.group(1))), True)
    for m in _NUMERIC_SHORT.finditer(story):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12 and _SHORT_CONTEXT.search(story[max(0, m.start() - 12):m.start()]):
            add(m, (None, month, day), False)
    return found


def resolve_value(value, anchor_year):
    """The date a find stands for, with the year of the story's first date where it gave none."""
    (year, month, day), has_year, _birth = value
    return _date(year or anchor_year, month, day)
