"""pg_trgm and GIN trigram indexes on names, for the search seam (core.search). PostgreSQL only:
SQLite skips both. Creating the extension needs the database owner or a superuser at migrate time
(docs/deployment.md)."""
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    ("residents_person_family_trgm", "family_name"),
    ("residents_person_given_trgm", "given_name"),
    ("residents_person_prefix_trgm", "prefix"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON residents_person USING gin ({column} gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("residents", "0004_worklist_indexes")]
    operations = [TrigramExtension(), migrations.RunPython(create, drop)]
