"""Drafting a decision from the plan in the screens: the aanvraag's page offers it where the household's plan
holds maatwerk, the new page shows which actions become provisions under which law, and the concept holds
them prefilled; the plan's words and the goal are beside each provision's form."""
import datetime as dt
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.coordination.models import Level
from leefwereld.coordination.services.choose import action_add_from_kaart
from leefwereld.coordination.tests.factories import KaartEntryFactory
from leefwereld.decisions.models import Beschikking, Wet
from leefwereld.plans import services as plan_services
from leefwereld.plans.models import ActorKind

D = dt.date
GOAL = "Zelf naar de markt en naar mijn broer"


@pytest.fixture
def plan(pro, person):
    return plan_services.plan_start(actor=pro, person=person)


@pytest.fixture
def goal(pro, person, plan):
    return plan_services.goal_add(actor=pro, plan=plan, expected_version=plan.version, words=GOAL, person=person)


@pytest.fixture
def maatwerk(pro, plan, goal):
    """Two kinds of help on maatwerk: one picked from the kaart (Participatiewet), one typed (law of the aanvraag)."""
    taxipas = KaartEntryFactory(name="Taxipas", level=Level.MAATWERK, law=Wet.PARTICIPATIEWET, article="art. 35",
                                unit="pas", unit_price=Decimal("120.00"))
    action_add_from_kaart(actor=pro, goal=goal, entry=taxipas, expected_version=plan.version,
                          what="Een taxipas voor de eigen bijdrage")
    plan.refresh_from_db()
    plan_services.action_add(actor=pro, goal=goal, expected_version=plan.version, data={
        "what": "Begeleiding bij het leren reizen", "actor_kind": ActorKind.MAATWERK, "network_member": None,
        "actor_name": "", "starts_on": D(2026, 12, 1), "ends_on": None})
    return taxipas


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_without_maatwerk_in_the_plan_the_aanvraag_offers_a_plain_decision(client_for, pro, aanvraag, plan):
    page = _page(client_for(pro), reverse("decisions:procedure", args=[aanvraag.public_id]))
    assert "Besluit opstellen vanuit het plan" not in page and "Besluit opstellen" in page
    page = _page(client_for(pro), reverse("decisions:new", args=[aanvraag.person.public_id]))
    assert "Het plan heeft nog geen hulp op maat." in page and 'name="from_plan"' not in page


def test_the_aanvraag_offers_the_decision_from_the_plan_and_the_new_page_shows_what_it_will_hold(
        client_for, pro, person, aanvraag, maatwerk):
    client = client_for(pro)
    page = _page(client, reverse("decisions:procedure", args=[aanvraag.public_id]))
    new_url = reverse("decisions:new", args=[person.public_id])
    assert f'href="{new_url}?aanvraag={aanvraag.public_id}">Besluit opstellen vanuit het plan</a>' in page
    before = AuditEvent.objects.count()
    page = _page(client, f"{new_url}?aanvraag={aanvraag.public_id}")
    assert AuditEvent.objects.count() == before + 1  # one row for the page, the plan's actions within it
    assert f'value="{aanvraag.public_id}" checked' in page
    assert "Een taxipas voor de eigen bijdrage" in page and "Participatiewet, art. 35" in page
    assert "Begeleiding bij het leren reizen" in page and "wet van de aanvraag" in page and GOAL in page


def test_the_concept_from_the_plan_holds_each_maatwerk_action_prefilled(client_for, pro, person, aanvraag, goal,
                                                                         maatwerk):
    client = client_for(pro)
    response = client.post(reverse("decisions:new", args=[person.public_id]),
                           {"procedure": str(aanvraag.public_id), "from_plan": "1"}, follow=True)
    b = Beschikking.objects.get(person=person)
    assert response.redirect_chain[-1][0] == reverse("decisions:detail", args=[b.public_id])
    page = response.content.decode()
    assert "Concept gemaakt uit het plan." in page and page.count("Nog geen motivering.") == 2
    rows = list(b.voorzieningen.order_by("order"))
    assert [(v.product, v.wet, v.kaart_entry_id, v.goal_id, v.procedure_id) for v in rows] == [
        ("Een taxipas voor de eigen bijdrage", Wet.PARTICIPATIEWET, maatwerk.pk, goal.pk, None),
        ("Begeleiding bij het leren reizen", Wet.WMO, None, goal.pk, aanvraag.pk)]
    form = _page(client, reverse("decisions:voorziening_edit", args=[b.public_id, rows[0].public_id]))
    assert "Afgesproken in het plan" in form and GOAL in form and 'value="art. 35"' in form


def test_without_from_plan_the_concept_is_empty(client_for, pro, person, aanvraag, maatwerk):
    client_for(pro).post(reverse("decisions:new", args=[person.public_id]), {"procedure": str(aanvraag.public_id)})
    assert not Beschikking.objects.get(person=person).voorzieningen.exists()


def test_concept_maken_sent_twice_makes_one_concept(client_for, pro, person, aanvraag, maatwerk):
    client = client_for(pro)
    url = reverse("decisions:new", args=[person.public_id])
    token = re.search(r'name="once" value="([0-9a-f-]{36})"', _page(client, url)).group(1)
    data = {"procedure": str(aanvraag.public_id), "from_plan": "1", "once": token}
    first, second = client.post(url, data), client.post(url, data)
    b = Beschikking.objects.get(person=person)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == reverse("decisions:detail", args=[b.public_id])
