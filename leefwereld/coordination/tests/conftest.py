import pytest

from leefwereld.conversations.models import Domain
from leefwereld.coordination.models import GroundKind, OrganisationKind, Scope
from leefwereld.coordination.services.sharing import ground_record
from leefwereld.plans.services import goal_add, plan_start

from .factories import OrganisationFactory, PartnerUserFactory


@pytest.fixture
def school(db):
    return OrganisationFactory(name="Het Baken (VSO)", kind=OrganisationKind.SCHOOL)


@pytest.fixture
def mentor(school):
    return PartnerUserFactory(organisation=school, first_name="Ilse", last_name="Mentor")


@pytest.fixture
def plan(pro, person):
    return plan_start(actor=pro, person=person)


@pytest.fixture
def goal(pro, plan):
    domain = Domain.objects.filter(name="Werk & opleiding").first()
    goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Amanda gaat graag naar school",
             domains=[domain] if domain else [])
    plan.refresh_from_db()
    return plan.goals.get()


@pytest.fixture
def consent(pro, person, school):
    return ground_record(actor=pro, household=person.household, kind=GroundKind.TOESTEMMING, organisation=school,
                         scopes=[Scope.PLAN, Scope.SCHOOL], purpose="Ondersteuningsplan afstemmen", how="gesprek")
