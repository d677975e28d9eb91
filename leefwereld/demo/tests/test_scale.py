"""The city-scale generator: every row lands in a generated household, and the data is plausible."""
import pytest
from django.db.models import F
from django.utils import timezone

from leefwereld.accounts.models import Team, User
from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.instruments import install_defaults
from leefwereld.conversations.models import Assessment, AssessmentScore, Domain, Gesprek, Instrument, Level
from leefwereld.core.validators import bsn_is_valid
from leefwereld.demo.scale import generate
from leefwereld.intake.models import FollowUp, Vraag, VraagStatus
from leefwereld.residents.models import Assignment, Household, HouseholdRole, NetworkMember, Person


@pytest.fixture
def staff(db):
    install_defaults(Instrument, Domain, Level)  # already there after migrate; also works with --nomigrations
    teams = [Team.objects.create(name="Wijkteam Noord"), Team.objects.create(name="Wijkteam Zuid")]
    professionals = [User.objects.create(username=f"pro{i}", first_name=f"Pro{i}", team=teams[i % 2])
                     for i in range(6)]
    return teams, professionals


def test_generate_makes_households_and_reports_counts(staff):
    teams, professionals = staff
    counts = generate(20, teams=teams, professionals=professionals, progress=False)

    assert Household.objects.count() == 20
    assert counts["residents.Household"] == 20
    for model in [Person, NetworkMember, Vraag, VraagStatus, Gesprek, Assessment, AssessmentScore, FollowUp,
                  Assignment, AuditEvent]:
        assert counts.get(model._meta.label, 0) == model.objects.count(), model
    assert Vraag.objects.count() == 20  # one per household
    assert set(Household.objects.values_list("team", flat=True)) <= {t.pk for t in teams}


def test_every_row_belongs_to_a_generated_household(staff):
    teams, professionals = staff
    generate(20, teams=teams, professionals=professionals, progress=False)
    households = set(Household.objects.values_list("pk", flat=True))

    for model in [Person, NetworkMember, Vraag, VraagStatus, Gesprek, Assessment, FollowUp, Assignment]:
        assert set(model.objects.values_list("household_id", flat=True)) <= households, model
    assert set(AuditEvent.objects.values_list("household_pk", flat=True)) <= households
    assert AuditEvent.objects.filter(household_pk__isnull=True).count() == 0
    # Rows that point at a person point at someone of the same household.
    for model in [NetworkMember, Vraag, Gesprek, FollowUp]:
        assert not model.objects.exclude(person__household=F("household")).exists(), model


def test_bsns_are_valid_and_unique(staff):
    teams, professionals = staff
    generate(20, teams=teams, professionals=professionals, progress=False)
    bsns = list(Person.objects.exclude(bsn="").values_list("bsn", flat=True))

    assert bsns, "about half of the people should have a BSN"
    assert all(bsn_is_valid(b) for b in bsns)
    assert len(bsns) == len(set(bsns))


def test_contactpersoon_and_stand_in_differ_and_are_of_the_households_team(staff):
    teams, professionals = staff
    generate(20, teams=teams, professionals=professionals, progress=False)
    assigned = Person.objects.filter(contactpersoon__isnull=False).select_related("household")

    assert assigned.exists()
    for person in assigned:
        team = person.household.team_id
        assert person.contactpersoon.team_id == team
        assert person.stand_in is not None and person.stand_in.team_id == team
        assert person.contactpersoon_id != person.stand_in_id


def test_children_are_minors_in_households_of_three_or_more(staff):
    teams, professionals = staff
    generate(20, teams=teams, professionals=professionals, progress=False)

    today = timezone.localdate()  # the day the generator counted ages from
    for child in Person.objects.filter(household_role=HouseholdRole.KIND):
        assert 0 <= child.age_on(today) <= 17
        assert child.household.members.count() >= 3
    for adult in Person.objects.exclude(household_role=HouseholdRole.KIND):
        assert 18 <= adult.age_on(today) <= 95


def test_running_twice_with_other_seeds_adds_households(staff):
    teams, professionals = staff
    generate(20, teams=teams, professionals=professionals, seed=1, progress=False)
    generate(20, teams=teams, professionals=professionals, seed=2, progress=False)
    generate(5, teams=teams, professionals=professionals, seed=1, progress=False)  # even the same seed again

    assert Household.objects.count() == 45
    bsns = list(Person.objects.exclude(bsn="").values_list("bsn", flat=True))
    assert len(bsns) == len(set(bsns))
