"""A provision's sociale-kaart entry over the API: read as its public id and name, written with the page's
checks (the entry's law must be the provision's; a motivation; no negative amounts), errors as problem details
in Dutch or English, on the decision's ETag."""
from decimal import Decimal

import pytest

from leefwereld.audit.models import AuditEvent
from leefwereld.coordination.models import Level
from leefwereld.coordination.tests.factories import KaartEntryFactory
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Beschikking, Voorziening, Wet

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxi(db):
    return KaartEntryFactory(name="Regiotaxi-pas", level=Level.MAATWERK, law=Wet.WMO, article="art. 2.3.5 lid 3",
                             unit="pas per jaar", unit_price=Decimal("450.00"))


@pytest.fixture
def bijstand(db):
    return KaartEntryFactory(name="Bijzondere bijstand", level=Level.MAATWERK, law=Wet.PARTICIPATIEWET,
                             article="art. 35", unit="euro", unit_price=Decimal("1.00"))


@pytest.fixture
def concept(pro, person):
    return decision_services.beschikking_draft(actor=pro, person=person)


def _url(b, v=None):
    return f"/api/v1/beschikkingen/{b.public_id}/voorzieningen/" + (f"{v}/" if v else "")


def _etag(api, b):
    return api.get(f"/api/v1/beschikkingen/{b.public_id}/")["ETag"]


def _provision(**overrides):
    return {"wet": "wmo", "uitkomst": "toegekend", "quantity": "1",
            "motivation": "U kunt niet ver lopen. Met de pas gaat u zelf naar de markt.", **overrides}


def test_a_provision_from_the_kaart_is_read_with_the_entrys_id_and_name(api_for, pro, concept, taxi):
    api = api_for(pro)
    made = api.post(_url(concept), _provision(kaart_entry=str(taxi.public_id)), format="json",
                    HTTP_IF_MATCH=_etag(api, concept))
    assert made.status_code == 201, made.content
    body = made.json()
    # What was left empty comes from the kaart, as on the page.
    assert (body["kaart_entry"], body["kaart_entry_name"]) == (str(taxi.public_id), "Regiotaxi-pas")
    assert (body["product"], body["artikel"], body["unit"], body["unit_price"]) == (
        "Regiotaxi-pas", "art. 2.3.5 lid 3", "pas per jaar", "450.00")
    assert made["ETag"] == f'"{Beschikking.objects.get(pk=concept.pk).version}"'
    read = api.get(f"/api/v1/beschikkingen/{concept.public_id}/").json()["voorzieningen"]
    assert [(v["id"], v["kaart_entry"], v["kaart_entry_name"]) for v in read] == [
        (body["id"], str(taxi.public_id), "Regiotaxi-pas")]


def test_a_provision_typed_by_hand_has_no_entry(api_for, pro, concept):
    api = api_for(pro)
    made = api.post(_url(concept), _provision(product="Traplift", artikel="art. 2.3.5"), format="json",
                    HTTP_IF_MATCH=_etag(api, concept))
    assert made.status_code == 201 and (made.json()["kaart_entry"], made.json()["kaart_entry_name"]) == (None, None)


@pytest.mark.parametrize("language, words", [
    ("nl", "'Bijzondere bijstand' hoort bij de Participatiewet. Kies een voorziening van dezelfde wet."),
    ("en", "'Bijzondere bijstand' belongs to the Participatiewet (Participation Act). Choose a provision under the "
           "same law."),
])
def test_an_entry_of_another_law_is_refused_as_a_problem_in_the_clients_language(api_for, pro, concept, bijstand,
                                                                                 language, words):
    api = api_for(pro)
    response = api.post(_url(concept), _provision(kaart_entry=str(bijstand.public_id)), format="json",
                        HTTP_IF_MATCH=_etag(api, concept), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert response["Content-Language"] == language
    assert response.json()["invalidParams"] == [{"name": "kaart_entry", "code": "ongeldig", "reason": words}]
    assert not Voorziening.objects.filter(beschikking=concept).exists()


def test_an_unknown_or_withdrawn_entry_is_refused_at_its_field(api_for, pro, concept, taxi):
    api = api_for(pro)
    gone = KaartEntryFactory(name="Oude rolstoel", level=Level.MAATWERK, law=Wet.WMO, article="art. 2.3.5",
                             unit="stuk", unit_price=Decimal("10"), active=False)
    informal = KaartEntryFactory(name="Buurtkamer", level=Level.INFORMEEL)
    etag = _etag(api, concept)
    for entry_id in (gone.public_id, informal.public_id, concept.public_id):
        response = api.post(_url(concept), _provision(kaart_entry=str(entry_id)), format="json", HTTP_IF_MATCH=etag)
        assert response.status_code == 400, entry_id
        assert response.json()["invalidParams"][0]["name"] == "kaart_entry"
        assert "Kies een maatwerkvoorziening die nu op de sociale kaart staat." in response.json()["detail"]


@pytest.mark.parametrize("change, field", [
    ({"amount": "-5"}, "amount"),
    ({"motivation": ""}, "motivation"),
    ({"starts_on": "2026-12-01", "ends_on": "2026-11-01"}, "ends_on"),
])
def test_the_pages_other_checks_hold_too(api_for, pro, concept, taxi, change, field):
    api = api_for(pro)
    response = api.post(_url(concept), _provision(kaart_entry=str(taxi.public_id), **change), format="json",
                        HTTP_IF_MATCH=_etag(api, concept))
    assert response.status_code == 400 and [p["name"] for p in response.json()["invalidParams"]] == [field]
    assert not Voorziening.objects.filter(beschikking=concept).exists()


def test_a_missing_motivation_is_named_as_on_the_page(api_for, pro, concept):
    api = api_for(pro)
    data = _provision(product="Traplift", artikel="art. 2.3.5")
    del data["motivation"]
    response = api.post(_url(concept), data, format="json", HTTP_IF_MATCH=_etag(api, concept))
    assert response.status_code == 400
    assert response.json()["invalidParams"] == [{"name": "motivation", "code": "required", "reason":
                                                 "Een besluit zonder motivering kan niet. Schrijf in gewone woorden "
                                                 "waarom."}]


def test_patch_links_changes_and_unlinks_the_entry_and_keeps_what_was_left_out(api_for, pro, concept, taxi,
                                                                               bijstand):
    api = api_for(pro)
    made = api.post(_url(concept), _provision(product="Traplift", artikel="art. 2.3.5"), format="json",
                    HTTP_IF_MATCH=_etag(api, concept))
    vid = made.json()["id"]
    linked = api.patch(_url(concept, vid), {"kaart_entry": str(taxi.public_id)}, format="json",
                       HTTP_IF_MATCH=made["ETag"])
    assert linked.status_code == 200, linked.content
    assert (linked.json()["kaart_entry"], linked.json()["product"], linked.json()["motivation"]) == (
        str(taxi.public_id), "Traplift", _provision()["motivation"])
    # Another law's entry on a Wmo provision: refused, and the link stays as it was.
    wrong = api.patch(_url(concept, vid), {"kaart_entry": str(bijstand.public_id)}, format="json",
                      HTTP_IF_MATCH=linked["ETag"])
    assert wrong.status_code == 400 and wrong.json()["invalidParams"][0]["name"] == "kaart_entry"
    # The law changes with it: accepted.
    moved = api.patch(_url(concept, vid), {"wet": "participatiewet", "kaart_entry": str(bijstand.public_id)},
                      format="json", HTTP_IF_MATCH=linked["ETag"])
    assert moved.status_code == 200 and moved.json()["kaart_entry_name"] == "Bijzondere bijstand"
    unlinked = api.patch(_url(concept, vid), {"kaart_entry": None}, format="json", HTTP_IF_MATCH=moved["ETag"])
    assert unlinked.status_code == 200 and unlinked.json()["kaart_entry"] is None
    assert Voorziening.objects.get(public_id=vid).kaart_entry_id is None


def test_writes_need_the_decisions_etag_and_a_concept(api_for, pro, outsider, concept, taxi):
    api = api_for(pro)
    etag = _etag(api, concept)
    assert api.post(_url(concept), _provision(), format="json").status_code == 428
    made = api.post(_url(concept), _provision(product="Traplift", artikel="art. 2.3.5"), format="json",
                    HTTP_IF_MATCH=etag)
    assert api.post(_url(concept), _provision(product="Douchestoel", artikel="art. 2.3.5"), format="json",
                    HTTP_IF_MATCH=etag).status_code == 412
    assert api.patch(_url(concept, concept.public_id), {"quantity": "2"}, format="json",
                     HTTP_IF_MATCH=made["ETag"]).status_code == 404
    assert api_for(outsider).post(_url(concept), _provision(), format="json",
                                  HTTP_IF_MATCH=made["ETag"]).status_code == 404
    assert Voorziening.objects.filter(beschikking=concept).count() == 1


def test_a_write_leaves_the_audit_rows_of_the_page(api_for, pro, concept, taxi):
    api = api_for(pro)
    etag = _etag(api, concept)
    before = AuditEvent.objects.filter(action="beschikkingen.draft").count()
    api.post(_url(concept), _provision(kaart_entry=str(taxi.public_id)), format="json", HTTP_IF_MATCH=etag)
    assert AuditEvent.objects.filter(action="beschikkingen.draft").count() > before


def test_hours_far_from_the_teams_usual_need_one_sentence_over_the_api_too(api_for, pro, person, team, beheerder):
    """The page's rule (ADR 0046): refused as a problem at why_differs, nothing written; with it, kept and read."""
    from leefwereld.decisions.tests.test_why_differs import WHY, _earlier
    from leefwereld.ruimte import services as ruimte_services
    from leefwereld.ruimte.models import Bron

    ruimte_services.guideline_create(actor=beheerder, code="hulp-huishouden", title="Hulp bij het huishouden",
                                     wet=Wet.WMO, terms="hulp bij het huishouden", rule="4 uur per week.",
                                     bron=Bron.BELEIDSREGEL, purpose="Een schoon huis.", room="Minder mag.",
                                     examples="")
    _earlier(pro, team, ["2.5", "2.5"])
    concept = decision_services.beschikking_draft(actor=pro, person=person)
    api = api_for(pro)
    data = _provision(product="Hulp bij het huishouden", artikel="art. 2.3.5", quantity="4", unit="uur per week")
    refused = api.post(_url(concept), data, format="json", HTTP_IF_MATCH=_etag(api, concept))
    assert refused.status_code == 400 and refused["Content-Type"] == "application/problem+json"
    assert refused.json()["invalidParams"] == [{"name": "why_differs", "code": "ongeldig", "reason":
                                                "Dit wijkt af van wat het team meestal besluit. Zeg in één zin "
                                                "waarom."}]
    assert not Voorziening.objects.filter(beschikking=concept).exists()
    made = api.post(_url(concept), {**data, "why_differs": WHY}, format="json", HTTP_IF_MATCH=_etag(api, concept))
    assert made.status_code == 201 and made.json()["why_differs"] == WHY
    # PATCH: what is left out stays, the sentence with it; taking it away while it still differs is refused.
    kept = api.patch(_url(concept, made.json()["id"]), {"quantity": "5"}, format="json", HTTP_IF_MATCH=made["ETag"])
    assert kept.status_code == 200 and kept.json()["why_differs"] == WHY
    wiped = api.patch(_url(concept, made.json()["id"]), {"why_differs": ""}, format="json",
                      HTTP_IF_MATCH=kept["ETag"])
    assert wiped.status_code == 400 and wiped.json()["invalidParams"][0]["name"] == "why_differs"
    read = api.get(f"/api/v1/beschikkingen/{concept.public_id}/").json()["voorzieningen"]
    assert [(v["quantity"], v["why_differs"]) for v in read] == [("5.00", WHY)]
