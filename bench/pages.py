"""How fast are the professional's main pages with a city's worth of data?

    .venv/bin/python bench/pages.py [N] [RUNS]     # default N = 10000 households, RUNS = 20

Loads the demo municipality plus N synthetic households into a fresh temporary SQLite database
(or BENCH_DATABASE_URL, an empty database you own), then requests each page RUNS times as a
logged-in professional through Django's test client and prints the median and 95th percentile in
milliseconds and the number of queries. Server time only: no network, no browser.
"""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.dev")
    os.environ["DEBUG"] = "false"
    tmp = None
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        fd, tmp = tempfile.mkstemp(prefix="leefwereld-bench-", suffix=".sqlite3")
        os.close(fd)
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}"
    try:
        run(n, runs)
    finally:
        if tmp:
            os.unlink(tmp)


def run(n, runs):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from leefwereld.accounts.models import User
    from leefwereld.accounts.tests.helpers import login_verified
    from leefwereld.conversations.models import Gesprek
    from leefwereld.coordination.models import Referral
    from leefwereld.plans.models import Plan
    from leefwereld.residents.models import Person

    call_command("migrate", verbosity=0)
    call_command("load_demo", scale=n, no_progress=True, verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    login_verified(client, User.objects.get(username="anouk"))
    saskia = Person.objects.get(given_name="Saskia", family_name="Dalen")
    plan = Plan.objects.get(household=saskia.household)
    pages = {
        "werkvoorraad": reverse("workspace:werkvoorraad"),
        "zoeken 'jan'": reverse("workspace:search") + "?name=jan",
        "dossier": reverse("workspace:person", args=[saskia.public_id]),
        "huishouden": reverse("workspace:household", args=[saskia.household.public_id]),
        "gesprek": reverse("conversations:detail", args=[Gesprek.objects.filter(person=saskia).first().public_id]),
        "plan": reverse("plans:detail", args=[plan.public_id]),
        "versies": reverse("plans:versions", args=[plan.public_id]),
        "evaluatie": reverse("plans:evaluate", args=[plan.public_id]),
        "samenwerken": reverse("coordination:household", args=[saskia.household.public_id]),
        "kaart bij doel": reverse("coordination:goal_kaart", args=[plan.public_id, plan.goals.first().public_id]),
    }
    # The partner's pages (issue 15): the school's mentor, through her organisation's grant.
    partner = Client(HTTP_HOST="127.0.0.1")
    login_verified(partner, User.objects.get(username="ilse"))
    referral = Referral.objects.filter(organisation__name="VSO De Brug", household=saskia.household).first()
    partner_pages = {
        "partner: inbox": reverse("coordination:inbox"),
        "partner: verwijzing": reverse("coordination:referral", args=[referral.public_id]),
    }
    vendor = connection.vendor
    print(f"{n} synthetic households + demo on {vendor}; {runs} requests per page\n")
    print(f"  {'page':<16} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url, who in [(n, u, client) for n, u in pages.items()] + [(n, u, partner)
                                                                          for n, u in partner_pages.items()]:
        who.get(url)  # warm caches and templates
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                response = who.get(url)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (name, response.status_code)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"  {name:<16} {statistics.median(times):>10.1f} {p95:>8.1f} {len(ctx.captured_queries):>8}")


if __name__ == "__main__":
    main()
