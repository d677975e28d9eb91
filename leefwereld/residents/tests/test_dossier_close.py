"""Dossier afsluiten: a household's file is closed with a reason and can be reopened until it is anonymised."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.access.policy import NotFoundOrNotAllowed
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.residents.models import DossierAfsluiting, Household
from leefwereld.residents.services import household_close, household_reopen


def test_closing_records_the_day_the_reason_and_who(pro, person):
    household = household_close(actor=pro, household=person.household, reason="Hulp is klaar.",
                                on=timezone.localdate() - dt.timedelta(days=3))
    assert Household.objects.get(pk=household.pk).closed_on == timezone.localdate() - dt.timedelta(days=3)
    closure = DossierAfsluiting.objects.get()
    assert (closure.closed, closure.reason, closure.recorded_by) == (True, "Hulp is klaar.", pro)
    event = AuditEvent.objects.get(action="households.close")
    assert (event.household_pk, event.reason) == (household.pk, "Hulp is klaar.")


def test_closing_needs_a_reason_a_past_day_and_an_open_file(pro, person):
    with pytest.raises(ApplicationError, match="waarom"):
        household_close(actor=pro, household=person.household, reason="  ")
    with pytest.raises(ApplicationError, match="toekomst"):
        household_close(actor=pro, household=person.household, reason="Klaar",
                        on=timezone.localdate() + dt.timedelta(days=1))
    household_close(actor=pro, household=person.household, reason="Klaar")
    with pytest.raises(ApplicationError, match="al afgesloten"):
        household_close(actor=pro, household=person.household, reason="Nog eens")
    assert DossierAfsluiting.objects.count() == 1


def test_reopening_appends_and_clears_the_closure_until_the_file_is_anonymised(pro, person):
    household_close(actor=pro, household=person.household, reason="Klaar")
    household_reopen(actor=pro, household=person.household, reason="Nieuwe vraag over de trap")
    assert Household.objects.get(pk=person.household_id).closed_on is None
    assert list(DossierAfsluiting.objects.order_by("pk").values_list("closed", flat=True)) == [True, False]
    household_close(actor=pro, household=person.household, reason="Weer klaar")
    Household.objects.filter(pk=person.household_id).update(anonymised_on=timezone.localdate())
    with pytest.raises(ApplicationError, match="geanonimiseerd"):
        household_reopen(actor=pro, household=person.household, reason="Toch weer")


def test_someone_outside_the_team_cannot_close(outsider, person):
    with pytest.raises(NotFoundOrNotAllowed):
        household_close(actor=outsider, household=person.household, reason="Klaar")
    assert Household.objects.get(pk=person.household_id).closed_on is None


def test_the_screen_closes_with_a_reason_and_then_offers_reopening(client_for, pro, person):
    client = client_for(pro)
    url = reverse("residents:dossier_close", args=[person.household.public_id])
    page = client.get(url)
    assert page.status_code == 200 and "Dossier afsluiten" in page.content.decode()
    assert AuditEvent.objects.filter(action="households.view", household_pk=person.household_id).count() == 1
    refused = client.post(url, {"on": timezone.localdate().isoformat(), "reason": "",
                                "once": page.context["form"]["once"].value()})
    assert refused.status_code == 200 and "Schrijf de reden op." in refused.content.decode()
    done = client.post(url, {"on": timezone.localdate().isoformat(), "reason": "Hulp afgerond",
                             "once": page.context["form"]["once"].value()}, follow=True)
    assert "Het dossier is afgesloten." in done.content.decode()
    assert Household.objects.get(pk=person.household_id).closed_on == timezone.localdate()
    again = client.get(url).content.decode()
    assert "Dossier heropenen" in again and "Hulp afgerond" in again
