"""The consistency panel's queries have an index path on PostgreSQL, so it stays fast at 100 000 households
(bench/consistency.py measures it). As in workspace/tests/test_explain.py: with `enable_seqscan = off` a
sequential scan (or a walk over a whole index) remains only where no index can answer."""
import datetime as dt

import pytest
from django.db import connection

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.ruimte import consistency, services
from leefwereld.workspace.tests.test_explain import _seq_scans

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="EXPLAIN plans are PostgreSQL's; SQLite has its own planner")


@pytest.fixture
def guideline(db):
    return services.guideline_create(actor=UserFactory(role=Role.BEHEERDER, team=None), code="hulp-huishouden",
                                     title="Hulp bij het huishouden", wet="wmo",
                                     terms="hulp bij het huishouden, huishoudelijke hulp", rule="Vier uur",
                                     bron="beleidsregel", purpose="Een schoon huis", room="Minder of meer")


def test_similar_decisions_and_deviations_have_an_index_path(pro, person, guideline):
    voorzieningen = consistency.similar_voorzieningen_qs(guideline, pro.team_id, person.household_id)
    assert _seq_scans(voorzieningen[:consistency.LIMIT]) == []
    deviations = consistency.similar_deviations_qs(guideline, pro.team_id, person.household_id)
    assert _seq_scans(deviations[:consistency.LIMIT]) == []


def test_the_spread_per_guideline_has_an_index_path(pro, guideline):
    today = dt.date.today()
    assert _seq_scans(consistency.spread_decided_qs(guideline, pro.team_id, today.replace(month=1, day=1), today)) \
        == []
