"""The functional administrator makes a system client in beheer: the token is shown once, stored hashed."""
import pytest

from leefwereld.api.models import ApiClient
from leefwereld.audit.models import AuditEvent


@pytest.mark.django_db
def test_beheer_makes_a_client_and_shows_its_token_once(client_for, beheerder, pro, person):
    admin = client_for(beheerder)
    response = admin.post("/beheer/api/apiclient/add/", {
        "name": "Zaaksysteem", "acts_as": pro.pk, "scopes": ["personen.lezen"], "vertrouwelijkheid": 4,
        "rate": "", "active": "on"}, follow=True)
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    token = next(m.rsplit(" ", 1)[1] for m in shown if "Zaaksysteem" in m)
    made = ApiClient.objects.get(name="Zaaksysteem")
    assert made.scopes == ["personen.lezen"] and token.split(".", 1)[1] not in made.token_hash
    assert AuditEvent.objects.filter(action="beheer.manage", object_type="api.apiclient").count() == 1
    assert token not in str(AuditEvent.objects.values_list("detail", flat=True))
    api = admin.get(f"/api/v1/personen/{person.public_id}/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api.status_code == 200


@pytest.mark.django_db
def test_a_malformed_rate_is_refused(client_for, beheerder, pro):
    response = client_for(beheerder).post("/beheer/api/apiclient/add/", {
        "name": "X", "acts_as": pro.pk, "vertrouwelijkheid": 4, "rate": "veel"})
    assert response.status_code == 200 and not ApiClient.objects.exists()
