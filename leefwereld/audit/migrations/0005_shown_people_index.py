"""A GIN index on the people a list showed (detail -> 'shown'), so "who looked at this person" does not
read the whole log. PostgreSQL only; SQLite skips it."""
from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS audit_shown_gin ON audit_auditevent "
                              "USING gin ((detail -> 'shown') jsonb_path_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS audit_shown_gin")


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_removal_only_by_maintenance_role")]
    operations = [migrations.RunPython(create, drop)]
