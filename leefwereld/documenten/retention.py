"""Retention of documents (ADR 0037, 0045): each by its category's bewaartermijn, content and row removed.

The period is read from each row's category (kept by the functional administrator in beheer); a category
without one has LEEFWERELD_DOCUMENTS_RETENTION_YEARS. The job deletes the stored content before the row.
"""
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from leefwereld.core.retention import REMOVE, RecordKind


def _default_years():
    return settings.LEEFWERELD_DOCUMENTS_RETENTION_YEARS


KINDS = [
    RecordKind(key="documenten.stukken", label=_("Documenten (per categorie)"), years=_default_years,
               action=REMOVE, models=("documenten.Document",), row_years="category__retention_years"),
]
