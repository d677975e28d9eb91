"""The documents endpoint: upload with the page's checks, the same visibility, every download audited, scopes
and confidentiality refused."""
import pytest

from leefwereld.api.scopes import Vertrouwelijkheid
from leefwereld.audit.models import AuditEvent
from leefwereld.demo.documenten import tiny_pdf
from leefwereld.documenten.models import Document

pytestmark = pytest.mark.django_db
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def _upload(api, person, content, name="brief.pdf", part="persoon"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return api.post("/api/v1/documenten/", {
        "part": part, "target": str(person.public_id), "category": "Overig", "description": "Brief van de huisarts",
        "file": SimpleUploadedFile(name, content)}, format="multipart")


def test_upload_list_and_download_with_an_audit_row_per_download(api_for, pro, person):
    api = api_for(pro)
    created = _upload(api, person, tiny_pdf("Brief"), name="scan.jpg")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["content_type"] == "application/pdf" and body["person"] == str(person.public_id)
    listed = api.get("/api/v1/documenten/", {"huishouden": str(person.household.public_id)}).json()
    assert [d["id"] for d in listed["results"]] == [body["id"]]
    content = api.get(body["download"])
    assert content.status_code == 200 and b"".join(content.streaming_content) == tiny_pdf("Brief")
    assert AuditEvent.objects.filter(action="documenten.download", object_ref=body["id"], actor=pro).count() == 1


def test_a_program_named_pdf_is_a_problem_in_dutch_and_nothing_is_saved(api_for, pro, person):
    refused = _upload(api_for(pro), person, EXE)
    assert refused.status_code == 400 and refused["Content-Type"].startswith("application/problem+json")
    assert "niet naar de naam" in refused.json()["detail"] and Document.objects.count() == 0


def test_scope_confidentiality_and_another_team_are_refused(api_for, pro, outsider, person):
    document_id = _upload(api_for(pro), person, tiny_pdf("x")).json()["id"]
    assert api_for(pro, scopes=["personen.lezen"]).get("/api/v1/documenten/").status_code == 403
    low = api_for(pro, level=Vertrouwelijkheid.ZAAKVERTROUWELIJK)
    assert low.get(f"/api/v1/documenten/{document_id}/").status_code == 403
    assert api_for(pro, scopes=["documenten.lezen"]).post("/api/v1/documenten/", {}).status_code == 403
    stranger = api_for(outsider)
    assert stranger.get(f"/api/v1/documenten/{document_id}/inhoud/").status_code == 404
    assert _upload(stranger, person, tiny_pdf("x")).status_code == 404
