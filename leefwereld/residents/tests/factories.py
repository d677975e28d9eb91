import datetime as dt

import factory

from leefwereld.access.grants import household_access_refresh
from leefwereld.accounts.tests.factories import TeamFactory, UserFactory
from leefwereld.residents.models import Household, NetworkMember, Person


class HouseholdFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Household
        skip_postgeneration_save = True  # the grants hook changes no field of the row

    team = factory.SubFactory(TeamFactory)
    name = factory.Sequence(lambda n: f"Huishouden {n}")

    @factory.post_generation
    def grants(self, create, extracted, **kwargs):
        # Services keep access.HouseholdAccess; a factory that bypasses them must too.
        if create:
            household_access_refresh(household_ids=[self.pk])


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    household = factory.SubFactory(HouseholdFactory)
    given_name = factory.Faker("first_name", locale="nl_NL")
    family_name = factory.Faker("last_name", locale="nl_NL")
    birth_date = dt.date(1970, 5, 17)
    street = "Molenstraat"
    house_number = factory.Sequence(lambda n: str(n + 1))
    postcode = "5341 AB"
    city = "Zandhoven"
    phone = "06 12345678"

    @factory.post_generation
    def grants(self, create, extracted, **kwargs):
        if create:
            household_access_refresh(household_ids=[self.household_id])


class NetworkMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkMember

    person = factory.SubFactory(PersonFactory)
    household = factory.SelfAttribute("person.household")
    name = factory.Faker("name", locale="nl_NL")
    added_by = factory.SubFactory(UserFactory)
