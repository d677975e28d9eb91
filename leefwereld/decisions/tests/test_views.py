"""Decision screens: bad input gets a Dutch message and keeps what was typed; the letter is served as
stored; the werkvoorraad shows deadlines (penalties first); query counts stay fixed."""
import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leefwereld.decisions import letters, services
from leefwereld.decisions.models import Beschikking, Procedure, ProcedureKind, Voorziening, Wet
from leefwereld.residents.tests.factories import PersonFactory

from .conftest import provision

D = dt.date


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_a_procedure_with_a_date_in_the_future_gets_a_message_and_keeps_the_words(client_for, pro, person):
    future = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    response = client_for(pro).post(reverse("decisions:procedure_start", args=[person.public_id]), {
        "wet": "wmo", "kind": "aanvraag", "received_on": future, "subject": "Traplift"})
    assert response.status_code == 200
    assert "Deze datum ligt in de toekomst" in response.content.decode()
    assert 'value="Traplift"' in response.content.decode() and not Procedure.objects.exists()


def test_a_suspension_without_a_reason_gets_a_message(client_for, pro, aanvraag):
    response = client_for(pro).post(reverse("decisions:procedure_opschorten", args=[aanvraag.public_id]), {
        "version": aanvraag.version, "asked_on": "2026-11-04", "reason": ""})
    assert response.status_code == 200
    assert "Schrijf de reden op: die krijgt de inwoner ook te horen." in response.content.decode()
    assert Procedure.objects.get(pk=aanvraag.pk).status == "lopend"


def test_a_provision_ending_before_it_starts_gets_a_message_and_nothing_is_lost(client_for, pro, concept):
    data = {k: ("" if v is None else str(v)) for k, v in provision(ends_on=D(2026, 11, 1)).items()}
    data.update(version=concept.version, goal="", procedure="")
    response = client_for(pro).post(reverse("decisions:voorziening_add", args=[concept.public_id]), data)
    page = response.content.decode()
    assert response.status_code == 200 and "De einddatum ligt voor de begindatum." in page
    assert "U zei zelf dat 2,5 uur genoeg is" in page


@pytest.mark.parametrize("change, message", [
    ({"amount": "-200"}, "Een bedrag of aantal kan niet negatief zijn."),
    ({"quantity": "-1"}, "Een bedrag of aantal kan niet negatief zijn."),
    ({"motivation": ""}, "Een besluit zonder motivering kan niet. Schrijf in gewone woorden waarom."),
])
def test_a_negative_amount_or_no_motivation_gets_a_message_at_its_field_and_nothing_is_lost(client_for, pro, concept,
                                                                                            change, message):
    data = {k: ("" if v is None else str(v)) for k, v in provision(product="Traplift").items()}
    data.update(version=concept.version, goal="", procedure="", **change)
    before = concept.voorzieningen.count()
    response = client_for(pro).post(reverse("decisions:voorziening_add", args=[concept.public_id]), data)
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert 'value="Traplift"' in page and "de rest doet mijn zoon" in page
    assert concept.voorzieningen.count() == before


@pytest.mark.parametrize("step", ["propose", "decide"])
def test_a_decision_without_motivation_cannot_be_proposed_or_decided(client_for, pro, mandate, person, aanvraag,
                                                                     step):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=provision(),
                              procedure=aanvraag)
    Voorziening.objects.filter(beschikking=b).update(motivation="")  # as drafted from a plan: still to write
    b.refresh_from_db()
    response = client_for(pro).post(reverse(f"decisions:{step}", args=[b.public_id]), {"version": b.version},
                                    follow=True)
    assert "&#x27;Hulp bij het huishouden&#x27; heeft nog geen motivering." in response.content.decode()
    assert Beschikking.objects.get(pk=b.pk).status == "concept"


def test_a_bezwaar_before_the_letter_was_sent_gets_a_message(client_for, pro, mandate, concept):
    services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)
    services.beschikking_send(actor=pro, beschikking=Beschikking.objects.get(pk=concept.pk), language="nl")
    response = client_for(pro).post(reverse("decisions:bezwaar_new", args=[concept.public_id]), {
        "received_on": "2020-01-01", "grounds": "Te weinig uren"})
    assert response.status_code == 200 and "vóór de brief werd verzonden" in response.content.decode()


def test_decide_send_and_download_the_letter_as_stored(client_for, pro, mandate, concept):
    client = client_for(pro)
    preview = client.get(reverse("decisions:preview", args=[concept.public_id]))
    assert preview.status_code == 200 and preview["Content-Type"] == "application/pdf"
    client.post(reverse("decisions:decide", args=[concept.public_id]), {"version": concept.version})
    client.post(reverse("decisions:send", args=[concept.public_id]), {"language": "nl"})
    b = Beschikking.objects.get(pk=concept.pk)
    assert b.status == "verzonden"
    letter = client.get(reverse("decisions:letter", args=[b.public_id]))
    assert letter.content == letters.stored_letter(b)


def test_another_team_gets_404(client_for, outsider, concept, aanvraag):
    client = client_for(outsider)
    for url in (reverse("decisions:detail", args=[concept.public_id]),
                reverse("decisions:procedure", args=[aanvraag.public_id]),
                reverse("decisions:household", args=[aanvraag.household.public_id])):
        assert client.get(url).status_code == 404


def test_werkvoorraad_puts_penalties_on_top_and_the_team_leader_sees_the_team(client_for, pro, colleague, teamleider,
                                                                            person, aanvraag):
    other = PersonFactory(household__team=person.household.team)
    services.procedure_start(actor=colleague, person=other, wet=Wet.JEUGDWET, kind=ProcedureKind.AANVRAAG,
                             received_on=D(2026, 9, 1), subject="Jeugdhulp")
    services.ingebrekestelling_record(actor=pro, procedure=aanvraag, received_on=D(2026, 11, 18))
    page = client_for(pro).get(reverse("workspace:werkvoorraad")).content.decode()
    assert "Termijnen deze week" in page and "dwangsom" in page and other.full_name not in page
    page = client_for(teamleider).get(reverse("workspace:werkvoorraad")).content.decode()
    assert page.index(person.full_name) < page.index(other.full_name)  # the penalty first


@pytest.mark.parametrize("name", ["household", "detail", "werkvoorraad"])
def test_query_counts_do_not_grow_with_the_data(client_for, pro, person, mandate, name):
    client = client_for(pro)

    def grow(n):
        for i in range(n):
            p = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                         received_on=D(2026, 11, 2) + dt.timedelta(days=i % 20), subject=f"V{i}")
            services.ingebrekestelling_record(actor=pro, procedure=p, received_on=D(2026, 11, 30))
            b = services.beschikking_draft(actor=pro, person=person, procedure=p)
            services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version,
                                      data=provision(amount=Decimal("10")), procedure=p)
        return b

    b = grow(1)
    urls = {"household": reverse("decisions:household", args=[person.household.public_id]),
            "detail": reverse("decisions:detail", args=[b.public_id]),
            "werkvoorraad": reverse("workspace:werkvoorraad")}
    small = _queries(client, urls[name])
    grow(12)
    assert _queries(client, urls[name]) <= small
