"""Het gesprek (only a date is required) and repeatable assessments."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.conversations import selectors, services
from leefwereld.conversations.models import Instrument
from leefwereld.core.errors import ApplicationError, ConflictError
from leefwereld.residents import selectors as resident_selectors
from leefwereld.residents import services as resident_services


def test_a_gesprek_needs_nothing_but_a_date(pro, person):
    gesprek = services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    assert gesprek.location == "thuis"
    assert selectors.gesprekken_for_person(actor=pro, person=person) == [gesprek]


@pytest.mark.parametrize("bad", [
    {"held_on": None},
    {"held_on": dt.date.today() + dt.timedelta(days=1)},
    {"duration_minutes": -5},
    {"duration_minutes": 0},
    {"levensloop": "x" * 50_000},
])
def test_bad_gesprek_input_is_refused_with_the_field(pro, person, bad):
    data = {"held_on": timezone.localdate(), **bad}
    with pytest.raises(ApplicationError) as caught:
        services.gesprek_create(actor=pro, person=person, data=data)
    assert caught.value.field == next(iter(bad))


def test_recording_a_gesprek_ends_the_blanco_preparation(pro, person):
    resident_services.blanco_start(actor=pro, person=person)
    services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    assert not resident_selectors.blanco_is_open(actor=pro, person=person)


def test_two_professionals_editing_one_gesprek_do_not_overwrite_each_other(pro, colleague, person):
    gesprek = services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    services.gesprek_update(actor=colleague, gesprek=gesprek, expected_version=1,
                            data={"wat_belangrijk": "Haar kerk en haar dorp"})
    stale = type(gesprek).objects.get(pk=gesprek.pk)
    with pytest.raises(ConflictError) as caught:
        services.gesprek_update(actor=pro, gesprek=stale, expected_version=1, data={"wat_belangrijk": "Iets anders"})
    assert caught.value.current.wat_belangrijk == "Haar kerk en haar dorp"


def _zrm():
    return Instrument.objects.prefetch_related("domains", "levels").get(name__startswith="Zelfredzaamheid")


@pytest.mark.django_db
def test_default_instruments_hold_names_not_licensed_criteria():
    zrm = _zrm()
    assert zrm.domains.count() == 13
    assert [lv.name for lv in zrm.levels.all()][0] == "Acute problematiek"
    assert not any(lv.description for lv in zrm.levels.all())
    huizen = Instrument.objects.get(name__startswith="Leefgebieden")
    assert huizen.domains.count() == 6 and huizen.levels.count() == 0


def test_assessments_can_be_repeated_and_each_is_kept(pro, person):
    zrm = _zrm()
    domain, level = zrm.domains.first(), zrm.levels.get(value=2)
    for days in (30, 0):
        services.assessment_create(actor=pro, person=person, instrument=zrm,
                                   taken_on=timezone.localdate() - dt.timedelta(days=days),
                                   scores=[{"domain_id": domain.pk, "level_id": level.pk,
                                            "resident_view": "Het gaat beter dan ze denken"}])
    kept = selectors.assessments_for_person(actor=pro, person=person)
    assert len(kept) == 2
    assert kept[0].scores.all()[0].resident_view == "Het gaat beter dan ze denken"


def test_a_level_of_another_instrument_is_refused(pro, person):
    zrm = _zrm()
    huizen = Instrument.objects.get(name__startswith="Leefgebieden")
    with pytest.raises(ApplicationError):
        services.assessment_create(actor=pro, person=person, instrument=huizen, taken_on=timezone.localdate(),
                                   scores=[{"domain_id": huizen.domains.first().pk,
                                            "level_id": zrm.levels.first().pk}])
