"""Choosing the resident's channel and sending on it: e-mail (SMTP), SMS (a gateway) or a printed letter."""
import smtplib
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from leefwereld.residents.models import PreferredChannel

from . import sms
from .content import message
from .models import Channel

STYLE = Path(__file__).parent / "letter" / "post.css"


class TryAgain(Exception):
    """Sending failed in a way that a later attempt may mend (the server is down, busy or said 4xx)."""


class CannotSend(Exception):
    """Sending can never work for this message (a refused address): no more attempts."""


def has_postal_address(person):
    return bool(person.letters_to.strip() or (person.street and person.postcode))


def channel_for(person):
    """The resident's preferred channel when we have the address for it; else a printed letter; else none.
    Telephone and a visit are people's work, not a notification: those residents get a letter."""
    if person.preferred_channel == PreferredChannel.EMAIL and person.email:
        return Channel.EMAIL
    if person.preferred_channel == PreferredChannel.SMS and person.phone:
        return Channel.SMS
    if has_postal_address(person):
        return Channel.POST
    if person.email:
        return Channel.EMAIL
    return Channel.SMS if person.phone else ""


def send(notification):
    person = notification.person
    subject, body = message(notification.kind, notification.language)
    if notification.channel == Channel.EMAIL:
        _send_email(person.email, subject, body)
    elif notification.channel == Channel.SMS:
        _send_sms(person.phone, body)
    else:
        notification.pdf = letter_pdf(person, notification.language, subject, body)


def _send_email(to, subject, body):
    try:
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to]).send()
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _msg in exc.recipients.values()]
        if all(400 <= code < 500 for code in codes):
            raise TryAgain(str(exc)[:500]) from exc
        raise CannotSend(str(exc)[:500]) from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise TryAgain(f"{exc.smtp_code} {exc.smtp_error!r}"[:500]) from exc
        raise CannotSend(f"{exc.smtp_code} {exc.smtp_error!r}"[:500]) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise TryAgain(str(exc)[:500] or exc.__class__.__name__) from exc


def _send_sms(to, body):
    try:
        sms.gateway().send(to, body)
    except sms.GatewayError as exc:
        raise TryAgain(str(exc)[:500]) from exc
    except ValueError as exc:
        raise CannotSend(str(exc)[:500]) from exc


def letter_pdf(person, language, subject, body):
    """A short letter for the post room, to the resident or to whom their letters go (letters_to)."""
    from weasyprint import CSS, HTML

    with translation.override(language):
        html = render_to_string("notify/post_letter.html", {
            "person": person, "subject": subject, "body": body,
            "municipality": settings.LEEFWERELD_MUNICIPALITY,
            "municipality_address": settings.LEEFWERELD_MUNICIPALITY_ADDRESS})
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=str(STYLE))])
