"""The person's file shows their melding, aanvraag, the letter sent and the bezwaar, dated and linked, in one query."""
import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from leefwereld.decisions import selectors, services
from leefwereld.decisions.models import Beschikking, ProcedureKind, Wet

from .conftest import provision

D = dt.date


def test_the_file_shows_melding_aanvraag_letter_and_bezwaar_with_links(client_for, pro, person, mandate):
    melding = services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                       received_on=D(2026, 10, 1), subject="Hulp in huis")
    aanvraag = services.melding_to_aanvraag(actor=pro, melding=melding, received_on=D(2026, 11, 2),
                                            expected_version=melding.version)
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=provision(),
                              procedure=aanvraag)
    b.refresh_from_db()
    services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    services.beschikking_send(actor=pro, beschikking=Beschikking.objects.get(pk=b.pk), language="nl")
    b.refresh_from_db()
    services.bezwaar_register(actor=pro, beschikking=b, received_on=b.sent_on, grounds="Te weinig uren voor mij")

    rows = selectors.timeline_for_person(actor=pro, person_id=person.pk, household_id=person.household_id)
    assert [r["what"] for r in rows] == ["Bezwaar", "Besluit verzonden", "Aanvraag Wmo 2015",
                                         "Melding (Wmo-onderzoek) Wmo 2015"]
    assert rows[0]["state"] == "Loopt" and rows[1]["state"] == "In bezwaar"
    page = client_for(pro).get(reverse("workspace:person", args=[person.public_id])).content.decode()
    for url in (reverse("decisions:procedure", args=[melding.public_id]),
                reverse("decisions:procedure", args=[aanvraag.public_id]),
                reverse("decisions:detail", args=[b.public_id])):
        assert f'href="{url}"' in page
    assert "Te weinig uren voor mij" in page and "Meldingen, aanvragen en besluiten" in page


def test_the_timeline_is_one_query_and_empty_for_someone_outside(pro, outsider, person, aanvraag):
    with CaptureQueriesContext(connection) as ctx:
        rows = selectors.timeline_for_person(actor=pro, person_id=person.pk, household_id=person.household_id)
    # Outside a page view each within() asks the household's rule; on the page that is asked once, before.
    own = [q for q in ctx.captured_queries if 'FROM "residents_household"' not in q["sql"].split("WHERE")[0]]
    assert len(rows) == 1 and len(own) == 1
    assert selectors.timeline_for_person(actor=outsider, person_id=person.pk, household_id=person.household_id) == []
