"""Members' situations (abroad, left, died) with history; communication needs apart from safety."""
import datetime as dt

import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, ConflictError
from leefwereld.residents import services
from leefwereld.residents.models import MemberSituation, Person, Situation

DAY = dt.date(2026, 9, 1)


def test_a_situation_change_shows_now_and_keeps_its_history(pro, person):
    services.person_situation_change(actor=pro, person=person, expected_version=person.version,
                                     situation=Situation.BUITENLAND, since=DAY, note="Bij familie in Marokko")
    services.person_situation_change(actor=pro, person=person, expected_version=person.version,
                                     situation=Situation.WOONT_HIER, since=DAY + dt.timedelta(days=60))
    person.refresh_from_db()
    assert person.situation == Situation.WOONT_HIER
    history = list(MemberSituation.objects.filter(person=person).values_list("situation", flat=True))
    assert history == [Situation.WOONT_HIER, Situation.BUITENLAND]
    row = AuditEvent.objects.filter(action="persons.update", person_pk=person.pk).first()
    assert row.detail["situation"] == {"was": Situation.BUITENLAND, "became": Situation.WOONT_HIER}


def test_a_situation_change_checks_the_version_and_the_date(pro, person):
    with pytest.raises(ConflictError):
        services.person_situation_change(actor=pro, person=person, expected_version=person.version + 1,
                                         situation=Situation.OVERLEDEN, since=DAY)
    with pytest.raises(ApplicationError):
        services.person_situation_change(actor=pro, person=person, expected_version=person.version,
                                         situation=Situation.OVERLEDEN, since=dt.date.today() + dt.timedelta(days=3))
    assert not MemberSituation.objects.exists()


def test_the_file_says_who_died(client_for, pro, person):
    services.person_situation_change(actor=pro, person=person, expected_version=person.version,
                                     situation=Situation.OVERLEDEN, since=DAY)
    page = client_for(pro).get(reverse("workspace:person", args=[person.public_id])).content.decode()
    assert "is overleden (1 september 2026)" in page


def test_the_situation_page_saves_and_says_so(client_for, pro, person):
    client = client_for(pro)
    url = reverse("residents:situation", args=[person.public_id])
    response = client.post(url, {"version": person.version, "situation": "vertrokken", "since": "2026-10-01",
                                 "note": ""}, follow=True)
    assert "Opgeslagen" in response.content.decode()
    assert Person.objects.get(pk=person.pk).situation == "vertrokken"
    assert "Is vertrokken" in client.get(url).content.decode()  # the history below the form


def test_communication_needs_are_kept_apart_from_safety_and_shown_where_contact_is_made(client_for, pro, person):
    services.person_update(actor=pro, person=person, expected_version=person.version, data={
        "language": "Arabisch", "interpreter_needed": True, "reads_dutch": "nee",
        "letters_to": "Bewindvoerder J. Smit, Postbus 12, Zandhoven"})
    person.refresh_from_db()
    assert person.safety_notes == "" and person.has_communication_needs
    client = client_for(pro)
    for url in (reverse("workspace:person", args=[person.public_id]),
                reverse("residents:situation", args=[person.public_id])):  # a page with the person header
        page = client.get(url).content.decode()
        assert "spreekt liever Arabisch" in page and "tolk nodig" in page and "Bewindvoerder J. Smit" in page
