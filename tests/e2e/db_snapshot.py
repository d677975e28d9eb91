"""A copy of the loaded demo database, put back before each later journey of the same worker.

Loading the demo through the real services takes seconds per journey (letters are rendered, plans
versioned, grants refreshed); the journeys need the same demo every time, and a transactional test
empties the database afterwards. So each worker loads it once, copies the tables, and restores the copy:
SQLite with its page-level backup, PostgreSQL with COPY. The loader itself stays tested by the first
journey of every worker and by leefwereld/demo/tests.
"""
import sqlite3

from django.apps import apps
from django.core.management.color import no_style


def _tables(connection):
    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def capture(connection):
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy
    data = {}
    with connection.cursor() as cursor:
        for table in _tables(connection):
            with cursor.cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT BINARY)') as copy:
                data[table] = b"".join(bytes(block) for block in copy)
    return data


def restore(connection, snapshot):
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        snapshot.backup(connection.connection)
        return
    with connection.cursor() as cursor:
        # Replica mode skips the foreign-key triggers, so the tables can be emptied and filled in any order.
        # DELETE, not TRUNCATE: after the flush only a few tables hold rows, and TRUNCATE rewrites every one.
        cursor.execute("SET session_replication_role = replica")
        try:
            for table, data in snapshot.items():
                cursor.execute(f'DELETE FROM "{table}"')
                with cursor.cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
        finally:
            cursor.execute("SET session_replication_role = DEFAULT")
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(sql)
