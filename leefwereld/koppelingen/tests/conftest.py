import datetime as dt
from decimal import Decimal

import pytest

from leefwereld.decisions import services as decisions
from leefwereld.decisions.models import Mandaat, ProcedureKind, Wet
from leefwereld.decisions.tests.conftest import provision
from leefwereld.koppelingen.models import Aanbieder

from .provider_double import ProviderDouble


@pytest.fixture
def client_person(person):
    person.bsn, person.birth_date = "999993653", dt.date(1948, 3, 9)
    person.street, person.house_number, person.postcode, person.city = "Dorpsstraat", "12", "1234 AB", "Zandhoven"
    person.save()
    return person


def decided(pro, person, wet=Wet.WMO, **overrides):
    """A decided beschikking with one provision in kind; returns the provision."""
    Mandaat.objects.get_or_create(user=pro, wet=wet, defaults={"max_amount": Decimal("100000")})
    aanvraag = decisions.procedure_start(actor=pro, person=person, wet=wet, kind=ProcedureKind.AANVRAAG,
                                         received_on=dt.date(2026, 11, 2), subject="Hulp")
    b = decisions.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    decisions.voorziening_save(actor=pro, beschikking=b, expected_version=b.version,
                               data=provision(wet=wet, quantity=Decimal("3"), **overrides), procedure=aanvraag)
    b.refresh_from_db()
    decisions.beschikking_decide(actor=pro, beschikking=b, expected_version=b.version)
    return b.voorzieningen.get()


@pytest.fixture
def voorziening(pro, client_person):
    return decided(pro, client_person)


@pytest.fixture
def provider():
    with ProviderDouble() as double:
        yield double


@pytest.fixture
def aanbieder(db, provider):
    return Aanbieder.objects.create(name="Thuiszorg De Linde", agb_code=provider.agb, endpoint=provider.url)
