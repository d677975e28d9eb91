"""Inzage of a large file in the background: the resident sees "wordt klaargemaakt", the worker (in-process here,
as in make run) makes the PDF and JSON once, and the resident downloads them; nobody else can."""
import datetime as dt
import io
import json

import pytest

from leefwereld.audit.models import AuditEvent
from leefwereld.demo.loader import load_personas
from leefwereld.portal.models import InzageVerzoek, ResidentAccount
from leefwereld.portal.tasks import inzage_prepare

pytestmark = pytest.mark.django_db


@pytest.fixture
def saskia(client):
    load_personas()
    account = ResidentAccount.objects.select_related("user", "person").get(subject="saskia")
    client.force_login(account.user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    return account


def test_a_large_file_is_made_in_the_background_then_downloaded(client, saskia, settings,
                                                               django_capture_on_commit_callbacks):
    settings.LEEFWERELD_INZAGE_BACKGROUND_ROWS = 5
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.get("/mijn/inzage.json", follow=True)
    assert len(queued) == 1  # the worker is asked once the request commits
    page = response.content.decode()
    assert "Uw dossier is groot" in page and "Wordt klaargemaakt" in page
    verzoek = InzageVerzoek.objects.get(requested_by=saskia.user)
    assert verzoek.status == "klaarmaken" and verzoek.person == saskia.person
    # Asking again while it is being made adds no second request.
    client.get("/mijn/inzage.pdf")
    assert InzageVerzoek.objects.count() == 1
    queued[0]()  # the worker runs (in-process, as without a broker)
    assert inzage_prepare.delay(verzoek.pk).get() == "skipped"  # the same message twice: made once
    verzoek.refresh_from_db()
    assert verzoek.status == "klaar" and verzoek.ready_at is not None
    page = client.get("/mijn/inzage/").content.decode()
    assert 'data-testid="inzage-klaar"' in page
    before = AuditEvent.objects.filter(actor=saskia.user, action="portal.inzage").count()
    data = json.loads(b"".join(client.get(f"/mijn/inzage/{verzoek.public_id}/inzage.json").streaming_content))
    assert data["person"] == saskia.person.full_name and "documenten.Document" in data["kinds"]
    pdf = client.get(f"/mijn/inzage/{verzoek.public_id}/inzage.pdf")
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert AuditEvent.objects.filter(actor=saskia.user, action="portal.inzage").count() == before + 2
    # Someone else's account does not reach it.
    client.logout()
    wilma = ResidentAccount.objects.select_related("user").get(subject="wilma")
    client.force_login(wilma.user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    assert client.get(f"/mijn/inzage/{verzoek.public_id}/inzage.json").status_code == 404


def test_a_small_file_is_downloaded_at_once_and_the_button_works_in_process(client, saskia,
                                                                           django_capture_on_commit_callbacks):
    assert client.get("/mijn/inzage.json")["Content-Type"] == "application/json"
    assert not InzageVerzoek.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mijn/inzage/klaarmaken/")
    assert InzageVerzoek.objects.get().status == "klaar"


def test_after_four_weeks_the_files_are_gone_and_the_page_says_so(client, saskia, django_capture_on_commit_callbacks):
    """Retention (ADR 0045): the page says until when it can be downloaded, then that the files were taken away."""
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from leefwereld.core.datum import datum
    from leefwereld.retention.services import run

    if connection.vendor == "postgresql":  # the job acts as the maintenance role, whose grants db_roles makes
        call_command("db_roles", stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mijn/inzage/klaarmaken/")
    verzoek = InzageVerzoek.objects.get()
    until = timezone.localdate() + dt.timedelta(days=28)
    assert verzoek.available_until == until
    assert f"downloaden tot en met {datum(until)}" in client.get("/mijn/inzage/").content.decode()
    stored = verzoek.pdf.storage, verzoek.pdf.name
    run(today=until + dt.timedelta(days=1))
    page = client.get("/mijn/inzage/").content.decode()
    assert 'data-testid="inzage-verlopen"' in page and "De bestanden zijn weggehaald" in page
    assert not stored[0].exists(stored[1])
    assert client.get(f"/mijn/inzage/{verzoek.public_id}/inzage.pdf").status_code == 404
