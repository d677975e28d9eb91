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
from django.db import DatabaseError, connections, transaction
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


def due_households(kind, today, using=None):
    """Closed files whose period for this kind has passed and that this kind has not handled yet."""
    using = using or _db()
    cutoff = today - dt.timedelta(days=kind.period_days())
    done = Afhandeling.objects.using(using).filter(kind=kind.key).values("household_id")
    return (Household.objects.using(using).filter(closed_on__isnull=False, closed_on__lte=cutoff)
            .exclude(pk__in=done).order_by("pk"))


def _aged(kind, model, today, using):
    cutoff = timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=kind.period_days()), dt.time.min))
    return model._default_manager.using(using).filter(**{f"{kind.age_field}__lt": cutoff})


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


def _apply_to_files(kind, households, today, using):
    """Anonymise or remove the kind's rows of these households, and note it per household."""
    ids = [h.pk for h in households]
    rows = 0
    for label in kind.models:
        model = _model(label)
        if kind.action == retention.ANONYMISE:
            _keep_pseudonyms(model, ids, today, using)
            rows += _by_household(model, ids, using, kind.household_path).update(**kind.anonymised_values(model))
        else:
            rows += _by_household(model, ids, using, kind.household_path).delete()[0]
    Afhandeling.objects.using(using).bulk_create([
        Afhandeling(household_id=h.pk, kind=kind.key, action=kind.action, done_on=today,
                    closed_on=h.closed_on) for h in households])
    if kind.action == retention.ANONYMISE:  # the file's content is gone: it can no longer be reopened
        Household.objects.using(using).filter(pk__in=ids, anonymised_on__isnull=True).update(anonymised_on=today)
    for h in households:
        audit_record(actor=None, action="retention.apply", household=h, using=using,
                     detail={"kind": kind.key, "action": kind.action, "closed_on": h.closed_on.isoformat()})
    return rows


def _count_files(kind, ids, using):
    return sum(_by_household(_model(label), ids, using, kind.household_path).count() for label in kind.models)


def _remove_aged(kind, today, using, progress):
    removed = 0
    for label in kind.models:
        model = _model(label)
        while True:
            with as_maintenance(using):
                pks = list(_aged(kind, model, today, using).order_by("pk").values_list("pk", flat=True)[:ROWS_BATCH])
                if not pks:
                    break
                batch = model._default_manager.using(using).filter(pk__in=pks)
                removed += kind.purge(batch) if kind.purge else batch.delete()[0]
            progress(len(pks))
    return removed


def run(*, today=None, dry_run=False, progress_for=None):
    """Anonymise or remove everything past its period; return the counts per kind.

    `progress_for(kind, total)` may return a callable that is told how many items were done (a progress
    bar); with dry_run nothing is changed and the counts say what a run would do.
    """
    today = today or timezone.localdate()
    using = _db()
    report = Report(today=today, dry_run=dry_run)
    for kind in retention.kinds():
        line = Line(kind=kind.key, label=str(kind.label), action=kind.action)
        report.lines.append(line)
        if kind.age_field:
            total = sum(_aged(kind, _model(label), today, using).count() for label in kind.models)
            line.rows = total
            if not dry_run and total:
                tick = (progress_for and progress_for(kind, total)) or (lambda n: None)
                line.rows = _remove_aged(kind, today, using, tick)
            continue
        households = list(due_households(kind, today, using).only("pk", "closed_on", "team_id"))
        line.files = len(households)
        if dry_run or not households:
            line.rows = _count_files(kind, [h.pk for h in households], using) if households else 0
            continue
        tick = (progress_for and progress_for(kind, len(households))) or (lambda n: None)
        for start in range(0, len(households), BATCH):
            chunk = households[start:start + BATCH]
            with as_maintenance(using):
                line.rows += _apply_to_files(kind, chunk, today, using)
            tick(len(chunk))
    pseudonyms = Pseudoniem.objects.using(using).filter(keep_until__lt=today)
    line = Line(kind="retention.pseudoniem", label="Pseudoniemen", action=retention.REMOVE, rows=pseudonyms.count())
    report.lines.append(line)
    if not dry_run:
        with as_maintenance(using):
            line.rows = pseudonyms.delete()[0]
            audit_record(actor=None, action="retention.run", using=using, detail={"today": today.isoformat(),
                                                                     "counts": report.as_dict()})
    return report
