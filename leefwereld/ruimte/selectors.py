"""Reads of guidelines, deviations, casusoverleg and barriers. Resident rows start from visible()/within().

Guidelines hold no resident data and are read freely. Barriers name no resident: who sees one is the
reporter, the owner and their manager, team leaders of the reporting team, and policy staff. Outside the
reporter's team a barrier's free text is read as its anonymised copy (anonymous.for_viewer, ADR 0047).
"""
from django.db.models import Case, CharField, Count, Q, Value, When
from django.utils import timezone

from leefwereld.access.policy import role_allows, show, visible, within
from leefwereld.accounts.models import Role
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.learning.overleg import Overleg, OverlegKind

from .anonymous import for_viewer, steps_for_viewer
from .models import (
    OPEN_BARRIER,
    Barrier,
    BarrierStep,
    Bespreking,
    Deviation,
    DeviationStatus,
    DeviationStep,
    Guideline,
    GuidelineVersion,
    StepKind,
)
from .services import stale_before

LIMIT = 50


# --- Guidelines ---------------------------------------------------------------------------------

def guidelines(*, query="", wet=""):
    qs = Guideline.objects.filter(active=True).select_related("current")
    if wet:
        qs = qs.filter(Q(wet=wet) | Q(wet=""))
    for word in query.split()[:5]:
        qs = qs.filter(Q(title__icontains=word) | Q(terms__icontains=word) | Q(current__rule__icontains=word)
                       | Q(current__room__icontains=word))
    return list(qs[:LIMIT])


def guideline_get(*, code):
    guideline = Guideline.objects.select_related("current", "current__by").filter(code=code).first()
    if guideline is None:
        raise NotFoundOrNotAllowed("not found")
    return guideline


def guideline_versions(*, guideline):
    return list(GuidelineVersion.objects.filter(guideline=guideline).select_related("by")
                .prefetch_related("from_deviations"))


def active_guidelines():
    """Every guideline in force with its current text: few rows, read once per page."""
    return list(Guideline.objects.filter(active=True, current__isnull=False).select_related("current"))


def match_guidelines(candidates, text, wet="", limit=3):
    """The guidelines whose words appear in `text` (a provision, an action, a question): what a
    professional should see before they think they need an exception."""
    text = (text or "").lower()
    if not text.strip():
        return []
    return [g for g in candidates if (not wet or g.wet in ("", wet)) and any(t in text for t in g.term_list())][:limit]


def guidelines_for(text, wet="", limit=3):
    return match_guidelines(active_guidelines(), text, wet, limit)


# --- Deviations ---------------------------------------------------------------------------------

def deviation_get(*, actor, public_id, action="deviations.view"):
    qs = visible(actor, Deviation.objects.select_related("person", "household", "guideline", "guideline__current",
                                                         "author", "became_rule", "team"), action)
    deviation = qs.filter(public_id=public_id).first()
    if deviation is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=deviation.person, obj=deviation)
    return deviation


def deviation_trail(*, actor, deviation):
    steps = within(actor, deviation.household_id, DeviationStep.objects.filter(deviation=deviation),
                   "deviations.view").select_related("by")
    besprekingen = within(actor, deviation.household_id, Bespreking.objects.filter(deviation=deviation),
                          "deviations.view").select_related("overleg")
    return list(steps), list(besprekingen)


def deviations_for_household(*, actor, household):
    return list(within(actor, household, Deviation.objects.all(), "deviations.view")
                .select_related("guideline", "person")[:LIMIT])


def team_deviations(*, actor):
    """The team's deviations: those awaiting discussion or cover first. Never grouped per professional."""
    if actor.team_id is None:
        return []
    qs = (visible(actor, Deviation.objects.filter(team_id=actor.team_id), "deviations.team")
          .select_related("person", "guideline").order_by("status", "-created_at"))
    rows = list(qs[:LIMIT])
    show(actor, "deviations.team", persons=[d.person_id for d in rows], detail={"list": "afwijkingen"})
    return rows


def awaiting_cover(*, actor, limit=5):
    """For the werkvoorraad of a team leader: deviations of the team still without an answer. One query."""
    if not role_allows(actor, "deviations.cover") or actor.team_id is None:
        return []
    rows = list(visible(actor, Deviation.objects.filter(
        team_id=actor.team_id, status__in=(DeviationStatus.TE_BESPREKEN, DeviationStatus.BESPROKEN)),
        "deviations.view").exclude(author=actor).select_related("person", "guideline").order_by("created_at")[:limit])
    if rows:
        show(actor, "deviations.view", persons=[d.person_id for d in rows], detail={"list": "dekking"})
    return rows


ANSWERS = (StepKind.GEDEKT, StepKind.NIET_GEDEKT, StepKind.GEWEIGERD, StepKind.REGEL)


def deviation_news(*, actor, days=14, limit=5):
    """For the werkvoorraad (one query): what others lately answered on the deviations the actor recorded:
    cover given or not, a refusal, the rule changed. Openness is answered, and the one who was open sees it."""
    if not role_allows(actor, "deviations.view"):
        return []
    since = timezone.now() - timezone.timedelta(days=days)
    rows = list(visible(actor, DeviationStep.objects.filter(deviation__author=actor, kind__in=ANSWERS, at__gte=since)
                        .exclude(by=actor), "deviations.view")
                .select_related("by", "deviation__person", "deviation__guideline").order_by("-at", "-id")[:limit])
    if rows:
        show(actor, "deviations.view", persons=sorted({s.deviation.person_id for s in rows}),
             detail={"list": "antwoord op afwijkingen"})
    return rows


def deviation_waarden(*, deviation):
    return [w.label for w in deviation.waarden.order_by("mensbeeld__order", "id")]


def casusoverleggen(*, actor, limit=12):
    """The team's casusoverleggen (learning's Overleg) with how many deviations each discussed."""
    if actor.team_id is None:
        return []
    return list(Overleg.objects.filter(team_id=actor.team_id, kind=OverlegKind.CASUSOVERLEG)
                .annotate(cases=Count("besprekingen"))[:limit])


# --- Barriers -----------------------------------------------------------------------------------

def _barriers_for(actor):
    """The barriers this actor may read (no resident data in them)."""
    qs = Barrier.objects.select_related("owner", "reporter", "guideline", "team")
    if actor.role == Role.BELEID:
        return qs
    mine = Q(reporter=actor) | Q(owner=actor) | Q(owner__manager=actor)
    if actor.role == Role.TEAMLEIDER and actor.team_id:
        mine |= Q(team_id=actor.team_id)
    return qs.filter(mine)


def barrier_get(*, actor, public_id):
    if not role_allows(actor, "barriers.view"):
        raise NotFoundOrNotAllowed("not found")
    barrier = _barriers_for(actor).filter(public_id=public_id).first()
    if barrier is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, "barriers.view", obj=barrier)
    return for_viewer(actor, [barrier])[0]


def barrier_steps(*, actor, barrier):
    return steps_for_viewer(actor, barrier, list(BarrierStep.objects.filter(barrier=barrier)
                                                 .select_related("by", "new_owner")))


def my_barriers(*, actor):
    """What the actor reported, owns, or must answer for because it lay too long with someone they manage."""
    qs = _barriers_for(actor)
    stale = stale_before()
    reported = list(qs.filter(reporter=actor).order_by("-moved_at")[:LIMIT])
    owned = list(qs.filter(Q(owner=actor) | Q(owner__manager=actor, moved_at__lt=stale),
                           status__in=OPEN_BARRIER).order_by("moved_at")[:LIMIT])
    for b in owned:
        b.stale = b.moved_at < stale
    show(actor, "barriers.view", detail={"list": "mijn belemmeringen"})
    return for_viewer(actor, reported), for_viewer(actor, owned)


GROUPS = {"source": "source", "owner": "owner", "status": "status", "age": "age"}
# How long ago a barrier was reported, in bands a team can talk about: (key, up to this many days).
AGE_BANDS = (("weken", 28), ("maanden", 91))
AGE_OLDEST = "langer"


def _age_band(now):
    whens = [When(created_at__gte=now - timezone.timedelta(days=days), then=Value(key)) for key, days in AGE_BANDS]
    return Case(*whens, default=Value(AGE_OLDEST), output_field=CharField())


def register(*, actor, source="", status="", owner=None, group="source", limit=200):
    """The register for team leaders and policy staff: filtered, grouped (by source, owner, status or age),
    with age; capped."""
    now = timezone.now()
    qs = _barriers_for(actor).annotate(age=_age_band(now))
    if source:
        qs = qs.filter(source=source)
    if status:
        qs = qs.filter(status=status)
    if owner:
        qs = qs.filter(owner=owner)
    order = "created_at" if group == "age" else GROUPS.get(group, "source")
    rows = list(qs.order_by(order, "moved_at")[:limit])
    stale = stale_before()
    for b in rows:
        b.age_days = (now - b.created_at).days
        b.stale = b.is_open and b.moved_at < stale
    counts = list(qs.values(GROUPS.get(group, "source")).annotate(n=Count("id")).order_by("-n"))
    show(actor, "barriers.register", detail={"filters": {"source": source, "status": status,
                                                         "owner": getattr(owner, "pk", None), "group": group}})
    return for_viewer(actor, rows), counts


def barrier_news(*, actor, days=14, limit=5):
    """For the werkvoorraad (one query): barriers the actor reported that someone else moved lately,
    and open barriers they own or that lie too long with someone they manage."""
    since, stale = timezone.now() - timezone.timedelta(days=days), stale_before()
    if not role_allows(actor, "barriers.view"):
        return []
    qs = (Barrier.objects.filter(Q(reporter=actor, moved_at__gte=since) & ~Q(owner=actor)
                                 | Q(owner=actor, status__in=OPEN_BARRIER)
                                 | Q(owner__manager=actor, status__in=OPEN_BARRIER, moved_at__lt=stale))
          .select_related("owner").order_by("-moved_at")[:limit])
    rows = list(qs)
    for b in rows:
        b.for_me = b.owner_id == actor.pk
        b.stale = b.is_open and b.moved_at < stale
        b.handed_over = b.handed_over_at is not None and b.handed_over_at == b.moved_at  # its last step
    return for_viewer(actor, rows)
