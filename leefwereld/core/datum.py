"""Dates as people write them: "5 december 2026", "5 dec. 2026" — in the reader's language.

One helper for templates (the `datum` filter) and for text built in Python (conflict rows,
version comparison, audit lines), so no page shows an ISO date. CSV exports keep ISO dates.
"""
import datetime

from django.utils import dateformat, timezone
from django.utils.translation import pgettext_lazy

# Full month names are Django's own (lower-case in Dutch: "december"). Short ones follow the
# Taalunie ("mrt.", "mei"); Django's Dutch has no full stops. "{M}" marks where they go.
STYLES = {
    "lang": "j F Y",
    "kort": "j {M} Y",
    "tijd": "j F Y, H:i",
    "kort_tijd": "j {M} Y, H:i",
    "weekdag": "l j F Y",
    "maand": "F Y",
}
SHORT_MONTHS = [
    pgettext_lazy("maand kort", "jan."), pgettext_lazy("maand kort", "feb."), pgettext_lazy("maand kort", "mrt."),
    pgettext_lazy("maand kort", "apr."), pgettext_lazy("maand kort", "mei"), pgettext_lazy("maand kort", "jun."),
    pgettext_lazy("maand kort", "jul."), pgettext_lazy("maand kort", "aug."), pgettext_lazy("maand kort", "sep."),
    pgettext_lazy("maand kort", "okt."), pgettext_lazy("maand kort", "nov."), pgettext_lazy("maand kort", "dec."),
]


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
    month = "".join("\\" + char for char in str(SHORT_MONTHS[value.month - 1]))  # escaped: taken literally
    return dateformat.format(value, STYLES.get(style, STYLES["lang"]).replace("{M}", month))
