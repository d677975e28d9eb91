"""The backup and restore drill (issue 20, ADR 0041): dump the database (pg_dump, custom format), restore
it into a fresh database, and check that what came back is whole: the row count of every table, the audit
log row for row, the audit log's triggers and the roles' grants, the name search's extension, and that a
sign-in works against the restored database as the application role. Reports how long each step took.

    manage.py restore_drill [--target NAME] [--keep] [--dump PATH] [--json]

The target database is dropped and made again: it must not be the source, and is dropped after the
drill unless --keep. Roles are cluster-wide; restoring on another cluster needs `pg_dumpall --roles-only`
there first (docs/deployment.md).
"""
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from argparse import SUPPRESS as SUPPRESS_HELP
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from psycopg import sql

from leefwereld.audit.models import AuditEvent

AUDIT_TRIGGERS = ("audit_auditevent_append_only", "audit_auditevent_no_truncate")
# The audit log compared row for row, in order: the same rows, none changed, none missing.
AUDIT_DIGEST = sql.SQL(
    "SELECT count(*), coalesce(max(id), 0), md5(coalesce(string_agg(concat_ws('|', id, at, actor_id, action, "
    "household_pk, person_pk, object_ref, reason, detail::text), E'\\n' ORDER BY id), '')) FROM {}"
).format(sql.Identifier(AuditEvent._meta.db_table))


def _pg_env(db):
    env = {**os.environ, "PGHOST": db.get("HOST") or "127.0.0.1", "PGPORT": str(db.get("PORT") or 5432),
           "PGUSER": db.get("USER") or "postgres"}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _run(args, env):
    done = subprocess.run(args, env=env, capture_output=True, text=True)  # noqa: S603 (the PostgreSQL tools)
    if done.returncode != 0:
        raise CommandError(f"{args[0]} failed: {done.stderr.strip()[:2000]}")
    return done.stdout


def _connect(db, name):
    return psycopg.connect(host=db.get("HOST") or "127.0.0.1", port=db.get("PORT") or 5432,
                           user=db.get("USER") or "postgres", password=db.get("PASSWORD") or None, dbname=name,
                           autocommit=True)


def _facts(conn, app_role):
    """What must be the same on both sides: rows per table, the audit digest, triggers, grants, extensions."""
    cur = conn.cursor()
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    tables = [t for (t,) in cur.fetchall()]
    counts = {}
    for table in tables:
        cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        counts[table] = cur.fetchone()[0]
    cur.execute(AUDIT_DIGEST)
    audit = list(cur.fetchone())
    cur.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND tgenabled <> 'D'"
                " AND NOT tgisinternal ORDER BY 1", [AuditEvent._meta.db_table])
    triggers = [t for (t,) in cur.fetchall()]
    grants = None
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [app_role])
    if cur.fetchone():
        cur.execute("SELECT " + ", ".join(f"has_table_privilege(%s, %s, '{p}')"
                                          for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")),
                    [app_role, AuditEvent._meta.db_table] * 5)
        grants = dict(zip(("select", "insert", "update", "delete", "truncate"), cur.fetchone(), strict=True))
    cur.execute("SELECT extname FROM pg_extension ORDER BY 1")
    extensions = [e for (e,) in cur.fetchall()]
    return {"counts": counts, "audit": audit, "triggers": triggers, "grants": grants, "extensions": extensions}


class Command(BaseCommand):
    help = "Dump, restore into a fresh database, verify (rows, audit log, triggers, roles, sign-in), report times."

    def add_arguments(self, parser):
        parser.add_argument("--target", help="the database to restore into (default: <source>_restore_drill)")
        parser.add_argument("--keep", action="store_true", help="keep the restored database afterwards")
        parser.add_argument("--dump", help="where to write the dump (default: a temporary file, removed)")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.add_argument("--check-signin", action="store_true", help=SUPPRESS_HELP)

    def handle(self, *args, target=None, keep=False, dump=None, json=False, check_signin=False, **options):
        if check_signin:
            return self._check_signin()
        db = settings.DATABASES["default"]
        if connections["default"].vendor != "postgresql":
            raise CommandError("The restore drill is for PostgreSQL (pg_dump and pg_restore).")
        source = db["NAME"]
        target = target or f"{source}_restore_drill"
        if target == source:
            raise CommandError("The target must be another database than the source.")
        env = _pg_env(db)
        times, report = {}, {"source": source, "target": target}
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(dump or Path(tmp) / f"{source}.dump")
            start = time.monotonic()
            _run(["pg_dump", "--format=custom", "--compress=6", f"--file={path}", source], env)
            times["dump"] = time.monotonic() - start
            report["dump_bytes"] = path.stat().st_size
            start = time.monotonic()
            _run(["dropdb", "--if-exists", target], env)
            _run(["createdb", "--template=template0", target], env)
            _run(["pg_restore", "--exit-on-error", f"--jobs={min(4, os.cpu_count() or 1)}", f"--dbname={target}",
                  str(path)], env)
            times["restore"] = time.monotonic() - start
        try:
            start = time.monotonic()
            report.update(self._verify(db, source, target))
            times["verify"] = time.monotonic() - start
        finally:
            if not keep:
                _run(["dropdb", "--if-exists", target], env)
        report["seconds"] = {k: round(v, 2) for k, v in times.items()}
        report["seconds"]["total"] = round(sum(times.values()), 2)
        self._print(report, as_json=json)
        if report["problems"]:
            raise CommandError("The restore drill found differences: " + "; ".join(report["problems"]))

    def _verify(self, db, source, target, signin=True):
        app = settings.DB_APP_ROLE
        with _connect(db, source) as a, _connect(db, target) as b:
            before, after = _facts(a, app), _facts(b, app)
        problems = [f"{t}: {n} rows, restored {after['counts'].get(t)}" for t, n in before["counts"].items()
                    if after["counts"].get(t) != n]
        if before["audit"] != after["audit"]:
            problems.append(f"audit log differs: {before['audit'][:2]} vs {after['audit'][:2]}")
        missing = [t for t in AUDIT_TRIGGERS if t not in after["triggers"]]
        if missing:
            problems.append(f"audit triggers missing: {missing}")
        expected = {"select": True, "insert": True, "update": False, "delete": False, "truncate": False}
        if after["grants"] != expected:
            problems.append(f"{app} on the audit log: {after['grants']} (expected {expected})")
        if set(before["extensions"]) - set(after["extensions"]):
            problems.append(f"extensions missing: {set(before['extensions']) - set(after['extensions'])}")
        start = time.monotonic()
        signin = self._signin_in(db, target, app) if signin else "not tried"
        if signin not in ("ok", "not tried"):
            problems.append(f"sign-in: {signin}")
        return {"tables": len(before["counts"]), "rows": sum(before["counts"].values()),
                "audit_rows": before["audit"][0], "triggers": after["triggers"], "app_grants": after["grants"],
                "signin": signin, "signin_seconds": round(time.monotonic() - start, 2), "problems": problems}

    def _signin_in(self, db, target, app):
        """Sign in through the login page, in a separate process connected to the restored database as the
        application role, as the running service would."""
        password = os.environ.get("DB_APP_PASSWORD", "")
        auth = f"{app}:{password}" if password else app
        url = f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{target}"
        env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": ""}
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "restore_drill", "--check-signin"]
        done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603 (fixed arguments)
        return done.stdout.strip().splitlines()[-1] if done.returncode == 0 and done.stdout.strip() else \
            (done.stderr.strip() or "no answer")[-600:]

    def _check_signin(self):
        """In the restored database: a throw-away account signs in with its password at the login page."""
        from django.contrib.auth import get_user_model  # audit sits below accounts: no import of it
        from django.test import Client
        from django.urls import reverse
        name, password = f"restore-drill-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
        get_user_model().objects.create_user(username=name, password=password, role="professional")
        client = Client(HTTP_HOST="127.0.0.1")
        answer = client.post(reverse("workspace:login"), {"username": name, "password": password})
        signed_in = answer.status_code == 302 and client.session.get("_auth_user_id") is not None
        self.stdout.write("ok" if signed_in else f"the login page answered {answer.status_code}")

    def _print(self, report, as_json):
        if as_json:
            self.stdout.write(json.dumps(report))
            return
        s = report["seconds"]
        self.stdout.write(
            f"Restore drill {report['source']} -> {report['target']}: {report['tables']} tables, {report['rows']} rows "
            f"({report['audit_rows']} audit rows), dump {report['dump_bytes'] / 1e6:.1f} MB.\n"
            f"  dump {s['dump']} s, restore {s['restore']} s, verify {s['verify']} s, total {s['total']} s.\n"
            f"  audit triggers {', '.join(report['triggers'])}; {settings.DB_APP_ROLE} on the audit log "
            f"{report['app_grants']}; sign-in {report['signin']}.")
        for p in report["problems"]:
            self.stderr.write(f"  PROBLEM: {p}")
