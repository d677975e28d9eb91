import factory

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.coordination.models import KaartEntry, Level, Organisation, OrganisationKind, Wijk


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = OrganisationKind.ZORG_WELZIJN
    phone = "0412 600 000"


class WijkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wijk

    name = factory.Sequence(lambda n: f"Wijk {n}")
    postcodes = "5341"


class KaartEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KaartEntry
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Onderdeel {n}")
    level = Level.INFORMEEL

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        if create and extracted:
            self.domains.set(extracted)

    @factory.post_generation
    def wijken(self, create, extracted, **kwargs):
        if create and extracted:
            self.wijken.set(extracted)


class PartnerUserFactory(UserFactory):
    role = Role.PARTNER
    discipline = ""
    team = None
    organisation = factory.SubFactory(OrganisationFactory)
