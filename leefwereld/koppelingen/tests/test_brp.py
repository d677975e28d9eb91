"""The BRP client against the local double that serves the specification's examples."""
import datetime as dt

import pytest

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.koppelingen import brp, openapi
from leefwereld.residents.models import Person

from .brp_double import BrpDouble

DOEL = "Aanmelding Wmo: hulp bij het huishouden"


@pytest.fixture
def gateway(settings):
    with BrpDouble() as double:
        settings.LEEFWERELD_BRP_URL = double.url
        yield double


def test_by_bsn_with_the_purpose_recorded(pro, gateway):
    [found] = brp.brp_zoeken(actor=pro, doel=DOEL, bsn="999993653")
    assert (found.given_name, found.prefix, found.family_name) == ("Saskia", "van", "Dalen")
    assert found.birth_date == dt.date(1948, 3, 9) and found.postcode == "1234 AB" and found.house_number == "12"
    headers, query = gateway.requests[0]
    assert headers["X-Doelbinding"] == DOEL and query["fields"] == brp.FIELDS
    row = AuditEvent.objects.get(action="brp.query")
    assert row.reason == DOEL and row.actor == pro and row.detail == {"vraag": "RaadpleegMetBurgerservicenummer"}


def test_by_name_and_birth_date(pro, gateway):
    [found] = brp.brp_zoeken(actor=pro, doel=DOEL, geslachtsnaam="Dalen", geboortedatum=dt.date(1946, 11, 23))
    assert found.bsn == "999990019"
    assert brp.brp_zoeken(actor=pro, doel=DOEL, geslachtsnaam="Dalen", geboortedatum=dt.date(1946, 11, 24)) == []


def test_without_a_purpose_nothing_is_asked(pro, gateway):
    with pytest.raises(ApplicationError):
        brp.brp_zoeken(actor=pro, doel="  ", bsn="999993653")
    assert gateway.requests == [] and not AuditEvent.objects.filter(action="brp.query").exists()


def test_a_request_that_breaks_the_specification_is_not_sent(pro, gateway):
    with pytest.raises(openapi.Afwijking):
        brp.brp_zoeken(actor=pro, doel=DOEL, bsn="12345")
    assert gateway.requests == [] and not AuditEvent.objects.filter(action="brp.query").exists()


def test_register_a_person_and_their_household(pro, gateway):
    household, people = brp.brp_inschrijven(actor=pro, doel=DOEL, bsn="999993653")
    assert sorted(p.bsn for p in people) == ["999990019", "999993653"]
    assert set(Person.objects.filter(household=household).values_list("given_name", flat=True)) == {"Saskia", "Kees"}
    assert [r[1]["type"] for r in gateway.requests] == ["RaadpleegMetBurgerservicenummer",
                                                         "ZoekMetPostcodeEnHuisnummer"]
    assert AuditEvent.objects.filter(action="persons.create", actor=pro).count() == 2
    with pytest.raises(ApplicationError):  # a second time: already known
        brp.brp_inschrijven(actor=pro, doel=DOEL, bsn="999993653")


def test_a_person_without_a_full_birth_date_or_address(pro, gateway):
    [found] = brp.brp_zoeken(actor=pro, doel=DOEL, bsn="999995078")
    assert found.birth_date is None and found.city == ""
    assert brp.brp_huisgenoten(actor=pro, doel=DOEL, persoon=found) == []


def test_off_by_default_and_unreachable(settings, pro):
    settings.LEEFWERELD_BRP_URL = ""
    with pytest.raises(ApplicationError):
        brp.brp_zoeken(actor=pro, doel=DOEL, bsn="999993653")
    settings.LEEFWERELD_BRP_URL = "http://127.0.0.1:9"
    with pytest.raises(ApplicationError):
        brp.brp_zoeken(actor=pro, doel=DOEL, bsn="999993653")
