"""The one door: register, pick up, the light route and follow-ups."""
import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from leefwereld.core.errors import ApplicationError
from leefwereld.intake import selectors, services
from leefwereld.intake.models import Status, VraagStatus


def _register(actor, person, **kw):
    data = {"kind": "vraag", "brought_by": "inwoner", "words": "Ik red het niet meer met de boodschappen.",
            "received_on": timezone.localdate(), **kw}
    return services.vraag_register(actor=actor, person=person, **data)


def test_a_new_question_waits_for_the_team(pro, colleague, person):
    vraag = _register(pro, person)
    assert vraag.status == Status.NIEUW
    assert selectors.vragen_unpicked_for_team(actor=colleague) == [vraag]


def test_whoever_hears_it_can_pick_it_up_at_once(pro, person):
    vraag = _register(pro, person, pick_up=True)
    assert (vraag.status, vraag.picked_up_by) == (Status.OPGEPAKT, pro)
    assert selectors.vragen_open_for(actor=pro) == [vraag]
    assert list(VraagStatus.objects.filter(vraag=vraag).values_list("status", flat=True)) == ["nieuw", "opgepakt"]


def test_picking_up_twice_is_refused(pro, colleague, person):
    vraag = _register(pro, person)
    services.vraag_pick_up(actor=colleague, vraag=vraag)
    with pytest.raises(ApplicationError):
        services.vraag_pick_up(actor=pro, vraag=vraag)


def test_the_light_route_closes_the_same_day(pro, person):
    vraag = _register(pro, person)
    afhandeling = services.vraag_close_light(actor=pro, vraag=vraag, help_kind="eenmalig",
                                             description="Treinkaartje en tien euro voor eten",
                                             amount=Decimal("32.50"))
    vraag.refresh_from_db()
    assert vraag.status == Status.AFGEROND
    assert afhandeling.closed_on == timezone.localdate() == vraag.received_on
    assert vraag.history.last().status == Status.AFGEROND
    with pytest.raises(ApplicationError):
        services.vraag_close_light(actor=pro, vraag=vraag, help_kind="informatie", description="nog eens")


@pytest.mark.parametrize("bad", [{"words": "   "}, {"received_on": dt.date.today() + dt.timedelta(days=3)}])
def test_bad_registrations_are_refused(pro, person, bad):
    with pytest.raises(ApplicationError):
        _register(pro, person, **bad)


def test_followups_come_back_when_due(pro, person):
    services.followup_create(actor=pro, person=person, what="Terugbellen", due_on=timezone.localdate())
    later = services.followup_create(actor=pro, person=person, what="Later", due_on=timezone.localdate()
                                     + dt.timedelta(days=30))
    due = selectors.followups_due_for(actor=pro)
    assert [f.what for f in due] == ["Terugbellen"]
    services.followup_done(actor=pro, followup=due[0])
    assert selectors.followups_due_for(actor=pro) == []
    assert later.done_at is None
