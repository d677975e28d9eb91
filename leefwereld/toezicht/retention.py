"""Retention of noodtoegang (ADR 0038, 0045): kept exactly as long as the log rows it explains.

A noodtoegang says why someone outside the team looked; its rows in the audit log say what they saw,
up to `until`. Counted from `until`, with the log's own period (audit.logboek), the reason is there for
as long as any of those rows is, in the privacy officer's report and in the resident's "wie keek".
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import REMOVE, RecordKind

KINDS = [
    RecordKind(key="toezicht.noodtoegang", label=_("Noodtoegang met de reden"), years=0, action=REMOVE,
               models=("toezicht.Noodtoegang",), age_field="until", same_as="audit.logboek"),
]
