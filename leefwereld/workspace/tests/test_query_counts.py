"""Pages use a fixed number of queries, whatever the size of the data (10 versus 1 000 households)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from leefwereld.conversations import services as conversation_services
from leefwereld.conversations.models import Instrument
from leefwereld.demo.scale import generate
from leefwereld.intake import services as intake_services
from leefwereld.plans import services as plan_services
from leefwereld.residents import services as resident_services

MAX_QUERIES = 20
# Each page's own budget (issue 14): the file is checked once, its parts fetched by household, the
# blanco check folded into the file's own query. The person's file reads every source of its timeline
# (vragen, gesprekken, contact moments, measurements, the plan's milestones) and the time spent, and
# (issue 16) the person's melding, aanvraag, letters sent and bezwaren in one UNION query (+1).
# The werkvoorraad: its own lists (14), the decisions' deadlines (2), referrals and escalations (2), ruimte (2:
# barriers, and answers on one's own deviations), and Mijn Leefwereld's card "Van inwoners" (issue 18): open
# messages and correction requests (2).
BUDGET = {"werkvoorraad": 22, "person": 19, "household": 8, "gesprek": 6, "search": 6}


@pytest.fixture
def busy_world(pro, colleague, outsider, team, other_team, person):
    """A person with everything on their file, and households around them."""
    resident_services.person_assign_contact(actor=pro, person=person, contactpersoon=pro, stand_in=colleague)
    resident_services.network_member_add(actor=pro, person=person, data={"name": "Ria", "draagkracht": "houdt_vol"})
    vraag = intake_services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                           words="Werk", received_on=timezone.localdate(), pick_up=True)
    intake_services.followup_create(actor=pro, person=person, what="Bellen", due_on=timezone.localdate())
    gesprek = conversation_services.gesprek_create(actor=pro, person=person, vraag=vraag,
                                                   data={"held_on": timezone.localdate(), "nodig": "Werk"})
    for kind in ("bezoek", "team"):
        conversation_services.contactmoment_create(actor=pro, person=person, on=timezone.localdate(), kind=kind,
                                                   minutes=30)
    zrm = Instrument.objects.get(name__startswith="Zelfredzaamheid")
    conversation_services.assessment_create(actor=pro, person=person, instrument=zrm, taken_on=timezone.localdate(),
                                            scores=[{"domain_id": zrm.domains.first().pk, "own_strength": "Koken"}])
    plan_services.plan_start(actor=pro, person=person, gesprek=gesprek)
    generate(10, teams=[team, other_team], professionals=[pro, colleague, outsider], seed=3, progress=False)

    def grow():
        generate(990, teams=[team, other_team], professionals=[pro, colleague, outsider], seed=4, progress=False)

    return {"gesprek": gesprek, "grow": grow}


def _count(client, url, data=None):
    """Queries of one page: a GET, or a POST when there is data (the search: no terms in URLs)."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(url, data) if data else client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow_with_the_data(client_for, pro, person, busy_world, django_assert_max_num_queries):
    client = client_for(pro)
    urls = [
        reverse("workspace:werkvoorraad"),
        reverse("workspace:person", args=[person.public_id]),
        reverse("workspace:household", args=[person.household.public_id]),
        reverse("conversations:detail", args=[busy_world["gesprek"].public_id]),
    ]
    search = reverse("workspace:search")
    small = {url: _count(client, url) for url in urls}
    small[search] = _count(client, search, {"name": "a"})
    busy_world["grow"]()
    large = {url: _count(client, url) for url in urls}
    large[search] = _count(client, search, {"name": "a"})
    assert large == small
    for page, url in zip(["werkvoorraad", "person", "household", "gesprek"], urls, strict=True):
        with django_assert_max_num_queries(BUDGET[page]):
            client.get(url)
    with django_assert_max_num_queries(BUDGET["search"]):
        client.post(search, {"name": "a"})


def test_team_audit_query_count_is_fixed(client_for, teamleider, person, busy_world, django_assert_max_num_queries):
    client = client_for(teamleider)
    audit = reverse("workspace:team_audit")
    about = f"{audit}?inwoner={person.public_id}"

    def counts():
        return [_count(client, audit), _count(client, about), _count(client, audit, {"naam": "a"})]

    small = counts()
    busy_world["grow"]()
    assert counts() == small
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(audit)
