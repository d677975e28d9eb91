"""Writes of the iWmo/iJw exchange: assign a provision to a provider (301), read what the provider
sends (302 on our 301; 305 start, 307 stop, 315 request) and answer each with its retour.

A received message is applied whole or not at all: when one part is refused, the other parts get
0233 (not judged) and nothing of the message is kept but the message itself and its retour.
"""
import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.audit.services import audit_record
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions.models import BeschikkingStatus, Uitkomst, Vorm, Wet
from leefwereld.residents.models import Person

from ..models import (
    Bericht,
    Richting,
    Standaard,
    Toewijzing,
    ToewijzingStatus,
    VerzoekOmToewijzing,
    VerzoekStatus,
)
from . import berichten, schemas
from .berichten import AFGEKEURD, NIET_BEOORDEELD, OK, Reader

STANDAARD_BY_WET = {Wet.WMO: Standaard.WMO, Wet.JEUGDWET: Standaard.JW}
DECIDED = (BeschikkingStatus.VASTGESTELD, BeschikkingStatus.VERZONDEN, BeschikkingStatus.GEHANDHAAFD)
INCOMING = ("305", "307", "315")


def _volume(voorziening):
    q = voorziening.quantity
    return int(q.to_integral_value()) if q and q == q.to_integral_value() and q > 0 else None


@transaction.atomic
def toewijzing_maken(*, actor, voorziening, aanbieder, product_categorie, product_code="", eenheid="04",
                     frequentie="2"):
    """Assign a decided provision in kind to a provider: the Toewijzing and its 301, ready to send."""
    beschikking = voorziening.beschikking
    guard(actor, "toewijzingen.send", household=beschikking.household, person=beschikking.person, obj=voorziening)
    person = beschikking.person
    if voorziening.vorm != Vorm.NATURA or voorziening.uitkomst == Uitkomst.AFGEWEZEN:
        raise ApplicationError(_("Alleen een toegekende voorziening in natura gaat naar een aanbieder."))
    if beschikking.status not in DECIDED:
        raise ApplicationError(_("Wijs pas toe als het besluit is vastgesteld."))
    if voorziening.wet not in STANDAARD_BY_WET:
        raise ApplicationError(_("Berichtenverkeer met aanbieders is er voor de Wmo en de Jeugdwet."))
    if not (person.bsn and person.birth_date):
        raise ApplicationError(_("Voor een toewijzing zijn het BSN en de geboortedatum nodig."))
    if not aanbieder.active:
        raise ApplicationError(_("Deze aanbieder is niet actief."), field="aanbieder")
    if not voorziening.starts_on:
        raise ApplicationError(_("De voorziening heeft nog geen begindatum."))
    volume = _volume(voorziening)
    budget = None
    if eenheid == "83" and voorziening.amount is not None:  # euro's: the budget in cents
        budget, volume = int(voorziening.amount * Decimal(100)), None
    toewijzing = Toewijzing.objects.create(
        household_id=beschikking.household_id, person=person, voorziening=voorziening, aanbieder=aanbieder,
        standaard=STANDAARD_BY_WET[voorziening.wet], product_categorie=product_categorie, product_code=product_code,
        ingangsdatum=voorziening.starts_on, einddatum=voorziening.ends_on, volume=volume,
        eenheid=eenheid if volume else "", frequentie=frequentie if volume else "", budget=budget, by=actor)
    # The number is the row's own id: unique within the law without a second counter.
    toewijzing.nummer = str(toewijzing.pk)
    Toewijzing.objects.filter(pk=toewijzing.pk).update(nummer=toewijzing.nummer)
    identificatie = berichten.new_identificatie()
    root = berichten.toewijzing_301(toewijzing, gemeentecode=settings.LEEFWERELD_GEMEENTECODE,
                                    identificatie=identificatie, now=timezone.localtime())
    Bericht.objects.create(household_id=toewijzing.household_id, aanbieder=aanbieder, toewijzing=toewijzing,
                           richting=Richting.UIT, soort=f"{toewijzing.standaard}301", identificatie=identificatie,
                           xml=berichten.serialize(root).decode())
    return toewijzing


@transaction.atomic
def antwoord_verwerken(*, bericht, data):
    """The provider's retour (302) on our 301: received, or refused with its codes."""
    std = bericht.soort[:-3]
    incoming = Bericht(household_id=bericht.household_id, aanbieder=bericht.aanbieder, toewijzing=bericht.toewijzing,
                       antwoord_op=bericht, richting=Richting.IN, soort=f"{std}302", xml=_as_text(data))
    try:
        root = schemas.validate(schemas.parse(data), std, "302")
    except schemas.Ongeldig as exc:
        incoming.uitleg = str(exc)
        incoming.retourcodes = AFGEKEURD
        incoming.save()
        return incoming
    r = Reader(std, "302")
    codes = sorted({c.text for c in root.iter(f"{{{r.ns}}}RetourCode")})
    incoming.identificatie = r.text(root, "Header/IdentificatieRetour")
    incoming.retourcodes = ",".join(codes)
    incoming.save()
    if bericht.toewijzing_id:
        status = ToewijzingStatus.ONTVANGEN if codes == [OK] else ToewijzingStatus.AFGEKEURD
        Toewijzing.objects.filter(pk=bericht.toewijzing_id, status=ToewijzingStatus.VERZONDEN).update(status=status)
    return incoming


def _as_text(data):
    return data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data


class _Refused(Exception):
    """Raised inside the savepoint so that nothing of the message stays applied."""


def bericht_ontvangen(*, aanbieder, data, today=None):
    """Read one message from a provider and make its retour (kept as an outgoing Bericht, not yet sent).

    Returns the retour Bericht, or None for something that is no message of ours at all (kept, refused).
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        incoming = Bericht.objects.create(aanbieder=aanbieder, richting=Richting.IN, soort="", xml=_as_text(data))
        try:
            root = schemas.parse(data)
            std, number = schemas.identify(root)
        except schemas.Ongeldig as exc:
            _refuse(incoming, str(exc))
            return None
        incoming.soort = f"{std}{number}"
        if number not in INCOMING:
            _refuse(incoming, _("Dit bericht verwacht de gemeente niet van een aanbieder."))
            return None
        r = Reader(std, number)
        ident, dagtekening = r.text(root, "Header/BerichtIdentificatie/b:Identificatie"), \
            r.text(root, "Header/BerichtIdentificatie/b:Dagtekening")
        incoming.identificatie = ident[:12]
        try:
            schemas.validate(root, std, number)
            header_code = _header_check(aanbieder, root, r, std, number, today)
        except schemas.Ongeldig as exc:
            return _refuse_whole(incoming, aanbieder, std, number, root, r, ident, dagtekening, today, str(exc))
        if header_code:
            return _refuse_whole(incoming, aanbieder, std, number, root, r, ident, dagtekening, today, "",
                                 code=header_code)
        apply = {"305": _start, "307": _stop, "315": _verzoek}[number]
        try:
            with transaction.atomic():
                codes, explanation = apply(aanbieder, std, root, r, incoming)
                if any(c != [OK] for c in codes.values()):
                    raise _Refused(codes, explanation)
        except _Refused as refused:
            codes, explanation = refused.args
            codes = {k: (v if v != [OK] or k[0] == "Client" else [NIET_BEOORDEELD]) for k, v in codes.items()}
            incoming.uitleg = explanation
        retour_root = berichten.retour(root, std, number, identificatie=berichten.new_identificatie(),
                                       dagtekening=today, codes=codes)
        incoming.retourcodes = ",".join(sorted({c for v in codes.values() for c in v}))
        incoming.save()
        return _retour_bericht(incoming, retour_root, std, number)


def _refuse(incoming, explanation):
    incoming.retourcodes, incoming.uitleg = AFGEKEURD, explanation[:2000]
    incoming.save()


def _refuse_whole(incoming, aanbieder, std, number, root, r, ident, dagtekening, today, explanation, code=AFGEKEURD):
    """A retour with only the header and one code: the header's own values where they can be read."""
    _refuse(incoming, explanation or code)
    incoming.retourcodes = code
    incoming.save()
    try:
        heen_dag = dt.date.fromisoformat(dagtekening)
    except ValueError:
        heen_dag = today
    afzender = r.text(root, "Header/Afzender")
    root_out = berichten.retour_header_only(
        std, number, afzender=afzender if afzender.isdigit() and len(afzender) == 8 else aanbieder.agb_code,
        ontvanger=settings.LEEFWERELD_GEMEENTECODE,
        heen_identificatie=ident if ident.isalnum() and len(ident) <= 12 else "0",
        heen_dagtekening=heen_dag, identificatie=berichten.new_identificatie(), dagtekening=today, code=code)
    return _retour_bericht(incoming, root_out, std, number)


def _retour_bericht(incoming, root, std, number):
    return Bericht.objects.create(household_id=incoming.household_id, aanbieder=incoming.aanbieder,
                                  toewijzing=incoming.toewijzing, antwoord_op=incoming, richting=Richting.UIT,
                                  soort=f"{std}{berichten.RETOUR[number]}",
                                  identificatie=Reader(std, berichten.RETOUR[number]).text(
                                      root, "Header/IdentificatieRetour"),
                                  xml=berichten.serialize(root).decode())


def _header_check(aanbieder, root, r, std, number, today):
    if r.text(root, "Header/Afzender") != aanbieder.agb_code or \
            r.text(root, "Header/Ontvanger") != settings.LEEFWERELD_GEMEENTECODE:
        return AFGEKEURD
    if dt.date.fromisoformat(r.text(root, "Header/BerichtIdentificatie/b:Dagtekening")) > today:
        return "8848"  # TR135: dagtekening after today
    ident = r.text(root, "Header/BerichtIdentificatie/b:Identificatie")
    if Bericht.objects.filter(aanbieder=aanbieder, richting=Richting.IN, soort=f"{std}{number}",
                              identificatie=ident).exists():
        return "9056"  # TR056: identificatie must be unique
    return ""


def _client(root, r):
    client = r.find(root, "Client")
    return client, r.text(client, "Bsn")


def _toewijzing(aanbieder, std, r, item, bsn):
    nummer = r.text(item, "ToewijzingNummer")
    t = (Toewijzing.objects.select_for_update().select_related("person")
         .filter(aanbieder=aanbieder, standaard=std, nummer=nummer).first())
    if t is None or t.person.bsn != bsn or r.text(item, "ToewijzingIngangsdatum") != t.ingangsdatum.isoformat():
        return None
    return t


def _receive_audit(aanbieder, incoming, t, std, number):
    incoming.household_id, incoming.toewijzing = t.household_id, t
    audit_record(actor=None, action="toewijzingen.receive", household=t.household, person=t.person, obj=t,
                 detail={"bericht": f"{std}{number}", "aanbieder": aanbieder.agb_code})


def _start(aanbieder, std, root, r, incoming):
    client, bsn = _client(root, r)
    codes, why = {("Client", 0): [OK]}, []
    for i, item in enumerate(r.findall(client, "StartProducten/StartProduct")):
        t = _toewijzing(aanbieder, std, r, item, bsn)
        status = r.text(item, "StatusAanlevering")
        begin = dt.date.fromisoformat(r.text(item, "Begindatum"))
        code = OK
        if t is None:
            code = "9019"  # TR019: no assignment to link to
        elif status == "1" and t.begindatum:
            code = "9074"  # TR074: already started
        elif status in ("2", "3") and not t.begindatum:
            code = "9063"  # TR063: nothing earlier to change or remove
        elif status == "3" and t.einddatum_zorg:
            code = "9071"  # TR071: the care has ended, the start cannot go
        elif t.status in (ToewijzingStatus.KLAAR, ToewijzingStatus.VERZONDEN, ToewijzingStatus.AFGEKEURD):
            code = "9019"
        codes[("StartProduct", i)] = [code]
        if code != OK:
            why.append(f"StartProduct {i + 1}: {code}")
            continue
        if status == "3":
            Toewijzing.objects.filter(pk=t.pk).update(begindatum=None, status=ToewijzingStatus.ONTVANGEN)
        else:
            Toewijzing.objects.filter(pk=t.pk).update(begindatum=begin, status=ToewijzingStatus.GESTART)
        _receive_audit(aanbieder, incoming, t, std, "305")
    return codes, "; ".join(why)


def _stop(aanbieder, std, root, r, incoming):
    client, bsn = _client(root, r)
    codes, why = {("Client", 0): [OK]}, []
    for i, item in enumerate(r.findall(client, "StopProducten/StopProduct")):
        t = _toewijzing(aanbieder, std, r, item, bsn)
        status = r.text(item, "StatusAanlevering")
        code = OK
        if t is None:
            code = "9019"
        elif not t.begindatum or r.text(item, "Begindatum") != t.begindatum.isoformat():
            code = "9069"  # TR069: no current start with the same key
        elif status == "1" and t.einddatum_zorg:
            code = "9074"
        elif status in ("2", "3") and not t.einddatum_zorg:
            code = "9063"
        codes[("StopProduct", i)] = [code]
        if code != OK:
            why.append(f"StopProduct {i + 1}: {code}")
            continue
        if status == "3":
            Toewijzing.objects.filter(pk=t.pk).update(einddatum_zorg=None, reden_beeindiging="",
                                                      status=ToewijzingStatus.GESTART)
        else:
            Toewijzing.objects.filter(pk=t.pk).update(
                einddatum_zorg=dt.date.fromisoformat(r.text(item, "Einddatum")),
                reden_beeindiging=r.text(item, "RedenBeeindiging"), status=ToewijzingStatus.GESTOPT)
        _receive_audit(aanbieder, incoming, t, std, "307")
    return codes, "; ".join(why)


def _verzoek(aanbieder, std, root, r, incoming):
    client, bsn = _client(root, r)
    codes, why = {("Client", 0): [OK]}, []
    person = Person.objects.filter(bsn=bsn).select_related("household").first()
    seen = set()
    busy = VerzoekOmToewijzing.objects.filter(aanbieder=aanbieder, standaard=std, bsn=bsn,
                                              status=VerzoekStatus.OPEN).exists()
    for i, item in enumerate(r.findall(client, "AangevraagdeProducten/AangevraagdProduct")):
        ref = r.text(item, "ReferentieAanbieder")
        code = OK
        if ref in seen or VerzoekOmToewijzing.objects.filter(aanbieder=aanbieder, standaard=std,
                                                             referentie=ref).exists():
            code = "9347"  # TR347: the provider's reference must be unique
        elif busy:
            code = "9374"  # TR374: a request is already being handled
        seen.add(ref)
        codes[("AangevraagdProduct", i)] = [code]
        if code != OK:
            why.append(f"AangevraagdProduct {i + 1}: {code}")
            continue
        end = r.text(item, "ToewijzingEinddatum")
        VerzoekOmToewijzing.objects.create(
            household=person.household if person else None, person=person, aanbieder=aanbieder, standaard=std,
            referentie=ref, bsn=bsn, achternaam=r.text(client, "Naam/b:Achternaam"),
            product_categorie=r.text(item, "Product/b:Categorie"), product_code=r.text(item, "Product/b:Code"),
            ingangsdatum=dt.date.fromisoformat(r.text(item, "ToewijzingIngangsdatum")),
            einddatum=dt.date.fromisoformat(end) if end else None,
            volume=int(r.text(item, "Omvang/b:Volume") or 0) or None, eenheid=r.text(item, "Omvang/b:Eenheid"),
            frequentie=r.text(item, "Omvang/b:Frequentie"), verwijzer=r.text(item, "Verwijzer/b:Type"),
            verwijzer_naam=r.text(item, "Verwijzer/b:Naam"), commentaar=r.text(item, "Commentaar"))
        if person:
            incoming.household_id = person.household_id
            audit_record(actor=None, action="toewijzingen.receive", household=person.household, person=person,
                         detail={"bericht": f"{std}315", "aanbieder": aanbieder.agb_code})
    return codes, "; ".join(why)
