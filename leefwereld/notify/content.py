"""What a notification says: that something is new and where to read it, never what it is about.

No name of a provision, law, diagnosis or goal goes into an e-mail or SMS body (special-category data,
AVG art. 9): only the kind of news, the portal's address and the municipality's phone number.
"""
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Kind

ENGLISH = {"en", "engels", "english"}


def language_for(person):
    """English where the communication needs say so (the language field names English), else Dutch."""
    return "en" if (person.language or "").strip().lower() in ENGLISH else "nl"


def _what(kind):
    return {
        Kind.BRIEF: _("Er is een nieuwe brief voor u."),
        Kind.AFSPRAAK: _("Er is een afspraak met u gemaakt of veranderd."),
        Kind.BERICHT: _("U heeft een antwoord op uw bericht."),
        Kind.PLAN: _("Er is iets veranderd in uw plan."),
        Kind.BESLUIT: _("Er is een besluit over uw aanvraag."),
    }[kind]


def message(kind, language):
    """(subject, body) in the resident's language: short, plain, and without the content itself."""
    with translation.override(language):
        subject = _("Er is iets nieuws voor u")
        body = " ".join([
            f"{settings.LEEFWERELD_MUNICIPALITY}:",
            _what(kind),
            _("Lees het in Mijn Leefwereld: %(url)s") % {"url": settings.NOTIFY_PORTAL_URL},
            _("Vragen? Bel %(phone)s.") % {"phone": settings.LEEFWERELD_MUNICIPALITY_PHONE},
        ])
    return str(subject), body
