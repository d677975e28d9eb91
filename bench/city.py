"""A city served like production: closed loops against gunicorn on 127.0.0.1 (issue 14).

    .venv/bin/python bench/city.py                     # 100 000 households, 60 s loops at 1 and 16 users
    .venv/bin/python bench/city.py --quick --scale 2000
    .venv/bin/python bench/city.py --scale 100000 --keep          # keep the database for another run
    .venv/bin/python bench/city.py --reuse leefwereld_city_...    # skip the load
    .venv/bin/python bench/city.py --locust                       # then the 200-professional mix

Makes its own PostgreSQL database on 127.0.0.1:5432 (user postgres), loads it with dev settings
(load_demo refuses production), ANALYZEs it, collects static files, serves it with gunicorn
(2 workers x 2 threads) and production settings, signs in a professional through the login pages
(password + TOTP) and shares that session across the simulated users. Bench/README.md explains it.
"""
import argparse
import ast
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from anywhere
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cityweb import LOOPBACK, form_fields, sign_in  # noqa: E402

SERVER = "postgres://postgres@127.0.0.1:5432"
# Without brotli, which locust pulls in but production does not install: with it, whitenoise's
# compression makes collectstatic take minutes instead of seconds on this machine.
COLLECTSTATIC = ("import runpy, sys; sys.modules['brotli'] = None; "
                 "sys.argv = ['manage.py', 'collectstatic', '--noinput', '--verbosity', '0']; "
                 "runpy.run_path('manage.py', run_name='__main__')")
PAGES = ["floor", "werkvoorraad", "person", "household", "gesprek", "plan",
         "search name", "search birth date", "search postcode", "search bsn"]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--scale", type=int, help="synthetic households (default 100 000; 2 000 with --quick)")
    p.add_argument("--duration", type=float, default=60.0, help="seconds per closed loop")
    p.add_argument("--users", default="1,16", help="concurrent users, comma-separated")
    p.add_argument("--quick", action="store_true", help="smoke run: 5 s loops unless --duration is given")
    p.add_argument("--username", default="fatima", help="the professional (Wmo consulent, team Noord)")
    p.add_argument("--keep", action="store_true", help="do not drop the database at the end")
    p.add_argument("--reuse", metavar="NAME", help="use a kept database; skip migrate, load and ANALYZE")
    p.add_argument("--pages", default=",".join(PAGES), help="which pages to loop")
    p.add_argument("--locust", action="store_true", help="run bench/locustfile.py after the loops")
    p.add_argument("--locust-users", type=int, default=200)
    p.add_argument("--locust-time", default="2m")
    p.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = p.parse_args(argv)
    if args.quick and "--duration" not in (argv if argv is not None else sys.argv):
        args.duration = 5.0
    if args.scale is None:
        args.scale = 2_000 if args.quick else 100_000
    args.users = [int(u) for u in args.users.split(",")]
    args.pages = [p.strip() for p in args.pages.split(",")]
    return args


def sh(cmd, env, **kw):
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, text=True, capture_output=True, **kw)


def psql(sql, db="postgres"):
    import psycopg

    with psycopg.connect(f"{SERVER}/{db}", autocommit=True) as conn:
        conn.execute(sql)


def load(db, scale):
    """Migrate and load_demo with dev settings (load_demo refuses production); then ANALYZE."""
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "leefwereld.conf.dev", "DEBUG": "false",
                        "DATABASE_URL": f"{SERVER}/{db}"}
    started = time.perf_counter()
    sh([sys.executable, "manage.py", "migrate", "--verbosity", "0"], env)
    print(f"migrate: {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    out = sh([sys.executable, "manage.py", "load_demo", "--scale", str(scale), "--no-progress"], env).stdout
    seconds = time.perf_counter() - started
    found = re.search(r"households: (\{.*\})", out)
    rows = sum(ast.literal_eval(found.group(1)).values()) if found else 0
    print(f"load_demo --scale {scale}: {seconds:.1f} s, {rows:,} synthetic rows, {rows / seconds:,.0f} rows/s",
          flush=True)
    started = time.perf_counter()
    psql("ANALYZE", db)
    print(f"ANALYZE: {time.perf_counter() - started:.1f} s", flush=True)
    return {"load_s": round(seconds, 1), "rows": rows, "rows_per_s": round(rows / seconds)}


def production_env(db, static_root):
    # Plain HTTP on loopback: no TLS redirect, no secure-only cookies; everything else as production.
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "leefwereld.conf.production", "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": LOOPBACK, "SECURE_SSL_REDIRECT": "off", "SECURE_COOKIES": "off",
        "DATABASE_URL": f"{SERVER}/{db}", "STATIC_ROOT": static_root, "DEBUG": "false",
    }


def free_port():
    import socket

    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def start_gunicorn(env, port, log):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "leefwereld.conf.wsgi:application", "--bind", f"{LOOPBACK}:{port}", "--workers", "2",
         "--threads", "2", "--worker-class", "gthread", "--error-logfile", log, "--timeout", "60"],
        env=env, cwd=ROOT, start_new_session=True,  # its own process group: stopped as one on exit
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    for _ in range(120):
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}:\n{Path(log).read_text()[-3000:]}")
        try:
            httpx.get(f"http://{LOOPBACK}:{port}/account/inloggen/", timeout=2)
            return proc
        except httpx.TransportError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer within 60 s")


def stop_gunicorn(proc):
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def main(argv=None):
    args = parse_args(argv)
    db = args.reuse or f"leefwereld_city_{int(time.time())}_{os.getpid()}"
    static_root = tempfile.mkdtemp(prefix="leefwereld-city-static-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally below on kill too
    proc, report = None, {"database": db, "scale": args.scale, "duration_s": args.duration}
    try:
        if not args.reuse:
            psql(f'CREATE DATABASE "{db}"')
            print(f"Database {db} on 127.0.0.1:5432", flush=True)
            report["load"] = load(db, args.scale)
        env = production_env(db, static_root)
        sh([sys.executable, "-c", COLLECTSTATIC], env)
        os.environ.update(env)
        import django

        django.setup()  # production settings, same database as the server
        import cityplan

        plan = cityplan.make(args.username)
        report["queries"] = cityplan.count_queries(args.username, plan)
        port = free_port()
        proc = start_gunicorn(env, port, os.path.join(static_root, "gunicorn.log"))
        base = f"http://{LOOPBACK}:{port}"
        cookies = login(base, args.username)
        print(f"gunicorn 2 workers x 2 threads on {base}, production settings; signed in as {args.username}\n")
        report["rows"] = run_loops(base, cookies, plan, args, report["queries"])
        if args.locust:
            import citylocust

            report["locust"] = citylocust.run(base, cookies, plan, args.locust_users, args.locust_time)
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1))
    finally:
        stop_gunicorn(proc)
        shutil.rmtree(static_root, ignore_errors=True)
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if not args.keep and not args.reuse:
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            print(f"Dropped {db}.")
        elif not args.reuse:
            print(f"Kept {db}: rerun with --reuse {db}; drop it with dropdb -h 127.0.0.1 -U postgres {db}")
    return report


def login(base, username):
    """Through the real pages; the TOTP code as the linked app would show it now."""
    import httpx

    from leefwereld.demo.personas import DEMO_PASSWORD

    with httpx.Client(timeout=30) as client:
        sign_in(client, base, login_path="/account/inloggen/", username=username, password=DEMO_PASSWORD,
                code_for=lambda: fresh_code(username))
        page = client.get(base + "/zoeken/")
        page.raise_for_status()
        cookies = dict(client.cookies)
    cookies["csrf_form_token"] = form_fields(page.text, has_field="csrfmiddlewaretoken")["csrfmiddlewaretoken"]
    return cookies


def fresh_code(username):
    """A code is accepted once per device: wait for the next window if this one was used."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        time.sleep(1)
    return f"{totp.token():0{device.digits}d}"


def run_loops(base, cookies, plan, args, queries):
    import cityloop

    rows, floor = [], {}
    print(f"{'page':<18} {'users':>5} {'median':>8} {'p95':>8} {'req/s':>7} {'errors':>6} {'kB':>6} "
          f"{'queries':>7} {'load':>5} {'x floor':>7}")
    for page in args.pages:
        for users in args.users:
            load_avg = os.getloadavg()[0]
            r = cityloop.closed_loop(base, cookies, plan[page], users, args.duration)
            if page == "floor":
                floor[users] = r["median_ms"]
            times = r["median_ms"] / floor[users] if floor.get(users) else None
            row = {"page": page, "users": users, "load": round(load_avg, 2), "queries": queries.get(page),
                   "x_floor": round(times, 1) if times else None, **r}
            rows.append(row)
            print(f"{page:<18} {users:>5} {r['median_ms']:>6.1f}ms {r['p95_ms']:>6.1f}ms {r['rps']:>7.1f} "
                  f"{r['errors']:>6} {r['mean_bytes'] / 1000:>6.1f} {queries.get(page, '-')!s:>7} "
                  f"{load_avg:>5.2f} {times or 0:>6.1f}x", flush=True)
    return rows


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
