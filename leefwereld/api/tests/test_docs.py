"""The published OpenAPI document and the reference page."""
from pathlib import Path

import pytest
from django.conf import settings
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer

DOCUMENT = Path(settings.BASE_DIR) / "docs" / "api" / "openapi.yaml"


def test_the_committed_document_is_the_generated_one():
    """A change to the API shows as a change to docs/api/openapi.yaml in review. Regenerate with
    `python manage.py spectacular --file docs/api/openapi.yaml`."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    assert OpenApiYamlRenderer().render(schema).decode() == DOCUMENT.read_text(encoding="utf-8")


@pytest.mark.django_db
def test_schema_and_reference_are_public_and_within_the_csp(client):
    schema = client.get("/api/v1/schema/?format=json")
    assert schema.status_code == 200 and schema.json()["openapi"].startswith("3.")
    page = client.get("/api/v1/docs/", HTTP_ACCEPT_LANGUAGE="nl")
    html = page.content.decode()
    assert page.status_code == 200
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert "<script>" not in html and " style=" not in html and "cdn" not in html.lower()
    assert "GET /api/v1/plannen/{public_id}/" in html and "plannen.schrijven" in html
