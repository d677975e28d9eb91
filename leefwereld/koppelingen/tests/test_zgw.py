"""Registering a sent decision as a zaak with its letter, against the ZGW double."""
import base64

import pytest

from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import services as decisions
from leefwereld.koppelingen import zgw
from leefwereld.koppelingen.models import ZaakRegistratie

from .zgw_double import ZgwDouble

SECRET = "geheim-voor-de-test"


@pytest.fixture
def zaaksysteem(settings):
    with ZgwDouble(SECRET) as double:
        settings.LEEFWERELD_ZGW_URL, settings.LEEFWERELD_ZGW_SECRET = double.url, SECRET
        settings.LEEFWERELD_ZGW_ZAAKTYPE = "https://catalogi.example.org/api/v1/zaaktypen/1"
        settings.LEEFWERELD_ZGW_INFORMATIEOBJECTTYPE = "https://catalogi.example.org/api/v1/informatieobjecttypen/1"
        settings.LEEFWERELD_RSIN = "002220647"
        yield double


@pytest.fixture
def sent(pro, voorziening):
    b = voorziening.beschikking
    b.refresh_from_db()
    return decisions.beschikking_send(actor=pro, beschikking=b, language="nl")


def test_a_sent_decision_becomes_a_zaak_with_its_letter(pro, sent, zaaksysteem):
    reg = zgw.zaak_registreren(actor=pro, beschikking=sent)
    kinds = sorted(schema for schema, _body in zaaksysteem.created.values())
    assert kinds == ["EnkelvoudigInformatieObject", "Zaak", "ZaakInformatieObject"]
    schema, document = zaaksysteem.created[reg.document_url]
    assert base64.b64decode(document["inhoud"]) == bytes(sent.brief.pdf)
    assert document["integriteit"]["waarde"] == sent.brief.sha256
    assert zaaksysteem.created[reg.zaak_url][1]["bronorganisatie"] == "002220647"
    assert zgw.zaak_registreren(actor=pro, beschikking=sent) == reg  # once
    assert len(zaaksysteem.created) == 3


def test_a_wrong_secret_is_refused(settings, pro, sent, zaaksysteem):
    settings.LEEFWERELD_ZGW_SECRET = "fout"
    with pytest.raises(ApplicationError):
        zgw.zaak_registreren(actor=pro, beschikking=sent)
    assert not ZaakRegistratie.objects.exists() and zaaksysteem.created == {}


def test_not_before_the_letter_and_off_by_default(settings, pro, voorziening, zaaksysteem):
    with pytest.raises(ApplicationError):
        zgw.zaak_registreren(actor=pro, beschikking=voorziening.beschikking)
    settings.LEEFWERELD_ZGW_URL = ""
    with pytest.raises(ApplicationError):
        zgw.zaak_registreren(actor=pro, beschikking=voorziening.beschikking)
