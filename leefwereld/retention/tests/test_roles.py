"""PostgreSQL: the job acts as the maintenance role; the application's log-in can neither delete log rows
nor become that role, so it cannot run the job (ADR 0004, 0039)."""
import io

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from leefwereld.audit.models import AuditEvent
from leefwereld.intake.models import Vraag
from leefwereld.retention.services import MaintenanceRoleError, as_maintenance, run

from .conftest import TODAY

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="SQLite has no roles; these run in the PostgreSQL run of .ci/run")


def _connect_as(role):
    s = connection.settings_dict
    return psycopg.connect(host=s["HOST"] or "127.0.0.1", port=s["PORT"] or 5432, dbname=s["NAME"], user=role,
                           autocommit=True)


def test_the_job_works_as_the_maintenance_role(files, old_log):
    with as_maintenance(), connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        assert cursor.fetchone()[0] == settings.DB_MAINTENANCE_ROLE
    with connection.cursor() as cursor:  # and gives the role back after its transaction
        cursor.execute("SELECT current_user")
        assert cursor.fetchone()[0] != settings.DB_MAINTENANCE_ROLE
    too_old, kept = old_log
    run(today=TODAY)
    assert not AuditEvent.objects.filter(pk=too_old.pk).exists()
    assert AuditEvent.objects.filter(pk=kept.pk).exists()
    assert Vraag.objects.filter(words="").count() == 2


def test_the_job_stops_before_any_change_when_it_cannot_become_the_role(files, old_log, settings):
    """The test runner's superuser may become any role, so a role that does not exist stands in for the
    refusal the app's own log-in gets (shown with a real log-in below)."""
    settings.DB_MAINTENANCE_ROLE = "leefwereld_h18r_no_such_role"
    with pytest.raises(MaintenanceRoleError, match="RETENTION_DATABASE_URL"):
        run(today=TODAY)
    assert AuditEvent.objects.filter(pk=old_log[0].pk).exists()
    assert not Vraag.objects.filter(words="").exists()


@pytest.mark.django_db(transaction=True)
def test_the_app_login_can_neither_delete_log_rows_nor_become_the_maintenance_role(pro):
    """A real log-in as the application's role, on its own connection (the grants are committed here)."""
    call_command("db_roles", stdout=io.StringIO())
    AuditEvent.objects.create(actor=pro, action="persons.view")
    with _connect_as(settings.DB_APP_ROLE) as app:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            app.execute("DELETE FROM audit_auditevent")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            app.execute(f"SET ROLE {settings.DB_MAINTENANCE_ROLE}")
    assert AuditEvent.objects.count() == 1
