"""The exchange with each provider's mailbox over HTTP: send what is waiting, fetch what is there.

A provider's mailbox (Aanbieder.endpoint) takes a message by POST (a 301 is answered with its 302
in the response) and hands out the next message for the municipality at GET …/volgende (204 when
there is none). Off unless LEEFWERELD_ISTANDAARDEN is set (ADR 0026).
"""
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.core.errors import ApplicationError

from .. import http
from ..models import Aanbieder, Bericht, Richting, Toewijzing, ToewijzingStatus
from .services import antwoord_verwerken, bericht_ontvangen

log = logging.getLogger(__name__)
MAX_FETCH = 500  # a bounded round: what is left comes in the next one
CONTENT_TYPE = "application/xml; charset=utf-8"


@dataclass
class Ronde:
    sent: int = 0
    received: int = 0
    refused: int = 0
    errors: list = field(default_factory=list)


def _request(url, data=None):
    answer = http.request("POST" if data is not None else "GET", url, data=data,
                          headers={"Content-Type": CONTENT_TYPE, "Accept": "application/xml"})
    if answer.status >= 400:
        raise http.Onbereikbaar(f"{url}: HTTP {answer.status}")
    return answer.status, answer.body


def uitwisselen(aanbieders=None):
    """One round with every active provider that has a mailbox. Returns what happened."""
    if not settings.LEEFWERELD_ISTANDAARDEN:
        raise ApplicationError(_("Het berichtenverkeer met aanbieders staat uit (LEEFWERELD_ISTANDAARDEN)."))
    ronde = Ronde()
    for aanbieder in aanbieders or Aanbieder.objects.filter(active=True).exclude(endpoint=""):
        try:
            _send(aanbieder, ronde)
            _fetch(aanbieder, ronde)
        except http.Onbereikbaar as exc:
            # The provider is unreachable: what was not sent stays waiting for the next round.
            log.warning("iStandaarden: %s unreachable: %s", aanbieder.agb_code, exc)
            ronde.errors.append(f"{aanbieder.agb_code}: {exc}")
    return ronde


def _send(aanbieder, ronde):
    outbox = Bericht.objects.filter(aanbieder=aanbieder, richting=Richting.UIT, verstuurd_op__isnull=True)
    for bericht in outbox.order_by("id"):
        status, body = _request(aanbieder.endpoint.rstrip("/") + "/berichten", bericht.xml.encode("utf-8"))
        with transaction.atomic():
            Bericht.objects.filter(pk=bericht.pk).update(verstuurd_op=timezone.now())
            if bericht.soort.endswith("301"):
                if bericht.toewijzing_id:
                    Toewijzing.objects.filter(pk=bericht.toewijzing_id, status=ToewijzingStatus.KLAAR).update(
                        status=ToewijzingStatus.VERZONDEN)
                if body:
                    antwoord_verwerken(bericht=bericht, data=body)
        ronde.sent += 1


def _fetch(aanbieder, ronde):
    for _i in range(MAX_FETCH):
        status, body = _request(aanbieder.endpoint.rstrip("/") + "/berichten/volgende")
        if status == 204 or not body:
            return
        retour = bericht_ontvangen(aanbieder=aanbieder, data=body)
        ronde.received += 1
        if retour is None or retour.antwoord_op.retourcodes not in ("0200", ""):
            ronde.refused += 1
        if retour is not None:
            _request(aanbieder.endpoint.rstrip("/") + "/berichten", retour.xml.encode("utf-8"))
            Bericht.objects.filter(pk=retour.pk).update(verstuurd_op=timezone.now())
            ronde.sent += 1
