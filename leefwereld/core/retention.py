"""The retention registry ("schone lei", ADR 0039): every app declares its kinds of record here.

An app lists its kinds in `<app>/retention.py` as `KINDS = [RecordKind(...), ...]`; the retention
app finds those modules (like the admin finds admin.py), so core imports no app above it. A kind
says which models it covers, after how many years, and whether its rows are anonymised (free
text blanked, structure kept) or removed. The municipality overrides the years per kind with the
setting RETENTION_YEARS; the defaults below each kind are the sane Dutch practice (see the ADR).
"""
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _

ANONYMISE = "anonimiseren"
REMOVE = "verwijderen"

# Nullable fields that are not text (a birth date) are set explicitly per kind with `values`.
_KEEP_ALWAYS = {"public_id", "status", "kind", "key"}


@dataclass(frozen=True)
class RecordKind:
    """One kind of record with its own period.

    key:      "app.what", unique; also the name in RETENTION_YEARS.
    models:   labels ("intake.Vraag") of the models whose rows belong to the kind; each has a
              `household` column, unless `age_field` is set.
    years:    the default period, counted from the day the file was closed (Household.closed_on),
              or, with `age_field`, from that timestamp of the row itself (logs, tokens).
    action:   ANONYMISE or REMOVE.
    values:   for ANONYMISE: {model label: {field: value}} set explicitly (names, dates); every other
              free-text field (CharField without choices, TextField, EmailField) and JSON field is
              blanked, `keep` excepted. Choices, numbers, dates and links stay: the file's shape.
    purge:    for REMOVE: a function(queryset) -> int used instead of queryset.delete() (the audit log).
    days:     a period shorter than a year (tokens of a day), used when years is 0.
    household_path: how a row reaches its household, for models without their own column
              ("person__household_id").
    """

    key: str
    label: str
    models: tuple
    years: int
    action: str
    values: dict = field(default_factory=dict)
    keep: tuple = ()
    age_field: str = ""
    purge: object = None
    days: int = 0
    household_path: str = "household_id"

    def period_days(self):
        years = settings.RETENTION_YEARS.get(self.key, self.years)
        return int(round(float(years) * 365.25)) if years else self.days

    def anonymised_values(self, model):
        """Every free-text field blank, the kind's `values` set; choices, dates and links stay."""
        values = {}
        for f in model._meta.concrete_fields:
            if f.name in _KEEP_ALWAYS or f.name in self.keep or f.primary_key or f.is_relation:
                continue
            if isinstance(f, (models.CharField, models.TextField)) and not f.choices:
                values[f.name] = None if f.null else ""
            elif isinstance(f, models.JSONField):
                values[f.name] = None if f.null else {}
        values.update(self.values.get(model._meta.label, {}))
        return values


_REGISTRY: dict[str, RecordKind] = {}


def register(kind: RecordKind):
    if kind.action not in (ANONYMISE, REMOVE):
        raise ImproperlyConfigured(f"{kind.key}: action must be ANONYMISE or REMOVE.")
    if kind.key in _REGISTRY and _REGISTRY[kind.key] != kind:
        raise ImproperlyConfigured(f"Two retention kinds named {kind.key}.")
    _REGISTRY[kind.key] = kind
    return kind


def kinds():
    """The registered kinds, the file's own kinds first and the person's data last (by `order`)."""
    return sorted(_REGISTRY.values(), key=lambda k: (bool(k.age_field), k.key == "residents.dossier", k.key))


KINDS = [
    # ADR 0015: a claimed form token is only needed against a second post of the same form.
    RecordKind(key="core.formulieren", label=_("Verzonden formulieren (dubbel-verzenden-bewaking)"), years=0, days=1,
               action=REMOVE, models=("core.FormSubmission",), age_field="at"),
]
