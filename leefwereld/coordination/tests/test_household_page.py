"""The samenwerken page of a household: betrokkenen, grounds, referrals, escalations and time in fixed queries."""
import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from leefwereld.coordination import kaart_csv
from leefwereld.coordination.models import Veiligheidsplan
from leefwereld.coordination.services.referrals import referral_send
from leefwereld.coordination.services.sharing import ground_record, veiligheidsplan_save
from leefwereld.core.errors import ApplicationError
from leefwereld.residents.tests.factories import NetworkMemberFactory, PersonFactory

from .factories import OrganisationFactory


def _grow(pro, person, n):
    for i in range(n):
        org = OrganisationFactory()
        PersonFactory(household=person.household)
        NetworkMemberFactory(person=person, name=f"Buur {i}")
        ground = ground_record(actor=pro, household=person.household, kind="toestemming", organisation=org,
                               scopes=["plan"], purpose="x", how="gesprek")
        referral_send(actor=pro, household=person.household, organisation=org, ground=ground, question="q",
                      due_on=timezone.localdate() + dt.timedelta(days=3), parts=["plan"])


@pytest.mark.django_db
def test_household_page_queries_do_not_grow(client_for, pro, person, plan, django_assert_max_num_queries):
    client = client_for(pro)
    url = f"/samenwerken/huishouden/{person.household.public_id}/"
    _grow(pro, person, 2)
    with django_assert_max_num_queries(60) as small:
        response = client.get(url)
    assert response.status_code == 200 and "Buur 1" in response.content.decode()
    _grow(pro, person, 8)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).content.decode().count("Buur 7") == 1


@pytest.mark.django_db
def test_veiligheidsplan_is_appended_and_needs_its_three_parts(pro, plan, client_for):
    with pytest.raises(ApplicationError):
        veiligheidsplan_save(actor=pro, plan=plan, who_safe="Amanda", agreements="", signals="x")
    veiligheidsplan_save(actor=pro, plan=plan, who_safe="Amanda", agreements="Ria vangt op", signals="Schreeuwen")
    client = client_for(pro)
    response = client.post(f"/samenwerken/plan/{plan.public_id}/veiligheidsplan/",
                           {"who_safe": "Amanda en Saskia", "agreements": "Ria vangt op; Joost belt", "signals": "x"})
    assert response.status_code == 302
    assert Veiligheidsplan.objects.filter(plan=plan).count() == 2
    page = client.get(f"/samenwerken/huishouden/{plan.household.public_id}/").content.decode()
    assert "Amanda en Saskia" in page


@pytest.mark.django_db
def test_a_huge_upload_gets_a_message_not_a_500(client_for, beheerder):
    big = SimpleUploadedFile("kaart.csv", b"x" * (kaart_csv.MAX_BYTES + 1))
    response = client_for(beheerder).post("/samenwerken/kaart/importeren/", {"file": big})
    assert response.status_code == 200 and "te groot" in response.content.decode()


@pytest.mark.django_db
def test_a_referral_form_beyond_consent_keeps_what_was_typed(client_for, pro, person, school, consent):
    client = client_for(pro)
    url = f"/samenwerken/huishouden/{person.household.public_id}/verwijzing/?organisatie={school.public_id}"
    response = client.post(url, {"question": "Mijn vraag", "due_on": "2000-01-01", "parts": ["plan"]})
    page = response.content.decode()
    assert response.status_code == 200 and "Mijn vraag" in page


@pytest.mark.django_db
def test_the_team_leaders_werkvoorraad_queries_do_not_grow(client_for, pro, teamleider, team,
                                                           django_assert_max_num_queries):
    def override(n):
        for _ in range(n):
            person = PersonFactory(household__team=team)
            ground_record(actor=pro, household=person.household, kind="veiligheid", organisation=OrganisationFactory(),
                          scopes=["verhaal"], purpose="Veiligheid", safety_ground="meldcode", reason="Zorg om geweld")
    client = client_for(teamleider)
    override(11)  # past the first screen, so the capped count runs in both measurements
    with django_assert_max_num_queries(40) as small:
        assert "Zorg om geweld" in client.get("/").content.decode()
    override(5)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/")
