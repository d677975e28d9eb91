import datetime as dt
from decimal import Decimal

import pytest

from leefwereld.decisions import services
from leefwereld.decisions.models import Mandaat, ProcedureKind, Uitkomst, Vorm, Wet

D = dt.date


@pytest.fixture
def aanvraag(pro, person):
    return services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                    received_on=D(2026, 11, 2), subject="Hulp bij het huishouden")


@pytest.fixture
def mandate(pro):
    Mandaat.objects.create(user=pro, wet=Wet.WMO, max_amount=Decimal("5000"))
    Mandaat.objects.create(user=pro, wet=Wet.PARTICIPATIEWET, max_amount=Decimal("1000"))
    return pro


def provision(**overrides):
    data = {"wet": Wet.WMO, "artikel": "art. 2.3.5 lid 3", "product": "Hulp bij het huishouden",
            "uitkomst": Uitkomst.TOEGEKEND, "vorm": Vorm.NATURA, "starts_on": D(2026, 12, 1),
            "ends_on": D(2027, 11, 30), "unit": "uur per week", "quantity": Decimal("2.5"),
            "unit_price": Decimal("32.50"), "amount": Decimal("4225"), "guideline_quantity": Decimal("4"),
            "eigen_norm": "Tweeënhalf uur is genoeg, de rest doet mijn zoon.",
            "motivation": "U kunt zelf niet meer schoonmaken. U zei zelf dat 2,5 uur genoeg is. Dat volgen we.",
            "legal_ground": ""}
    data.update(overrides)
    return data


@pytest.fixture
def concept(pro, person, aanvraag):
    b = services.beschikking_draft(actor=pro, person=person, procedure=aanvraag)
    services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data=provision(),
                              procedure=aanvraag)
    b.refresh_from_db()
    return b
