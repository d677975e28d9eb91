"""Retention of notifications: they only said that there was something new (ADR 0039)."""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import REMOVE, RecordKind

KINDS = [
    RecordKind(key="notify.meldingen", label=_("Meldingen aan de inwoner"), years=1, action=REMOVE,
               models=("notify.Notification",)),
]
