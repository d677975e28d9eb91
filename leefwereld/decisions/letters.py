"""The decision letter as a PDF (WeasyPrint), in the municipality's name, in B1 Dutch or in English.

A preview is made on request and never kept. At sending the letter is made once and its bytes are
stored with their SHA-256 (Brief); afterwards the stored bytes are served, so a later change to the
template never changes a letter that was sent.
"""
import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone, translation

from leefwereld.core.termijnen import Kalender

from . import deadlines
from .models import Beschikking, Brief, Uitkomst

TEMPLATE = "decisions/letter/brief.html"
STYLE = Path(__file__).parent / "letter" / "brief.css"
ENGLISH = {"en", "engels", "english"}


def language_for(person) -> str:
    """English where the resident's communication needs ask for it (Person.language), else Dutch."""
    return "en" if (person.language or "").strip().lower() in ENGLISH else "nl"


def _logo_url():
    """The configured logo (LEEFWERELD_LOGO, a static path) as a file URL WeasyPrint can read, or ''."""
    found = finders.find(settings.LEEFWERELD_LOGO) if settings.LEEFWERELD_LOGO else None
    return Path(found).as_uri() if found else ""


def letter_context(beschikking, *, sent_on, bezwaar_until, preview):
    rows = list(beschikking.voorzieningen.filter(archived=False).select_related("goal", "kaart_entry__organisation"))
    earlier = []
    step = beschikking.replaces
    while step is not None and len(earlier) < 10:
        earlier.append(step)
        step = step.replaces
    return {
        "b": beschikking, "person": beschikking.person, "rows": rows, "earlier": earlier,
        "granted": [r for r in rows if r.uitkomst != Uitkomst.AFGEWEZEN],
        "sent_on": sent_on, "bezwaar_until": bezwaar_until, "preview": preview,
        "municipality": settings.LEEFWERELD_MUNICIPALITY,
        "address": settings.LEEFWERELD_MUNICIPALITY_ADDRESS, "phone": settings.LEEFWERELD_MUNICIPALITY_PHONE,
        "logo": _logo_url(), "signer": beschikking.decided_by,
    }


def letter_pdf(beschikking, *, language, preview=False, today=None) -> bytes:
    """Render the letter. A preview dates it as if sent today and says PREVIEW on every page."""
    from weasyprint import CSS, HTML

    sent_on = beschikking.sent_on or today or timezone.localdate()
    until = beschikking.bezwaar_until or deadlines.bezwaar_until(Kalender.load(), sent_on)
    with translation.override(language):
        html = render_to_string(TEMPLATE, letter_context(beschikking, sent_on=sent_on, bezwaar_until=until,
                                                         preview=preview))
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(stylesheets=[CSS(filename=str(STYLE))])


def store_letter(*, actor, beschikking, language, pdf: bytes) -> Brief:
    """Keep the letter as sent (called inside beschikking_send's guarded transaction)."""
    return Brief.objects.create(household_id=beschikking.household_id, beschikking=beschikking, pdf=pdf,
                                sha256=hashlib.sha256(pdf).hexdigest(), language=language, by=actor)


def stored_letter(beschikking: Beschikking) -> bytes:
    """The bytes as they were sent, checked against their hash."""
    brief = Brief.objects.get(beschikking=beschikking)
    data = bytes(brief.pdf)
    if hashlib.sha256(data).hexdigest() != brief.sha256:
        raise ValueError("The stored letter does not match its hash.")
    return data
