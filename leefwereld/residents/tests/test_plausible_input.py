"""One BSN, one person; implausible dates and house numbers are refused with a clear message."""
import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from leefwereld.core.errors import ApplicationError
from leefwereld.intake.forms import VraagForm
from leefwereld.residents import services
from leefwereld.residents.forms import PersonEditForm, PersonForm
from leefwereld.residents.models import Person
from leefwereld.residents.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def test_a_bsn_held_by_a_visible_person_is_refused_with_a_link(pro, person):
    Person.objects.filter(pk=person.pk).update(bsn="111222333")
    with pytest.raises(ApplicationError) as refused:
        services.person_create(actor=pro, data={"given_name": "Sas", "family_name": "Dalen", "bsn": "111222333"})
    assert refused.value.field == "bsn"
    assert str(person.public_id) in str(refused.value.message)
    assert Person.objects.filter(bsn="111222333").count() == 1


def test_a_bsn_held_in_another_team_says_who_to_ask_but_shows_no_file(outsider, person):
    Person.objects.filter(pk=person.pk).update(bsn="111222333")
    with pytest.raises(ApplicationError) as refused:
        services.person_create(actor=outsider, data={"given_name": "X", "family_name": "Y", "bsn": "111222333"})
    message = str(refused.value.message)
    assert person.household.team.name in message
    assert str(person.public_id) not in message and "Dalen" not in message and "Saskia" not in message


def test_a_person_may_keep_their_own_bsn_but_not_take_anothers(pro, person):
    person.bsn = "111222333"
    person.save()
    services.person_update(actor=pro, person=person, expected_version=person.version,
                           data={"bsn": "111222333", "phone": "06 12345678"})
    other = PersonFactory(household__team=person.household.team, bsn="")
    with pytest.raises(ApplicationError):
        services.person_update(actor=pro, person=other, expected_version=other.version, data={"bsn": "111222333"})


def test_the_database_holds_one_bsn_one_person_but_many_without(person):
    Person.objects.filter(pk=person.pk).update(bsn="111222333")
    PersonFactory(bsn="")
    PersonFactory(bsn="")
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonFactory(bsn="111222333")


@pytest.mark.parametrize("birth_date", ["0001-01-01", "1850-03-02"])
def test_a_birth_date_in_year_one_is_refused(birth_date):
    form = PersonForm(data={"given_name": "A", "family_name": "B", "birth_date": birth_date})
    assert not form.is_valid()
    assert "birth_date" in form.errors


def test_a_date_far_in_the_future_is_refused_on_every_date_field(person):
    form = PersonEditForm(instance=person, data={"given_name": "A", "family_name": "B", "birth_date": "3026-01-01",
                                                 "version": person.version})
    assert not form.is_valid() and "birth_date" in form.errors


@pytest.mark.parametrize("received_on", [dt.date(1926, 12, 1), timezone.localdate() - dt.timedelta(days=400)])
def test_a_vraag_received_long_ago_is_refused(received_on):
    form = VraagForm(data={"kind": "vraag", "brought_by": "inwoner", "words": "Hulp bij de administratie",
                           "received_on": received_on.isoformat()})
    assert not form.is_valid()
    assert "jaar terug" in str(form.errors["received_on"])


def test_a_vraag_received_last_week_is_fine():
    form = VraagForm(data={"kind": "vraag", "brought_by": "inwoner", "words": "Hulp bij de administratie",
                           "received_on": (timezone.localdate() - dt.timedelta(days=7)).isoformat()})
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("number", ["-5", "0", "abc", "123456", "12 3456789"])
def test_implausible_house_numbers_are_refused(number):
    form = PersonForm(data={"given_name": "A", "family_name": "B", "house_number": number})
    assert not form.is_valid() and "house_number" in form.errors


@pytest.mark.parametrize("number", ["12", "12a", "12-1", "12 bis", "7 hs", "101/2"])
def test_real_house_numbers_pass(number):
    form = PersonForm(data={"given_name": "A", "family_name": "B", "house_number": number})
    assert form.is_valid(), form.errors
