"""A provision far from the team's usual outcome asks one sentence on why (issue 17, ADR 0046).

The usual comes from ruimte through decisions' own seam (decisions.usual): the same guideline and the same
earlier decisions the form shows beside it. The sentence is kept in the decision's versions, shown to the
team, and never put in the resident's letter."""
import datetime as dt
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import services, usual
from leefwereld.decisions.letters import TEMPLATE, letter_context
from leefwereld.decisions.models import BeschikkingVersie, Mandaat, ProcedureKind, Voorziening, Wet
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.ruimte import services as ruimte_services
from leefwereld.ruimte.models import Bron

from .conftest import provision

WHY = "Drie jonge kinderen en geen familie in de buurt."


@pytest.fixture
def guideline(beheerder):
    return ruimte_services.guideline_create(
        actor=beheerder, code="hulp-huishouden", title="Hulp bij het huishouden", wet=Wet.WMO,
        terms="hulp bij het huishouden", rule="Gemiddeld 4 uur per week.", bron=Bron.BELEIDSREGEL,
        purpose="Een schoon huis.", room="Minder als de inwoner dat zelf wil.", examples="")


def _earlier(pro, team, quantities):
    """The team's decided provisions for other households: the usual is their median."""
    Mandaat.objects.get_or_create(user=pro, wet=Wet.WMO)
    for n, quantity in enumerate(quantities):
        other = PersonFactory(household__team=team, birth_date=dt.date(1950, 1, 1))
        p = services.procedure_start(actor=pro, person=other, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                     received_on=dt.date.today(), subject="Hulp")
        b = services.beschikking_draft(actor=pro, person=other, procedure=p)
        services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=provision(
            quantity=Decimal(quantity), amount=None, motivation=f"Zoals gewoonlijk {n}.", why_differs=WHY))
        b.refresh_from_db()
        services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)


@pytest.fixture
def usual_team(pro, team, guideline):
    _earlier(pro, team, ["2.5", "2.5", "3"])  # the usual: 2.5 hours a week
    return team


def _save(pro, concept, **overrides):
    concept.refresh_from_db()
    return services.voorziening_save(actor=pro, beschikking=concept, expected_version=concept.version,
                                     data=provision(**overrides))


def test_hours_far_from_the_usual_are_refused_without_a_sentence(pro, person, usual_team, aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    with pytest.raises(ApplicationError) as error:
        _save(pro, b, quantity=Decimal("4"), amount=None)
    assert error.value.field == "why_differs"
    assert error.value.message == "Dit wijkt af van wat het team meestal besluit. Zeg in één zin waarom."
    assert not Voorziening.objects.filter(beschikking=b).exists()
    b.refresh_from_db()
    assert b.revision == 1  # only "Opgesteld": the refused save left no version


def test_with_a_sentence_it_is_kept_in_the_provision_and_in_the_decisions_versions(pro, person, usual_team,
                                                                                   aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    v = _save(pro, b, quantity=Decimal("4"), amount=None, why_differs=f"  {WHY} ")
    assert Voorziening.objects.get(pk=v.pk).why_differs == WHY
    latest = BeschikkingVersie.objects.filter(beschikking=b).latest("number")
    assert latest.snapshot["voorzieningen"][0]["why_differs"] == WHY
    # Changing the sentence appends a version; the earlier one still says what it said.
    b.refresh_from_db()
    services.voorziening_save(actor=pro, beschikking=b, voorziening=v, expected_version=b.version,
                              data=provision(quantity=Decimal("4"), amount=None,
                                             why_differs="Zij strijkt voor het hele gezin."))
    sentences = [ver.snapshot["voorzieningen"][0]["why_differs"]
                 for ver in BeschikkingVersie.objects.filter(beschikking=b).order_by("number")[1:]]
    assert sentences == [WHY, "Zij strijkt voor het hele gezin."]


def test_near_the_usual_no_sentence_is_needed(pro, person, usual_team, aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    v = _save(pro, b, quantity=Decimal("3"), amount=None)  # 20% from 2.5: within the 25%
    assert v.why_differs == ""


@pytest.mark.parametrize("case", ["no guideline", "no earlier decisions", "another team", "no source"])
def test_with_nothing_comparable_nothing_is_asked(pro, person, team, other_team, beheerder, aanvraag, monkeypatch,
                                                  case):
    if case != "no guideline":
        ruimte_services.guideline_create(
            actor=beheerder, code="hulp-huishouden", title="Hulp bij het huishouden", wet=Wet.WMO,
            terms="hulp bij het huishouden", rule="Gemiddeld 4 uur per week.", bron=Bron.BELEIDSREGEL,
            purpose="Een schoon huis.", room="Minder als de inwoner dat zelf wil.", examples="")
    if case in ("no guideline", "no source"):
        _earlier(pro, team, ["2.5"])
    if case == "another team":
        from leefwereld.accounts.tests.factories import UserFactory

        _earlier(UserFactory(team=other_team), other_team, ["2.5"])
    if case == "no source":  # decisions without ruimte installed: its seam has no source
        monkeypatch.setattr(usual, "_sources", [])
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    assert _save(pro, b, quantity=Decimal("8"), amount=None).quantity == Decimal("8")


def test_amounts_count_as_well_as_hours(pro, person, team, guideline, aanvraag):
    Mandaat.objects.get_or_create(user=pro, wet=Wet.WMO)
    other = PersonFactory(household__team=team)
    b = services.beschikking_draft(actor=pro, person=other)
    services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version,
                              data=provision(quantity=None, amount=Decimal("4000"), motivation="Budget."))
    b.refresh_from_db()
    services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    mine = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    with pytest.raises(ApplicationError) as error:
        _save(pro, mine, quantity=None, amount=Decimal("8000"))
    assert error.value.field == "why_differs"


def test_a_sentence_longer_than_one_is_refused(pro, concept):
    with pytest.raises(ApplicationError) as error:
        _save(pro, concept, why_differs="x" * 501)
    assert error.value.field == "why_differs"


def _form(concept, **overrides):
    data = {k: ("" if v is None else str(v)) for k, v in provision(**overrides).items()}
    data.update(version=concept.version, goal="", procedure="")
    return data


def test_the_form_asks_why_keeps_what_was_typed_and_the_team_sees_the_sentence(client_for, pro, person, usual_team,
                                                                               aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    client = client_for(pro)
    url = reverse("decisions:voorziening_add", args=[b.public_id])
    response = client.post(url, _form(b, quantity="4", amount=None, motivation="Vier uur: ook de was."))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Dit wijkt af van wat het team meestal besluit. Zeg in één zin waarom." in page
    assert 'value="4"' in page and "Vier uur: ook de was." in page and "de rest doet mijn zoon" in page
    assert "Zeg in één zin waarom, bij ‘Waarom anders dan het team meestal doet?’." in page  # the panel too
    assert not Voorziening.objects.filter(beschikking=b).exists()

    response = client.post(url, _form(b, quantity="4", amount=None, motivation="Vier uur: ook de was.",
                                      why_differs=WHY))
    assert response.status_code == 302
    detail = client.get(reverse("decisions:detail", args=[b.public_id])).content.decode()
    assert f"Waarom anders dan het team meestal doet (alleen voor het team): {WHY}" in detail


def test_the_sentence_is_not_in_the_residents_letter(pro, person, usual_team, aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    _save(pro, b, quantity=Decimal("4"), amount=None, why_differs=WHY)
    html = render_to_string(TEMPLATE, letter_context(b, sent_on=dt.date.today(), bezwaar_until=dt.date.today(),
                                                     preview=True))
    assert "U zei zelf dat 2,5 uur genoeg is" in html and WHY not in html

