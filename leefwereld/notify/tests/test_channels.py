"""Notifications reach the resident on their channel, say nothing of the content, and retry, then give up."""
import email
import io

import pytest
from django.db import transaction
from pypdf import PdfReader

from leefwereld.notify.models import Channel, Kind, Notification, RecordedSms, Status
from leefwereld.notify.services import notify_resident
from leefwereld.residents.models import PreferredChannel


def _notify(person, kind=Kind.BRIEF, key="brief:1", capture=None):
    with capture(execute=True), transaction.atomic():
        return notify_resident(person, kind, key=key)


def _body(raw):
    message = email.message_from_string(raw)
    return message, message.get_payload(decode=True).decode()


@pytest.fixture
def by_email(person):
    person.preferred_channel, person.email = PreferredChannel.EMAIL, "saskia@example.org"
    person.save()
    return person


def test_an_email_through_smtp_says_only_that_there_is_news(smtp, by_email, django_capture_on_commit_callbacks):
    n = _notify(by_email, capture=django_capture_on_commit_callbacks)
    n.refresh_from_db()
    assert (n.channel, n.status, n.attempts) == (Channel.EMAIL, Status.VERZONDEN, 1)
    [(to, raw)] = smtp.messages
    message, body = _body(raw)
    assert to == ["saskia@example.org"]
    assert message["Subject"] == "Er is iets nieuws voor u"
    assert "Er is een nieuwe brief voor u." in body and "http://127.0.0.1:8000/mijn/" in body
    for private in ("Saskia", "Dalen", "Wmo", "huishouden", "schuld", "Jeugd"):
        assert private not in body


def test_english_where_the_communication_needs_say_so(smtp, by_email, django_capture_on_commit_callbacks):
    by_email.language = "Engels"
    by_email.save()
    _notify(by_email, kind=Kind.BERICHT, capture=django_capture_on_commit_callbacks)
    message, body = _body(smtp.messages[0][1])
    assert message["Subject"] == "There is something new for you"
    assert "You have a reply to your message." in body


def test_the_same_event_twice_sends_once(smtp, by_email, django_capture_on_commit_callbacks):
    _notify(by_email, capture=django_capture_on_commit_callbacks)
    _notify(by_email, capture=django_capture_on_commit_callbacks)
    assert len(smtp.messages) == 1 and Notification.objects.count() == 1


def test_a_busy_server_is_tried_again_until_it_accepts(smtp, by_email, django_capture_on_commit_callbacks):
    smtp.refuse = 2
    n = _notify(by_email, capture=django_capture_on_commit_callbacks)
    n.refresh_from_db()
    assert (n.status, n.attempts, smtp.tries, len(smtp.messages)) == (Status.VERZONDEN, 3, 3, 1)


def test_after_the_last_attempt_it_is_a_dead_letter_for_the_administrator(
        smtp, by_email, settings, beheerder, client_for, django_capture_on_commit_callbacks):
    settings.NOTIFY_MAX_ATTEMPTS = 2
    smtp.refuse = 5
    n = _notify(by_email, capture=django_capture_on_commit_callbacks)
    n.refresh_from_db()
    assert (n.status, n.attempts, smtp.messages) == (Status.MISLUKT, 2, [])
    client = client_for(beheerder)
    page = client.get("/meldingen/").content.decode()
    assert str(n.public_id) in page and "451" in page
    assert "Saskia" not in page and "saskia@example.org" not in page
    smtp.refuse = 0
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/meldingen/{n.public_id}/opnieuw/").status_code == 302
    n.refresh_from_db()
    assert n.status == Status.VERZONDEN and len(smtp.messages) == 1


def test_a_refused_address_is_not_tried_again(by_email, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens: a connection error
    settings.NOTIFY_MAX_ATTEMPTS, settings.NOTIFY_RETRY_SECONDS = 3, 0
    n = _notify(by_email, capture=django_capture_on_commit_callbacks)
    n.refresh_from_db()
    assert (n.status, n.attempts) == (Status.MISLUKT, 3)


def test_an_sms_goes_to_the_gateway(person, django_capture_on_commit_callbacks):
    person.preferred_channel, person.phone = PreferredChannel.SMS, "0612345678"
    person.save()
    _notify(person, kind=Kind.AFSPRAAK, capture=django_capture_on_commit_callbacks)
    [sms] = RecordedSms.objects.all()
    assert sms.to == "0612345678" and "Er is een afspraak met u gemaakt of veranderd." in sms.body
    assert "Saskia" not in sms.body


def test_a_printed_letter_is_queued_for_the_post_room(person, django_capture_on_commit_callbacks):
    person.preferred_channel = PreferredChannel.POST
    person.street, person.house_number, person.postcode, person.city = "Dorpsstraat", "3", "1234 AB", "Zandhoven"
    person.save()
    n = _notify(person, kind=Kind.PLAN, capture=django_capture_on_commit_callbacks)
    n.refresh_from_db()
    assert n.channel == Channel.POST and n.status == Status.VERZONDEN
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(bytes(n.pdf))).pages)
    assert "Dorpsstraat 3" in text and "Er is iets veranderd in uw plan." in text


def test_nobody_to_reach_is_recorded_not_sent(person, django_capture_on_commit_callbacks):
    person.preferred_channel, person.email, person.phone, person.street = PreferredChannel.TELEFOON, "", "", ""
    person.letters_to = ""
    person.save()
    n = _notify(person, capture=django_capture_on_commit_callbacks)
    assert (n.channel, n.status) == ("", Status.NIET)


def test_a_change_that_rolls_back_tells_nobody(smtp, by_email, django_capture_on_commit_callbacks):
    with (django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError),
          transaction.atomic()):
        notify_resident(by_email, Kind.BRIEF, key="brief:weg")
        raise RuntimeError("the caller's change fails")
    assert callbacks == [] and smtp.messages == [] and not Notification.objects.exists()
