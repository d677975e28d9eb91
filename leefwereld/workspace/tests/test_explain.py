"""Every werkvoorraad list and every kind of search has an index path on PostgreSQL (ADR 0012).

The test database is small, so the planner would rightly pick sequential scans for it; with
`enable_seqscan = off` a sequential scan (or a walk over a whole index, without a condition)
only remains where NO index can answer the query. A
list that falls back to scanning a table fails here before it is slow at 100 000 households.
"""
import json

import pytest
from django.db import connection, transaction

from leefwereld.workspace.selectors import WORKLISTS

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="EXPLAIN plans are PostgreSQL's; SQLite has its own planner")


def _seq_scans(queryset):
    sql, params = queryset.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = plan if isinstance(plan, list) else json.loads(plan)
    found, todo = [], [plan[0]["Plan"]]
    while todo:
        node = todo.pop()
        # With seqscan off, PostgreSQL walks a whole index instead: an index scan without a condition.
        whole_index = node["Node Type"] in ("Index Scan", "Index Only Scan") and "Index Cond" not in node
        if node["Node Type"] == "Seq Scan" or whole_index:
            found.append(node["Relation Name"])
        todo += node.get("Plans", [])
    return found


@pytest.mark.parametrize("slug", list(WORKLISTS))
def test_every_werkvoorraad_list_has_an_index_path(pro, person, slug):
    qs = WORKLISTS[slug].build(actor=pro)
    assert _seq_scans(qs[:10]) == [], f"{slug} falls back to a sequential scan"


@pytest.mark.parametrize("criteria", [
    {"name": "Gerit"}, {"name": "van Dalen"}, {"bsn": "111222333"},
    {"postcode": "5341 AB", "house_number": "12"},
])
def test_every_search_has_an_index_path(pro, person, criteria):
    from leefwereld.residents.selectors import person_search_qs

    qs = person_search_qs(actor=pro, **criteria)
    assert _seq_scans(qs[:50]) == [], f"{criteria} falls back to a sequential scan"


def test_who_looked_at_a_person_has_an_index_path(pro, person):
    from leefwereld.audit.selectors import audit_events_for_person, audit_events_for_team

    def plan_of(qs):
        sql, params = qs[:50].query.sql_with_params()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")  # no walk of the whole time index either
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            return json.dumps(cursor.fetchone()[0])

    # The lists that showed the person come from the GIN index on detail -> 'shown'.
    assert "audit_shown_gin" in plan_of(audit_events_for_person(person_pk=person.pk))
    assert "Seq Scan" not in plan_of(audit_events_for_team(team_pk=1, person_pk=person.pk))
