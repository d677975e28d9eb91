"""PostgreSQL for the test suite only: the flush after a transactional test DELETEs instead of TRUNCATEs.

TRUNCATE gives each of some 140 tables (and their indexes) new files, about 4 s per flush here; the tables
of a test hold a few hundred rows, which DELETE empties in 0.3 s. The flush runs in one transaction and
Django's foreign keys are deferred, so the order of the tables does not matter. Everything else is the
stock backend (production never uses this module).
"""
from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return super().sql_flush(style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        return [f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(t))};" for t in tables]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
