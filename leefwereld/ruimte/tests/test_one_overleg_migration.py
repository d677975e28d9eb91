"""ADR 0036: ruimte's own casusoverleg and value pick lists moved onto learning's, without losing a row."""
import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from leefwereld.learning.mensbeelden import install_default_mensbeelden
from leefwereld.learning.overleg import Mensbeeld, Overleg, OverlegKind, Waarde
from leefwereld.ruimte.models import Bespreking, Deviation

BEFORE = [("ruimte", "0001_initial")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_casusoverleg_values_and_dilemmas_onto_learning(pro, person):
    """Old casusoverleggen become learning's Overleg (same public id, roles renamed); value keys become
    Waarde rows; a dilemma learning does not have is kept in the deviation's own words."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    day = timezone.localdate() - dt.timedelta(days=3)
    fields = {"household_id": person.household_id, "person_id": person.pk, "team_id": person.household.team_id,
              "rule_words": "Een regel", "instead": "I", "why": "W", "different": "D", "author_id": pro.pk}
    deviation = old.get_model("ruimte", "Deviation").objects.create(
        values=["compassie", "zelfredzaamheid", "hebzucht"], dilemma="vertrouwelijkheid_belang", **fields)
    other = old.get_model("ruimte", "Deviation").objects.create(values=[], dilemma="regel_geweten", **fields)
    meeting = old.get_model("ruimte", "Casusoverleg").objects.create(
        team_id=person.household.team_id, held_on=day, participants=["wmo", "gedragswetenschapper", "jurist"])
    old.get_model("ruimte", "Bespreking").objects.create(
        household_id=person.household_id, casusoverleg=meeting, deviation=deviation, question="Mag dit?",
        decision="Ja", reasoning="Omdat", by_id=pro.pk)

    # learning's data migration installed the defaults, but an earlier flushed test may have removed them.
    install_default_mensbeelden(Mensbeeld, Waarde)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    overleg = Overleg.objects.get()
    assert overleg.public_id == meeting.public_id and overleg.kind == OverlegKind.CASUSOVERLEG
    assert overleg.held_on == day and overleg.participants == ["wmo", "gedragsdeskundige", "jurist"]
    assert overleg.question == "Mag dit?" and overleg.author == pro
    assert Bespreking.objects.get().overleg == overleg
    moved = Deviation.objects.get(pk=deviation.pk)
    assert sorted(w.name for w in moved.waarden.all()) == ["(economische) zelfredzaamheid", "compassie"]
    assert moved.dilemma == "vertrouwelijk_maatschappij" and "hebzucht" in moved.values_words
    kept = Deviation.objects.get(pk=other.pk)
    assert kept.dilemma == "" and "de regel of het geweten" in kept.values_words
