"""Run bench/locustfile.py headless against the benchmark's gunicorn and print p95 per page."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cityplan
from cityweb import require_loopback

HERE = Path(__file__).resolve().parent


def run(base, cookies, plan, users, run_time):
    require_loopback(base)
    locust = Path(sys.executable).with_name("locust")
    if not locust.exists():
        raise SystemExit("locust is not installed: pip install -r requirements/bench.txt (make bench-city does).")
    work = Path(tempfile.mkdtemp(prefix="leefwereld-locust-"))
    try:
        (work / "plan.json").write_text(json.dumps({"cookies": cookies, **cityplan.mix(plan)}))
        print(f"\nlocust: {users} professionals, 10-30 s think time, {run_time}, against {base}", flush=True)
        cmd = [str(locust), "-f", str(HERE / "locustfile.py"), "--headless", "--users", str(users),
               "--spawn-rate", str(max(1, users // 20)), "--run-time", run_time, "--host", base,
               "--csv", str(work / "mix"), "--only-summary", "--loglevel", "WARNING", "--stop-timeout", "30"]
        with open(work / "locust.log", "w") as log:
            subprocess.run(cmd, env=os.environ | {"LEEFWERELD_BENCH_PLAN": str(work / "plan.json")},
                           check=False, timeout=7200, stdout=log, stderr=subprocess.STDOUT)
        return _report(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _report(work):
    if not (work / "mix_stats.csv").exists():
        raise RuntimeError("locust wrote no figures:\n" + (work / "locust.log").read_text()[-3000:])
    with open(work / "mix_stats.csv") as f:
        rows = [{"page": r["Name"], "requests": int(r["Request Count"]), "errors": int(r["Failure Count"]),
                 "median_ms": float(r["50%"]), "p95_ms": float(r["95%"]), "rps": float(r["Requests/s"])}
                for r in csv.DictReader(f)]
    print(f"{'page':<24} {'requests':>8} {'errors':>6} {'median':>8} {'p95':>8} {'req/s':>6}")
    for r in rows:
        print(f"{r['page']:<24} {r['requests']:>8} {r['errors']:>6} {r['median_ms']:>6.0f}ms {r['p95_ms']:>6.0f}ms "
              f"{r['rps']:>6.1f}")
    failures = (work / "mix_failures.csv").read_text() if (work / "mix_failures.csv").exists() else ""
    if failures.count("\n") > 1:
        print("failures:\n" + failures[:2000])
    return rows
