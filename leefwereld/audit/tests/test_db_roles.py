"""PostgreSQL: the application's role cannot remove audit rows by any route; the maintenance role can.

Roles are cluster-wide, so each test runs `db_roles` itself (inside its transaction) and switches
role with SET LOCAL ROLE. Every attempt runs in its own savepoint, so one refusal does not poison
the rest of the test.
"""
import io
from contextlib import contextmanager
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, models, transaction

from leefwereld.audit.models import AuditEvent
from leefwereld.residents import selectors

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no database roles; these run in the PostgreSQL run of .ci/run (ADR 0004)",
)
APP, MAINTENANCE = settings.DB_APP_ROLE, settings.DB_MAINTENANCE_ROLE
REFUSED = r"permission denied|must be owner|append-only"


def _sql(statement, params=None):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


@contextmanager
def as_role(role):
    _sql(f"SET LOCAL ROLE {connection.ops.quote_name(role)}")
    try:
        yield
    finally:
        _sql("RESET ROLE")


@contextmanager
def refused(match=REFUSED):
    with pytest.raises(DatabaseError, match=match), transaction.atomic():
        yield


@pytest.fixture
def row(pro, person):
    call_command("db_roles", stdout=io.StringIO())
    selectors.person_get(actor=pro, public_id=person.public_id)
    _sql("SET CONSTRAINTS ALL IMMEDIATE")  # deferred foreign-key checks would block TRUNCATE
    return AuditEvent.objects.get()


@on_postgresql
def test_the_app_role_cannot_delete_through_the_orm(row):
    with as_role(APP):
        with refused("permission denied"):
            AuditEvent.objects.filter(pk=row.pk)._raw_delete(connection.alias)
        with refused("permission denied"):
            models.QuerySet.delete(AuditEvent.objects.filter(pk=row.pk))  # past the app's own guard
        assert AuditEvent.objects.filter(pk=row.pk).exists()


@on_postgresql
def test_the_app_role_cannot_delete_truncate_or_update_with_sql(row):
    with as_role(APP):
        with refused("permission denied"):
            _sql("DELETE FROM audit_auditevent")
        with refused("permission denied"):
            _sql("TRUNCATE audit_auditevent")
        with refused("permission denied"):
            _sql("UPDATE audit_auditevent SET reason = 'tampered'")
        assert _sql("SELECT count(*), max(reason) FROM audit_auditevent") == [(1, "")]


@on_postgresql
def test_setting_the_old_purge_switch_changes_nothing(row):
    with as_role(APP):
        _sql("SELECT set_config('leefwereld.audit_purge', 'on', true)")
        with refused():
            _sql("DELETE FROM audit_auditevent")
        assert AuditEvent.objects.count() == 1


@on_postgresql
def test_the_app_role_cannot_switch_off_the_trigger_or_become_maintenance(row):
    with as_role(APP):
        with refused("must be owner"):
            _sql("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_auditevent_append_only")
        with refused("must be owner"):
            _sql("ALTER TABLE audit_auditevent DISABLE TRIGGER ALL")
        # (SET ROLE is checked against the session user, here the test runner's superuser; the
        # app's own log-in is not a member of the maintenance role, as the last test shows.)
        with refused("permission denied|must have admin"):
            _sql(f"GRANT {MAINTENANCE} TO {APP}")
        assert AuditEvent.objects.count() == 1


@on_postgresql
def test_the_trigger_refuses_even_a_role_that_was_granted_delete(row):
    """Grants are the first wall; the trigger is the second, with no session switch."""
    _sql(f"GRANT DELETE, TRUNCATE ON audit_auditevent TO {APP}")
    with as_role(APP):
        _sql("SELECT set_config('leefwereld.audit_purge', 'on', true)")  # the switch of migration 0002
        with refused("append-only \\(DELETE refused"):
            _sql("DELETE FROM audit_auditevent")
        with refused("append-only \\(TRUNCATE refused"):
            _sql("TRUNCATE audit_auditevent")
        assert AuditEvent.objects.count() == 1


@on_postgresql
def test_the_app_role_can_still_do_its_work(row, pro, person):
    """Reading a file as the app role writes its audit row: the grants are enough to run on."""
    with as_role(APP):
        selectors.person_get(actor=pro, public_id=person.public_id)
        assert AuditEvent.objects.count() == 2


@on_postgresql
def test_the_maintenance_role_can_delete(row, pro, person):
    selectors.person_get(actor=pro, public_id=person.public_id)
    first, second = AuditEvent.objects.order_by("pk")
    with as_role(MAINTENANCE):
        _sql("DELETE FROM audit_auditevent WHERE id = %s", [first.pk])
        AuditEvent.objects.filter(pk=second.pk)._raw_delete(connection.alias)
        with refused("append-only \\(UPDATE refused|permission denied"):
            _sql("UPDATE audit_auditevent SET reason = 'x'")
    assert not AuditEvent.objects.exists()


@on_postgresql
def test_db_roles_grants_exactly_and_covers_tables_of_later_migrations(row):
    call_command("db_roles", stdout=io.StringIO())  # idempotent: a second run changes nothing
    _sql("CREATE TABLE h1_later_migration (id bigint)")

    def may(role, table, privilege):
        return _sql("SELECT has_table_privilege(%s, %s, %s)", [role, table, privilege])[0][0]

    audit = {p: may(APP, "audit_auditevent", p) for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")}
    assert audit == {"SELECT": True, "INSERT": True, "UPDATE": False, "DELETE": False, "TRUNCATE": False}
    for table in ("residents_person", "h1_later_migration"):
        assert all(may(APP, table, p) for p in ("SELECT", "INSERT", "UPDATE", "DELETE"))
        assert not may(APP, table, "TRUNCATE")
    assert may(MAINTENANCE, "audit_auditevent", "DELETE")
    # The retention job (ADR 0039) anonymises and removes files as the maintenance role, never by TRUNCATE.
    for table in ("residents_person", "h1_later_migration"):
        assert all(may(MAINTENANCE, table, p) for p in ("SELECT", "INSERT", "UPDATE", "DELETE"))
        assert not may(MAINTENANCE, table, "TRUNCATE")
    assert not may(MAINTENANCE, "audit_auditevent", "UPDATE")
    assert not _sql("SELECT pg_has_role(%s, %s, 'MEMBER')", [APP, MAINTENANCE])[0][0]
    assert _sql("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %s", [APP]) == [(True, False)]


@pytest.mark.django_db
def test_db_roles_refuses_on_sqlite():
    """On SQLite this is the real connection; on PostgreSQL the vendor is made to look like SQLite."""
    with mock.patch.object(connection, "vendor", "sqlite"), pytest.raises(CommandError, match="no roles"):
        call_command("db_roles", stdout=io.StringIO())
