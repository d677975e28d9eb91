"""Two real Celery worker processes on Redis (127.0.0.1:6379) take the same messages twice: each resident
gets one e-mail. The workers reach this test's own database: PostgreSQL by name, SQLite as a copy on disk."""
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from leefwereld import celery_app
from leefwereld.notify.models import Kind, Notification, Status
from leefwereld.residents.models import PreferredChannel
from leefwereld.residents.tests.factories import PersonFactory

REDIS = "redis://127.0.0.1:6379/0"
N = 12


def _database_url(tmp_path):
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    copy = tmp_path / "worker.sqlite3"  # the in-memory test database, copied for the worker processes
    connection.ensure_connection()
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


def _statuses(database_url):
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            return [row[0] for row in db.execute("SELECT status FROM notify_notification")]
    return list(Notification.objects.values_list("status", flat=True))


def _worker(name, queue, database_url, smtp_port):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "leefwereld.conf.test", "DATABASE_URL": database_url,
           "CELERY_BROKER_URL": REDIS, "CELERY_TASK_DEFAULT_QUEUE": queue, "EMAIL_HOST": "127.0.0.1",
           "EMAIL_PORT": str(smtp_port), "NOTIFY_RETRY_SECONDS": "0"}
    celery = Path(sys.executable).with_name("celery")
    return subprocess.Popen(  # noqa: S603 (our own worker, fixed arguments)
        [str(celery), "-A", "leefwereld.conf.celery", "worker", "--pool=solo", "-Q", queue, "-n", f"{name}@%h",
         "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "warning"],
        env=env, cwd=settings.BASE_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.filterwarnings("ignore::celery.exceptions.AlwaysEagerIgnored")
@pytest.mark.django_db(transaction=True)
def test_two_workers_never_send_twice(smtp, tmp_path):
    people = [PersonFactory(preferred_channel=PreferredChannel.EMAIL, email=f"inwoner{i}@example.org")
              for i in range(N)]
    ids = [Notification.objects.create(household_id=p.household_id, person=p, kind=Kind.BRIEF, channel="email",
                                       key=f"brief:{i}").pk for i, p in enumerate(people)]
    smtp.refuse = 2  # two deliveries meet a busy server: retried by the workers
    database_url, queue = _database_url(tmp_path), f"test-notify-{uuid.uuid4().hex}"
    broker = redis.Redis.from_url(REDIS)
    workers = [_worker(name, queue, database_url, settings.EMAIL_PORT) for name in ("w1", "w2")]
    try:
        with celery_app.connection_for_write(REDIS) as conn:
            for pk in ids + ids:  # every message twice, as after a redelivery
                celery_app.send_task("leefwereld.notify.tasks.deliver", args=[pk], queue=queue, connection=conn)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and _statuses(database_url).count(Status.VERZONDEN) < N:
            time.sleep(0.2)
        while time.monotonic() < deadline and broker.llen(queue):
            time.sleep(0.2)
    finally:
        for worker in workers:
            worker.terminate()
        errors = [w.communicate(timeout=30)[1].decode() for w in workers]
        broker.delete(queue)
    assert _statuses(database_url) == [Status.VERZONDEN] * N, errors
    sent_to = sorted(to[0] for to, _raw in smtp.messages)
    assert sent_to == sorted(p.email for p in people), errors
    assert smtp.tries == N + 2
