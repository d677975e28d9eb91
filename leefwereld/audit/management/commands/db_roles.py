"""Create the PostgreSQL roles and grants that keep the audit log out of the application's reach.

Run as the owner of the tables (or a superuser), after `migrate`; safe to run again. See
docs/deployment.md and ADR 0004: the app connects as DB_APP_ROLE (no DELETE, UPDATE or TRUNCATE
on the audit table), the retention job as a member of DB_MAINTENANCE_ROLE.
"""
import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction

from leefwereld.audit.models import AuditEvent

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
ROLE_ATTRIBUTES = "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"


def _checked(setting, name):
    if not ROLE_NAME.match(name or ""):
        raise CommandError(f"{setting}={name!r}: use lower-case letters, digits and _ only.")
    return name


class Command(BaseCommand):
    help = "Create the application and maintenance roles on PostgreSQL and apply their grants (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database, **options):
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError(
                f"db_roles is for PostgreSQL; this database is {connection.vendor}, which has no roles "
                "(nothing to do; see ADR 0002 for what SQLite cannot enforce)."
            )
        app = _checked("DB_APP_ROLE", settings.DB_APP_ROLE)
        maintenance = _checked("DB_MAINTENANCE_ROLE", settings.DB_MAINTENANCE_ROLE)
        with transaction.atomic(using=database), connection.cursor() as cursor:
            cursor.execute("SELECT current_user, current_schema(), current_database()")
            current, schema, database_name = cursor.fetchone()
            owner = _checked("DB_OWNER_ROLE", settings.DB_OWNER_ROLE or current)
            self._refuse_wrong_setup(cursor, current=current, owner=owner, app=app, maintenance=maintenance)
            for sql in self._statements(connection.ops.quote_name, cursor, owner=owner, app=app,
                                        maintenance=maintenance, schema=schema, database_name=database_name):
                cursor.execute(sql)
        self.stdout.write(self.style.SUCCESS(
            f"Roles ready: {app} (the application), {maintenance} (retention); owner {owner}. "
            f"{app} may only SELECT and INSERT on {AuditEvent._meta.db_table}."
        ))

    def _refuse_wrong_setup(self, cursor, *, current, owner, app, maintenance):
        if len({owner, app, maintenance}) < 3:
            raise CommandError(f"Owner ({owner}), application ({app}) and maintenance ({maintenance}) must differ.")
        if current in (app, maintenance):
            raise CommandError(f"Connected as {current}: run db_roles as the owner of the tables or a superuser.")
        cursor.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", [owner])
        if cursor.fetchone() is None:
            raise CommandError(f"The owner role {owner} does not exist; create it and run migrate as it first.")
        cursor.execute("SELECT to_regclass(%s)::text", [AuditEvent._meta.db_table])
        if cursor.fetchone()[0] is None:
            raise CommandError("The audit table does not exist yet: run `manage.py migrate` first.")

    def _statements(self, q, cursor, *, owner, app, maintenance, schema, database_name):
        app_q, maint_q, owner_q, schema_q = q(app), q(maintenance), q(owner), q(schema)
        audit = q(AuditEvent._meta.db_table)
        default_grant = f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner_q} IN SCHEMA {schema_q} GRANT"
        for role, q_role, login in ((app, app_q, True), (maintenance, maint_q, False)):
            attributes = f"{'LOGIN' if login else 'NOLOGIN'} {ROLE_ATTRIBUTES}"
            cursor.execute(
                "SELECT rolcanlogin, rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls"
                " FROM pg_catalog.pg_roles WHERE rolname = %s", [role],
            )
            found = cursor.fetchone()
            if found is None:
                yield f"CREATE ROLE {q_role} {attributes}"
            elif found != (login, False):  # only then, so an owner without CREATEROLE can run this again
                yield f"ALTER ROLE {q_role} {attributes}"
        # The application must never be able to become the maintenance role.
        cursor.execute("SELECT pg_catalog.pg_has_role(%s, %s, 'MEMBER')", [app, maintenance])
        if cursor.fetchone()[0]:
            yield f"REVOKE {maint_q} FROM {app_q}"
        yield f"GRANT CONNECT ON DATABASE {q(database_name)} TO {app_q}, {maint_q}"
        yield f"GRANT USAGE ON SCHEMA {schema_q} TO {app_q}, {maint_q}"
        yield f"REVOKE CREATE ON SCHEMA {schema_q} FROM {app_q}, {maint_q}"
        yield f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA {schema_q} FROM {app_q}"
        yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema_q} TO {app_q}"
        yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_q} TO {app_q}"
        # Tables and sequences that later migrations create (as the owner) are granted too.
        yield f"{default_grant} SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app_q}"
        yield f"{default_grant} USAGE, SELECT ON SEQUENCES TO {app_q}"
        # The retention job (ADR 0039) acts as the maintenance role: it anonymises and removes files.
        yield f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema_q} TO {maint_q}"
        yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_q} TO {maint_q}"
        yield f"{default_grant} SELECT, INSERT, UPDATE, DELETE ON TABLES TO {maint_q}"
        yield f"{default_grant} USAGE, SELECT ON SEQUENCES TO {maint_q}"
        # The audit table: the application reads and appends; the maintenance role also removes (and logs its run).
        yield f"REVOKE ALL ON {audit} FROM PUBLIC, {app_q}, {maint_q}"
        yield f"GRANT SELECT, INSERT ON {audit} TO {app_q}"
        yield f"GRANT SELECT, INSERT, DELETE ON {audit} TO {maint_q}"
