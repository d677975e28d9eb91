"""The audit log's own period (ADR 0039): counted from each row's time, not from the file's closure.

So the resident's "who looked" survives the anonymisation of their file until this period has passed.
Only the retention job removes rows, as the maintenance role: the queryset's delete() refuses (ADR 0002).
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import REMOVE, RecordKind


def _purge(queryset):
    # AuditEventQuerySet.delete() raises for the application; the database decides here (ADR 0004).
    return queryset._raw_delete(queryset.db)


KINDS = [
    # Besluit elektronische gegevensverwerking door zorgaanbieders: logs of medical files 5 years; the
    # BIO (12.4) asks at least 6 months. Social-domain files are as sensitive: 5 years by default.
    RecordKind(key="audit.logboek", label=_("Logboek: wie wat bekeek of wijzigde"), years=5, action=REMOVE,
               models=("audit.AuditEvent",), age_field="at", purge=_purge),
]
