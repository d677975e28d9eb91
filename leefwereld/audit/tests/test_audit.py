"""The audit log: written with every read and change, in the same transaction, and never changed."""
import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError

from leefwereld.audit.context import RequestContext, reset, set_current
from leefwereld.audit.models import AppendOnlyError, AuditEvent
from leefwereld.core.errors import ConflictError
from leefwereld.residents import selectors, services


def test_a_read_of_a_file_leaves_one_audit_row(pro, person):
    selectors.person_get(actor=pro, public_id=person.public_id)
    event = AuditEvent.objects.get()
    assert event.action == "persons.view"
    assert event.person_pk == person.pk


def test_a_change_and_its_audit_row_share_one_transaction(pro, person):
    services.person_update(actor=pro, person=person, expected_version=1, data={"phone": "06 11111111"})
    assert AuditEvent.objects.filter(action="persons.update").count() == 1


def test_a_failed_write_leaves_no_audit_row(pro, person):
    with pytest.raises(ConflictError):
        services.person_update(actor=pro, person=person, expected_version=99, data={"phone": "06 11111111"})
    assert not AuditEvent.objects.filter(action="persons.update").exists()


def test_the_request_address_and_reason_are_recorded(pro, person):
    services.blanco_start(actor=pro, person=person)
    token = set_current(RequestContext(ip="10.1.2.3", request_id="abc"))
    try:
        services.blanco_open_file(actor=pro, person=person, reason="Eerdere dreiging gemeld door collega")
    finally:
        reset(token)
    event = AuditEvent.objects.get(action="persons.open_file")
    assert (event.ip, event.request_id, event.reason) == ("10.1.2.3", "abc", "Eerdere dreiging gemeld door collega")


def test_the_orm_refuses_to_change_or_delete_audit_rows(pro, person):
    selectors.person_get(actor=pro, public_id=person.public_id)
    event = AuditEvent.objects.get()
    event.reason = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().update(reason="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def _raw(sql):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)


def test_the_database_refuses_update_of_audit_rows(pro, person):
    """On PostgreSQL and SQLite a trigger refuses UPDATE, whoever runs it."""
    selectors.person_get(actor=pro, public_id=person.public_id)
    with pytest.raises(DatabaseError):
        _raw("UPDATE audit_auditevent SET reason = 'tampered'")
    assert AuditEvent.objects.get().reason == ""


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="SQLite has no database roles; its DELETE is refused by the application only (ADR 0002)")
def test_postgresql_refuses_delete_of_audit_rows_by_the_application_role(pro, person):
    """Only the maintenance role (or a superuser) may remove rows; see test_db_roles.py for every route."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("db_roles", verbosity=0)
    selectors.person_get(actor=pro, public_id=person.public_id)
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL ROLE {settings.DB_APP_ROLE}")
        with pytest.raises(DatabaseError, match="permission denied"):
            _raw("DELETE FROM audit_auditevent")
        cursor.execute("RESET ROLE")
    assert AuditEvent.objects.count() == 1
