"""The restore drill on PostgreSQL: a small database is dumped, restored into a fresh one and checked
(rows per table, the audit log row for row, triggers, grants, a sign-in as the application role); and
the checks fail when the restored copy differs. One restore only: it takes seconds."""
import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from leefwereld.audit.management.commands.restore_drill import Command, _connect, _pg_env, _run
from leefwereld.audit.models import AuditEvent
from leefwereld.intake.services import followup_create

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore are PostgreSQL's")


@on_postgresql
@pytest.mark.django_db(transaction=True)  # pg_dump reads from another connection: the rows must be committed
def test_the_drill_restores_everything_a_sign_in_works_and_a_difference_is_found(pro, person):
    call_command("db_roles", stdout=io.StringIO())
    followup_create(actor=pro, person=person, what="Bellen", due_on=timezone.localdate())
    db = settings.DATABASES["default"]
    source, target = db["NAME"], f"{db['NAME']}_drill"
    out = io.StringIO()
    try:
        call_command("restore_drill", target=target, keep=True, json=True, stdout=out)
        report = json.loads(out.getvalue())
        assert report["problems"] == [] and report["signin"] == "ok"
        assert report["audit_rows"] == AuditEvent.objects.count() > 0
        assert report["triggers"] == ["audit_auditevent_append_only", "audit_auditevent_no_truncate"]
        assert report["app_grants"] == {"select": True, "insert": True, "update": False, "delete": False,
                                        "truncate": False}
        assert set(report["seconds"]) == {"dump", "restore", "verify", "total"}
        with _connect(db, target) as conn:  # as a superuser, who may pass the trigger's DELETE rule
            conn.execute("DELETE FROM intake_followup")
            conn.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_auditevent_append_only")
            conn.execute("UPDATE audit_auditevent SET reason = 'anders' WHERE id = (SELECT max(id) FROM "
                         "audit_auditevent)")
        problems = Command()._verify(db, source, target, signin=False)["problems"]
        assert any(p.startswith("intake_followup: 1 rows, restored 0") for p in problems), problems
        assert any(p.startswith("audit log differs") for p in problems), problems
        assert any(p.startswith("audit triggers missing") for p in problems), problems
    finally:
        _run(["dropdb", "--if-exists", target], _pg_env(db))


@on_postgresql
def test_the_drill_refuses_to_restore_over_its_source():
    with pytest.raises(CommandError, match="another database"):
        call_command("restore_drill", target=settings.DATABASES["default"]["NAME"], stdout=io.StringIO())
