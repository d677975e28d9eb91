"""Barriers, deviations and costs on the kompas: counted from the work by kompas_refresh, shown per team or
the whole municipality, with small numbers hidden so that no view gives one back by subtraction."""
import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts.tests.factories import TeamFactory, UserFactory
from leefwereld.core.models import OutcomeTag
from leefwereld.core.outcomes import install_default_outcome_tags
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Indicator, Measure, Result
from leefwereld.kompas.refresh import EPOCH, kompas_refresh
from leefwereld.kompas.selectors import Choice, protected
from leefwereld.money.models import Budget, Cost, CostKind
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.ruimte.models import Barrier, BarrierSource, BarrierStatus, Deviation, DeviationStatus


@pytest.fixture
def two_teams(db):
    install_default_outcome_tags(OutcomeTag)
    install_default_kompas(Result, Activity, Indicator, OutcomeTag)
    return TeamFactory(name="Wijkteam Oost"), TeamFactory(name="Wijkteam West")


def _barrier(team, user, status, days):
    # reported on 2 January of this year, decided `days` later: the same year whatever today is
    reported = timezone.now().replace(month=1, day=2, hour=12)
    barrier = Barrier.objects.create(title="Een regel zat in de weg", source=BarrierSource.WERKPROCES, team=team,
                                     reporter=user, owner=user, status=status,
                                     moved_at=reported + dt.timedelta(days=days))
    Barrier.objects.filter(pk=barrier.pk).update(created_at=reported)


def _deviation(team, user, status):
    person = PersonFactory(household__team=team)
    Deviation.objects.create(household=person.household, person=person, team=team, rule_words="Eigen bijdrage",
                             instead="Kwijtgescholden", why="Schulden", different="Crisis", status=status,
                             author=user)


def _cost(team, user, wet, total):
    person = PersonFactory(household__team=team)
    Cost.objects.create(household=person.household, person=person, kind=CostKind.EENMALIG, what="Bed", wet=wet,
                        year=timezone.localdate().year, booked_on=timezone.localdate(), total=Decimal(total),
                        team=team, by=user)


def test_barriers_deviations_and_costs_are_counted_and_protected(two_teams):
    east, west = two_teams
    user = UserFactory(team=east)
    for _n in range(6):
        _barrier(east, user, BarrierStatus.AANGEPAST, days=10)
    for _n in range(5):
        _barrier(west, user, BarrierStatus.ONTVANGEN, days=1)
    for _n in range(7):
        _deviation(east, user, DeviationStatus.GEDEKT)
    for _n in range(3):
        _deviation(west, user, DeviationStatus.GEDEKT)
    for _n in range(5):
        _cost(east, user, "wmo", "100.00")
    for _n in range(5):
        _cost(west, user, "wmo", "180.00")
    for _n in range(6):
        _cost(east, user, "jeugdwet", "50.00")
    _cost(west, user, "jeugdwet", "900.00")
    year = timezone.localdate().year
    Budget.objects.create(year=year, wet="wmo", team=None, amount=Decimal("2800"), by=user)
    kompas_refresh(since=EPOCH)

    east_view = protected(Choice(east, "", year))
    barriers = dict(east_view[Measure.BELEMMERINGEN].rows)
    assert barriers["Gemeld"] == [6, None] and barriers["Aangepast"] == [6, 10]
    deviations = dict(east_view[Measure.AFWIJKINGEN].rows)
    # West's 3 is hidden, so East's 7 in the same column is hidden too: else the total gives West's back.
    assert deviations["Gedekt door de teamleider"][0] is None
    # East's Wmo (5) is hidden too: its row would otherwise give back its hidden Jeugdwet from the total.
    assert dict(east_view[Measure.KOSTEN].rows)["Wmo 2015"][:3] == [None, None, None]
    west_costs = dict(protected(Choice(west, "", year))[Measure.KOSTEN].rows)["Jeugdwet"]
    assert west_costs[:3] == [None, None, None]  # one household: neither count nor euros
    assert dict(east_view[Measure.KOSTEN].rows)["Jeugdwet"][:3] == [None, None, None]  # its partner
    whole = protected(Choice(None, "", year))
    assert dict(whole[Measure.AFWIJKINGEN].rows)["Gedekt door de teamleider"][0] == 10
    assert dict(whole[Measure.KOSTEN].rows)["Wmo 2015"] == [10, 1400, 140, 2800, 50]
    # No column has exactly one hidden number across the teams and the whole municipality.
    for measure in (Measure.BELEMMERINGEN, Measure.AFWIJKINGEN, Measure.KOSTEN):
        views = [protected(Choice(t, "", year))[measure].rows for t in (east, west)] + [whole[measure].rows]
        for r, (_label, _values) in enumerate(whole[measure].rows):
            hidden = [v[r][1][0] for v in views].count(None)
            assert hidden != 1, (measure, r)


def test_the_kompas_page_shows_them_with_chart_table_and_the_hidden_cells(client_for, two_teams):
    east, _west = two_teams
    user = UserFactory(team=east)
    for _n in range(2):
        _deviation(east, user, DeviationStatus.TE_BESPREKEN)
    kompas_refresh(since=EPOCH)
    lead = UserFactory(team=east, role="teamleider")
    page = client_for(lead).get(reverse("kompas:home"), {"team": east.pk}).content.decode()
    for text in ("Afwijkingen en dekking", "Belemmeringen gemeld en opgelost", "Kosten per huishouden",
                 "&lt; 5", "Besteed van het budget"):
        assert text in page, text
    indicator = Indicator.objects.get(measure=Measure.AFWIJKINGEN)
    detail = client_for(lead).get(reverse("kompas:indicator", args=[indicator.public_id])).content.decode()
    assert "<svg" in detail and "Te bespreken" in detail
