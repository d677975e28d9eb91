"""Run as a script: six colleagues save at the same moment on one SQLite file. Prints the status codes seen.

Used by test_sqlite_parallel.py in a subprocess, because the test database is in memory and shared.
"""
import datetime as dt
import os
import sys
import threading
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.test")
sys.path.insert(0, os.getcwd())

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from leefwereld.accounts.tests.factories import TeamFactory, UserFactory  # noqa: E402
from leefwereld.accounts.tests.helpers import login_verified  # noqa: E402
from leefwereld.residents.tests.factories import PersonFactory  # noqa: E402

WRITERS, ROUNDS = 6, 5


def main():
    call_command("migrate", verbosity=0)
    team = TeamFactory()
    users = [UserFactory(team=team) for _ in range(WRITERS)]
    person = PersonFactory(household__team=team)
    connection.close()
    url = f"/gesprekken/contact/{person.public_id}/"
    seen = Counter()
    start = threading.Barrier(WRITERS)

    def work(user):
        try:
            client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
            login_verified(client, user)
            start.wait(timeout=60)
            for _ in range(ROUNDS):
                response = client.post(url, {"on": dt.date.today().isoformat(), "kind": "telefoon", "minutes": "5"})
                seen[response.status_code] += 1
        except Exception as error:  # a writer that could not even start counts as a failure, not a hang
            seen[type(error).__name__] += 1
            start.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    from leefwereld.conversations.contact import Contactmoment

    print(dict(seen), Contactmoment.objects.count())


if __name__ == "__main__":
    main()
