"""Where a page's time goes, in process: SQL against Python, the slowest queries, the hottest functions.

    .venv/bin/python bench/profile_pages.py leefwereld_city_...            # every page, 30 requests each
    .venv/bin/python bench/profile_pages.py leefwereld_city_... --pages person,plan --sql 5
    .venv/bin/python bench/profile_pages.py leefwereld_city_... --pages werkvoorraad --cprofile 25

Runs against a database kept by `city.py --keep`, with the production settings and Django's test
client (no gunicorn, no network), so it shows what bounds a page, not how fast it is served.
"""
import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("database", help="a database kept by city.py --keep")
    p.add_argument("--pages", help="comma-separated (default: every page of city.py)")
    p.add_argument("-n", type=int, default=30, help="requests per page")
    p.add_argument("--username", default="fatima")
    p.add_argument("--sql", type=int, default=3, help="show the N slowest queries per page")
    p.add_argument("--cprofile", type=int, default=0, help="show the N functions with most cumulative time")
    p.add_argument("--sort", default="cumulative", help="cProfile order: cumulative, tottime, ncalls")
    args = p.parse_args(argv)
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "leefwereld.conf.production", "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "off", "SECURE_COOKIES": "off", "DEBUG": "false",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
        "STATIC_ROOT": os.path.join(tempfile.gettempdir(), "leefwereld-profile-static"),
    })
    from city import COLLECTSTATIC

    subprocess.run([sys.executable, "-c", COLLECTSTATIC], check=True, cwd=ROOT)  # the manifest, as served
    import django

    django.setup()
    import cityplan
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from leefwereld.accounts.models import User
    from leefwereld.accounts.tests.helpers import login_verified

    plan = cityplan.make(args.username)
    client = Client(HTTP_HOST="127.0.0.1")
    login_verified(client, User.objects.get(username=args.username))
    pages = args.pages.split(",") if args.pages else list(plan)
    print(f"{'page':18} {'median':>8} {'sql':>8} {'python':>8} {'queries':>7}")
    for page in pages:
        requests = plan[page]
        times, sql_times, counts, slowest = [], [], [], []
        profiler = cProfile.Profile() if args.cprofile else None
        for i in range(args.n + 2):
            method, url, data = requests[i % len(requests)]
            send = client.post if method == "POST" else client.get
            with CaptureQueriesContext(connection) as ctx:
                if profiler and i >= 2:
                    profiler.enable()
                start = time.perf_counter()
                response = send(url, data)
                elapsed = time.perf_counter() - start
                if profiler and i >= 2:
                    profiler.disable()
            if response.status_code != 200:
                raise SystemExit(f"{page}: HTTP {response.status_code} for {url}")
            if i < 2:
                continue  # warm the session and the caches
            times.append(elapsed * 1000)
            sql_times.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
            counts.append(len(ctx.captured_queries))
            slowest.extend((float(q["time"]) * 1000, q["sql"]) for q in ctx.captured_queries)
        med, sql = statistics.median(times), statistics.median(sql_times)
        print(f"{page:18} {med:7.1f}ms {sql:7.1f}ms {med - sql:7.1f}ms {max(counts):7}")
        for ms, q in sorted(slowest, reverse=True)[:args.sql]:
            print(f"    {ms:6.1f}ms  {q[:300]}")
        if profiler:
            stats = pstats.Stats(profiler)
            # Calls per request: a measure of Python work that a busy machine does not blur.
            print(f"    {stats.total_calls // args.n} function calls per request")
            stats.sort_stats(args.sort).print_stats(args.cprofile)


if __name__ == "__main__":
    main()
