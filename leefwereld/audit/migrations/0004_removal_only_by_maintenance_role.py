"""Audit rows are removed only by the maintenance role, never by a session switch (ADR 0004).

PostgreSQL: UPDATE is always refused; DELETE and TRUNCATE (a new statement-level trigger) are
refused unless the current role is a member of settings.DB_MAINTENANCE_ROLE. A superuser is a
member of every role, which keeps the test runner's flush working; without the maintenance role
only a superuser may remove rows. The old `leefwereld.audit_purge` session setting is ignored.
The application role has no DELETE or TRUNCATE grant at all (`manage.py db_roles`).
SQLite keeps the triggers of 0002 (ADR 0002).
"""
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import migrations

# Names of system objects are qualified and search_path is fixed, so a temporary table called
# pg_roles cannot answer for the catalogue.
PG_FORWARD = """
CREATE OR REPLACE FUNCTION audit_auditevent_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed boolean;
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        allowed := coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false);
        IF NOT allowed AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{maintenance}') THEN
            allowed := pg_catalog.pg_has_role(current_user, '{maintenance}', 'MEMBER');
        END IF;
        IF allowed THEN
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit events are append-only (% refused for role %)', TG_OP, current_user
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER IF EXISTS audit_auditevent_no_truncate ON audit_auditevent;
CREATE TRIGGER audit_auditevent_no_truncate
    BEFORE TRUNCATE ON audit_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION audit_auditevent_append_only();
"""
# Back to 0002: the session-setting function, no TRUNCATE trigger.
PG_BACKWARD = """
DROP TRIGGER IF EXISTS audit_auditevent_no_truncate ON audit_auditevent;
CREATE OR REPLACE FUNCTION audit_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('leefwereld.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
ALTER FUNCTION audit_auditevent_append_only() RESET search_path;
"""
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def maintenance_role():
    name = settings.DB_MAINTENANCE_ROLE
    if not ROLE_NAME.match(name):
        raise ImproperlyConfigured(f"DB_MAINTENANCE_ROLE={name!r}: use lower-case letters, digits and _ only.")
    return name


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_FORWARD.replace("{maintenance}", maintenance_role()), params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_wording")]
    operations = [migrations.RunPython(forward, backward)]
