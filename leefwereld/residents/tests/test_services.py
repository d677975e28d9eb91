"""Residents: registration, duplicates, optimistic locking, contact assignment, blanco and network."""
import datetime as dt

import pytest

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, ConflictError, NotFoundOrNotAllowed
from leefwereld.residents import selectors, services
from leefwereld.residents.models import Assignment, Draagkracht, Person
from leefwereld.residents.tests.factories import PersonFactory


def test_person_create_makes_a_household_in_the_actors_team(pro):
    person = services.person_create(actor=pro, data={"given_name": "Dirk", "family_name": "Vermeulen"})
    assert person.household.team == pro.team
    assert person.household.name == "Huishouden Vermeulen"
    assert AuditEvent.objects.filter(action="persons.create", person_pk=person.pk).count() == 1


def test_a_signal_records_a_contact_only_person(pro):
    person = services.person_create(actor=pro, data={"given_name": "Greet", "family_name": "Schouten"},
                                    contact_only=True)
    assert person.contact_only


def test_probable_duplicates_by_name_and_birth_date_bsn_or_address(pro, person):
    found = selectors.person_probable_duplicates(actor=pro, family_name="DALEN", birth_date=person.birth_date)
    assert found == [person]
    Person.objects.filter(pk=person.pk).update(bsn="111222333")
    assert selectors.person_probable_duplicates(actor=pro, bsn="111222333") == [person]
    assert selectors.person_probable_duplicates(actor=pro, given_name="saskia", postcode=person.postcode,
                                                house_number=person.house_number) == [person]
    assert selectors.person_probable_duplicates(actor=pro, family_name="Dalen", birth_date=dt.date(1999, 1, 1)) == []


def test_duplicates_in_another_team_stay_invisible(outsider, person):
    assert selectors.person_probable_duplicates(actor=outsider, family_name="Dalen",
                                                birth_date=person.birth_date) == []


def test_search_finds_own_team_and_not_others(pro, outsider, person):
    assert selectors.person_search(actor=pro, name="van dalen") == [person]
    assert selectors.person_search(actor=outsider, name="dalen") == []
    assert selectors.person_search(actor=pro, postcode=person.postcode, house_number=person.house_number) == [person]


def test_person_of_another_team_is_not_found(outsider, person):
    with pytest.raises(NotFoundOrNotAllowed):
        selectors.person_get(actor=outsider, public_id=person.public_id)


def test_optimistic_locking_refuses_a_stale_version(pro, colleague, person):
    mine = Person.objects.get(pk=person.pk)
    theirs = Person.objects.get(pk=person.pk)
    services.person_update(actor=colleague, person=theirs, expected_version=1, data={"phone": "06 22222222"})
    with pytest.raises(ConflictError) as caught:
        services.person_update(actor=pro, person=mine, expected_version=1, data={"phone": "06 33333333"})
    assert caught.value.current.phone == "06 22222222"
    assert caught.value.current.version == 2
    assert Person.objects.get(pk=person.pk).phone == "06 22222222"


def test_assigning_contact_appends_history_and_shows_on_person(pro, colleague, teamleider, person):
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=colleague)
    services.person_assign_contact(actor=teamleider, person=person, contactpersoon=colleague, stand_in=pro,
                                   reason="Jeugdvraag staat nu voorop")
    person.refresh_from_db()
    assert (person.contactpersoon, person.stand_in) == (colleague, pro)
    assert Assignment.objects.filter(person=person).count() == 2
    history = selectors.person_assignments(actor=pro, person=person)
    assert [a.contactpersoon for a in history] == [colleague, pro]


def test_stand_in_must_differ_from_contactpersoon(pro, person):
    with pytest.raises(ApplicationError):
        services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=pro)


def test_a_stand_in_of_another_team_then_sees_the_person(pro, outsider, person):
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=outsider)
    assert selectors.person_get(actor=outsider, public_id=person.public_id) == person


def test_blanco_preparation_ends_with_a_logged_reason(pro, person):
    services.blanco_start(actor=pro, person=person)
    assert selectors.blanco_is_open(actor=pro, person=person)
    with pytest.raises(ApplicationError):
        services.blanco_open_file(actor=pro, person=person, reason="")
    services.blanco_open_file(actor=pro, person=person, reason="Collega meldt eerdere dreiging")
    assert not selectors.blanco_is_open(actor=pro, person=person)
    assert AuditEvent.objects.get(action="persons.open_file").reason == "Collega meldt eerdere dreiging"


def test_network_member_with_their_load(pro, person):
    member = services.network_member_add(actor=pro, person=person, data={
        "name": "Anja (dochter)", "relation": "familie", "draagkracht": Draagkracht.OVERBELAST,
        "may_ask": "liever_niet"})
    assert member.household == person.household
    assert selectors.person_network(actor=pro, person=person) == [member]


def test_household_members_show_minors(pro, person):
    child = PersonFactory(household=person.household, birth_date=dt.date.today() - dt.timedelta(days=365 * 12))
    members = selectors.household_members(actor=pro, household=person.household)
    assert child in members and child.is_minor and not person.is_minor


def test_two_colleagues_assigning_at_once_lose_nothing_silently(pro, colleague, person, client_for):
    from django.urls import reverse

    stale = person.version
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, expected_version=stale)
    with pytest.raises(ConflictError):
        services.person_assign_contact(actor=colleague, person=Person.objects.get(pk=person.pk),
                                       contactpersoon=colleague, expected_version=stale)
    assert Person.objects.get(pk=person.pk).contactpersoon == pro
    page = client_for(colleague).post(reverse("residents:assign_contact", args=[person.public_id]),
                                      {"contactpersoon": colleague.pk, "version": stale, "reason": "Ik ken haar"})
    html = page.content.decode()
    assert page.status_code == 200 and "Iemand anders heeft dit intussen opgeslagen" in html and "Ik ken haar" in html
    assert Assignment.objects.filter(person=person).count() == 1
