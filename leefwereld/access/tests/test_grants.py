"""The maintained visibility (access.HouseholdAccess) follows every change that alters it, in the
same transaction as the change (ADR 0012)."""
import pytest
from django.core.management import call_command
from django.db import transaction

from leefwereld.access.models import HouseholdAccess
from leefwereld.access.policy import can_see_household, visible
from leefwereld.residents import services
from leefwereld.residents.models import Household, Person


def _sees(actor, person):
    return visible(actor, Person.objects.all(), "persons.view").filter(pk=person.pk).exists()


def test_an_assignment_grants_the_contactpersoon_and_the_stand_in_and_a_new_one_takes_it_away(
        pro, colleague, outsider, person):
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=outsider)
    assert _sees(outsider, person)
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=colleague)
    assert not _sees(outsider, person)


def test_outsider_as_contactpersoon_sees_the_whole_household(pro, outsider, person):
    services.person_assign_contact(actor=pro, person=person, contactpersoon=outsider)
    assert can_see_household(outsider, person.household)
    assert list(visible(outsider, Household.objects.all(), "households.view")) == [person.household]


def test_a_household_moving_team_is_seen_by_the_new_team_and_no_longer_by_the_old(pro, outsider, person,
                                                                                    other_team):
    assert _sees(pro, person) and not _sees(outsider, person)
    services.household_move_team(actor=pro, household=person.household, team=other_team)
    assert _sees(outsider, person) and not _sees(pro, person)


def test_a_new_household_and_person_are_seen_by_the_team_at_once(pro, colleague):
    person = services.person_create(actor=pro, data={"given_name": "Nieuw", "family_name": "Mens"})
    assert _sees(colleague, person)


def test_the_grant_rolls_back_with_the_change(pro, outsider, person):
    with pytest.raises(RuntimeError), transaction.atomic():
        services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=outsider)
        assert _sees(outsider, person)  # inside the transaction: already granted
        raise RuntimeError("the caller fails after the assignment")
    assert not _sees(outsider, person)


def test_rebuild_recreates_the_grants_from_teams_and_assignments(pro, outsider, person):
    services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=outsider)
    before = set(HouseholdAccess.objects.values_list("household_id", "grantee"))
    HouseholdAccess.objects.all().delete()
    assert not _sees(pro, person)
    call_command("household_access_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(HouseholdAccess.objects.values_list("household_id", "grantee")) == before
    assert _sees(pro, person) and _sees(outsider, person)
