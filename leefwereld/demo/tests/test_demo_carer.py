"""The demo holds the carer in the plan: Ilse owns a goal, and her disagreement stands beside her father's agreement."""
import pytest

from leefwereld.demo.loader import load_personas
from leefwereld.plans.models import Agreement, Goal

pytestmark = pytest.mark.django_db


def test_the_carer_owns_a_goal_and_disagrees_beside_the_resident():
    load_personas()
    goal = Goal.objects.select_related("network_member").get(
        words="Ilse wil weer één avond per week voor zichzelf.")
    assert goal.person is None and goal.network_member.name == "Ilse (dochter)"
    assert goal.network_member.draagkracht == "overbelast"
    voices = {a.speaker_name: a for a in Agreement.objects.filter(plan=goal.plan)}
    assert voices["Johannes Hendriks"].agrees and not voices["Ilse (dochter)"].agrees
    assert voices["Ilse (dochter)"].speaker_kind == "netwerk" and "respijt" in voices["Ilse (dochter)"].disagreement
    assert {a.revision for a in voices.values()} == {goal.plan.revision}
