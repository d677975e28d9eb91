import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Mandaat, ProcedureKind, Uitkomst, Wet
from leefwereld.money import selectors, services
from leefwereld.money.models import BijdrageKind, Cost
from leefwereld.residents.tests.factories import PersonFactory

E = Decimal


@pytest.fixture
def admin_user(db):
    return UserFactory(role=Role.BEHEERDER, team=None)


def test_one_off_help_is_booked_in_seconds_with_lines_and_its_law(pro, person):
    """A train ticket and food: two lines, one cost, no decision letter."""
    cost = services.help_book(actor=pro, person=person, what="Naar de rechtbank",
                              lines=[{"what": "Treinkaartje", "amount": E("23.40")},
                                     {"what": "Eten", "amount": E("10")}])
    assert cost.total == E("33.40") and cost.wet == Wet.PARTICIPATIEWET and cost.lines.count() == 2
    assert cost.team_id == person.household.team_id and cost.year == timezone.localdate().year


def test_bad_costs_get_a_clear_message(pro, person, settings):
    settings.LEEFWERELD_EENMALIG_MAX = "100"
    with pytest.raises(ApplicationError, match="negatief"):
        services.help_book(actor=pro, person=person, what="Eten", lines=[{"what": "Eten", "amount": E("-1")}])
    with pytest.raises(ApplicationError, match="beschikking"):
        services.help_book(actor=pro, person=person, what="Fiets", lines=[{"what": "Fiets", "amount": E("150")}])
    with pytest.raises(ApplicationError) as error:
        services.help_book(actor=pro, person=person, what="Eten", wet="", lines=[{"what": "x", "amount": E("5")}])
    assert error.value.field == "wet"
    assert Cost.objects.count() == 0


def test_an_amount_far_from_the_teams_usual_asks_why(pro, person):
    usual = {"amount": E("20"), "count": 4}
    with pytest.raises(ApplicationError) as error:
        services.help_book(actor=pro, person=person, what="Eten", lines=[{"what": "Eten", "amount": E("60")}],
                           usual=usual)
    assert error.value.field == "why_differs"
    services.help_book(actor=pro, person=person, what="Eten", lines=[{"what": "Eten", "amount": E("60")}],
                       usual=usual, why_differs="Drie kinderen, een week lang.")


def test_a_budget_line_needs_a_law_and_sensible_amounts(admin_user, pro, team):
    with pytest.raises(ApplicationError) as error:
        services.budget_set(actor=admin_user, year=2026, wet="", amount=E("1000"))
    assert error.value.field == "wet"
    with pytest.raises(ApplicationError):
        services.budget_set(actor=admin_user, year=2026, wet=Wet.WMO, amount=E("1000"), free_amount=E("2000"))
    with pytest.raises(NotFoundOrNotAllowed):
        services.budget_set(actor=pro, year=2026, wet=Wet.WMO, amount=E("1000"))
    budget = services.budget_set(actor=admin_user, year=2026, wet=Wet.WMO, amount=E("1000"), team=team)
    again = services.budget_set(actor=admin_user, year=2026, wet=Wet.WMO, amount=E("1200"), team=team)
    assert again.pk == budget.pk and again.amount == E("1200")


def test_spending_against_budget_per_law_and_per_population_with_the_free_part(admin_user, pro, team, person):
    year = timezone.localdate().year
    services.budget_set(actor=admin_user, year=year, wet=Wet.PARTICIPATIEWET, amount=E("500"), free_amount=E("100"),
                        team=team, population="Inwoners van De Weide", social_goal="Niemand zonder eten")
    services.budget_set(actor=admin_user, year=year, wet=Wet.WMO, amount=E("10000"))  # the municipality's
    services.help_book(actor=pro, person=person, what="Eten", lines=[{"what": "Eten", "amount": E("50")}],
                       from_free_part=True)
    services.help_book(actor=pro, person=person, what="Trein", lines=[{"what": "Trein", "amount": E("25")}])
    team_view = selectors.team_spending(team_id=team.pk, year=year)
    [pw] = team_view["rows"]
    assert (pw["amount"], pw["spent"], pw["left"], pw["free"], pw["free_spent"], pw["pct"]) == (
        E("500"), E("75"), E("425"), E("100"), E("50"), 15)
    assert [b.population for b in team_view["populations"]] == ["Inwoners van De Weide"]
    whole = selectors.team_spending(team_id=None, year=year)
    assert whole["total"]["amount"] == E("10500") and whole["total"]["spent"] == E("75")


def test_a_decided_provision_is_booked_by_unit_price_quantity_and_period(pro, person):
    Mandaat.objects.create(user=pro, wet=Wet.WMO)
    p = decision_services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                          received_on=timezone.localdate(), subject="Hulp")
    b = decision_services.beschikking_draft(actor=pro, person=person, procedure=p)
    v = decision_services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data={
        "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden", "uitkomst": Uitkomst.TOEGEKEND,
        "unit": "uur per week", "quantity": E("2.5"), "unit_price": E("32"), "starts_on": dt.date(2026, 1, 5),
        "ends_on": dt.date(2026, 3, 1), "motivation": "Past bij uw doel."})
    b.refresh_from_db()
    household = person.household
    assert [x.pk for x in selectors.household_costs(actor=pro, household=household)["to_book"]] == []
    decision_services.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    v.refresh_from_db()
    assert [x.pk for x in selectors.household_costs(actor=pro, household=household)["to_book"]] == [v.pk]
    cost = services.cost_book_voorziening(actor=pro, voorziening=v)
    assert cost.total == E("2.5") * 32 * 8 and cost.wet == Wet.WMO and cost.year == 2026
    with pytest.raises(ApplicationError):
        services.cost_book_voorziening(actor=pro, voorziening=v)
    view = selectors.household_costs(actor=pro, household=household)
    assert view["total"] == E("640") and view["to_book"] == [] and view["laws"][0]["wet"] == Wet.WMO


def test_stapeling_warns_when_contributions_and_cuts_pile_up(pro, person, settings):
    """Gezin Van Dalen: an eigen bijdrage, a cut and a repayment at once."""
    settings.LEEFWERELD_STAPELING_WARN = "150"
    start = timezone.localdate() - dt.timedelta(days=30)
    services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.EIGEN_BIJDRAGE, scheme="Begeleiding (Wmo)",
                          monthly_amount=E("21.80"), starts_on=start, wet=Wet.WMO)
    calm = selectors.stapeling(actor=pro, household=person.household)
    assert calm["monthly"] == E("21.80") and not calm["warning"]
    services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.KORTING, scheme="Kostendelersnorm",
                          monthly_amount=E("95"), starts_on=start)
    services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.TERUGBETALING, scheme="Lening inrichting",
                          monthly_amount=E("40"), starts_on=start)
    services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.TERUGBETALING, scheme="Oud, afgelopen",
                          monthly_amount=E("40"), starts_on=start - dt.timedelta(days=90),
                          ends_on=start - dt.timedelta(days=1))
    piled = selectors.stapeling(actor=pro, household=person.household)
    assert piled["monthly"] == E("156.80") and piled["schemes"] == 3 and piled["warning"]
    with pytest.raises(ApplicationError):
        services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.KORTING, scheme="x",
                              monthly_amount=E("-3"), starts_on=start)


def test_another_teams_household_costs_are_not_there(pro, outsider):
    other = PersonFactory(household__team=outsider.team)
    with pytest.raises(NotFoundOrNotAllowed):
        services.help_book(actor=pro, person=other, what="Eten", lines=[{"what": "Eten", "amount": E("5")}])
