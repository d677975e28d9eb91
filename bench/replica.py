"""What the read replica buys for the aggregate pages, and how far it lags (issue 20, ADR 0041).

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME \
    BENCH_REPLICA_URL=postgres://postgres@127.0.0.1:5433/NAME .venv/bin/python bench/replica.py [RUNS]

Start the replica first (.ci/replica). Requests the kompas (municipality, one team, one indicator) as a
team leader and the adviesraad's figures RUNS times (default 20) through Django's test client, once with
every read on the primary and once with DATABASE_REPLICA_URL set (each in its own process), with 0 and
with 2 writer processes busy on the primary. Then the lag: a row committed on the primary, timed until
the replica shows it, 50 times.
"""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _pages(runs):
    import django
    django.setup()
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from leefwereld.accounts.models import Team, User
    from leefwereld.accounts.tests.helpers import login_verified
    from leefwereld.kompas.models import Indicator

    client = Client(HTTP_HOST="127.0.0.1")
    team = Team.objects.order_by("pk").first()
    indicator = Indicator.objects.get(measure="geholpen")
    council, _ = User.objects.get_or_create(username="bench-adviesraad", defaults={"role": "adviesraad"})
    pages = [("henk", "kompas, gemeente", reverse("kompas:home"), {}),
             ("henk", "kompas, een team", reverse("kompas:home"), {"team": team.pk}),
             ("henk", "indicator, een team", reverse("kompas:indicator", args=[indicator.public_id]),
              {"team": team.pk}),
             (council.username, "adviesraad, cijfers", reverse("raad:figures"), {})]
    for username, label, url, params in pages:
        login_verified(client, User.objects.get(username=username))
        client.get(url, params)  # warm
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            assert client.get(url, params).status_code == 200
            times.append((time.perf_counter() - start) * 1000)
        where = "replica" if "replica" in connections.databases else "default"
        with CaptureQueriesContext(connections[where]) as q:
            client.get(url, params)
        times.sort()
        print(f"    {label:<22}{statistics.median(times):9.1f}{times[int(len(times) * 0.95) - 1]:9.1f}"
              f"{len(q):6d} on {where}")


def _writer(url, stop_after):
    """A busy primary: inserts and updates in small transactions for `stop_after` seconds."""
    import psycopg
    end = time.monotonic() + stop_after
    with psycopg.connect(url, autocommit=False) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_replica_load (id serial PRIMARY KEY, n int, t text)")
        conn.commit()
        while time.monotonic() < end:
            conn.execute("INSERT INTO bench_replica_load (n, t) SELECT g, md5(g::text) FROM generate_series(1, 200) g")
            conn.execute("UPDATE bench_replica_load SET n = n + 1 WHERE id % 97 = 0")
            conn.commit()


def _lag(primary, replica_url, samples=50):
    import psycopg
    lags = []
    with psycopg.connect(primary, autocommit=True) as p, psycopg.connect(replica_url, autocommit=True) as r:
        p.execute("CREATE TABLE IF NOT EXISTS bench_replica_lag (id serial PRIMARY KEY)")
        time.sleep(1)
        for _ in range(samples):
            (new_id,) = p.execute("INSERT INTO bench_replica_lag DEFAULT VALUES RETURNING id").fetchone()
            start = time.perf_counter()
            while not r.execute("SELECT 1 FROM bench_replica_lag WHERE id = %s", [new_id]).fetchone():
                time.sleep(0.001)
            lags.append((time.perf_counter() - start) * 1000)
        p.execute("DROP TABLE bench_replica_lag")
    lags.sort()
    return statistics.median(lags), lags[int(len(lags) * 0.95) - 1], lags[-1]


def main():
    primary, replica_url = os.environ.get("BENCH_DATABASE_URL"), os.environ.get("BENCH_REPLICA_URL")
    if not (primary and replica_url):
        sys.exit("Set BENCH_DATABASE_URL and BENCH_REPLICA_URL (see bench/README.md).")
    if sys.argv[1:2] == ["--pages"]:
        return _pages(int(sys.argv[2]))
    if sys.argv[1:2] == ["--writer"]:
        return _writer(primary, float(sys.argv[2]))
    runs = sys.argv[1] if len(sys.argv) > 1 else "20"
    base = {**os.environ, "DJANGO_SETTINGS_MODULE": "leefwereld.conf.dev", "DEBUG": "false", "REDIS_URL": "",
            "DATABASE_URL": primary}
    print(f"  {'':<24}{'median ms':>9}{'p95 ms':>9}{'queries':>8}")
    for writers in (0, 2):
        load = [subprocess.Popen([sys.executable, __file__, "--writer", "120"], env=base) for _ in range(writers)]
        try:
            for label, env in (("primary only", {**base, "DATABASE_REPLICA_URL": ""}),
                               ("with the replica", {**base, "DATABASE_REPLICA_URL": replica_url})):
                print(f"  {label}, {writers} writers on the primary")
                subprocess.run([sys.executable, __file__, "--pages", runs], env=env, check=True)
        finally:
            for w in load:
                w.terminate()
                w.wait()
    with_load = [subprocess.Popen([sys.executable, __file__, "--writer", "30"], env=base) for _ in range(2)]
    median, p95, worst = _lag(primary, replica_url)
    for w in with_load:
        w.terminate()
        w.wait()
    print(f"  replication lag (commit on the primary until the replica shows it, 2 writers busy): "
          f"median {median:.1f} ms, p95 {p95:.1f} ms, worst {worst:.1f} ms")
    with psycopg_connect(primary) as p:
        p.execute("DROP TABLE IF EXISTS bench_replica_load")


def psycopg_connect(url):
    import psycopg
    return psycopg.connect(url, autocommit=True)


if __name__ == "__main__":
    main()
