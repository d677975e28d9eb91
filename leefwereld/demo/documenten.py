"""Documents in the demo: a GP's letter for Saskia and a debt counsellor's letter for the household.

The content is a small real PDF (one page of text), so the type check and the download work as with a
scanned letter.
"""
import importlib

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from leefwereld.coordination.models import Referral
from leefwereld.documenten.models import DocumentCategorie
from leefwereld.documenten.services import document_add
from leefwereld.residents.models import Person


def tiny_pdf(text):
    """A valid one-page PDF showing `text` (ASCII), built by hand: no PDF library needed for demo data."""
    safe = text.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 14 Tf 72 720 Td ({safe}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_upload(name, text):
    return SimpleUploadedFile(name, tiny_pdf(text), content_type="application/pdf")


def load_documenten(users, households):
    household = households["van_dalen"]
    saskia = Person.objects.get(household=household, given_name="Saskia")
    # The categories come from a data migration, but a test database flush removes them: add them again.
    importlib.import_module("leefwereld.documenten.migrations.0002_categories").add(apps, None)
    category = {c.name: c for c in DocumentCategorie.objects.all()}
    document_add(actor=users["fatima"], target=saskia, category=category["Medische of deskundige verklaring"],
                 description="Verklaring van de huisarts over de vermoeidheid",
                 upload=pdf_upload("scan_huisarts.pdf", "Verklaring huisarts - Saskia van Dalen"))
    document_add(actor=users["fatima"], target=household, category=category["Inkomen en schulden"],
                 description="Overzicht van de schuldhulpverlener",
                 upload=pdf_upload("schulden.pdf", "Overzicht schulden huishouden Van Dalen"))
    referral = Referral.objects.filter(household=household).order_by("id").first()
    if referral is not None:
        document_add(actor=users["fatima"], target=referral, category=category["Overig"],
                     description="Rooster van de school, voor de begeleider",
                     upload=pdf_upload("rooster.pdf", "Rooster"))
