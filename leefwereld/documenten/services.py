"""Adding a document to a file: content checked, stored through the storage API, audited by guard().

The content is written to storage before the row, and removed again when the row is not saved (a refusal
or a rollback), so storage keeps no document the file does not know.
"""
import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard, role_allows
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

from .content import check_upload
from .models import Document, DocumentCategorie, Onderdeel
from .parts import READ_ACTION, part_of
from .storage import documents_storage

ACTION = "documenten.add"


def document_add(*, actor, target, category, description, upload):
    """A document for `target` (a household, person, plan, besluit or verwijzing) in that household's file."""
    part, fields = part_of(target)
    household_id = target.pk if part == Onderdeel.HUISHOUDEN else target.household_id
    if not role_allows(actor, READ_ACTION[part]):  # who may not read the part may not add to it either
        raise NotFoundOrNotAllowed("not found")
    if not isinstance(category, DocumentCategorie) or not category.active:
        raise ApplicationError(_("Kies een categorie."), field="category")
    checked = check_upload(upload)
    # Principle 12: a description helps, but the law asks none; without one the file's own name says what it is.
    description = (description or "").strip() or checked.name
    stored = documents_storage().save(f"{household_id}/{uuid.uuid4().hex}", ContentFile(checked.content))
    try:
        with transaction.atomic():
            document = Document(household_id=household_id, part=part, category=category,
                                description=description[:300], original_name=checked.name,
                                content_type=checked.content_type, size=checked.size, sha256=checked.sha256,
                                uploaded_by=actor, **fields)
            document.file.name = stored
            document.save()
            guard(actor, ACTION, household=document.household, person=document.person, obj=document,
                  detail={"part": part, "category": category.pk, "type": checked.content_type, "size": checked.size})
    except BaseException:
        documents_storage().delete(stored)
        raise
    return document
