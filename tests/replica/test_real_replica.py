"""The router against the real streaming replica on this machine (.ci/replica starts it; ADR 0041).

On PostgreSQL this test fails, never skips, when the replica is not there. It shows that a marked page
reads from the replica (a server in recovery), that a row written on the primary arrives there, and that
after a write the session reads from the primary (read your own writes, whatever the lag).
"""
import os
import time

import psycopg
import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leefwereld.core import replica
from leefwereld.koppelingen.models import Aanbieder

PORT = int(os.environ.get("REPLICA_PORT", "5433"))
pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="streaming replication is PostgreSQL's")


@pytest.fixture
def real_replica(transactional_db):
    default = connections["default"].settings_dict
    try:
        psycopg.connect(host=default["HOST"] or "127.0.0.1", port=PORT, user=default["USER"], dbname="postgres",
                        connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        pytest.fail(f"No replica on port {PORT}: start it with .ci/replica ({exc})")
    connections.databases[replica.REPLICA] = {**default, "PORT": PORT, "TEST": {**default["TEST"], "MIRROR": None}}
    # Connected here, by hand: the test case guards only the connections it knew when it started.
    connections[replica.REPLICA].connect()
    try:
        yield connections[replica.REPLICA]
    finally:
        connections[replica.REPLICA].close()
        del connections[replica.REPLICA]
        del connections.databases[replica.REPLICA]


def _caught_up(replica_connection, timeout=20):
    """Wait (bounded) until the replica replayed everything the primary wrote so far; returns the lag."""
    with connection.cursor() as c:
        c.execute("SELECT pg_current_wal_lsn()")
        lsn = c.fetchone()[0]
    start = time.monotonic()
    with replica_connection.cursor() as c:
        while time.monotonic() - start < timeout:
            c.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [lsn])
            if c.fetchone()[0]:
                return time.monotonic() - start
            time.sleep(0.02)
    pytest.fail(f"the replica did not catch up within {timeout} s")


def test_marked_pages_read_from_the_real_replica_and_a_write_keeps_the_session_on_the_primary(
        real_replica, client_for, beleid):
    with real_replica.cursor() as c:
        c.execute("SELECT pg_is_in_recovery()")
        assert c.fetchone()[0] is True  # a standby, not the primary under another name
    client = client_for(beleid)
    Aanbieder.objects.create(name="Zorg Noord", agb_code="11112222")
    lag = _caught_up(real_replica)
    assert lag < 20

    # The replica holds the row written on the primary; the router sends a marked view's reads there.
    with CaptureQueriesContext(real_replica) as on_replica:
        assert client.get(reverse("kompas:home")).status_code == 200
    assert len(on_replica) > 0
    assert Aanbieder.objects.using(replica.REPLICA).filter(agb_code="11112222").exists()

    # A write (any POST) keeps this session on the primary for a while: nothing is read from the replica.
    client.post(reverse("set_language"), {"language": "nl"})
    with CaptureQueriesContext(real_replica) as on_replica:
        assert client.get(reverse("kompas:home")).status_code == 200
    assert len(on_replica) == 0
    # An unmarked page (a file, a list, the API) never reads from the replica.
    with CaptureQueriesContext(real_replica) as on_replica:
        client.get(reverse("raad:home"))
    assert len(on_replica) == 0
