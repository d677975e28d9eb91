"""The consistency panel (issue 17) for a city: similar earlier decisions and the spread per guideline.

    createdb -h 127.0.0.1 -U postgres leefwereld_h17c_bench
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/leefwereld_h17c_bench \
        .venv/bin/python bench/consistency.py 100000

Uses a PostgreSQL database you own. When it holds fewer than N households it runs `load_demo --scale N`
(dev settings, like bench/city.py). The synthetic city has no decisions, so this script adds decided
beschikkingen once (one in five households, products worded like the demo guidelines' terms and some
that match none), ANALYZEs, then times, as a professional of Wijkteam Noord:
  similar   consistency.similar_decisions() for each demo guideline (what a deviation or decision form shows)
  spread    consistency.spread() over this year (the team leader's picture per guideline)
20 rounds each; median and 95th percentile in ms and the queries per call. Then EXPLAIN (ANALYZE) of
each query, so you see which indexes the plans use. Drop the database yourself afterwards.
"""
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from anywhere

PRODUCTS = ["Hulp bij het huishouden", "Huishoudelijke hulp, 3 uur", "Bijzondere bijstand: bril",
            "Bijzondere bijstand: wasmachine", "Scootmobiel", "Woningaanpassing: traplift", "Begeleiding individueel",
            "Dagbesteding", "Jeugdhulp ambulant", "Taxipas"]
ROUNDS = 20


def ensure_city(n):
    from leefwereld.residents.models import Household

    have = Household.objects.count()
    if have >= n:
        print(f"households: {have:,} (no load needed)")
        return
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "leefwereld.conf.dev", "DEBUG": "false"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", "load_demo", "--scale", str(n), "--no-progress"], env=env, cwd=ROOT,
                   check=True, capture_output=True)
    print(f"load_demo --scale {n}: {time.perf_counter() - started:.0f} s")


def ensure_decisions():
    """One decided beschikking with one voorziening for every fifth household, once (bench rows only)."""
    import datetime as dt

    from django.db import connection, transaction

    from leefwereld.accounts.models import User
    from leefwereld.decisions.models import Beschikking, BeschikkingStatus, Uitkomst, Voorziening, Wet
    from leefwereld.residents.models import Person

    if Voorziening.objects.filter(artikel="bench").exists():
        print(f"voorzieningen: {Voorziening.objects.count():,} (bench rows already there)")
        return
    rng = random.Random(17)
    authors = {t: User.objects.filter(team_id=t, role="professional").values_list("pk", flat=True).first()
               for t in User.objects.exclude(team=None).values_list("team_id", flat=True).distinct()}
    people = list(Person.objects.filter(household__team_id__in=list(authors))
                  .values_list("pk", "household_id", "household__team_id").order_by("household_id")
                  .distinct("household_id")[::5])
    today = dt.date.today()
    started = time.perf_counter()
    for start in range(0, len(people), 5000):
        chunk = people[start:start + 5000]
        with transaction.atomic():
            bs = Beschikking.objects.bulk_create([
                Beschikking(household_id=h, person_id=p, author_id=authors[t], decided_by_id=authors[t],
                            status=BeschikkingStatus.VERZONDEN,
                            decided_on=today - dt.timedelta(days=rng.randrange(730)))
                for p, h, t in chunk])
            Voorziening.objects.bulk_create([
                Voorziening(household_id=b.household_id, beschikking=b, wet=Wet.WMO, artikel="bench",
                            product=rng.choice(PRODUCTS), uitkomst=rng.choice(list(Uitkomst.values)),
                            quantity=rng.choice([2, 3, 4, 5]), unit="uur per week",
                            amount=rng.randrange(100, 2000), motivation="Zoals besproken aan de keukentafel.")
                for b in bs])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"added {len(people):,} decided beschikkingen with a voorziening in {time.perf_counter() - started:.0f} s")


def timed(fn):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], None
    for _ in range(ROUNDS):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
        queries = [q["sql"] for q in ctx.captured_queries]
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], queries


def explain(sql):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql)
        return "\n".join("    " + row[0] for row in cursor.fetchall())


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        sys.exit("Set BENCH_DATABASE_URL to a PostgreSQL database you own (see the docstring).")
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.dev")
    os.environ.setdefault("DEBUG", "false")
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from leefwereld.accounts.models import User
    from leefwereld.ruimte import consistency
    from leefwereld.ruimte.models import Guideline

    call_command("migrate", verbosity=0)
    ensure_city(n)
    ensure_decisions()
    pro = User.objects.get(username="fatima")
    guidelines = list(Guideline.objects.filter(active=True).select_related("current"))
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'':24}{'median ms':>10}{'p95 ms':>9}{'queries':>9}")
    plans = []
    for g in guidelines:
        median, p95, queries = timed(lambda g=g: consistency.similar_decisions(actor=pro, guideline=g))
        print(f"{'similar: ' + g.code[:15]:24}{median:10.1f}{p95:9.1f}{len(queries):9}")
        plans.append((f"similar: {g.code}", queries))
    today = timezone.localdate()
    median, p95, queries = timed(lambda: consistency.spread(guidelines=guidelines, team_id=pro.team_id,
                                                             since=today.replace(month=1, day=1), until=today))
    print(f"{'spread (all guidelines)':24}{median:10.1f}{p95:9.1f}{len(queries):9}")
    plans.append(("spread", queries))
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for label, queries in plans[:1] + plans[-1:]:
        for sql in queries:
            if sql.lstrip().upper().startswith("SELECT") and "audit" not in sql:
                print(f"\n-- {label}: {sql[:100]}...\n{explain(sql)}")


if __name__ == "__main__":
    main()
