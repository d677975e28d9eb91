"""Two app servers (gunicorn) against one database and one Redis: a session made on one is good on the
other, and a page cached by one is served by the other (ADR 0028). Redis must be running (.ci/run
starts it); the test fails, never skips, without it."""
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest
import redis
from django.db import connection
from django_otp.oath import TOTP

from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.accounts.tests.helpers import linked_app

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from cityweb import sign_in  # noqa: E402

REDIS = "redis://127.0.0.1:6379/15"
PASSWORD = "een-lang-test-wachtwoord"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url(tmp):
    """The test database as another process reaches it: PostgreSQL's by name, SQLite's (in memory) copied."""
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    path = Path(tmp) / "shared.sqlite3"
    target = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


def _wait(url, deadline=60):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


@pytest.fixture
def servers(transactional_db, team):
    redis.Redis.from_url(REDIS).ping()  # fails loudly when Redis is down
    prefix = f"twoapps-{uuid.uuid4().hex[:8]}"
    user = UserFactory(team=team, username="twee", password=PASSWORD)
    device = linked_app(user)
    procs = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": _database_url(tmp), "REDIS_URL": REDIS, "CACHE_KEY_PREFIX": prefix,
               "DJANGO_SETTINGS_MODULE": "leefwereld.conf.test", "DB_CONN_MAX_AGE": "0"}
        urls = []
        for _i in range(2):
            port = _free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "leefwereld.conf.wsgi:application", "--bind", f"127.0.0.1:{port}",
                 "--workers", "1", "--log-level", "warning"], cwd=ROOT, env=env))
            urls.append(f"http://127.0.0.1:{port}")
        try:
            for name, url in zip("AB", urls, strict=True):
                _wait(f"{url}/gezond/?klaar={name}")  # a URL of its own: not the shared cached page
            yield urls, user, device, prefix
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(10)
            store = redis.Redis.from_url(REDIS)
            for key in store.scan_iter(f"{prefix}:*"):
                store.delete(key)


def _sign_in(client, base, user, device):
    """Password and code through A's pages. Once in about six runs A re-showed the code page (cause not found
    yet, see the issue 20 note); then the next code window is tried once more, so a refusal twice still fails."""
    code = lambda: TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()  # noqa: E731
    try:
        sign_in(client, base, login_path="/account/inloggen/", username=user.username, password=PASSWORD,
                code_for=code)
    except RuntimeError:
        time.sleep(device.step - time.time() % device.step + 1)
        client.cookies.clear()
        sign_in(client, base, login_path="/account/inloggen/", username=user.username, password=PASSWORD,
                code_for=code)


def test_a_session_and_a_cached_page_move_between_app_servers(servers):
    (a, b), user, device, prefix = servers
    own = {url: httpx.get(f"{url}/gezond/?eigen=1").json()["process"] for url in (a, b)}
    assert own[a] != own[b]
    with httpx.Client() as client:
        _sign_in(client, a, user, device)
        werkvoorraad = client.get(f"{b}/")  # signed in on A, asking B
        assert werkvoorraad.status_code == 200 and "werkvoorraad" in werkvoorraad.text.lower()
        session = client.cookies["sessionid"]
    assert any(session in key.decode() for key in redis.Redis.from_url(REDIS).scan_iter(f"{prefix}:*"))
    # Behind the proxy both see one host name; the cache key holds it, so the test sends the same.
    same_host = {"Host": "127.0.0.1"}
    first = httpx.get(f"{a}/gezond/", headers=same_host).json()
    second = httpx.get(f"{b}/gezond/", headers=same_host).json()
    assert second == first and second["process"] == own[a]  # B served the page A cached
