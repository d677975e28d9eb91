"""The access policy: who sees which household, and what guard() refuses."""
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from leefwereld.access.policy import guard, visible
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.residents.models import Household, Person
from leefwereld.residents.tests.factories import PersonFactory


def test_professional_sees_households_of_own_team_only(pro, person, other_team):
    stranger = PersonFactory(household__team=other_team)
    seen = set(visible(pro, Person.objects.all(), "persons.view"))
    assert person in seen
    assert stranger not in seen
    assert list(visible(pro, Household.objects.all(), "households.view")) == [person.household]


def test_assigned_professional_of_another_team_sees_that_household(pro, outsider, person):
    from leefwereld.residents.services import person_assign_contact

    assert not visible(outsider, Person.objects.all(), "persons.view").exists()
    # Through the service: it keeps the grants (ADR 0012).
    person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=outsider)
    assert list(visible(outsider, Person.objects.all(), "persons.view")) == [person]


def test_role_without_the_action_sees_nothing(beheerder, person):
    assert not visible(beheerder, Person.objects.all(), "persons.view").exists()


def test_guard_refuses_an_invisible_household_as_not_found(outsider, person):
    with transaction.atomic(), pytest.raises(NotFoundOrNotAllowed):
        guard(outsider, "persons.view", person=person)
    assert not AuditEvent.objects.exists()


def test_guard_writes_one_audit_event_with_who_what_and_whom(pro, person):
    with transaction.atomic():
        guard(pro, "persons.view", person=person, obj=person)
    event = AuditEvent.objects.get()
    assert (event.actor, event.action, event.person_pk, event.household_pk) == (
        pro, "persons.view", person.pk, person.household_id)
    assert event.actor_role == "professional"
    assert event.household_team_pk == person.household.team_id


@pytest.mark.django_db(transaction=True)
def test_guard_must_run_inside_a_transaction(pro, person):
    with pytest.raises(ImproperlyConfigured):
        guard(pro, "persons.view", person=person)


def test_opening_a_file_needs_a_reason(pro, person):
    with transaction.atomic(), pytest.raises(ApplicationError):
        guard(pro, "persons.open_file", person=person, reason="  ")


def test_visible_refuses_models_without_a_household(pro):
    from leefwereld.accounts.models import Team

    with pytest.raises(ImproperlyConfigured):
        visible(pro, Team.objects.all(), "persons.view")
