"""A vraag becomes a melding (Wmo) or an aanvraag (Jeugdwet, Participatiewet): dated as the vraag, in its words,
once; afterwards the vraag page links to it."""
import datetime as dt

import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import services
from leefwereld.decisions.models import Procedure, ProcedureKind, Wet
from leefwereld.intake import services as intake_services

D = dt.date


@pytest.fixture
def vraag(pro, person):
    return intake_services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                          words="Ik kan mijn huis niet meer schoonhouden sinds mijn heupoperatie.",
                                          received_on=D(2026, 11, 2), pick_up=True)


def _start_url(person, vraag):
    return reverse("decisions:procedure_start", args=[person.public_id]) + f"?vraag={vraag.public_id}"


def test_the_vraag_page_offers_the_button_and_the_form_starts_on_the_vraags_date_in_its_words(
        client_for, pro, person, vraag):
    client = client_for(pro)
    page = client.get(reverse("intake:vraag", args=[vraag.public_id])).content.decode()
    assert f'href="{_start_url(person, vraag)}"' in page
    form = client.get(_start_url(person, vraag)).content.decode()
    assert 'value="2026-11-02"' in form and "sinds mijn heupoperatie" in form


def test_starting_a_melding_from_the_vraag_links_both_ways_and_counts_the_term(client_for, pro, person, vraag):
    client = client_for(pro)
    form = client.get(_start_url(person, vraag))
    response = client.post(_start_url(person, vraag), {
        "once": form.context["form"]["once"].value(), "wet": Wet.WMO, "kind": ProcedureKind.MELDING,
        "received_on": "2026-11-02", "subject": "Hulp bij het huishouden", "ondersteuning": ""}, follow=True)
    melding = Procedure.objects.get()
    assert melding.vraag == vraag and melding.kind == ProcedureKind.MELDING
    # Six weeks from 2 November 2026 (Wmo 2015 art. 2.3.2 lid 1), a Monday: 14 December 2026.
    assert melding.deadline == D(2026, 12, 14)
    assert "De termijn loopt tot" in response.content.decode()
    page = client.get(reverse("intake:vraag", args=[vraag.public_id])).content.decode()
    assert reverse("decisions:procedure", args=[melding.public_id]) in page
    assert "Melding of aanvraag starten" not in page
    household = client.get(reverse("decisions:household", args=[person.household.public_id])).content.decode()
    assert "Hulp bij het huishouden" in household


def test_a_jeugdwet_vraag_cannot_be_a_melding_and_nothing_typed_is_lost(client_for, pro, person, vraag):
    response = client_for(pro).post(_start_url(person, vraag), {
        "wet": Wet.JEUGDWET, "kind": ProcedureKind.MELDING, "received_on": "2026-11-02",
        "subject": "Begeleiding voor Sam"})
    page = response.content.decode()
    assert response.status_code == 200 and "Alleen de Wmo kent een melding" in page
    assert 'value="Begeleiding voor Sam"' in page and not Procedure.objects.exists()


def test_a_date_in_the_future_or_before_the_vraag_is_refused(client_for, pro, person, vraag):
    client = client_for(pro)
    for day, message in (((dt.date.today() + dt.timedelta(days=3)).isoformat(), "Deze datum ligt in de toekomst"),
                         ("2026-10-30", "voor de dag dat de vraag binnenkwam")):
        response = client.post(_start_url(person, vraag), {"wet": Wet.PARTICIPATIEWET, "kind": "aanvraag",
                                                           "received_on": day, "subject": "Bijzondere bijstand"})
        assert message in response.content.decode()
    assert not Procedure.objects.exists()


def test_a_vraag_starts_one_procedure_and_its_melding_may_still_become_an_aanvraag(pro, person, vraag):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 11, 2), subject="Huishouden", vraag=vraag)
    with pytest.raises(ApplicationError, match="al een melding of aanvraag"):
        services.procedure_start(actor=pro, person=person, wet=Wet.JEUGDWET, kind=ProcedureKind.AANVRAAG,
                                 received_on=D(2026, 11, 3), subject="Nog een", vraag=vraag)
    aanvraag = services.melding_to_aanvraag(actor=pro, melding=melding, received_on=D(2026, 11, 20),
                                            expected_version=melding.version)
    assert aanvraag.vraag == vraag and aanvraag.melding == melding


def test_the_start_page_leaves_one_audit_row_and_another_households_vraag_is_404(client_for, pro, person, vraag):
    from leefwereld.residents.tests.factories import PersonFactory

    client = client_for(pro)
    before = AuditEvent.objects.count()
    assert client.get(_start_url(person, vraag)).status_code == 200
    assert AuditEvent.objects.count() == before + 1
    other = PersonFactory(household__team=person.household.team)
    assert client.get(reverse("decisions:procedure_start", args=[other.public_id])
                      + f"?vraag={vraag.public_id}").status_code == 404


def test_a_melding_that_becomes_an_aanvraag_goes_on_to_the_aanvraag(client_for, pro, person, vraag):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 11, 2), subject="Huishouden", vraag=vraag)
    response = client_for(pro).post(reverse("decisions:procedure_aanvraag", args=[melding.public_id]), {
        "version": melding.version, "received_on": "2026-11-20"})
    aanvraag = Procedure.objects.get(melding=melding)
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:procedure", args=[aanvraag.public_id])
