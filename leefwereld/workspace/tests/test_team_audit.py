"""The team leader's logboek: names and Dutch labels, a filter by resident, and a CSV for Dutch Excel."""
import csv
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.conversations.models import Instrument
from leefwereld.plans import services as plan_services
from leefwereld.residents import services as resident_services
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.workspace.audit_lines import safe_cell


@pytest.fixture
def events(pro, person, team):
    """A file read, a plan, a gesprek, a measurement and a network change about Saskia; one about Bas."""
    bas = PersonFactory(household__team=team, given_name="Bas", family_name="Bakker")
    resident_services.blanco_start(actor=pro, person=person)
    resident_services.blanco_open_file(actor=pro, person=person, reason="Veiligheid")
    plan_services.plan_start(actor=pro, person=person)
    conversation_services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    instrument = Instrument.objects.get(name__startswith="Zelfredzaamheid")
    conversation_services.assessment_create(actor=pro, person=person, instrument=instrument,
                                            taken_on=timezone.localdate(), scores=[])
    resident_services.network_member_add(actor=pro, person=person, data={"name": "Ria"})
    resident_services.blanco_start(actor=pro, person=bas)
    return {"bas": bas}


def _csv(response):
    return b"".join(response.streaming_content).decode("utf-8")


def test_events_about_plans_gesprekken_assessments_and_network_name_whom(pro, person, events):
    for action in ["plans.create", "gesprekken.create", "assessments.create", "network.update"]:
        event = AuditEvent.objects.get(action=action)
        assert (event.person_pk, event.household_pk) == (person.pk, person.household_id), action
    goal_event = AuditEvent.objects.filter(action="plans.create").get()
    assert goal_event.household_team_pk == person.household.team_id


def test_the_page_shows_names_and_dutch_labels_not_codes_or_ids(client_for, teamleider, person, events):
    plan = person.household.plans.get()
    plan_services.plan_update_details(actor=teamleider, plan=plan, expected_version=plan.version,
                                      evaluate_on=timezone.localdate())
    html = client_for(teamleider).get(reverse("workspace:team_audit")).content.decode()
    text = re.sub(r"<[^>]+>", " ", html)  # what the reader sees; option values and links are not read
    assert "Saskia van Dalen" in html and person.household.name in html
    assert "Dossier bewust openen tijdens blanco voorbereiding" in html and "Veiligheid" in html
    assert "Gesprek vastleggen" in html and "Professional wijkteam" in html
    for code in ["persons.open_file", "gesprekken.create", "residents.person", str(person.public_id),
                 str(plan.public_id), "professional "]:
        assert code not in text, code


def test_looking_at_the_log_is_logged_with_whom_the_page_named(client_for, teamleider, person, events):
    before = AuditEvent.objects.count()
    client_for(teamleider).get(reverse("workspace:team_audit"), {"action": "persons.open_file"})
    assert AuditEvent.objects.count() == before + 1
    row = AuditEvent.objects.order_by("-id").first()
    assert (row.action, row.actor_id) == ("audit.view_team", teamleider.pk)
    assert row.detail["filters"] == {"action": "persons.open_file"} and row.detail["shown"] == [person.pk]


def test_filter_by_resident_picked_by_name_through_a_post(client_for, teamleider, person, events):
    client = client_for(teamleider)
    response = client.post(reverse("workspace:team_audit"), {"naam": "Dalen"})
    html = response.content.decode()
    assert f"inwoner={person.public_id}" in html and f"inwoner={events['bas'].public_id}" not in html
    rows_before = AuditEvent.objects.count()
    html = client.get(reverse("workspace:team_audit"), {"inwoner": str(person.public_id)}).content.decode()
    assert "Saskia van Dalen" in html and "Bas Bakker" not in html
    assert "Plan starten" in html  # the household's plan counts as about her
    logged = AuditEvent.objects.order_by("-id").first()
    assert AuditEvent.objects.count() == rows_before + 1 and logged.person_pk == person.pk


def test_filter_by_resident_includes_lists_that_showed_them(client_for, pro, teamleider, person, events):
    client_for(pro).post(reverse("workspace:search"), {"name": "Dalen"})
    html = client_for(teamleider).get(reverse("workspace:team_audit"),
                                      {"inwoner": str(person.public_id), "action": "persons.search"}).content.decode()
    assert "Personen zoeken" in html and "1 regel" in html


def test_an_unknown_resident_gives_a_message_and_no_rows(client_for, teamleider, outsider, events):
    stranger = PersonFactory(household__team=outsider.team)
    for value in [str(stranger.public_id), "geen-uuid"]:
        response = client_for(teamleider).get(reverse("workspace:team_audit"), {"inwoner": value})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Deze inwoner is niet gevonden in uw team." in html and "0 regels" in html, value


def test_csv_for_dutch_excel_with_names_and_dutch_headers(client_for, teamleider, person, events):
    client = client_for(teamleider)
    before = AuditEvent.objects.count()
    body = _csv(client.get(reverse("workspace:team_audit_csv"), {"action": "persons.open_file"}))
    assert AuditEvent.objects.count() == before + 1  # the export is logged, once
    assert AuditEvent.objects.order_by("-id").first().detail["export"] == "csv"
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:5] == ["Tijdstip", "Wie", "Rol", "Handeling", "Over wie"]
    assert len(rows) == 2
    assert rows[1][2:5] == ["Professional wijkteam", "Dossier bewust openen tijdens blanco voorbereiding",
                            "Saskia van Dalen"]
    assert str(person.pk) not in rows[1] and "Veiligheid" in rows[1]


def test_csv_cells_that_look_like_formulas_are_neutralised(client_for, pro, teamleider, person):
    resident_services.blanco_start(actor=pro, person=person)
    resident_services.blanco_open_file(actor=pro, person=person, reason='=HYPERLINK("http://x","klik")')
    body = _csv(client_for(teamleider).get(reverse("workspace:team_audit_csv"), {"action": "persons.open_file"}))
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert "'=HYPERLINK(\"http://x\",\"klik\")" in rows[1]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


@pytest.mark.parametrize("value, safe", [
    ("=1+1", "'=1+1"), ("+31 6", "'+31 6"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Saskia", "Saskia"), ("", ""), (None, ""), ("a=b", "a=b"),
])
def test_safe_cell(value, safe):
    assert safe_cell(value) == safe
