"""Contribution rules for the functional administrator: a change is a new version from a date, never an
edit, and a contribution keeps the version it started under."""
import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.money import services
from leefwereld.money.models import Bijdrage, BijdrageKind, BijdrageRegel, BijdrageRegelVersie

TODAY = timezone.localdate


@pytest.fixture
def gerda(db):
    return UserFactory(role=Role.BEHEERDER, team=None, first_name="Gerda", last_name="Beheer")


@pytest.fixture
def abonnement(gerda):
    return services.bijdrage_regel_create(
        actor=gerda, name="Wmo-abonnementstarief", kind=BijdrageKind.EIGEN_BIJDRAGE, wet="wmo",
        monthly_amount=Decimal("21.80"), words="Een vast bedrag per maand.", valid_from=TODAY() - dt.timedelta(days=90))


def _add(pro, person, rule, starts_on):
    return services.bijdrage_add(actor=pro, person=person, kind=BijdrageKind.EIGEN_BIJDRAGE, scheme="Begeleiding",
                                 monthly_amount=Decimal("21.80"), starts_on=starts_on, rule=rule)


def test_a_new_version_starts_on_its_date_and_old_contributions_keep_their_rule(gerda, pro, person, abonnement):
    before = _add(pro, person, abonnement, TODAY() - dt.timedelta(days=10))
    first = before.rule_version
    new = services.bijdrage_regel_version_add(
        actor=gerda, regel=abonnement, monthly_amount=Decimal("22.40"), words="Een vast bedrag per maand, iets hoger.",
        valid_from=TODAY() + dt.timedelta(days=20), reason="Landelijk tarief verhoogd.")
    assert new.number == 2 and abonnement.version_on(TODAY()) == first
    assert abonnement.version_on(TODAY() + dt.timedelta(days=20)) == new
    later = _add(pro, person, abonnement, TODAY() + dt.timedelta(days=30))
    assert later.rule_version == new
    first.refresh_from_db()
    assert first.monthly_amount == Decimal("21.80") and Bijdrage.objects.get(pk=before.pk).rule_version == first
    assert AuditEvent.objects.filter(action="budgets.manage", actor=gerda).count() == 2


def test_a_version_never_goes_before_the_newest_nor_below_zero(gerda, pro, person, abonnement):
    day = abonnement.versions.get().valid_from
    for amount, valid_from, reason, field in ((Decimal("-1"), TODAY(), "x", "monthly_amount"),
                                              (Decimal("22"), day, "x", "valid_from"),
                                              (Decimal("22"), TODAY(), " ", "reason")):
        with pytest.raises(ApplicationError) as error:
            services.bijdrage_regel_version_add(actor=gerda, regel=abonnement, monthly_amount=amount, words="W",
                                                valid_from=valid_from, reason=reason)
        assert error.value.field == field
    with pytest.raises(ApplicationError) as error:  # the rule did not exist yet on that day
        _add(pro, person, abonnement, day - dt.timedelta(days=1))
    assert error.value.field == "starts_on"
    with pytest.raises(NotFoundOrNotAllowed):  # only the functional administrator
        services.bijdrage_regel_version_add(actor=pro, regel=abonnement, monthly_amount=Decimal("1"), words="W",
                                            valid_from=TODAY(), reason="R")
    assert BijdrageRegelVersie.objects.count() == 1


def test_the_administrator_adds_a_rule_and_a_version_on_screen(client_for, gerda, abonnement):
    client = client_for(gerda)
    assert client.post(reverse("money:regel_new"), {
        "name": "Eigen bijdrage beschermd wonen", "kind": "eigen_bijdrage", "wet": "wmo", "monthly_amount": "-5",
        "words": "Naar inkomen.", "valid_from": TODAY().isoformat()}).status_code == 200
    response = client.post(reverse("money:regel_new"), {
        "name": "Eigen bijdrage beschermd wonen", "kind": "eigen_bijdrage", "wet": "wmo", "monthly_amount": "120",
        "words": "Naar inkomen.", "valid_from": TODAY().isoformat()})
    assert response.status_code == 302 and BijdrageRegel.objects.count() == 2
    url = reverse("money:regel_version") + f"?regel={abonnement.pk}"
    assert 'value="21.80"' in client.get(url).content.decode()  # starts from the newest version
    page = client.post(url, {"regel": abonnement.pk, "monthly_amount": "22.40", "words": "Hoger.",
                             "valid_from": (TODAY() - dt.timedelta(days=365)).isoformat(),
                             "reason": "Tarief"}).content.decode()
    assert "Een nieuwe versie begint na de vorige" in page and "Hoger." in page  # nothing typed lost
    response = client.post(url, {"regel": abonnement.pk, "monthly_amount": "22.40", "words": "Hoger.",
                                 "valid_from": (TODAY() + dt.timedelta(days=31)).isoformat(), "reason": "Tarief"})
    assert response.status_code == 302
    overview = client.get(reverse("money:regels")).content.decode()
    assert "nog niet in werking" in overview and "€ 21,80" in overview and "€ 22,40" in overview
