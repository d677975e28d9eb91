"""Documents: the type is read from the content, the size limited; as visible as their part of the file; every
download in the audit; the resident's own in the portal and in the inzage."""
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.audit.models import AuditEvent
from leefwereld.coordination.models import Referral, SharingGround
from leefwereld.demo.documenten import pdf_upload, tiny_pdf
from leefwereld.demo.loader import load_personas
from leefwereld.documenten.models import Document, DocumentCategorie
from leefwereld.documenten.services import document_add
from leefwereld.documenten.storage import documents_storage
from leefwereld.portal.models import ResidentAccount
from leefwereld.residents.models import Person

pytestmark = pytest.mark.django_db
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def _post(client, household, upload, part="huishouden", **extra):
    category = DocumentCategorie.objects.get(name="Overig")
    return client.post(f"/documenten/huishouden/{household.public_id}/", {
        "part": part, "category": category.pk, "description": "Brief van de woningcorporatie", "file": upload,
        **extra})


def test_a_pdf_is_stored_and_a_program_named_pdf_is_refused_by_its_content(client_for, pro, person):
    client = client_for(pro)
    household = person.household
    refused = _post(client, household, SimpleUploadedFile("brief.pdf", EXE, content_type="application/pdf"))
    assert refused.status_code == 200 and Document.objects.count() == 0
    assert "We kijken naar de inhoud, niet naar de naam" in refused.content.decode()
    assert "Brief van de woningcorporatie" in refused.content.decode()  # nothing typed is lost
    empty = _post(client, household, SimpleUploadedFile("leeg.pdf", b"", content_type="application/pdf"))
    assert "Dit bestand is leeg." in empty.content.decode()
    saved = _post(client, household, SimpleUploadedFile("scan.bin", tiny_pdf("Huurachterstand"),
                                                        content_type="application/octet-stream"))
    assert saved.status_code == 302
    document = Document.objects.get()
    assert document.content_type == "application/pdf" and document.original_name == "scan.bin"
    assert documents_storage().open(document.file.name).read() == tiny_pdf("Huurachterstand")
    assert re.fullmatch(rf"{household.pk}/[0-9a-f]{{32}}", document.file.name)  # nothing of the name or resident
    assert AuditEvent.objects.filter(action="documenten.add", household_pk=household.pk).count() == 1


def test_a_document_needs_no_description_its_file_name_stands_in(client_for, pro, person):
    """Principle 12: the law asks no description; without one the file's name says what it is."""
    saved = _post(client_for(pro), person.household, SimpleUploadedFile("huurcontract.pdf", tiny_pdf("Huur")),
                  description="")
    assert saved.status_code == 302
    assert Document.objects.get().description == "huurcontract.pdf"


def test_an_oversize_file_is_refused_with_the_limit_and_nothing_is_stored(client_for, pro, person, settings):
    settings.LEEFWERELD_DOCUMENTS_MAX_BYTES = 300
    response = _post(client_for(pro), person.household, SimpleUploadedFile("groot.pdf", tiny_pdf("x" * 400)))
    assert "Dit bestand is te groot" in response.content.decode() and "300" in response.content.decode()
    assert Document.objects.count() == 0


def test_a_refused_row_leaves_no_file_in_storage(pro, outsider, person):
    category = DocumentCategorie.objects.get(name="Overig")
    before = _stored()
    with pytest.raises(Exception):  # noqa: B017 - the outsider may not see the household: NotFoundOrNotAllowed
        document_add(actor=outsider, target=person, category=category, description="x", upload=pdf_upload("a", "a"))
    assert _stored() == before and Document.objects.count() == 0


def _stored():
    storage = documents_storage()
    folders, _files = storage.listdir("")
    return sorted(f for folder in folders for f in storage.listdir(folder)[1])


def test_download_follows_the_household_rule_and_every_download_is_logged(client, pro, outsider, person):
    document = document_add(actor=pro, target=person, category=DocumentCategorie.objects.get(name="Overig"),
                            description="Verklaring", upload=pdf_upload("v.pdf", "Verklaring"))
    url = f"/documenten/{document.public_id}/download/"
    client_pro = login_verified(client, pro)
    for _i in range(2):
        response = client_pro.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content) == tiny_pdf("Verklaring")
        assert response["Content-Disposition"].startswith("attachment")
    rows = AuditEvent.objects.filter(action="documenten.download", object_ref=str(document.public_id))
    assert rows.count() == 2 and {r.person_pk for r in rows} == {person.pk}
    client_pro.logout()
    client_out = login_verified(client, outsider)
    assert client_out.get(url).status_code == 404
    assert client_out.get(f"/documenten/huishouden/{person.household.public_id}/").status_code == 404


@pytest.fixture
def demo():
    _teams, users = load_personas()
    return users


def test_a_partner_reads_only_their_referrals_documents_and_only_while_the_consent_holds(client, demo):
    saskia = Person.objects.get(given_name="Saskia", family_name="Dalen")
    referral = Referral.objects.filter(household=saskia.household).order_by("id").first()
    own = Document.objects.get(referral=referral)
    household_doc = Document.objects.get(household=saskia.household, part="huishouden")
    partner = login_verified(client, demo["ilse"])
    page = partner.get(f"/documenten/verwijzing/{referral.public_id}/").content.decode()
    assert own.description in page and household_doc.description not in page
    assert partner.get(f"/documenten/{own.public_id}/download/").status_code == 200
    assert partner.get(f"/documenten/{household_doc.public_id}/download/").status_code == 404
    household_page = partner.get(f"/documenten/huishouden/{saskia.household.public_id}/").content.decode()
    assert household_doc.description not in household_page and "Document toevoegen" not in household_page
    SharingGround.objects.filter(pk=referral.ground_id).update(withdrawn_at="2020-01-01T00:00Z")
    assert partner.get(f"/documenten/{own.public_id}/download/").status_code == 404


def test_the_resident_reads_their_own_and_the_households_documents_not_another_members(client, demo):
    account = ResidentAccount.objects.select_related("user", "person").get(subject="saskia")
    saskia = account.person
    other = Person.objects.filter(household=saskia.household).exclude(pk=saskia.pk).first()
    theirs = document_add(actor=demo["fatima"], target=other, category=DocumentCategorie.objects.get(name="Overig"),
                          description="Rapport van de school", upload=pdf_upload("r.pdf", "Rapport"))
    own = Document.objects.get(person=saskia)
    client.force_login(account.user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    page = client.get("/mijn/documenten/").content.decode()
    assert own.description in page and "Overzicht van de schuldhulpverlener" in page
    assert theirs.description not in page
    assert client.get(f"/mijn/documenten/{theirs.public_id}/").status_code == 404
    response = client.get(f"/mijn/documenten/{own.public_id}/")
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert AuditEvent.objects.filter(actor=account.user, action="documenten.download",
                                     object_ref=str(own.public_id)).count() == 1
    data = json.loads(client.get("/mijn/inzage.json").content)
    described = [r["description"] for r in data["kinds"]["documenten.Document"]["records"]]
    assert own.description in described and theirs.description not in described
