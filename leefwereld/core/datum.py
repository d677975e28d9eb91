"""Dates as people write them: "5 december 2026", "5 dec. 2026" — in the reader's language.

One helper for templates (the `datum` filter) and for text built in Python (conflict rows,
version comparison, audit lines), so no page shows an ISO date. CSV exports keep ISO dates.
"""
import datetime

from django.utils import dateformat, timezone

# Django's own month names: lower-case in Dutch ("december", "dec."), as Dutch writes them.
STYLES = {
    "lang": "j F Y",
    "kort": "j N Y",
    "tijd": "j F Y, H:i",
    "kort_tijd": "j N Y, H:i",
    "weekdag": "l j F Y",
}


def _as_date(value):
    if isinstance(value, str):  # a date kept as text, e.g. in a plan version's snapshot
        try:
            return datetime.datetime.fromisoformat(value) if "T" in value else datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, datetime.date) else None


def datum(value, style="lang"):
    """The date (or date and time) in words; "" for no date; unknown styles read as "lang"."""
    value = _as_date(value)
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
    elif "tijd" in style:
        style = style.replace("_tijd", "").replace("tijd", "lang")
    return dateformat.format(value, STYLES.get(style, STYLES["lang"]))
