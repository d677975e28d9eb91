"""iWmo/iJw round trips against the provider double: 301/302, 305/306, 307/308, 315/316, with the
schemas checked on both sides, and refusals that leave nothing half-applied."""
import datetime as dt

import pytest
from django.test import override_settings
from lxml import etree

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions.models import Vorm, Wet
from leefwereld.koppelingen.istandaarden import berichten, schemas
from leefwereld.koppelingen.istandaarden.services import bericht_ontvangen, toewijzing_maken
from leefwereld.koppelingen.istandaarden.transport import uitwisselen
from leefwereld.koppelingen.models import (
    Bericht,
    Richting,
    ToewijzingStatus,
    VerzoekOmToewijzing,
)

from .conftest import decided

pytestmark = [pytest.mark.django_db(transaction=False),
              pytest.mark.usefixtures("enable_exchange")]


@pytest.fixture
def enable_exchange(settings):
    settings.LEEFWERELD_ISTANDAARDEN = True
    settings.LEEFWERELD_GEMEENTECODE = "1999"


def assign(pro, voorziening, aanbieder):
    return toewijzing_maken(actor=pro, voorziening=voorziening, aanbieder=aanbieder, product_categorie="01",
                            product_code="01A01")


def retour_codes(bericht):
    root = etree.fromstring(bericht.xml.encode())
    return [el.text for el in root.iter() if etree.QName(el).localname == "RetourCode"]


def test_the_release_and_message_codes():
    assert schemas.RELEASE == "3.2"
    assert [schemas.CODES["wmo"][n] for n in ("301", "305", "307", "315")] == ["414", "418", "420", "444"]
    assert [schemas.CODES["jw"][n] for n in ("301", "305", "307", "315")] == ["436", "438", "440", "446"]


def test_the_301_is_valid_and_says_what_was_decided(pro, voorziening, aanbieder, client_person):
    t = assign(pro, voorziening, aanbieder)
    out = Bericht.objects.get(toewijzing=t, richting=Richting.UIT)
    root = schemas.validate(schemas.parse(out.xml.encode()), "wmo", "301")
    r = berichten.Reader("wmo", "301")
    assert r.text(root, "Header/BerichtCode") == "414"
    assert r.text(root, "Header/Afzender") == "1999" and r.text(root, "Header/Ontvanger") == aanbieder.agb_code
    assert r.text(root, "Client/Bsn") == "999993653"
    product = r.find(root, "Client/ToegewezenProducten/ToegewezenProduct")
    assert r.text(product, "ToewijzingNummer") == t.nummer
    assert r.text(product, "Ingangsdatum") == voorziening.starts_on.isoformat()
    assert r.text(product, "Omvang/b:Volume") == "3" and r.text(product, "Omvang/b:Eenheid") == "04"
    assert r.text(root, "Client/Contactgegevens/Contact/Adres/b:Postcode") == "1234AB"
    assert AuditEvent.objects.filter(action="toewijzingen.send", person_pk=client_person.pk).count() == 1


def test_round_trip_assignment_start_and_stop(pro, voorziening, aanbieder, provider, client_person):
    t = assign(pro, voorziening, aanbieder)
    first = uitwisselen()
    # The 301 went out, its 302 said 0200, the provider started the care (305) and got its 306.
    assert first.errors == [] and first.received == 1 and first.refused == 0
    assert [kind for kind, _root in provider.received] == ["wmo301", "wmo306"]
    t.refresh_from_db()
    assert t.status == ToewijzingStatus.GESTART and t.begindatum == voorziening.starts_on
    reply = Bericht.objects.get(soort="wmo302")
    assert reply.retourcodes == "0200" and reply.antwoord_op.soort == "wmo301"
    assert retour_codes(Bericht.objects.get(soort="wmo306")) == ["0200", "0200"]

    provider.stop("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen",
                  products=[(t.nummer, t.ingangsdatum, t.begindatum, "2027-03-31")])
    uitwisselen()
    t.refresh_from_db()
    assert t.status == ToewijzingStatus.GESTOPT and t.einddatum_zorg == dt.date(2027, 3, 31)
    assert t.reden_beeindiging == "02"
    assert provider.received[-1][0] == "wmo308" and provider.refused == []
    # The system read the provider's messages about this resident: logged, without a person as actor.
    rows = AuditEvent.objects.filter(action="toewijzingen.receive", person_pk=client_person.pk)
    assert [row.detail["bericht"] for row in rows.order_by("id")] == ["wmo305", "wmo307"]
    assert all(row.actor_id is None for row in rows)


def test_ijw_for_youth_care(pro, team, aanbieder, provider):
    from leefwereld.residents.tests.factories import PersonFactory
    child = PersonFactory(household__team=team, bsn="999990019", birth_date=dt.date(2015, 6, 1), city="")
    t = assign(pro, decided(pro, child, wet=Wet.JEUGDWET, artikel="art. 2.3"), aanbieder)
    assert t.standaard == "jw"
    uitwisselen()
    assert [kind for kind, _r in provider.received] == ["jw301", "jw306"]
    out = Bericht.objects.get(soort="jw301")
    assert "http://www.istandaarden.nl/ijw/3_2/jw301/schema" in out.xml and "<jw301:BerichtCode>436<" in out.xml
    t.refresh_from_db()
    assert t.status == ToewijzingStatus.GESTART


def test_a_stop_without_a_start_is_refused_and_nothing_applies(pro, voorziening, aanbieder, provider, client_person):
    provider.auto_start = False
    t = assign(pro, voorziening, aanbieder)
    other = assign(pro, voorziening, aanbieder)
    uitwisselen()
    provider.start("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen", nummer=other.nummer,
                   ingang=other.ingangsdatum, begin=other.ingangsdatum)
    uitwisselen()
    other.refresh_from_db()
    # One stop for both: `t` never started, so the whole 307 is refused; `other` stays as it was.
    provider.stop("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen",
                  products=[(other.nummer, other.ingangsdatum, other.begindatum, "2027-01-31"),
                            (t.nummer, t.ingangsdatum, t.ingangsdatum, "2027-01-31")])
    uitwisselen()
    other.refresh_from_db()
    assert other.status == ToewijzingStatus.GESTART and other.einddatum_zorg is None
    retour = Bericht.objects.get(soort="wmo308")
    assert retour_codes(retour) == ["0233", "9069", "0200"]  # per product, then the client
    assert provider.received[-1][0] == "wmo308"


def test_a_start_for_an_unknown_assignment_gets_9019(pro, voorziening, aanbieder, provider, client_person):
    provider.start("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen", nummer="99999",
                   ingang="2026-12-01", begin="2026-12-01")
    ronde = uitwisselen()
    assert ronde.refused == 1
    assert retour_codes(Bericht.objects.get(soort="wmo306")) == ["9019", "0200"]


def test_malformed_and_unexpected_messages_are_refused_with_0001(pro, voorziening, aanbieder, provider,
                                                                 client_person):
    t = assign(pro, voorziening, aanbieder)
    uitwisselen()
    t.refresh_from_db()
    before = (t.status, t.begindatum)
    # Not XML at all; a 305 that breaks its schema (letters in the BSN); a message only a municipality sends.
    provider.queue(b"<not really xml")
    provider.queue(Bericht.objects.get(soort="wmo305").xml.replace("999993653", "99999365X").encode()
                   .replace(b"<wmo305:Identificatie>", b"<wmo305:Identificatie>X"))
    provider.queue(Bericht.objects.get(soort="wmo301").xml.encode())
    ronde = uitwisselen()
    assert ronde.received == 3 and ronde.refused == 3
    t.refresh_from_db()
    assert (t.status, t.begindatum) == before
    refused = Bericht.objects.filter(richting=Richting.IN, retourcodes="0001").order_by("id")
    assert [b.soort for b in refused] == ["", "wmo305", "wmo301"]
    # The invalid 305 got a retour with only its header and 0001, itself valid against the 306 schema.
    retour = Bericht.objects.get(antwoord_op=refused[1])
    schemas.validate(schemas.parse(retour.xml.encode()), "wmo", "306")
    assert retour_codes(retour) == ["0001"]
    assert provider.refused == []


def test_the_same_message_twice_gets_9056(pro, voorziening, aanbieder, provider, client_person):
    provider.auto_start = False
    t = assign(pro, voorziening, aanbieder)
    uitwisselen()
    for _i in range(2):
        provider.start("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen", nummer=t.nummer,
                       ingang=t.ingangsdatum, begin=t.ingangsdatum, ident="SAME1")
    uitwisselen()
    assert [b.retourcodes for b in Bericht.objects.filter(soort="wmo305").order_by("id")] == ["0200", "9056"]


def test_a_request_for_an_assignment_is_kept_for_the_team(aanbieder, provider, client_person):
    provider.verzoek("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen",
                     referenties=["REF-1", "REF-2"], ingang="2027-01-01")
    provider.verzoek("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen",
                     referenties=["REF-1"], ingang="2027-01-01")
    uitwisselen()
    verzoeken = VerzoekOmToewijzing.objects.order_by("referentie")
    assert [v.referentie for v in verzoeken] == ["REF-1", "REF-2"]
    assert verzoeken[0].person == client_person and verzoeken[0].verwijzer == "02"
    assert verzoeken[0].volume == 3 and verzoeken[0].product_code == "01A01"
    first, second = Bericht.objects.filter(soort="wmo316").order_by("id")
    assert retour_codes(first) == ["0200", "0200", "0200"]
    assert retour_codes(second) == ["9347", "0200"]  # the reference was used already
    assert [kind for kind, _r in provider.received] == ["wmo316", "wmo316"]


def test_only_a_decided_provision_in_kind_goes_to_a_provider(pro, client_person, aanbieder):
    pgb = decided(pro, client_person, vorm=Vorm.PGB)
    with pytest.raises(ApplicationError):
        assign(pro, pgb, aanbieder)


def test_the_exchange_is_off_by_default(settings, pro, voorziening, aanbieder, provider):
    settings.LEEFWERELD_ISTANDAARDEN = False
    assign(pro, voorziening, aanbieder)  # kept, ready to send
    with pytest.raises(ApplicationError):
        uitwisselen()
    assert provider.received == []


def test_an_unreachable_provider_keeps_the_message_waiting(pro, voorziening, aanbieder, provider):
    assign(pro, voorziening, aanbieder)
    aanbieder.endpoint = "http://127.0.0.1:9"  # nothing listens there
    aanbieder.save()
    ronde = uitwisselen()
    assert ronde.errors and Bericht.objects.get(soort="wmo301").verstuurd_op is None


def test_the_double_refuses_an_invalid_301_with_a_302_of_0001(aanbieder, provider, pro, voorziening):
    t = assign(pro, voorziening, aanbieder)
    out = Bericht.objects.get(toewijzing=t, soort="wmo301")
    Bericht.objects.filter(pk=out.pk).update(xml=out.xml.replace("<wmo301:Geslacht>0<", "<wmo301:Geslacht>9<"))
    uitwisselen()
    t.refresh_from_db()
    assert t.status == ToewijzingStatus.AFGEKEURD
    assert Bericht.objects.get(soort="wmo302").retourcodes == "0001"


@override_settings(LEEFWERELD_GEMEENTECODE="0363")
def test_a_message_for_another_municipality_is_refused(aanbieder, provider, client_person):
    provider.verzoek("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen", referenties=["R"],
                     ingang="2027-01-01")
    data = provider.outbox.pop()
    retour = bericht_ontvangen(aanbieder=aanbieder, data=data)
    assert retour_codes(retour) == ["0001"] and not VerzoekOmToewijzing.objects.exists()
