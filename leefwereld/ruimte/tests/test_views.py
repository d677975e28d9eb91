"""Ruimte screens: the room beside the provision form, a deviation typed wrong keeps what was typed, a team
leader cannot cover their own deviation, the register exports without formulas, the consistency panel
and the spread keep their query counts whatever the data size."""
import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Mandaat, ProcedureKind, Uitkomst, Wet
from leefwereld.learning.overleg import Waarde
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.ruimte import services
from leefwereld.ruimte.models import BarrierSource, Deviation

from .test_services import TEXT


@pytest.fixture
def guideline(db):
    admin = UserFactory(role=Role.BEHEERDER, team=None)
    return services.guideline_create(actor=admin, code="hulp-huishouden", title="Hulp bij het huishouden",
                                     wet=Wet.WMO, terms="hulp bij het huishouden", **TEXT)


def _decided(pro, team, n):
    Mandaat.objects.get_or_create(user=pro, wet=Wet.WMO)
    for i in range(n):
        other = PersonFactory(household__team=team, birth_date=dt.date(1948, 3, 1))
        p = decision_services.procedure_start(actor=pro, person=other, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                              received_on=dt.date.today(), subject="Hulp")
        b = decision_services.beschikking_draft(actor=pro, person=other, procedure=p)
        decision_services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data={
            "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden",
            "uitkomst": Uitkomst.TOEGEKEND, "quantity": Decimal(3 + i % 2), "unit": "uur per week",
            "motivation": f"Past bij uw doel {i}.",
            "why_differs": "Meer was dan gewoonlijk." if i % 2 else ""})  # 4 hours against a usual 3
        b.refresh_from_db()
        decision_services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_the_provision_form_shows_the_room_and_the_teams_earlier_decisions(client_for, pro, person, team, guideline):
    """Where a professional decides: the guideline's room, then the team's similar decisions, anonymised;
    the number of queries does not grow with the number of earlier decisions."""
    Mandaat.objects.get_or_create(user=pro, wet=Wet.WMO)
    p = decision_services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                          received_on=dt.date.today(), subject="Hulp")
    b = decision_services.beschikking_draft(actor=pro, person=person, procedure=p)
    v = decision_services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data={
        "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden",
        "uitkomst": Uitkomst.TOEGEKEND, "motivation": "Past."})
    url = reverse("decisions:voorziening_edit", args=[b.public_id, v.public_id])
    client = client_for(pro)
    _decided(pro, team, 2)
    few, page = _queries(client, url)
    assert "Deze ruimte is er al" in page and "Minder als de inwoner dat zelf wil" in page
    assert "Eerdere besluiten van het team" in page and "75 jaar" not in page
    _decided(pro, team, 6)
    many, _page = _queries(client, url)
    assert many == few


def _waarde(name):
    return Waarde.objects.get(name=name).pk


def test_a_deviation_without_a_reason_keeps_what_was_typed(client_for, pro, person, guideline):
    response = client_for(pro).post(reverse("ruimte:deviation_new", args=[person.public_id]), {
        "guideline": guideline.pk, "instead": "Eén uur extra voor strijken", "why": "", "different": "Handen",
        "waarden": [_waarde("menselijkheid")], "wordt_regel": "ja"})
    content = response.content.decode()
    assert response.status_code == 200 and "Schrijf op waarom, zoals het echt is." in content
    assert "Eén uur extra voor strijken" in content and not Deviation.objects.exists()


def test_a_deviation_is_recorded_discussed_and_covered_on_screen(client_for, pro, person, guideline, teamleider):
    client = client_for(pro)
    response = client.post(reverse("ruimte:deviation_new", args=[person.public_id]), {
        "guideline": guideline.pk, "instead": "Eén uur extra voor strijken", "why": "Ze kan het niet",
        "different": "Haar handen", "waarden": [_waarde("menselijkheid"), _waarde("respect")],
        "dilemma": "respect_interventie",
        "wordt_regel": "ja"})
    deviation = Deviation.objects.get()
    assert response.status_code == 302
    assert sorted(w.name for w in deviation.waarden.all()) == ["menselijkheid", "respect"]
    leader = client_for(teamleider)
    response = leader.post(reverse("ruimte:deviation_dekking", args=[deviation.public_id]), {"words": "Akkoord"})
    assert response.status_code == 302
    page = leader.get(reverse("ruimte:deviation", args=[deviation.public_id])).content.decode()
    assert "Gedekt door de teamleider" in page and "menselijkheid" in page


def test_a_team_leader_covering_their_own_deviation_gets_a_message(client_for, teamleider, person, guideline):
    deviation = services.deviation_record(actor=teamleider, person=person, guideline=guideline, instead="x",
                                          why="y", different="z")
    response = client_for(teamleider).post(reverse("ruimte:deviation_dekking", args=[deviation.public_id]),
                                           {"words": "Akkoord"})
    assert response.status_code == 200 and "eigen afwijking" in response.content.decode()


def test_another_teams_deviation_is_not_there(client_for, outsider, person, guideline, pro):
    deviation = services.deviation_record(actor=pro, person=person, guideline=guideline, instead="x", why="y",
                                          different="z")
    assert client_for(outsider).get(reverse("ruimte:deviation", args=[deviation.public_id])).status_code == 404


def test_the_register_exports_csv_without_formulas(client_for, pro, teamleider):
    services.barrier_report(actor=pro, title="=HYPERLINK(1)", source=BarrierSource.WERKPROCES, owner=teamleider)
    response = client_for(teamleider).get(reverse("ruimte:register") + "?export=csv")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv") and "'=HYPERLINK(1)" in body


def test_the_spread_keeps_its_query_count(client_for, pro, team, teamleider, guideline):
    client = client_for(teamleider)
    _decided(pro, team, 1)
    few, page = _queries(client, reverse("ruimte:spread"))
    assert "<svg" in page and "Hulp bij het huishouden" in page
    _decided(pro, team, 5)
    many, _page = _queries(client, reverse("ruimte:spread"))
    assert many == few


def test_policy_staff_see_the_register_and_budget_but_no_file(client_for, person):
    policy = UserFactory(role=Role.BELEID, team=None)
    client = client_for(policy)
    assert client.get(reverse("ruimte:register")).status_code == 200
    assert client.get(reverse("money:budget")).status_code == 200
    assert client.get(reverse("workspace:person", args=[person.public_id])).status_code == 404
    assert client.get(reverse("money:household", args=[person.household.public_id])).status_code == 404
