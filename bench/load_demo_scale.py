"""How long does it take to load a city's worth of households?

    .venv/bin/python bench/load_demo_scale.py [N]        # default N = 10000

Runs on a fresh temporary SQLite database, migrated from scratch, that is deleted afterwards;
your own db.sqlite3 and DATABASE_URL are never touched. To measure PostgreSQL instead, set
BENCH_DATABASE_URL to an EMPTY database you own (for example one made with `createdb`): the
script migrates it and adds rows, but does not create or drop it, so drop it yourself after.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.dev")
    os.environ.setdefault("DEBUG", "false")  # DEBUG logs every query: overhead production never has
    tmp = None
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        # A fresh file per run: the figure must not depend on what a previous run left behind.
        fd, tmp = tempfile.mkstemp(prefix="leefwereld-bench-", suffix=".sqlite3")
        os.close(fd)
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}"
    try:
        run(n)
    finally:
        if tmp:
            os.unlink(tmp)


def run(n):
    import django

    django.setup()  # only now: settings read DATABASE_URL when they load
    from django.core.management import call_command
    from django.db import connection

    from leefwereld.accounts.models import Discipline, Team, User
    from leefwereld.demo.scale import generate

    vendor = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(connection.vendor, connection.vendor)
    print(f"Database: {vendor} ({connection.settings_dict['NAME']})")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")

    teams = [Team.objects.create(name=f"Wijkteam Bench {i}") for i in (1, 2)]
    disciplines = Discipline.values
    professionals = [
        User.objects.create(username=f"bench{i}", first_name=f"Bench{i}", last_name="Professional",
                            team=teams[i % 2], discipline=disciplines[i % len(disciplines)])
        for i in range(10)
    ]

    started = time.perf_counter()
    counts = generate(n, teams=teams, professionals=professionals)
    seconds = time.perf_counter() - started

    print(f"\n{n} households in {seconds:.1f} s: {n / seconds:,.0f} households/s, "
          f"{sum(counts.values()) / seconds:,.0f} rows/s")
    for label, rows in sorted(counts.items()):
        print(f"  {label:<32} {rows:>9,}")
    print(f"  {'total':<32} {sum(counts.values()):>9,}")
    print(f"load_demo --scale {n}: {seconds:.1f} s ({vendor})")


if __name__ == "__main__":
    main()
