"""Reads for the exchange pages (ADR 0041).

The professional's pages start from the access rule (within/visible) and report what they show; the
administrator's overview reads only what says nothing about a resident: counts, message types, return
codes, provider and time, and which staff member queried the BRP (not whom or why).
"""
import datetime as dt
import re

from django.db.models import Count, Max, Q
from django.utils import timezone

from leefwereld.access.policy import show, visible, within
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import NotFoundOrNotAllowed

from .istandaarden.berichten import OK
from .models import (
    Aanbieder,
    Bericht,
    Richting,
    Toewijzing,
    ToewijzingStatus,
    VerzoekOmToewijzing,
    VerzoekStatus,
    ZaakRegistratie,
)

LIMIT = 100
ACTION = "toewijzingen.view"
# What needs someone's attention: a message refused either way, or an assignment the provider refused.
FOUT = Q(retourcodes__gt="") & ~Q(retourcodes=OK)
ONTVANGEN_AFWIJKING = Q(richting=Richting.IN) & (FOUT | Q(soort=""))
WACHT_TE_LANG = dt.timedelta(hours=24)


def _berichten():
    return Bericht.objects.select_related("aanbieder").defer("xml")


def household_exchange(*, actor, household):
    """A household's assignments, open requests and messages (newest first), with what needs resolving."""
    toewijzingen = list(within(actor, household, Toewijzing.objects.all(), ACTION)
                        .select_related("aanbieder", "person", "voorziening")[:LIMIT])
    verzoeken = list(within(actor, household, VerzoekOmToewijzing.objects.filter(status=VerzoekStatus.OPEN), ACTION)
                     .select_related("aanbieder")[:LIMIT])
    berichten = list(within(actor, household, _berichten(), ACTION).order_by("-at", "-id")[:LIMIT])
    fouten = [b for b in berichten if b.needs_attention]
    return {"toewijzingen": toewijzingen, "verzoeken": verzoeken, "berichten": berichten, "fouten": fouten,
            "afgekeurd": [t for t in toewijzingen if t.status == ToewijzingStatus.AFGEKEURD]}


def bericht_get(*, actor, pk):
    """One message of a household the actor may see, with its answer(s) and what it answered."""
    qs = Bericht.objects.select_related("aanbieder", "household", "toewijzing", "toewijzing__person", "antwoord_op")
    bericht = visible(actor, qs, ACTION).filter(pk=pk).first()
    if bericht is None:
        raise NotFoundOrNotAllowed("not found")
    person = bericht.toewijzing.person if bericht.toewijzing_id else None
    show(actor, ACTION, household=bericht.household, person=person, obj=bericht)
    return bericht


def bericht_antwoorden(*, actor, bericht):
    return list(within(actor, bericht.household_id, _berichten().filter(antwoord_op=bericht), ACTION))


def aanbieder_get(*, agb_code):
    aanbieder = Aanbieder.objects.filter(agb_code=agb_code).first()
    if aanbieder is None:
        raise NotFoundOrNotAllowed("not found")
    return aanbieder


def aanbieder_toewijzingen(*, actor, aanbieder):
    """The assignments at one provider of the households the actor may see; the row names them."""
    rows = list(visible(actor, Toewijzing.objects.filter(aanbieder=aanbieder), ACTION)
                .select_related("person", "household", "voorziening")[:LIMIT])
    show(actor, ACTION, persons=[t.person_id for t in rows], households=[t.household_id for t in rows],
         detail={"aanbieder": aanbieder.agb_code})
    return rows


# The administrator's overview: nothing about whom.

def aanbieders_overzicht():
    since = timezone.now() - dt.timedelta(days=30)
    late = timezone.now() - WACHT_TE_LANG
    return list(Aanbieder.objects.annotate(
        wachtend=Count("berichten", filter=Q(berichten__richting=Richting.UIT, berichten__verstuurd_op=None)),
        te_lang=Count("berichten", filter=Q(berichten__richting=Richting.UIT, berichten__verstuurd_op=None,
                                            berichten__at__lt=late)),
        fouten=Count("berichten", filter=Q(berichten__at__gte=since) & (
            Q(berichten__retourcodes__gt="") & ~Q(berichten__retourcodes=OK) | Q(berichten__richting=Richting.IN,
                                                                                 berichten__soort=""))),
        laatste=Max("berichten__at")).order_by("name"))


def aanbieder_berichten(*, aanbieder):
    """A provider's messages for the administrator: type, direction, time, codes; never the content."""
    return list(Bericht.objects.filter(aanbieder=aanbieder)
                .only("id", "aanbieder_id", "richting", "soort", "identificatie", "retourcodes", "uitleg",
                      "verstuurd_op", "at", "household_id").order_by("-at", "-id")[:LIMIT])


def fouten_overzicht():
    """Messages refused either way, newest first, for the administrator."""
    return list(Bericht.objects.filter(FOUT | Q(richting=Richting.IN, soort="")).select_related("aanbieder")
                .only("id", "aanbieder__name", "aanbieder__agb_code", "richting", "soort", "identificatie",
                      "retourcodes", "uitleg", "at", "household_id").order_by("-at", "-id")[:LIMIT])


def brp_aanroepen():
    """The BRP queries from the audit log: when, by which staff member, what kind; not whom, not why."""
    return list(AuditEvent.objects.filter(action="brp.query").only("at", "actor_name", "actor_role", "detail")
                .order_by("-at", "-id")[:LIMIT])


def zaak_registraties():
    return list(ZaakRegistratie.objects.select_related("by").only(
        "at", "zaak_url", "document_url", "by__username", "by__first_name", "by__last_name")
        .order_by("-at", "-id")[:LIMIT])


BSN_LIKE = re.compile(r"\d{6,}")


def uitleg_zonder_wie(text):
    """A schema error can quote a value; long digit runs (a BSN) are masked for the administrator."""
    return BSN_LIKE.sub("…", text)[:300]
