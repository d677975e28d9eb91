"""What an upload really is: the type read from its first bytes (filetype), never from its name, and its size.

A file called brief.pdf that is a Windows program is refused; so is a photo above the size limit. The
messages are in plain Dutch, for the professional and for the API's problem details.
"""
import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from leefwereld.core.errors import ApplicationError

# The extension a download gets, from the type found in the content.
EXTENSIONS = {kind.mime: kind.extension for kind in filetype.types}
LABELS = {
    "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/heic": "HEIC",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "application/vnd.oasis.opendocument.text": "ODT", "application/vnd.oasis.opendocument.spreadsheet": "ODS",
}


@dataclass(frozen=True)
class Checked:
    content: bytes
    content_type: str
    size: int
    sha256: str
    name: str


def allowed_labels():
    return ", ".join(LABELS.get(t, EXTENSIONS.get(t, t)) for t in settings.LEEFWERELD_DOCUMENTS_TYPES)


def clean_name(name):
    """The original file name as shown to people: no folders, no control characters, not too long."""
    base = PurePath((name or "").replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f\x7f\"]", "", base).strip()
    return base[:200] or "document"


def check_upload(upload, *, field="file"):
    """The upload's bytes and facts, or ApplicationError: empty, too big, or a type that is not allowed."""
    limit = settings.LEEFWERELD_DOCUMENTS_MAX_BYTES
    if upload is None:
        raise ApplicationError(_("Kies een bestand."), field=field)
    size = getattr(upload, "size", None)
    if size is not None and size > limit:  # refused before reading it into memory
        raise ApplicationError(_("Dit bestand is te groot (%(size)s). Het mag hoogstens %(limit)s zijn.")
                               % {"size": filesizeformat(size), "limit": filesizeformat(limit)}, field=field)
    content = upload.read(limit + 1)
    if not content:
        raise ApplicationError(_("Dit bestand is leeg."), field=field)
    if len(content) > limit:
        raise ApplicationError(_("Dit bestand is te groot. Het mag hoogstens %(limit)s zijn.")
                               % {"limit": filesizeformat(limit)}, field=field)
    kind = filetype.guess(content)
    mime = kind.mime if kind is not None else ""
    if mime not in settings.LEEFWERELD_DOCUMENTS_TYPES:
        message = _("Dit bestand kan niet worden toegevoegd. We kijken naar de inhoud, niet naar de naam, en dit "
                    "is geen toegestaan soort bestand. Toegestaan zijn: %(types)s.")
        raise ApplicationError(message % {"types": allowed_labels()}, field=field)
    return Checked(content=content, content_type=mime, size=len(content),
                   sha256=hashlib.sha256(content).hexdigest(), name=clean_name(getattr(upload, "name", "")))


def download_name(document):
    stem = PurePath(document.original_name).stem or "document"
    return f"{stem}.{EXTENSIONS.get(document.content_type, 'bin')}"
