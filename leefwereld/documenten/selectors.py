"""Reads of documents: as visible as the part of the file they belong to (ADR 0037).

Every query starts from access.policy (visible/within) with the documents' own action, narrowed to the parts
whose read action the actor's role allows; a partner reads only the documents of verwijzingen to their own
organisation while the ground holds, as on the verwijzing itself. Every display and every download is
reported with show(), so it joins the page's one audit row.
"""
from django.db.models import Q
from django.utils import timezone

from leefwereld.access.policy import show, visible, within

from .models import Document, DocumentCategorie, Onderdeel
from .parts import readable_parts

LIST = "documenten.view"
DOWNLOAD = "documenten.download"
RELATED = ["category", "uploaded_by", "person", "plan", "beschikking", "referral__organisation"]


def _readable(actor, queryset):
    queryset = queryset.filter(part__in=readable_parts(actor))
    organisation_id = getattr(actor, "organisation_id", None)
    if organisation_id:  # a partner professional: the own verwijzingen, while their ground holds
        today = timezone.localdate()
        queryset = queryset.filter(
            part=Onderdeel.VERWIJZING, referral__organisation_id=organisation_id,
            referral__ground__withdrawn_at__isnull=True, referral__ground__given_on__lte=today,
        ).filter(Q(referral__ground__ends_on__isnull=True) | Q(referral__ground__ends_on__gte=today))
    return queryset


def documents_for_household(*, actor, household, limit=200):
    """The documents of one household the actor may read, newest first; the page's audit row names it."""
    rows = list(_readable(actor, within(actor, household, Document.objects.select_related(*RELATED), LIST))
                .order_by("-created_at", "-id")[:limit])
    show(actor, LIST, household=household, detail={"documents": len(rows)})
    return rows


def documents_for_referral(*, actor, referral):
    rows = list(_readable(actor, within(actor, referral.household_id, Document.objects.filter(referral=referral)
                                        .select_related(*RELATED), LIST)).order_by("-created_at", "-id"))
    show(actor, LIST, household=referral.household, obj=referral, detail={"documents": len(rows)})
    return rows


def documents_visible(*, actor, action=LIST):
    """Every document the actor may read, for a list filtered further by the caller (the API)."""
    return _readable(actor, visible(actor, Document.objects.select_related(*RELATED, "household"), action))


def document_get(*, actor, public_id, action=DOWNLOAD):
    """One document to download (or, with LIST, to describe), or None: not there and not allowed look the same.
    Its display joins the page's audit row: every download is logged."""
    document = _readable(actor, visible(actor, Document.objects.select_related(*RELATED, "household"), action)
                         ).filter(public_id=public_id).first()
    if document is not None:
        show(actor, action, household=document.household, person=document.person, obj=document)
    return document


def resident_documents(*, actor, person):
    """What the resident (or their representative) reads in the portal: the household's documents and the
    open person's own, not another member's (as the inzage)."""
    return list(within(actor, person.household_id, Document.objects.filter(Q(person__isnull=True) | Q(person=person))
                       .select_related("category"), DOWNLOAD).order_by("-created_at", "-id")[:200])


def resident_document(*, actor, person, public_id):
    document = (within(actor, person.household_id, Document.objects.filter(Q(person__isnull=True) | Q(person=person)),
                       DOWNLOAD).select_related("household", "category").filter(public_id=public_id).first())
    if document is not None:
        show(actor, DOWNLOAD, household=document.household, person=person, obj=document)
    return document


def categories():
    return list(DocumentCategorie.objects.filter(active=True))


def open_content(document):
    """The stored bytes, as a file to stream (closed by the response)."""
    return document.file.storage.open(document.file.name, "rb")
