"""Signing in through the real local broker (npm oidc-provider), the BSN claim linking the account."""
import datetime as dt

import pytest
from django.urls import reverse

from leefwereld.accounts.models import Role
from leefwereld.audit.models import AuditEvent
from leefwereld.plans.models import RepresentativeRole
from leefwereld.portal import services
from leefwereld.portal.models import Bericht, RepresentationScope, ResidentAccount
from leefwereld.residents.tests.factories import PersonFactory

from .helpers import broker_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def saskia(team, pro, colleague):
    person = PersonFactory(household__team=team, given_name="Saskia", prefix="van", family_name="Dalen",
                           bsn="123456782", contactpersoon=pro, stand_in=colleague)
    from leefwereld.access.grants import household_access_refresh

    household_access_refresh(household_ids=[person.household_id])
    return person


def test_a_resident_signs_in_with_the_broker_and_sees_their_own_file(broker, client, saskia, pro):
    response = broker_sign_in(client, "saskia")
    assert response.status_code == 302 and response["Location"] == "/mijn/"
    account = ResidentAccount.objects.get(subject="saskia")
    assert account.user.role == Role.INWONER and account.person == saskia
    page = client.get("/mijn/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Uw eigen dossier: Saskia van Dalen" in text and "Fatima El Amrani" in text and pro.phone in text
    assert AuditEvent.objects.filter(actor=account.user, action="portal.view", person_pk=saskia.pk).count() == 1
    assert AuditEvent.objects.filter(actor=account.user, action="security.login").exists()


def test_a_resident_never_reaches_a_professional_page(broker, client, saskia):
    broker_sign_in(client, "saskia")
    urls = [reverse("workspace:werkvoorraad"), reverse("workspace:person", args=[saskia.public_id]),
            reverse("workspace:search"), reverse("coordination:kaart"), reverse("plans:reviews")]
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 404, url


def test_a_professional_never_reaches_the_portal(client_for, pro):
    client = client_for(pro)
    assert client.get("/mijn/").status_code == 404


def test_someone_unknown_to_the_municipality_sees_no_file(broker, client, saskia):
    broker_sign_in(client, "vreemde")
    page = client.get("/mijn/", follow=True)
    assert "Wij hebben geen dossier van u" in page.content.decode()
    assert "Saskia" not in page.content.decode()


def test_a_representative_opens_the_file_they_act_for_until_the_end_date(broker, client, team, pro, saskia):
    bet = PersonFactory(household__team=team, given_name="Elisabeth", family_name="Vliet", prefix="van",
                        birth_date=dt.date(1934, 3, 1), contactpersoon=pro)
    rep = services.representation_record(actor=pro, person=bet, name="Bert van Vliet", bsn="111222333",
                                         relation=RepresentativeRole.MENTOR, scope=RepresentationScope.LEZEN)
    broker_sign_in(client, "bert")
    choice = client.get("/mijn/", follow=True)
    assert "Elisabeth van Vliet" in choice.content.decode() and "Saskia" not in choice.content.decode()
    client.post("/mijn/kies/", {"person": str(bet.public_id)})
    page = client.get("/mijn/").content.decode()
    assert "U kijkt in het dossier van Elisabeth van Vliet. U bent Mentor." in page
    # Read only: a message is refused with a clear word, and nothing is stored.
    refused = client.post("/mijn/berichten/", {"text": "Hallo"})
    assert "alleen lezen" in refused.content.decode() and not Bericht.objects.exists()
    services.representation_end(actor=pro, representation=rep)
    assert client.get("/mijn/")["Location"] == "/mijn/kies/"  # ended: gone at the next click


def test_a_parents_representation_ends_at_eighteen(pro, team):
    child = PersonFactory(household__team=team, birth_date=dt.date(2015, 6, 1), contactpersoon=pro)
    rep = services.representation_record(actor=pro, person=child, name="Ouder", bsn="111222333",
                                         relation=RepresentativeRole.OUDER, scope=RepresentationScope.HANDELEN)
    assert rep.ends_on == dt.date(2033, 5, 31)
