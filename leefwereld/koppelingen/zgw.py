"""Zaakgericht werken: a sent decision registered as a zaak in the municipality's zaaksysteem through
the ZGW Zaken and Documenten APIs, with its letter as a document (ADR 0027).

Requests are checked against the published specification (spec/zgw.yaml) before they go out. The
ZGW APIs authorise with a JWT signed with the client's secret (HS256), made here with the standard
library. Off unless LEEFWERELD_ZGW_URL is set.
"""
import base64
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError

from . import http, openapi
from .models import ZaakRegistratie

SPEC = "zgw.yaml"


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt_token(client_id, secret, user_id=""):
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64(json.dumps({"iss": client_id, "client_id": client_id, "iat": int(time.time()),
                               "user_id": user_id, "user_representation": user_id}).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def _post(path, schema, body, actor, **headers):
    openapi.check(SPEC, schema, body)
    token = jwt_token(settings.LEEFWERELD_ZGW_CLIENT_ID, settings.LEEFWERELD_ZGW_SECRET, actor.get_username())
    try:
        answer = http.request("POST", settings.LEEFWERELD_ZGW_URL.rstrip("/") + path, json=body,
                              headers={"Authorization": f"Bearer {token}", "Accept": "application/json", **headers})
    except http.Onbereikbaar:
        raise ApplicationError(_("Het zaaksysteem is nu niet bereikbaar. Probeer het later nog eens.")) from None
    if answer.status != 201:
        raise ApplicationError(_("Het zaaksysteem weigerde het (%(status)s).") % {"status": answer.status})
    return answer.json()["url"]


def zaak_registreren(*, actor, beschikking):
    """The decision as a zaak, its letter as a document linked to it. Once: a second call returns the first."""
    if not settings.LEEFWERELD_ZGW_URL:
        raise ApplicationError(_("De koppeling met het zaaksysteem staat uit."))
    done = ZaakRegistratie.objects.filter(beschikking=beschikking).first()
    if done:
        return done
    brief = getattr(beschikking, "brief", None)
    if brief is None:
        raise ApplicationError(_("Registreer het besluit als zaak nadat de brief is verzonden."))
    with transaction.atomic():
        guard(actor, "beschikkingen.zaak", obj=beschikking)
    rsin, today = settings.LEEFWERELD_RSIN, timezone.localdate()
    zaak = _post("/zaken/api/v1/zaken", "Zaak", {
        "bronorganisatie": rsin, "verantwoordelijkeOrganisatie": rsin, "zaaktype": settings.LEEFWERELD_ZGW_ZAAKTYPE,
        "omschrijving": str(_("Beschikking %(wet)s") % {"wet": ", ".join(sorted(
            {v.get_wet_display() for v in beschikking.voorzieningen.filter(archived=False)}))})[:80],
        "startdatum": (beschikking.decided_on or today).isoformat(), "registratiedatum": today.isoformat(),
        "vertrouwelijkheidaanduiding": "vertrouwelijk"}, actor, **{"Accept-Crs": "EPSG:4326",
                                                                    "Content-Crs": "EPSG:4326"})
    document = _post("/documenten/api/v1/enkelvoudiginformatieobjecten", "EnkelvoudigInformatieObject", {
        "bronorganisatie": rsin, "creatiedatum": brief.at.date().isoformat(), "titel": str(_("Beschikking")),
        "auteur": settings.LEEFWERELD_MUNICIPALITY[:200], "taal": "nld" if brief.language == "nl" else "eng",
        "status": "definitief", "formaat": "application/pdf",
        "bestandsnaam": f"beschikking-{beschikking.public_id}.pdf",
        "inhoud": base64.b64encode(bytes(brief.pdf)).decode(), "bestandsomvang": len(bytes(brief.pdf)),
        "informatieobjecttype": settings.LEEFWERELD_ZGW_INFORMATIEOBJECTTYPE, "vertrouwelijkheidaanduiding":
        "vertrouwelijk", "integriteit": {"algoritme": "sha_256", "waarde": brief.sha256,
                                         "datum": brief.at.date().isoformat()}}, actor)
    _post("/zaken/api/v1/zaakinformatieobjecten", "ZaakInformatieObject",
          {"zaak": zaak, "informatieobject": document, "titel": str(_("Beschikking"))}, actor)
    return ZaakRegistratie.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                          zaak_url=zaak, document_url=document, by=actor)
