"""The retention registry ("schone lei", ADR 0039, 0045): every app declares its kinds of record here.

An app lists its kinds in `<app>/retention.py` as `KINDS = [RecordKind(...), ...]`; the retention
app finds those modules (like the admin finds admin.py), so core imports no app above it. A kind
says which models it covers, after how many years, and whether its rows are anonymised (free
text blanked, structure kept) or removed. The municipality overrides the period per kind with the
settings RETENTION_YEARS and RETENTION_DAYS; the defaults below each kind are the law's or the sane
Dutch practice (see the ADRs), and a kind may name the statutory minimum a setting cannot go below.
"""
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

ANONYMISE = "anonimiseren"
REMOVE = "verwijderen"

# Nullable fields that are not text (a birth date) are set explicitly per kind with `values`.
_KEEP_ALWAYS = {"public_id", "status", "kind", "key"}
DAYS_PER_YEAR = 365.25
ANONYMOUS = "Geanonimiseerd"


def anonymous_where(**condition):
    """For a text that a check constraint requires on some rows: the placeholder there, blank on the rest."""
    return Case(When(Q(**condition), then=Value(ANONYMOUS)), default=Value(""))


def _days(years):
    return int(round(float(years) * DAYS_PER_YEAR))


@dataclass(frozen=True)
class RecordKind:
    """One kind of record with its own period.

    key:      "app.what", unique; also the name in RETENTION_YEARS and RETENTION_DAYS.
    models:   labels ("intake.Vraag") of the models whose rows belong to the kind; each has a
              `household` column, unless `age_field` is set.
    years:    the default period, counted from the day the file was closed (Household.closed_on),
              or, with `age_field`, from that timestamp of the row itself (logs, tokens). A callable
              when the default lives in another setting (documents).
    action:   ANONYMISE or REMOVE. Either way the stored content of a FileField goes (the job
              deletes it from storage before the row changes).
    values:   for ANONYMISE: {model label: {field: value}} set explicitly (names, dates); every other
              free-text field (CharField without choices, TextField, EmailField), JSON, binary and
              file field is blanked, `keep` excepted. Choices, numbers, dates and links stay.
    purge:    for REMOVE: a function(queryset) -> int used instead of queryset.delete() (the audit log).
    days:     a period shorter than a year (tokens of a day), used when years is 0.
    household_path: how a row reaches its household, for models without their own column
              ("person__household_id").
    where:    {model label: Q or boolean expression}: only those rows of the model are this kind's
              (a beschikking under the Jeugdwet keeps longer than one under the Wmo). A kind counted
              by age that anonymises must say which rows are still to do, or it would do them nightly
              (its `values` move a done row out). For a kind counted from the closure the fields a
              `where` reads must survive anonymising (choices, links), so a row stays in its kind.
    row_years: a path from the row to its own period in years ("category__retention_years"), empty
              or 0 meaning the kind's default; counted from the file's closure, per row. REMOVE only:
              a file is then handled in steps, a row at a time, not once per kind.
    same_as:  the key of another kind whose period this one keeps (a noodtoegang lives as long as the
              log rows it explains); not set on its own.
    min_years: the statutory minimum; a setting below it stops start-up.
    """

    key: str
    label: str
    models: tuple
    years: object
    action: str
    values: dict = field(default_factory=dict)
    keep: tuple = ()
    age_field: str = ""
    purge: object = None
    days: int = 0
    household_path: str = "household_id"
    where: dict = field(default_factory=dict)
    row_years: str = ""
    same_as: str = ""
    min_years: float = 0

    def default_years(self):
        return self.years() if callable(self.years) else self.years

    def period_days(self, row_years=None):
        """The period in days: the row's own years, else the setting, else the kind's default."""
        if self.same_as:
            return _REGISTRY[self.same_as].period_days()
        if row_years:
            return _days(row_years)
        if self.key in settings.RETENTION_DAYS:
            return int(settings.RETENTION_DAYS[self.key])
        years = settings.RETENTION_YEARS.get(self.key, self.default_years())
        return _days(years) if years else self.days

    def anonymised_values(self, model):
        """Every free-text, JSON, binary and file field blank, the kind's `values` set; the rest stays."""
        values = {}
        for f in model._meta.concrete_fields:
            if f.name in _KEEP_ALWAYS or f.name in self.keep or f.primary_key or f.is_relation:
                continue
            # A FileField's content was deleted from storage first (retention.services._drop_stored_files).
            if isinstance(f, (models.CharField, models.TextField)) and not f.choices or isinstance(f, models.FileField):
                values[f.name] = None if f.null else ""
            elif isinstance(f, models.JSONField):
                values[f.name] = None if f.null else {}
            elif isinstance(f, models.BinaryField):  # a stored letter
                values[f.name] = None if f.null else b""
        values.update(self.values.get(model._meta.label, {}))
        return values


_REGISTRY: dict[str, RecordKind] = {}


def register(kind: RecordKind):
    if kind.action not in (ANONYMISE, REMOVE):
        raise ImproperlyConfigured(f"{kind.key}: action must be ANONYMISE or REMOVE.")
    if kind.row_years and (kind.action != REMOVE or kind.age_field):
        raise ImproperlyConfigured(f"{kind.key}: a period per row is for removing rows of a closed file.")
    if kind.age_field and kind.action == ANONYMISE and set(kind.where) != set(kind.models):
        raise ImproperlyConfigured(f"{kind.key}: a kind counted by age that anonymises needs a `where` per "
                                   "model that leaves out the rows already done.")
    if kind.key in _REGISTRY and _REGISTRY[kind.key] != kind:
        raise ImproperlyConfigured(f"Two retention kinds named {kind.key}.")
    _REGISTRY[kind.key] = kind
    return kind


def kinds():
    """The registered kinds, the file's own kinds first and the person's data last (by `order`)."""
    return sorted(_REGISTRY.values(), key=lambda k: (bool(k.age_field), k.key == "residents.dossier", k.key))


def kind(key):
    return _REGISTRY[key]


def check_settings():
    """RETENTION_YEARS and RETENTION_DAYS name real kinds, each set once and not below the law's minimum."""
    for name, periods, per_year in (("RETENTION_YEARS", settings.RETENTION_YEARS, 1),
                                    ("RETENTION_DAYS", settings.RETENTION_DAYS, DAYS_PER_YEAR)):
        for key, value in periods.items():
            found = _REGISTRY.get(key)
            if found is None:
                known = ", ".join(sorted(_REGISTRY))
                raise ImproperlyConfigured(f"{name}: there is no kind of record {key!r}; the kinds are: {known}.")
            if found.same_as:
                raise ImproperlyConfigured(f"{name}: {key} keeps the period of {found.same_as}; set that one.")
            if found.row_years:
                raise ImproperlyConfigured(f"{name}: {key} takes its period from each row ({found.row_years}); "
                                           "see docs/deployment.md.")
            if value / per_year < found.min_years:
                raise ImproperlyConfigured(f"{name}: {key}={value:g} is shorter than the law allows "
                                           f"({found.min_years:g} years).")
    both = set(settings.RETENTION_YEARS) & set(settings.RETENTION_DAYS)
    if both:
        raise ImproperlyConfigured(f"RETENTION_YEARS and RETENTION_DAYS both set {', '.join(sorted(both))}.")


KINDS = [
    # ADR 0015: a claimed form token is only needed against a second post of the same form.
    RecordKind(key="core.formulieren", label=_("Verzonden formulieren (dubbel-verzenden-bewaking)"), years=0, days=1,
               action=REMOVE, models=("core.FormSubmission",), age_field="at"),
]
