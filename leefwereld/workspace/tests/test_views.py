"""The professional's screens: log-in, werkvoorraad, file, search, and what others may not see."""
import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.intake import services as intake_services
from leefwereld.residents import services as resident_services


def test_pages_need_a_log_in(client, person):
    response = client.get(reverse("workspace:werkvoorraad"))
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    assert client.get(reverse("workspace:login")).status_code == 200


def test_a_password_alone_does_not_open_the_werkvoorraad(client, pro):
    """The second step (docs/adr/0005) is tested in detail in test_signin.py."""
    response = client.post(reverse("workspace:login"), {"username": pro.username, "password": "test-password-123"})
    assert response.status_code == 302
    assert client.get(reverse("workspace:werkvoorraad"))["Location"].startswith(reverse("workspace:enrol"))


def test_the_interface_is_dutch_whatever_the_browser_asks(client_for, pro):
    response = client_for(pro).get(reverse("workspace:werkvoorraad"), HTTP_ACCEPT_LANGUAGE="en-US")
    assert response["Content-Language"] == "nl"
    assert "Werkvoorraad" in response.content.decode()


def test_werkvoorraad_shows_my_people_new_questions_and_due_followups(client_for, pro, colleague, person):
    resident_services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=colleague)
    intake_services.vraag_register(actor=colleague, person=person, kind="signaal", brought_by="netwerk",
                                   words="Buurvrouw ziet haar niet meer buiten", received_on=timezone.localdate())
    intake_services.followup_create(actor=pro, person=person, what="Terugbellen over de school",
                                    due_on=timezone.localdate())
    html = client_for(pro).get(reverse("workspace:werkvoorraad")).content.decode()
    assert "Saskia van Dalen" in html
    assert "Buurvrouw ziet haar niet meer buiten" in html
    assert "Terugbellen over de school" in html


def test_person_file_shows_contact_card_and_story(client_for, pro, colleague, person):
    resident_services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=colleague)
    conversation_services.gesprek_create(actor=pro, person=person, data={
        "held_on": timezone.localdate(), "wat_belangrijk": "Dat de kinderen thuis blijven wonen"})
    html = client_for(pro).get(reverse("workspace:person", args=[person.public_id])).content.decode()
    assert "Dat de kinderen thuis blijven wonen" in html
    assert pro.get_full_name() in html and colleague.get_full_name() in html
    assert AuditEvent.objects.filter(action="persons.view", person_pk=person.pk).count() == 1


def test_other_team_gets_404_and_finds_nobody(client_for, outsider, person):
    client = client_for(outsider)
    for url in [reverse("workspace:person", args=[person.public_id]),
                reverse("workspace:person_blanco", args=[person.public_id]),
                reverse("workspace:household", args=[person.household.public_id]),
                reverse("residents:edit", args=[person.public_id]),
                reverse("conversations:new", args=[person.public_id])]:
        assert client.get(url).status_code == 404, url
    html = client.post(reverse("workspace:search"), {"name": "Dalen"}).content.decode()
    assert "Saskia" not in html and "0 personen gevonden" in html


def test_bsn_never_appears_in_lists(client_for, pro, person):
    type(person).objects.filter(pk=person.pk).update(bsn="111222333")
    html = client_for(pro).post(reverse("workspace:search"), {"name": "Dalen"}).content.decode()
    assert "Saskia" in html and "111222333" not in html


def test_blanco_preparation_hides_the_file_until_opened_with_a_reason(client_for, pro, person):
    intake_services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                   words="Eerdere vraag over schulden", received_on=timezone.localdate())
    resident_services.person_update(actor=pro, person=person, expected_version=1,
                                    data={"safety_notes": "Ga met z'n tweeën"})
    client = client_for(pro)
    client.post(reverse("residents:blanco_start", args=[person.public_id]))
    response = client.get(reverse("workspace:person", args=[person.public_id]))
    assert response.status_code == 302 and response["Location"].endswith("/blanco/")
    html = client.get(response["Location"]).content.decode()
    assert "Ga met z&#x27;n tweeën" in html and "Eerdere vraag over schulden" not in html
    response = client.post(reverse("residents:blanco_open", args=[person.public_id]), {"reason": ""})
    assert "Geef een reden op." in response.content.decode()
    client.post(reverse("residents:blanco_open", args=[person.public_id]), {"reason": "Collega belde"})
    assert "Eerdere vraag over schulden" in client.get(
        reverse("workspace:person", args=[person.public_id])).content.decode()


def test_team_audit_is_for_the_team_leader_with_csv(client_for, pro, teamleider, person):
    resident_services.blanco_start(actor=pro, person=person)
    resident_services.blanco_open_file(actor=pro, person=person, reason="Veiligheid")
    assert client_for(pro).get(reverse("workspace:team_audit")).status_code == 404
    client = client_for(teamleider)
    html = client.get(reverse("workspace:team_audit"), {"action": "persons.open_file"}).content.decode()
    assert "Veiligheid" in html and "Saskia van Dalen" in html
    response = client.get(reverse("workspace:team_audit_csv"), {"action": "persons.open_file"})
    body = b"".join(response.streaming_content).decode()
    assert body.splitlines()[0].startswith("\ufeffTijdstip;Wie;Rol;Handeling")
    assert len(body.splitlines()) == 2 and "Veiligheid" in body


@pytest.mark.django_db
def test_every_page_declares_an_action_and_unknown_pages_are_404(client_for, pro):
    assert client_for(pro).get("/bestaat-niet/").status_code == 404


def _my_people(team, pro, n):
    from leefwereld.residents.models import Household, Person

    households = Household.objects.bulk_create(Household(team=team, name=f"H{i:03}") for i in range(n))
    Person.objects.bulk_create(Person(household=h, given_name="Jan", family_name=f"Mens{i:03}", contactpersoon=pro)
                               for i, h in enumerate(households))


def test_werkvoorraad_shows_a_first_screen_with_the_count_and_a_link_to_the_whole_list(client_for, pro, team):
    """The werkvoorraad shows the first 10 of a list, says "10 van 23" and links to the whole list."""
    from leefwereld.workspace.selectors import FIRST_SCREEN

    _my_people(team, pro, 23)
    html = client_for(pro).get(reverse("workspace:werkvoorraad")).content.decode()
    assert html.count("Mens0") == FIRST_SCREEN and "Mens009" in html and "Mens010" not in html
    assert f"{FIRST_SCREEN} van 23" in html
    assert reverse("workspace:werkvoorraad_mensen") in html


def test_a_whole_list_pages_by_keyset_and_logs_whom_each_page_showed(client_for, pro, team):
    """The whole list comes a screen at a time; "Volgende" continues after the last row shown; each page
    view leaves one audit row naming the people it showed."""
    from leefwereld.audit.models import AuditEvent
    from leefwereld.residents.models import Person
    from leefwereld.workspace.selectors import PAGE_SIZE

    _my_people(team, pro, PAGE_SIZE + 5)
    client = client_for(pro)
    url = reverse("workspace:werkvoorraad_mensen")
    before = AuditEvent.objects.count()
    first = client.get(url)
    assert first.status_code == 200 and AuditEvent.objects.count() == before + 1
    html = first.content.decode()
    assert "Mens000" in html and f"Mens{PAGE_SIZE - 1:03}" in html and f"Mens{PAGE_SIZE:03}" not in html
    last = Person.objects.get(family_name=f"Mens{PAGE_SIZE - 1:03}")
    assert f"?na={last.pk}" in html
    second = client.get(url, {"na": last.pk}).content.decode()
    assert f"Mens{PAGE_SIZE:03}" in second and "Mens000" not in second and "Volgende" not in second
    row = AuditEvent.objects.order_by("-id").first()
    assert row.action == "werkvoorraad.view"
    # Nonsense in the cursor starts at the top instead of failing.
    assert client.get(url, {"na": "x'; drop"}).status_code == 200
