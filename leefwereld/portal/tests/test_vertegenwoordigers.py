"""The professional records a representative and ends one; the ending is its own dated record, the history
stays, and the representative's access follows the dates."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.portal import services
from leefwereld.portal.models import Vertegenwoordiging, VertegenwoordigingEinde, active_representations

pytestmark = pytest.mark.django_db


def test_recording_and_ending_a_representative_keeps_the_history(client_for, pro, person, outsider):
    client = client_for(pro)
    url = f"/inwoners/{person.public_id}/vertegenwoordigers/"
    assert "geen vertegenwoordiger" in client.get(url).content.decode()
    bad = client.post(url, {"form": "nieuw", "name": "Bert van Vliet", "bsn": "123", "relation": "mentor",
                            "scope": "lezen", "starts_on": "2026-01-01"})
    assert "geen geldig BSN" in bad.content.decode() and "Bert van Vliet" in bad.content.decode()
    saved = client.post(url, {"form": "nieuw", "name": "Bert van Vliet", "bsn": "111222333", "relation": "mentor",
                              "scope": "lezen", "starts_on": "2026-01-01", "ends_on": ""}, follow=True)
    assert "De vertegenwoordiger is vastgelegd." in saved.content.decode()
    rep = Vertegenwoordiging.objects.get(person=person)
    assert rep.relation == "mentor" and rep.scope == "lezen" and rep.recorded_by == pro
    later = timezone.localdate() + dt.timedelta(days=10)
    ended = client.post(url, {"form": "einde", "rep": str(rep.public_id), "stops_on": later.isoformat(),
                              "reason": "Mentorschap opgeheven door de rechter"}, follow=True)
    assert "Dat staat nu in de geschiedenis" in ended.content.decode()
    einde = VertegenwoordigingEinde.objects.get(representation=rep)
    assert einde.stops_on == later and einde.recorded_by == pro and einde.person == person
    rep.refresh_from_db()
    assert rep.ended_at is None and rep.ends_on is None  # the representation itself is not edited
    # In force until the day before it stops, then gone; ending twice is refused with a clear word.
    qs = Vertegenwoordiging.objects.filter(pk=rep.pk)
    assert active_representations(qs, later - dt.timedelta(days=1)).exists()
    assert not active_representations(qs, later).exists()
    again = client.post(url, {"form": "einde", "rep": str(rep.public_id), "stops_on": later.isoformat()})
    assert "al beëindigd" in again.content.decode()
    page = client.get(url).content.decode()
    assert "Mentorschap opgeheven door de rechter" in page and "Bert van Vliet" in page
    assert AuditEvent.objects.filter(action="vertegenwoordiging.manage", person_pk=person.pk).count() == 2
    # Another team sees nothing.
    client.logout()
    assert client_for(outsider).get(url).status_code == 404


def test_an_ending_before_the_start_is_refused(pro, person):
    rep = services.representation_record(actor=pro, person=person, name="Ans", bsn="111222333",
                                         relation="familie", scope="handelen", starts_on=dt.date(2026, 3, 1))
    with pytest.raises(Exception, match="voordat ze begon"):
        services.representation_end(actor=pro, representation=rep, stops_on=dt.date(2026, 2, 1))
