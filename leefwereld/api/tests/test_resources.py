"""Per resource: the same access and audit as the pages, 404 for what the account may not see, scopes and
confidentiality refused, and the tokens themselves."""
import datetime as dt

import pytest
from rest_framework.test import APIClient

from leefwereld.api.models import ApiClient
from leefwereld.api.scopes import Vertrouwelijkheid
from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.services import gesprek_create
from leefwereld.coordination.services.sharing import ground_record
from leefwereld.coordination.tests.factories import KaartEntryFactory, OrganisationFactory
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import ProcedureKind, Wet
from leefwereld.intake.services import vraag_register
from leefwereld.plans.services.content import plan_start
from leefwereld.residents.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def file(pro, person):
    """Saskia's file: a vraag, a gesprek, a plan, a procedure with a concept decision, a consent."""
    vraag = vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner", words="Hulp in huis",
                           received_on=dt.date.today())
    gesprek = gesprek_create(actor=pro, person=person, data={"held_on": dt.date.today(), "location": "thuis",
                                                             "wat_belangrijk": "Zelf blijven koken"})
    plan = plan_start(actor=pro, person=person)
    procedure = decision_services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                                  received_on=dt.date.today(), subject="Hulp")
    beschikking = decision_services.beschikking_draft(actor=pro, person=person)
    ground = ground_record(actor=pro, household=person.household, kind="toestemming", scopes=["plan"],
                           purpose="Hulp bij geldzaken", organisation=OrganisationFactory(), how="gesprek")
    return {"persoon": person, "huishouden": person.household, "vraag": vraag, "gesprek": gesprek, "plan": plan,
            "procedure": procedure, "beschikking": beschikking, "grondslag": ground}


DETAILS = [("personen", "persoon", "persons.view"), ("huishoudens", "huishouden", "households.view"),
           ("vragen", "vraag", "vragen.view"), ("gesprekken", "gesprek", "gesprekken.view"),
           ("plannen", "plan", "plans.view"), ("procedures", "procedure", "procedures.view"),
           ("beschikkingen", "beschikking", "beschikkingen.view"), ("grondslagen", "grondslag", "sharing.view")]
LISTS = [("personen", "persons.search"), ("vragen", "vragen.view"), ("contactmomenten", "persons.view"),
         ("gesprekken", "gesprekken.view"), ("metingen", "assessments.view"), ("plannen", "plans.view"),
         ("procedures", "procedures.view"), ("beschikkingen", "beschikkingen.view"), ("grondslagen", "sharing.view")]


def _new_rows(before):
    return list(AuditEvent.objects.filter(id__gt=before).order_by("id"))


def _last():
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


@pytest.mark.parametrize(("path", "key", "action"), DETAILS)
def test_detail_leaves_one_row_like_the_page_and_is_404_outside_the_team(api_for, pro, outsider, file, path, key,
                                                                         action):
    obj = file[key]
    own, other = api_for(pro), api_for(outsider)
    before = _last()
    response = own.get(f"/api/v1/{path}/{obj.public_id}/")
    assert response.status_code == 200, response.content
    assert response.json()["id"] == str(obj.public_id)
    rows = _new_rows(before)
    assert [(r.action, r.actor_id, r.household_pk) for r in rows] == [(action, pro.pk, file["huishouden"].pk)]

    before = _last()
    refused = other.get(f"/api/v1/{path}/{obj.public_id}/")
    assert refused.status_code == 404
    assert refused["Content-Type"] == "application/problem+json"
    assert [r.action for r in _new_rows(before)] == ["security.refused"]  # as on the pages: no file row


@pytest.mark.parametrize(("path", "action"), LISTS)
def test_list_shows_only_visible_rows_and_logs_whom(api_for, pro, outsider, file, path, action):
    PersonFactory(household__team=outsider.team)  # someone the professional may not see
    own, other = api_for(pro), api_for(outsider)
    before = _last()
    response = own.get(f"/api/v1/{path}/")
    assert response.status_code == 200
    households = {r.get("household", r.get("id")) for r in response.json()["results"]}
    assert households <= {str(file["huishouden"].public_id)} or path == "personen"
    rows = _new_rows(before)
    assert [(r.action, r.actor_id) for r in rows] == [(action, pro.pk)]
    assert "shown" in rows[0].detail
    assert other.get(f"/api/v1/{path}/").json()["results"] == [] or path == "personen"


def test_person_list_hides_others_and_searches_by_name(api_for, pro, outsider, person):
    stranger = PersonFactory(household__team=outsider.team, given_name="Saskia", family_name="Vreemd")
    found = api_for(pro).get("/api/v1/personen/", {"naam": "saskia"}).json()["results"]
    assert [p["id"] for p in found] == [str(person.public_id)]
    assert str(stranger.public_id) not in str(api_for(pro).get("/api/v1/personen/").json())


def test_bsn_only_for_a_client_cleared_for_confidential_data(api_for, pro, person):
    person.bsn = "111222333"
    person.save(update_fields=["bsn"])
    url = f"/api/v1/personen/{person.public_id}/"
    assert api_for(pro, level=Vertrouwelijkheid.CONFIDENTIEEL).get(url).json()["bsn"] == "111222333"
    assert api_for(pro, level=Vertrouwelijkheid.ZAAKVERTROUWELIJK).get(url).json()["bsn"] is None


def test_a_missing_scope_is_refused_without_touching_the_file(api_for, pro, file):
    api = api_for(pro, scopes=["personen.lezen"])
    before = _last()
    response = api.get(f"/api/v1/plannen/{file['plan'].public_id}/")
    assert response.status_code == 403
    assert response.json()["code"] == "scope-ontbreekt" and "plannen.lezen" in response.json()["detail"]
    assert _new_rows(before) == []
    assert api.post("/api/v1/vragen/", {}, format="json").status_code == 403  # vragen.schrijven missing


def test_a_resource_above_the_clients_confidentiality_is_refused(api_for, pro, file):
    api = api_for(pro, level=Vertrouwelijkheid.ZAAKVERTROUWELIJK)
    assert api.get(f"/api/v1/gesprekken/{file['gesprek'].public_id}/").status_code == 403
    assert api.get("/api/v1/logboek/").json()["code"] == "te-vertrouwelijk"
    assert api.get(f"/api/v1/plannen/{file['plan'].public_id}/").status_code == 200


def test_safety_grounds_are_for_a_client_cleared_for_secret_data(api_for, pro, person):
    ground = ground_record(actor=pro, household=person.household, kind="veiligheid", scopes=["plan"],
                           purpose="Kind veilig", organisation=OrganisationFactory(), safety_ground="kind_in_gevaar",
                           reason="Zorgen over het kind")
    url = f"/api/v1/grondslagen/{ground.public_id}/"
    assert api_for(pro, level=Vertrouwelijkheid.VERTROUWELIJK).get(url).status_code == 404
    assert api_for(pro, level=Vertrouwelijkheid.VERTROUWELIJK).get("/api/v1/grondslagen/").json()["results"] == []
    assert api_for(pro, level=Vertrouwelijkheid.GEHEIM).get(url).status_code == 200


def test_a_role_that_may_not_do_the_action_gets_404(api_for, beheerder, file):
    assert api_for(beheerder).get(f"/api/v1/plannen/{file['plan'].public_id}/").status_code == 404


def test_the_audit_log_is_the_team_leaders_own_teams(api_for, teamleider, pro, file):
    response = api_for(teamleider).get("/api/v1/logboek/", {"actie": "vragen.create"})
    assert response.status_code == 200
    assert [e["action"] for e in response.json()["results"]] == ["vragen.create"]
    assert api_for(pro).get("/api/v1/logboek/").status_code == 404  # a professional may not read the log
    assert AuditEvent.objects.filter(action="audit.view_team", actor=teamleider).count() == 1


def test_the_sociale_kaart_is_open_data_and_not_logged(api_for, pro):
    entry = KaartEntryFactory(name="Repair Café")
    api = api_for(pro, scopes=["sociale-kaart.lezen"], level=Vertrouwelijkheid.OPENBAAR)
    before = _last()
    assert [e["name"] for e in api.get("/api/v1/sociale-kaart/").json()["results"]] == ["Repair Café"]
    assert api.get(f"/api/v1/sociale-kaart/{entry.public_id}/").status_code == 200
    assert _new_rows(before) == []


def test_writes_go_through_the_services_with_their_audit(api_for, pro, outsider, person):
    api = api_for(pro)
    response = api.post("/api/v1/vragen/", {"person": str(person.public_id), "kind": "signaal",
                                            "brought_by": "netwerk", "words": "Ze zien haar niet meer",
                                            "received_on": str(dt.date.today())}, format="json")
    assert response.status_code == 201, response.content
    assert AuditEvent.objects.filter(action="vragen.create", actor=pro, person_pk=person.pk).count() == 1
    assert api.get(f"/api/v1/vragen/{response.json()['id']}/").status_code == 200
    moment = api.post("/api/v1/contactmomenten/", {"person": str(person.public_id), "on": str(dt.date.today()),
                                                   "kind": "telefoon", "minutes": 15}, format="json")
    assert moment.status_code == 201
    refused = api_for(outsider).post("/api/v1/contactmomenten/", {
        "person": str(person.public_id), "on": str(dt.date.today()), "kind": "telefoon", "minutes": 15},
        format="json")
    assert refused.status_code == 404


def test_consent_recorded_and_withdrawn(api_for, pro, person):
    api = api_for(pro)
    organisation = OrganisationFactory()
    made = api.post("/api/v1/grondslagen/", {"household": str(person.household.public_id),
                                             "organisation": str(organisation.public_id), "scopes": ["plan"],
                                             "purpose": "Schulden samen aanpakken", "how": "gesprek"}, format="json")
    assert made.status_code == 201, made.content
    withdrawn = api.post(f"/api/v1/grondslagen/{made.json()['id']}/intrekken/", {"note": "Wil het niet meer"},
                         format="json")
    assert withdrawn.status_code == 200 and withdrawn.json()["withdrawn_at"]
    again = api.post(f"/api/v1/grondslagen/{made.json()['id']}/intrekken/", {}, format="json")
    assert again.status_code == 400 and again["Content-Type"] == "application/problem+json"


def test_tokens_are_hashed_at_rest_and_can_be_revoked(api_for, pro, person):
    api = api_for(pro)
    token = api._credentials["HTTP_AUTHORIZATION"].removeprefix("Bearer ")
    client = ApiClient.objects.get(pk=api.system_client.pk)
    assert token.split(".", 1)[1] not in (client.token_hash, client.token_prefix)
    assert api.get(f"/api/v1/personen/{person.public_id}/").status_code == 200
    ApiClient.objects.filter(pk=client.pk).update(active=False)
    response = api.get(f"/api/v1/personen/{person.public_id}/")
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"
    assert APIClient().get("/api/v1/personen/").status_code == 401


def test_a_session_does_not_open_the_api(client_for, pro, person):
    """The web UI keeps its sessions; the API takes a token only."""
    assert client_for(pro).get(f"/api/v1/personen/{person.public_id}/").status_code == 401


def test_problems_in_dutch_and_english(api_for, pro):
    api = api_for(pro)
    dutch = api.get("/api/v1/plannen/00000000-0000-0000-0000-000000000000/", HTTP_ACCEPT_LANGUAGE="nl")
    english = api.get("/api/v1/plannen/00000000-0000-0000-0000-000000000000/", HTTP_ACCEPT_LANGUAGE="en")
    assert dutch.json()["title"] == "Niet gevonden" and dutch["Content-Language"] == "nl"
    assert english.json()["title"] == "Not found" and english["Content-Language"] == "en"
    invalid = api.get("/api/v1/vragen/", {"ontvangen_vanaf": "gisteren"}, HTTP_ACCEPT_LANGUAGE="en")
    assert invalid.status_code == 400
    assert invalid.json()["invalidParams"][0]["name"] == "ontvangen_vanaf"


def test_rate_limit_per_client(api_for, pro):
    slow, other = api_for(pro, rate="2/min"), api_for(pro)
    assert [slow.get("/api/v1/vragen/").status_code for _ in range(3)] == [200, 200, 429]
    assert slow.get("/api/v1/vragen/")["Retry-After"]
    assert other.get("/api/v1/vragen/").status_code == 200  # another client has its own count


def test_cursor_pages(api_for, pro, person):
    for n in range(3):
        vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner", words=f"Vraag {n}",
                       received_on=dt.date.today())
    api = api_for(pro)
    first = api.get("/api/v1/vragen/", {"aantal": 2}).json()
    second = APIClient()
    second.credentials(**api._credentials)
    rest = second.get(first["next"]).json()
    assert len(first["results"]) == 2 and len(rest["results"]) == 1
    assert {r["words"] for r in first["results"] + rest["results"]} == {"Vraag 0", "Vraag 1", "Vraag 2"}
