import pytest

from leefwereld.demo import personas
from leefwereld.demo.loader import load_personas


@pytest.mark.django_db
def test_the_demo_token_reads_fatimas_plans(client):
    load_personas()
    response = client.get("/api/v1/plannen/", HTTP_AUTHORIZATION=f"Bearer {personas.DEMO_API_TOKEN}")
    assert response.status_code == 200
    assert response.json()["results"], "the demo's plans of Wijkteam Noord"
