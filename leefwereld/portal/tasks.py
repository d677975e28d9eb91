"""The worker's side of Mijn Leefwereld: an inzage of a large file made in the background (ADR 0037).

Run in-process without a broker (make run), by the Celery worker in production. Idempotent: only a request
still being made is made, and of two workers holding the same message one records its result.
"""
import json

from celery import shared_task
from django.core.files.base import ContentFile
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from leefwereld.documenten.storage import documents_storage

from . import context, inzage
from .models import InzageStatus, InzageVerzoek


@shared_task(name="leefwereld.portal.tasks.inzage_prepare", acks_late=True)
def inzage_prepare(verzoek_id):
    verzoek = (InzageVerzoek.objects.select_related("requested_by")
               .filter(pk=verzoek_id, status=InzageStatus.KLAARMAKEN).first())
    if verzoek is None:
        return "skipped"
    ctx = context.for_person(verzoek.requested_by, verzoek.person_id)
    if ctx is None:  # the representation ended meanwhile: nothing is made for whoever asked
        InzageVerzoek.objects.filter(pk=verzoek.pk, status=InzageStatus.KLAARMAKEN).update(
            status=InzageStatus.MISLUKT)
        return "refused"
    data = inzage.collect(ctx)  # its show() writes the audit row of this inzage, as a download does
    storage = documents_storage()
    base = f"inzage/{verzoek.household_id}/{verzoek.public_id.hex}"
    pdf_name = storage.save(f"{base}.pdf", ContentFile(inzage.pdf_from(data)))
    json_name = storage.save(f"{base}.json", ContentFile(
        json.dumps(data, ensure_ascii=False, indent=1, cls=DjangoJSONEncoder).encode()))
    done = InzageVerzoek.objects.filter(pk=verzoek.pk, status=InzageStatus.KLAARMAKEN).update(
        status=InzageStatus.KLAAR, ready_at=timezone.now(), pdf=pdf_name, json=json_name)
    if not done:  # another worker was first: its files count, ours go
        storage.delete(pdf_name)
        storage.delete(json_name)
        return "skipped"
    return "ready"
