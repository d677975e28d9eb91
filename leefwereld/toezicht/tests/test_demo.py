"""In the demo: Saskia reads in Mijn Leefwereld who opened her file in an emergency and why; the leader of
whoever opened it is flagged; mirjam's report shows the openings, another team's files and late work."""
import pytest
from django.urls import reverse

from leefwereld.demo.loader import load_personas
from leefwereld.demo.toezicht import OPENINGS
from leefwereld.portal.models import ResidentAccount

pytestmark = pytest.mark.django_db


def test_the_demo_shows_noodtoegang_to_the_resident_the_leader_and_the_privacy_officer(client, client_for):
    _teams, users = load_personas()
    reason = OPENINGS[0][3]
    client.force_login(ResidentAccount.objects.get(subject="saskia").user,
                       backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    page = client.get(reverse("portal:wie")).content.decode()
    assert "Youssef Bakkali" in page and "opende uw dossier met noodtoegang" in page and reason in page
    client.logout()
    assert reason in client_for(users["ingrid"]).get(reverse("workspace:werkvoorraad")).content.decode()
    assert OPENINGS[1][3] in client_for(users["henk"]).get(reverse("workspace:werkvoorraad")).content.decode()
    kinds = client_for(users["mirjam"]).get(reverse("toezicht:ongebruikelijk")).context["kinds"]
    found = {k["slug"]: {line["actor_name"] for line in k["lines"]} for k in kinds}
    assert found["noodtoegang"] == {"Youssef Bakkali", "Anouk Visser"}
    assert {"Youssef Bakkali", "Anouk Visser"} <= found["ander_team"]
    assert "Sanne de Vries" in found["buiten_werktijd"]
    assert found["voorrang"]  # the demo's safety over consent (samenwerken)
