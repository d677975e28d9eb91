"""Contact moments: quick to record, audited, and counted as time with the resident or around them."""
import datetime as dt

import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import selectors, services
from leefwereld.conversations.contact import Contactmoment
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

DAY = dt.date.today() - dt.timedelta(days=2)


def test_time_with_the_resident_and_time_coordinating_are_counted_apart(pro, person):
    services.contactmoment_create(actor=pro, person=person, on=DAY, kind="geen_gehoor", minutes=25)
    services.contactmoment_create(actor=pro, person=person, on=DAY, kind="bezoek", minutes=190,
                                  with_whom="Saskia en haar buurvrouw")
    services.contactmoment_create(actor=pro, person=person, on=DAY, kind="organisatie", minutes=40,
                                  with_whom="School van Amanda")
    services.contactmoment_create(actor=pro, person=person, on=DAY, kind="netwerk", minutes=15)
    assert selectors.contact_time_for_person(actor=pro, person=person) == {"inwoner": 215, "coordinatie": 55}
    assert AuditEvent.objects.filter(action="contactmomenten.create", person_pk=person.pk).count() == 4


def test_a_contact_moment_is_refused_in_the_future_or_without_time(pro, person):
    with pytest.raises(ApplicationError):
        services.contactmoment_create(actor=pro, person=person, on=dt.date.today() + dt.timedelta(days=1),
                                      kind="bezoek", minutes=30)
    with pytest.raises(ApplicationError):
        services.contactmoment_create(actor=pro, person=person, on=DAY, kind="bezoek", minutes=0)
    with pytest.raises(ApplicationError):
        services.contactmoment_create(actor=pro, person=person, on=DAY, kind="roddel", minutes=5)
    assert not Contactmoment.objects.exists()


def test_another_team_can_neither_record_nor_see_them(pro, outsider, person):
    services.contactmoment_create(actor=pro, person=person, on=DAY, kind="telefoon", minutes=10)
    with pytest.raises(NotFoundOrNotAllowed):
        services.contactmoment_create(actor=outsider, person=person, on=DAY, kind="telefoon", minutes=10)
    assert selectors.contactmomenten_for_person(actor=outsider, person=person) == []
    assert selectors.contact_time_for_person(actor=outsider, person=person) == {"inwoner": 0, "coordinatie": 0}


def test_the_page_records_one_and_says_so(client_for, pro, person):
    client = client_for(pro)
    url = reverse("conversations:contactmoment_new", args=[person.public_id])
    assert client.get(url).status_code == 200
    response = client.post(url, {"on": DAY.isoformat(), "kind": "geen_gehoor", "minutes": "20", "note": ""},
                           follow=True)
    assert "Contactmoment opgeslagen" in response.content.decode()
    moment = Contactmoment.objects.get()
    assert moment.side == "inwoner" and moment.author == pro


def test_the_page_explains_what_is_missing(client_for, pro, person):
    url = reverse("conversations:contactmoment_new", args=[person.public_id])
    page = client_for(pro).post(url, {"on": DAY.isoformat(), "minutes": "abc", "note": "Tekst blijft staan"})
    html = page.content.decode()
    assert page.status_code == 200 and "Kies wat voor contact het was" in html and "Tekst blijft staan" in html
