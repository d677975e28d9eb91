import factory

from leefwereld.accounts.models import Discipline, Role, Team, User


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Wijkteam {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    role = Role.PROFESSIONAL
    discipline = Discipline.WMO
    team = factory.SubFactory(TeamFactory)
    phone = "0412 700 000"
    password = factory.django.Password("test-password-123")
