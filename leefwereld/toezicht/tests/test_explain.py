"""The report's queries start from an index on PostgreSQL (like workspace/tests/test_explain.py): every kind and
its drill-down read the period's rows through the index on `at` (or `action`), never the whole log."""
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from leefwereld.toezicht import report
from leefwereld.workspace.tests.test_explain import _seq_scans

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="EXPLAIN plans are PostgreSQL's; SQLite has its own planner")


@pytest.mark.parametrize("kind", list(report.KINDS))
def test_every_kind_of_unusual_access_has_an_index_path(db, kind):
    start, end = report.period_bounds(timezone.localdate() - timedelta(days=7), timezone.localdate())
    assert _seq_scans(report.kind_query(kind, start, end)[:report.LIMIT]) == [], kind
    rows = report.rows(kind=kind, actor_pk=1, date_from=start.date(), date_to=end.date())
    assert _seq_scans(rows[:50]) == [], kind
