"""The retention job (schone lei, ADR 0039): anonymise or remove what is past its period.

Runs as the maintenance database role: on PostgreSQL every batch is a transaction that starts with
`SET LOCAL ROLE <DB_MAINTENANCE_ROLE>`, on the connection RETENTION_DATABASE (a login that is a
member of that role; the application's own role is not and cannot switch). SQLite has no roles.
"""
import datetime as dt
import hashlib
import hmac
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connections, models, transaction
from django.db.models import Q
from django.utils import timezone

from leefwereld.audit.services import audit_record
from leefwereld.core import retention
from leefwereld.residents.models import Household

from .models import Afhandeling, Pseudoniem

BATCH = 200  # households per transaction
ROWS_BATCH = 5000  # rows per transaction for kinds counted by age (the audit log)


class MaintenanceRoleError(Exception):
    """The job's connection cannot become the maintenance role: it refuses to run rather than try as itself."""


@dataclass
class Line:
    kind: str
    label: str
    action: str
    files: int = 0
    rows: int = 0
    per_file: bool = True  # False for kinds counted by each row's age: they have no files to count


@dataclass
class Report:
    today: dt.date
    dry_run: bool
    lines: list = field(default_factory=list)

    def as_dict(self):
        return {line.kind: {"action": line.action, "files": line.files, "rows": line.rows} for line in self.lines}


def _db():
    return settings.RETENTION_DATABASE


@contextmanager
def as_maintenance(using=None):
    """One transaction in which the connection acts as the maintenance role (PostgreSQL)."""
    using = using or _db()
    connection = connections[using]
    postgresql = connection.vendor == "postgresql"
    nested = connection.in_atomic_block  # SET LOCAL lasts to the end of the outer transaction, not ours
    with transaction.atomic(using=using):
        if postgresql:
            role = connection.ops.quote_name(settings.DB_MAINTENANCE_ROLE)
            try:
                with transaction.atomic(using=using), connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL ROLE {role}")
            except DatabaseError as error:
                raise MaintenanceRoleError(
                    f"This connection may not act as {settings.DB_MAINTENANCE_ROLE}: run the retention job with "
                    "RETENTION_DATABASE_URL set to a login that is a member of it (docs/deployment.md)."
                ) from error
        yield
    if postgresql and nested:
        with connection.cursor() as cursor:
            cursor.execute("RESET ROLE")


def _model(label):
    return apps.get_model(label)


def _by_household(model, ids, using, path="household_id"):
    manager = model._default_manager.using(using)
    return manager.filter(pk__in=ids) if model is Household else manager.filter(**{f"{path}__in": ids})


def _narrow(kind, model, rows):
    """Only the rows of the model that are this kind's (`where`: a Jeugdwet decision keeps longer)."""
    where = kind.where.get(model._meta.label)
    return rows if where is None else rows.filter(where)


def _rows(kind, model, ids, using):
    return _narrow(kind, model, _by_household(model, ids, using, kind.household_path))


def due_households(kind, today, using=None):
    """Closed files whose period for this kind has passed and that this kind has not handled yet."""
    using = using or _db()
    cutoff = today - dt.timedelta(days=kind.period_days())
    done = Afhandeling.objects.using(using).filter(kind=kind.key).values("household_id")
    return (Household.objects.using(using).filter(closed_on__isnull=False, closed_on__lte=cutoff)
            .exclude(pk__in=done).order_by("pk"))


def _aged(kind, model, today, using):
    cutoff = timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=kind.period_days()), dt.time.min))
    return _narrow(kind, model, model._default_manager.using(using).filter(**{f"{kind.age_field}__lt": cutoff}))


def _closed_on(kind):
    return kind.household_path.removesuffix("_id") + "__closed_on"  # person__household_id -> …household__closed_on


def due_rows(kind, model, today, using=None):
    """For a kind with a period per row (documents by category): the rows whose own period, counted from
    their file's closure, has passed. One condition per distinct period, so the database does the sums."""
    using = using or _db()
    closed = _closed_on(kind)
    rows = _narrow(kind, model, model._default_manager.using(using).filter(**{f"{closed}__isnull": False}))
    due = Q()
    for years in rows.order_by().values_list(kind.row_years, flat=True).distinct():
        cutoff = today - dt.timedelta(days=kind.period_days(row_years=years))
        own = {kind.row_years: years} if years is not None else {f"{kind.row_years}__isnull": True}
        due |= Q(**own, **{f"{closed}__lte": cutoff})
    return rows.filter(due) if due else rows.none()


def bsn_digest(bsn):
    key = (settings.RETENTION_PSEUDONYM_KEY or settings.SECRET_KEY).encode()
    return hmac.new(key, bsn.encode(), hashlib.sha256).hexdigest()


def _keep_pseudonyms(model, ids, today, using):
    """Before a BSN is blanked: its keyed digest, for as long as the audit rows about the person are kept."""
    if model._meta.label != "residents.Person":
        return
    keep_until = today + dt.timedelta(days=retention_kind("audit.logboek").period_days())
    rows = _by_household(model, ids, using).exclude(bsn="").values_list("pk", "household_id", "bsn")
    Pseudoniem.objects.using(using).bulk_create(
        [Pseudoniem(person_pk=pk, household_pk=household, bsn_digest=bsn_digest(bsn), keep_until=keep_until)
         for pk, household, bsn in rows], ignore_conflicts=True)


def retention_kind(key):
    return next(k for k in retention.kinds() if k.key == key)


def _drop_stored_files(model, rows):
    """Stored content (documents, prepared inzages) goes before its row changes: a batch that rolls back
    leaves a row whose file is gone, which the next run finishes; never a file nothing points at."""
    fields = [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
    if not fields:
        return
    for names in rows.order_by().values_list(*(f.attname for f in fields)):
        for f, name in zip(fields, names, strict=True):
            if name:
                f.storage.delete(name)


def _clean(kind, model, rows, today, using, ids=()):
    """Anonymise or remove these rows of the kind; the number of rows."""
    _drop_stored_files(model, rows)
    if kind.action == retention.ANONYMISE:
        _keep_pseudonyms(model, ids, today, using)
        return rows.update(**kind.anonymised_values(model))
    return kind.purge(rows) if kind.purge else rows.delete()[0]


def _apply_to_files(kind, households, today, using):
    """Anonymise or remove the kind's rows of these households, and note it per household."""
    ids = [h.pk for h in households]
    rows = sum(_clean(kind, _model(label), _rows(kind, _model(label), ids, using), today, using, ids)
               for label in kind.models)
    Afhandeling.objects.using(using).bulk_create([
        Afhandeling(household_id=h.pk, kind=kind.key, action=kind.action, done_on=today,
                    closed_on=h.closed_on) for h in households])
    if kind.action == retention.ANONYMISE:  # the file's content is gone: it can no longer be reopened
        Household.objects.using(using).filter(pk__in=ids, anonymised_on__isnull=True).update(anonymised_on=today)
    _audit_applied(kind, households, using)
    return rows


def _audit_applied(kind, households, using):
    for h in households:
        audit_record(actor=None, action="retention.apply", household=h, using=using,
                     detail={"kind": kind.key, "action": kind.action, "closed_on": h.closed_on.isoformat()})


def _count_files(kind, ids, using):
    return sum(_rows(kind, _model(label), ids, using).count() for label in kind.models)


def _handle_aged(kind, today, using, progress):
    """Rows counted by their own age, in batches by ascending key (so an anonymised row is never met twice)."""
    handled = 0
    for label in kind.models:
        model = _model(label)
        last = None
        while True:
            with as_maintenance(using):
                aged = _aged(kind, model, today, using)
                if last is not None:
                    aged = aged.filter(pk__gt=last)
                pks = list(aged.order_by("pk").values_list("pk", flat=True)[:ROWS_BATCH])
                if not pks:
                    break
                handled += _clean(kind, model, model._default_manager.using(using).filter(pk__in=pks), today, using)
            last = pks[-1]
            progress(len(pks))
    return handled


def _row_households(kind, today, using):
    path = kind.household_path
    ids = set()
    for label in kind.models:
        ids.update(due_rows(kind, _model(label), today, using).order_by().values_list(path, flat=True).distinct())
    return list(Household.objects.using(using).filter(pk__in=ids).order_by("pk").only("pk", "closed_on", "team_id"))


def _apply_to_rows(kind, households, today, using):
    """A kind with a period per row: remove what is due of these files; a file whose rows of this kind are
    all gone gets its Afhandeling (once), every file touched its audit row."""
    ids = [h.pk for h in households]
    path = f"{kind.household_path}__in"
    removed = sum(_clean(kind, _model(label), due_rows(kind, _model(label), today, using).filter(**{path: ids}),
                         today, using) for label in kind.models)
    left = set()
    for label in kind.models:
        left.update(_rows(kind, _model(label), ids, using).order_by().values_list(kind.household_path, flat=True))
    Afhandeling.objects.using(using).bulk_create([
        Afhandeling(household_id=h.pk, kind=kind.key, action=kind.action, done_on=today, closed_on=h.closed_on)
        for h in households if h.pk not in left], ignore_conflicts=True)
    _audit_applied(kind, households, using)
    return removed


def _in_batches(kind, households, apply, today, using, progress_for, line):
    tick = (progress_for and progress_for(kind, len(households))) or (lambda n: None)
    for start in range(0, len(households), BATCH):
        chunk = households[start:start + BATCH]
        with as_maintenance(using):
            line.rows += apply(kind, chunk, today, using)
        tick(len(chunk))


def run(*, today=None, dry_run=False, progress_for=None):
    """Anonymise or remove everything past its period; return the counts per kind.

    `progress_for(kind, total)` may return a callable that is told how many items were done (a progress
    bar); with dry_run nothing is changed and the counts say what a run would do.
    """
    today = today or timezone.localdate()
    using = _db()
    report = Report(today=today, dry_run=dry_run)
    for kind in retention.kinds():
        line = Line(kind=kind.key, label=str(kind.label), action=kind.action, per_file=not kind.age_field)
        report.lines.append(line)
        if kind.age_field:
            total = sum(_aged(kind, _model(label), today, using).count() for label in kind.models)
            line.rows = total
            if not dry_run and total:
                tick = (progress_for and progress_for(kind, total)) or (lambda n: None)
                line.rows = _handle_aged(kind, today, using, tick)
            continue
        if kind.row_years:
            households = _row_households(kind, today, using)
            line.files = len(households)
            if dry_run or not households:
                line.rows = sum(due_rows(kind, _model(label), today, using).count() for label in kind.models)
                continue
            _in_batches(kind, households, _apply_to_rows, today, using, progress_for, line)
            continue
        households = list(due_households(kind, today, using).only("pk", "closed_on", "team_id"))
        line.files = len(households)
        if dry_run or not households:
            line.rows = _count_files(kind, [h.pk for h in households], using) if households else 0
            continue
        _in_batches(kind, households, _apply_to_files, today, using, progress_for, line)
    pseudonyms = Pseudoniem.objects.using(using).filter(keep_until__lt=today)
    line = Line(kind="retention.pseudoniem", label="Pseudoniemen", action=retention.REMOVE, rows=pseudonyms.count(),
                per_file=False)
    report.lines.append(line)
    if not dry_run:
        with as_maintenance(using):
            line.rows = pseudonyms.delete()[0]
            audit_record(actor=None, action="retention.run", using=using, detail={"today": today.isoformat(),
                                                                     "counts": report.as_dict()})
    return report
