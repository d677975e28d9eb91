"""One GIN trigram index on the whole name, the expression core.search filters and ranks on, instead
of one per name field (their OR made the planner scan the table). PostgreSQL only; SQLite skips it."""
from django.db import migrations

NAME = "(given_name || ' ' || prefix || ' ' || family_name)"
OLD = [("residents_person_family_trgm", "family_name"), ("residents_person_given_trgm", "given_name"),
       ("residents_person_prefix_trgm", "prefix")]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS residents_person_name_gin ON residents_person "
                          f"USING gin ({NAME} gin_trgm_ops)")
    for name, _column in OLD:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS residents_person_name_gin")
    for name, column in OLD:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON residents_person USING gin ({column} gin_trgm_ops)")


class Migration(migrations.Migration):
    dependencies = [("residents", "0005_name_trigram_indexes")]
    operations = [migrations.RunPython(create, drop)]
