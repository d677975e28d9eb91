"""How fast is the kwaliteitskompas for a whole city?

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/kompas.py [N] [RUNS]

Uses the database you point at (migrated here). When it holds fewer than N synthetic households
(default 100 000) it loads the demo municipality with `load_demo --scale N` first. Then it times a
full recount of the figures (`kompas_refresh --all`), an incremental one (the nightly run), and
requests the municipality's kompas, one team's kompas and one indicator RUNS times (default 20) as a
team leader, and the adviesraad's protected figures (whole and one team) as a council member, through
Django's test client: median and 95th percentile in ms, and the queries.
"""
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.dev")
    os.environ["DEBUG"] = "false"
    if not os.environ.get("BENCH_DATABASE_URL"):
        sys.exit("Set BENCH_DATABASE_URL to a database you own (see bench/README.md).")
    os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    run(n, runs)


def _time(client, url, params, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url, params)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(queries)


def run(n, runs):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from leefwereld.accounts.models import Team, User
    from leefwereld.accounts.tests.helpers import login_verified
    from leefwereld.kompas.models import Figure, Indicator
    from leefwereld.kompas.refresh import EPOCH, kompas_refresh
    from leefwereld.residents.models import Household

    call_command("migrate", verbosity=0)
    if Household.objects.count() < n:
        call_command("load_demo", scale=n - Household.objects.count(), no_progress=True, verbosity=0)
    households = Household.objects.count()
    start = time.perf_counter()
    full = kompas_refresh(since=EPOCH)
    full_s = time.perf_counter() - start
    start = time.perf_counter()
    nightly = kompas_refresh()
    nightly_s = time.perf_counter() - start
    client = Client(HTTP_HOST="127.0.0.1")
    login_verified(client, User.objects.get(username="henk"))
    team = Team.objects.order_by("pk").first()
    indicator = Indicator.objects.get(measure="geholpen")
    print(f"{connection.vendor}, {households} households, {Figure.objects.count()} figure rows")
    print(f"  kompas_refresh --all      {full_s:8.1f} s  ({full.rows} rows)")
    print(f"  kompas_refresh (nightly)  {nightly_s:8.1f} s  (from {nightly.since:%Y-%m}, {nightly.rows} rows)")
    print(f"  {'page':<24}{'median ms':>10}{'p95 ms':>9}{'queries':>9}")
    pages = [("kompas, gemeente", reverse("kompas:home"), {}),
             ("kompas, een team", reverse("kompas:home"), {"team": team.pk}),
             ("indicator, een team", reverse("kompas:indicator", args=[indicator.public_id]), {"team": team.pk})]
    for label, url, params in pages:
        median, p95, queries = _time(client, url, params, runs)
        print(f"  {label:<24}{median:10.1f}{p95:9.1f}{queries:9d}")
    council, _created = User.objects.get_or_create(username="bench-adviesraad", defaults={"role": "adviesraad"})
    login_verified(client, council)
    for label, url, params in [("adviesraad, cijfers", reverse("raad:figures"), {}),
                               ("adviesraad, een team", reverse("raad:figures"), {"team": team.pk})]:
        median, p95, queries = _time(client, url, params, runs)
        print(f"  {label:<24}{median:10.1f}{p95:9.1f}{queries:9d}")


if __name__ == "__main__":
    main()
