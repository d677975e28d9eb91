"""The demo loaded once for a whole test module, instead of once per test.

One outer transaction holds the module's data; pytest-django's per-test transaction becomes a savepoint
inside it, so every test still starts from the same demo; at the module's end all of it is rolled back.
Only for modules whose every test uses it and none is transactional (a flush inside it would fail).
"""
from contextlib import contextmanager

from django.db import transaction


@contextmanager
def kept_for_the_module(django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
