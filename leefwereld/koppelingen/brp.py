"""Haal Centraal BRP Personen bevragen (v2): find a resident in the BRP by BSN, or by family name and
birth date, and the people registered at the same address, to fill a new person and household.

Every query says why (doelbinding): the purpose is a required reason on the audit row, and goes with
the request in the headers the municipality's BRP gateway logs (protocollering). Off unless
LEEFWERELD_BRP_URL is set (ADR 0027).
"""
import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.residents.models import Person
from leefwereld.residents.services import household_create, person_create

from . import http, openapi

SPEC = "brp-personen.yaml"
FIELDS = ["burgerservicenummer", "naam", "geboorte", "verblijfplaats"]


@dataclass(frozen=True)
class BrpPersoon:
    bsn: str
    given_name: str
    prefix: str
    family_name: str
    birth_date: dt.date | None
    street: str
    house_number: str
    postcode: str
    city: str
    huisnummer: int | None

    def as_person_data(self):
        return {"bsn": self.bsn, "given_name": self.given_name, "prefix": self.prefix,
                "family_name": self.family_name, "birth_date": self.birth_date, "street": self.street,
                "house_number": self.house_number, "postcode": self.postcode, "city": self.city}


def enabled():
    return bool(settings.LEEFWERELD_BRP_URL)


def _persoon(data):
    naam, geboorte = data.get("naam", {}), data.get("geboorte", {}).get("datum", {})
    adres = data.get("verblijfplaats", {}).get("verblijfadres", {})
    nummer = adres.get("huisnummer")
    house = " ".join(x for x in [f"{nummer or ''}{adres.get('huisletter', '')}", adres.get("huisnummertoevoeging", "")]
                     if x)
    postcode = adres.get("postcode", "")
    return BrpPersoon(
        bsn=data.get("burgerservicenummer", ""), given_name=(naam.get("voornamen") or " ").split(" ")[0],
        prefix=naam.get("voorvoegsel", ""), family_name=naam.get("geslachtsnaam", ""),
        birth_date=dt.date.fromisoformat(geboorte["datum"]) if geboorte.get("type") == "Datum" else None,
        street=adres.get("korteStraatnaam") or adres.get("officieleStraatnaam", ""), house_number=house.strip(),
        postcode=f"{postcode[:4]} {postcode[4:]}".strip() if len(postcode) == 6 else postcode,
        city=adres.get("woonplaats", ""), huisnummer=nummer)


def _query(body, *, actor, doel):
    if not enabled():
        raise ApplicationError(_("De koppeling met de BRP staat uit."))
    body = {**body, "fields": FIELDS}
    openapi.check(SPEC, "PersonenQuery", body)
    # Logged before the question goes out, in its own transaction: the query happened, whatever follows.
    with transaction.atomic():
        guard(actor, "brp.query", reason=doel, detail={"vraag": body["type"]})
    headers = {"Accept": "application/json", "X-API-KEY": settings.LEEFWERELD_BRP_API_KEY,
               "X-Doelbinding": doel[:200], "X-Gebruiker": actor.get_username()}
    try:
        answer = http.request("POST", settings.LEEFWERELD_BRP_URL.rstrip("/") + "/personen", json=body,
                              headers=headers)
    except http.Onbereikbaar:
        raise ApplicationError(_("De BRP is nu niet bereikbaar. Probeer het later nog eens, of vul de gegevens "
                                 "zelf in.")) from None
    if answer.status != 200:
        raise ApplicationError(_("De BRP gaf een fout (%(status)s). Controleer wat u zocht.")
                               % {"status": answer.status})
    try:
        data = openapi.check(SPEC, "PersonenQueryResponse", answer.json())
    except (openapi.Afwijking, ValueError):
        raise ApplicationError(_("Het antwoord van de BRP was niet zoals afgesproken.")) from None
    return [_persoon(p) for p in data["personen"]]


def brp_zoeken(*, actor, doel, bsn="", geslachtsnaam="", geboortedatum=None):
    """Find people in the BRP; the purpose is recorded with the query (audited, doelbinding)."""
    doel = (doel or "").strip()
    if bsn:
        body = {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [bsn]}
    elif geslachtsnaam and geboortedatum:
        body = {"type": "ZoekMetGeslachtsnaamEnGeboortedatum", "geslachtsnaam": geslachtsnaam,
                "geboortedatum": geboortedatum.isoformat()}
    else:
        raise ApplicationError(_("Zoek met een BSN, of met achternaam en geboortedatum."))
    return _query(body, actor=actor, doel=doel)


def brp_huisgenoten(*, actor, doel, persoon):
    """Who else is registered at the person's address (ZoekMetPostcodeEnHuisnummer)."""
    if not (persoon.postcode and persoon.huisnummer):
        return []
    body = {"type": "ZoekMetPostcodeEnHuisnummer", "postcode": persoon.postcode.replace(" ", ""),
            "huisnummer": persoon.huisnummer}
    return [p for p in _query(body, actor=actor, doel=doel) if p.bsn != persoon.bsn]


def brp_inschrijven(*, actor, doel, bsn):
    """Register a person and the people at their address from the BRP, in one new household.

    People already known (by BSN) are left where they are, so the file stays the one truth.
    """
    found = brp_zoeken(actor=actor, doel=doel, bsn=bsn)
    if not found:
        raise ApplicationError(_("Dit BSN staat niet in de BRP."), field="bsn")
    main = found[0]
    others = brp_huisgenoten(actor=actor, doel=doel, persoon=main)
    known = set(Person.objects.filter(bsn__in=[p.bsn for p in [main, *others]]).values_list("bsn", flat=True))
    if main.bsn in known:
        raise ApplicationError(_("Deze persoon staat al in Leefwereld. Zoek het dossier op."), field="bsn")
    with transaction.atomic():
        name = " ".join(p for p in [main.prefix, main.family_name] if p)
        household = household_create(actor=actor, name=_("Huishouden %(name)s") % {"name": name})
        people = [person_create(actor=actor, data=p.as_person_data(), household=household)
                  for p in [main, *others] if p.bsn not in known]
    return household, people
