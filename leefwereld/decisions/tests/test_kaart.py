"""Provisions chosen from the sociale kaart's maatwerk: same law only, terms filled where left empty and still
editable, shown on the decision page and in the letter; costs use the entry's price."""
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader

from leefwereld.coordination.models import Level
from leefwereld.coordination.services.choose import action_add_from_kaart
from leefwereld.coordination.tests.factories import KaartEntryFactory, OrganisationFactory
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import letters, selectors, services
from leefwereld.decisions.models import Beschikking, BeschikkingVersie, Uitkomst, Wet
from leefwereld.money import services as money_services
from leefwereld.plans import services as plan_services

from .conftest import provision

D = dt.date
E = Decimal


@pytest.fixture
def scooter(db):
    return KaartEntryFactory(name="Scootmobiel", level=Level.MAATWERK, law=Wet.WMO, article="art. 2.3.5 lid 3",
                             unit="stuk per maand", unit_price=E("95.00"),
                             organisation=OrganisationFactory(name="Hulpmiddelen Oost"))


@pytest.fixture
def bijstand(db):
    return KaartEntryFactory(name="Taxipas", level=Level.MAATWERK, law=Wet.PARTICIPATIEWET, article="art. 35",
                             unit="pas", unit_price=E("120.00"))


def _fields(**overrides):
    data = provision(unit="", unit_price=None, artikel="", amount=None, quantity=E("1"), product="")
    data.update(overrides)
    return data


def test_an_entry_fills_what_was_left_empty_and_keeps_what_was_typed(pro, concept, scooter):
    v = services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version,
                                  data=_fields(), kaart_entry=scooter)
    assert (v.kaart_entry, v.product, v.artikel, v.unit, v.unit_price) == (
        scooter, "Scootmobiel", "art. 2.3.5 lid 3", "stuk per maand", E("95.00"))
    b = Beschikking.objects.get(pk=concept.pk)
    typed = services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, voorziening=v,
                                      data=_fields(product="Segway", unit_price=E("190.00")), kaart_entry=scooter)
    typed.refresh_from_db()
    assert (typed.product, typed.unit_price, typed.kaart_entry_id) == ("Segway", E("190.00"), scooter.pk)
    assert BeschikkingVersie.objects.filter(beschikking=b).order_by("-number").first().snapshot[
        "voorzieningen"][-1]["kaart"] == "Scootmobiel"


def test_only_active_maatwerk_of_the_same_law_can_be_chosen(pro, concept, scooter, bijstand):
    informal = KaartEntryFactory(name="Buurtkamer", level=Level.INFORMEEL)
    gone = KaartEntryFactory(name="Oude rolstoel", level=Level.MAATWERK, law=Wet.WMO, article="art. 2.3.5",
                             unit="stuk", unit_price=E("10"), active=False)
    for entry, words in ((bijstand, "hoort bij de Participatiewet"), (informal, "maatwerkvoorziening"),
                         (gone, "maatwerkvoorziening")):
        with pytest.raises(ApplicationError, match=words) as error:
            services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version,
                                      data=_fields(), kaart_entry=entry)
        assert error.value.field == "kaart_entry"


def test_the_form_lists_maatwerk_by_law_and_a_wrong_law_gets_a_message_nothing_lost(client_for, pro, concept,
                                                                                    scooter, bijstand):
    client = client_for(pro)
    url = reverse("decisions:voorziening_add", args=[concept.public_id])
    page = client.get(url).content.decode()
    assert 'data-law="wmo"' in page and 'data-fill-unit_price="95.00"' in page and "Taxipas" in page
    assert "Buurtkamer" not in page
    data = {k: ("" if v is None else str(v)) for k, v in _fields().items()}
    data.update(version=concept.version, goal="", procedure="", kaart_entry=str(bijstand.public_id))
    response = client.post(url, data)
    assert response.status_code == 200 and "hoort bij de Participatiewet" in response.content.decode()
    assert "U zei zelf dat 2,5 uur genoeg is" in response.content.decode()


def test_the_entry_shows_on_the_decision_page_and_in_the_letter(client_for, pro, mandate, concept, scooter):
    services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version, data=_fields(),
                              kaart_entry=scooter)
    page = client_for(pro).get(reverse("decisions:detail", args=[concept.public_id])).content.decode()
    assert "Van de sociale kaart: Scootmobiel (Hulpmiddelen Oost)" in page
    b = Beschikking.objects.get(pk=concept.pk)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letters.letter_pdf(b, language="nl"))).pages)
    assert "Scootmobiel" in text and "Hulpmiddelen Oost" in text


def test_a_plan_action_picked_from_the_kaart_drafts_with_the_entrys_terms(pro, person, aanvraag, scooter):
    plan = plan_services.plan_start(actor=pro, person=person)
    goal = plan_services.goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Zelf naar de markt",
                                  person=person)
    plan.refresh_from_db()
    action_add_from_kaart(actor=pro, goal=goal, entry=scooter, expected_version=plan.version, what="Scootmobiel")
    b = services.beschikking_draft(actor=pro, person=person, plan=plan, procedure=aanvraag)
    [row] = selectors.voorzieningen(actor=pro, beschikking=b)
    assert (row.kaart_entry_id, row.artikel, row.unit, row.unit_price) == (
        scooter.pk, "art. 2.3.5 lid 3", "stuk per maand", E("95.00"))


def test_costs_use_the_entrys_price_where_the_provision_has_one(pro, mandate, person, aanvraag, scooter):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    v = services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, kaart_entry=scooter,
                                  data=_fields(starts_on=D(2026, 1, 1), ends_on=D(2026, 3, 31)))
    b = Beschikking.objects.get(pk=b.pk)
    plain = services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=_fields(
        product="Traplift", artikel="art. 2.3.5", unit="stuk", unit_price=E("50"), uitkomst=Uitkomst.TOEGEKEND))
    b = Beschikking.objects.get(pk=b.pk)
    services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    scooter.unit_price = E("100.00")  # the tariff changed after the decision
    scooter.save()
    v.refresh_from_db()
    plain.refresh_from_db()
    assert money_services.cost_book_voorziening(actor=pro, voorziening=v).total == E("100.00") * 3
    assert money_services.cost_book_voorziening(actor=pro, voorziening=plain).total == E("50")
    # The decision keeps what it said; the booking follows the tariff.
    assert Beschikking.objects.get(pk=b.pk).voorzieningen.get(pk=v.pk).unit_price == E("95.00")


def test_drafted_from_the_plan_each_provision_goes_on_the_aanvraag_of_its_own_law(pro, person, aanvraag, scooter,
                                                                                   bijstand):
    """Two laws in one decision: the Wmo provision on the Wmo aanvraag, the Participatiewet one on the open
    Participatiewet aanvraag, never on an aanvraag of another law (deciding would close the wrong one)."""
    pw = services.procedure_start(actor=pro, person=person, wet=Wet.PARTICIPATIEWET, kind="aanvraag",
                                  received_on=D(2026, 11, 3), subject="Geld voor vervoer")
    plan = plan_services.plan_start(actor=pro, person=person)
    goal = plan_services.goal_add(actor=pro, plan=plan, expected_version=plan.version, words="Zelf naar de markt",
                                  person=person)
    for entry in (scooter, bijstand):
        plan.refresh_from_db()
        action_add_from_kaart(actor=pro, goal=goal, entry=entry, expected_version=plan.version, what=entry.name)
    b = services.beschikking_draft(actor=pro, person=person, plan=plan, procedure=aanvraag)
    rows = selectors.voorzieningen(actor=pro, beschikking=b)
    assert [(r.product, r.wet, r.procedure_id, r.goal_id) for r in rows] == [
        ("Scootmobiel", Wet.WMO, aanvraag.pk, goal.pk), ("Taxipas", Wet.PARTICIPATIEWET, pw.pk, goal.pk)]
    services.procedure_close(actor=pro, procedure=pw, expected_version=pw.version, status="ingetrokken",
                             on=D(2026, 11, 20), words="Opgelost met de eigen bijdrage van de kerk")
    again = services.beschikking_draft(actor=pro, person=person, plan=plan, procedure=aanvraag)
    assert [r.procedure_id for r in selectors.voorzieningen(actor=pro, beschikking=again)] == [aanvraag.pk, None]
