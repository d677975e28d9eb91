"""Reads of procedures, beschikkingen and bezwaren, from access.visible()/within(); pages log what they show.

Every list is capped and fetched in a fixed number of queries, whatever the household's history.
"""
import datetime as dt

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import CharField, Exists, F, OuterRef, Prefetch, Value
from django.db.models.functions import Cast
from django.db.models.query import EmptyQuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import show, visible, within
from leefwereld.coordination.models import Level
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.core.termijnen import Kalender
from leefwereld.intake.models import Vraag
from leefwereld.plans.models import Action, ActorKind

from . import deadlines
from .models import (
    OPEN_STATUSES,
    Beschikking,
    BeschikkingStap,
    BeschikkingStatus,
    BeschikkingVersie,
    Bezwaar,
    BezwaarUitkomst,
    Ingebrekestelling,
    Procedure,
    ProcedureKind,
    ProcedureStatus,
    TermijnWijziging,
    Voorziening,
    Wet,
)

LIMIT = 50


def _with_penalty(procedures, kalender=None):
    """Add `.dwangsom` (Awb 4:17) to each procedure with a notice of default, and `.voorschot_due` (Pw 52)."""
    kalender = kalender or Kalender.load()
    today = timezone.localdate()
    for p in procedures:
        notice = getattr(p, "ingebrekestelling", None)
        p.dwangsom = deadlines.dwangsom(kalender, deadline=p.deadline, notice_on=notice.received_on,
                                        decided_on=p.closed_on, today=today) if notice else None
        p.overdue = p.is_open and p.deadline < today
        p.voorschot_due = (deadlines.voorschot_due(kalender, p.received_on)
                           if p.wet == Wet.PARTICIPATIEWET and p.kind == ProcedureKind.AANVRAAG and p.is_open
                           else None)
    return procedures


def _ingebrekestelling_or_none(qs):
    return qs.select_related("ingebrekestelling")


def procedure_get(*, actor, public_id, action="procedures.view"):
    qs = visible(actor, Procedure.objects.select_related("person", "household", "handled_by", "melding", "vraag"),
                 action)
    procedure = _ingebrekestelling_or_none(qs).filter(public_id=public_id).first()
    if procedure is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=procedure.person, obj=procedure)
    _with_penalty([procedure])
    return procedure


def procedures_for_household(*, actor, household, limit=LIMIT):
    """Every law's melding and aanvraag of the household, open ones first, newest first."""
    qs = within(actor, household, Procedure.objects.all(), "procedures.view").select_related("person", "handled_by")
    rows = list(_ingebrekestelling_or_none(qs).order_by("-received_on", "-id")[:limit])
    rows.sort(key=lambda p: (not p.is_open, p.deadline if p.is_open else dt.date.max))
    return _with_penalty(rows)


def vraag_for_procedure(*, actor, person, public_id):
    """The vraag a procedure starts from: part of the person's page, so no audit row of its own."""
    vraag = within(actor, person.household_id, Vraag.objects.filter(person=person, public_id=public_id),
                   "procedures.manage").first()
    if vraag is None:
        raise NotFoundOrNotAllowed("not found")
    return vraag


def procedure_moves(*, actor, procedure):
    return list(within(actor, procedure.household_id, TermijnWijziging.objects.filter(procedure=procedure),
                       "procedures.view").select_related("by")[:LIMIT])


def beschikking_get(*, actor, public_id, action="beschikkingen.view"):
    qs = visible(actor, Beschikking.objects.select_related("person", "household", "author", "decided_by", "plan",
                                                           "replaces"), action)
    beschikking = qs.filter(public_id=public_id).first()
    if beschikking is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=beschikking.person, obj=beschikking)
    return beschikking


def plan_maatwerk(*, actor, plan, limit=LIMIT):
    """The plan's maatwerk actions, each with `.entry`: the kaart's maatwerk entry it was picked from, or None.
    What a decision drafted from the plan will hold (beschikking_draft), shown before it is made. One query;
    part of the page it is on, so no audit row of its own."""
    if plan is None:
        return []
    actions = list(within(actor, plan.household_id, Action.objects.filter(
        goal__plan=plan, archived=False, goal__archived=False, actor_kind=ActorKind.MAATWERK), "plans.view")
        .select_related("goal", "kaart_link__entry").order_by("id")[:limit])
    for action in actions:
        try:
            entry = action.kaart_link.entry
        except ObjectDoesNotExist:
            entry = None
        action.entry = entry if entry is not None and entry.level == Level.MAATWERK else None
    return actions


def beschikkingen_for_household(*, actor, household, limit=LIMIT):
    return list(within(actor, household, Beschikking.objects.all(), "beschikkingen.view")
                .select_related("person", "author").order_by("-created_at", "-id")[:limit])


def voorzieningen(*, actor, beschikking):
    return list(within(actor, beschikking.household_id,
                       Voorziening.objects.filter(beschikking=beschikking, archived=False), "beschikkingen.view")
                .select_related("goal", "procedure", "kaart_entry__organisation"))


def earlier_decisions(*, actor, beschikking, limit=10):
    """The decisions this one reverses, newest first, each with its provisions: shown beside it.

    One query for the household's decisions of this person, one for their provisions; the chain is
    followed in memory.
    """
    if not beschikking.replaces_id:
        return []
    rows = Voorziening.objects.filter(archived=False)
    same = within(actor, beschikking.household_id, Beschikking.objects.filter(person_id=beschikking.person_id),
                  "beschikkingen.view").prefetch_related(Prefetch("voorzieningen", queryset=rows))
    by_id = {b.pk: b for b in same.order_by("-created_at")[:200]}
    chain, step = [], by_id.get(beschikking.replaces_id)
    while step is not None and len(chain) < limit:
        chain.append(step)
        step = by_id.get(step.replaces_id)
    return chain


def beschikking_versions(*, actor, beschikking):
    return list(within(actor, beschikking.household_id, BeschikkingVersie.objects.filter(beschikking=beschikking),
                       "beschikkingen.view").select_related("by").order_by("-number")[:LIMIT])


def beschikking_version(*, actor, beschikking, number):
    version = (within(actor, beschikking.household_id, BeschikkingVersie.objects.filter(beschikking=beschikking),
                      "beschikkingen.view").filter(number=number).first())
    if version is None:
        raise NotFoundOrNotAllowed("not found")
    return version


def beschikking_steps(*, actor, beschikking):
    return list(within(actor, beschikking.household_id, BeschikkingStap.objects.filter(beschikking=beschikking),
                       "beschikkingen.view").select_related("by")[:LIMIT])


def bezwaren(*, actor, beschikking):
    return list(within(actor, beschikking.household_id, Bezwaar.objects.filter(beschikking=beschikking),
                       "beschikkingen.view").select_related("handled_by"))


def bezwaar_get(*, actor, public_id, action="bezwaren.manage"):
    bezwaar = (visible(actor, Bezwaar.objects.select_related("beschikking", "beschikking__person", "household"),
                       action).filter(public_id=public_id).first())
    if bezwaar is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=bezwaar.beschikking.person, obj=bezwaar)
    return bezwaar


# --- The werkvoorraad: deadlines due this week and overdue (penalties first), open bezwaren -------------

def _week_end():
    today = timezone.localdate()
    return today + dt.timedelta(days=6 - today.weekday())


def _mine(actor, qs, handler="handled_by"):
    """The actor's own; a team leader sees the team's (the households of their wijkteam)."""
    if actor.is_teamleider and actor.team_id:
        return qs.filter(household__team_id=actor.team_id)
    return qs.filter(**{handler: actor})


def deadlines_due_qs(*, actor):
    notice = Ingebrekestelling.objects.filter(procedure=OuterRef("pk"))
    qs = Procedure.objects.filter(status__in=OPEN_STATUSES, deadline__lte=_week_end())
    return (visible(actor, _mine(actor, qs), "werkvoorraad.view").annotate(penalty=Exists(notice))
            .select_related("person", "handled_by")
            .only("public_id", "wet", "kind", "subject", "deadline", "status", "household_id", "person__given_name",
                  "person__prefix", "person__family_name", "handled_by__first_name", "handled_by__last_name")
            .order_by("-penalty", "deadline", "id"))


def bezwaren_due_qs(*, actor):
    qs = Bezwaar.objects.filter(decided_on__isnull=True)  # few, and each has a statutory deadline (Awb 7:10)
    return (visible(actor, _mine(actor, qs), "werkvoorraad.view")
            .select_related("beschikking__person", "handled_by")
            .only("public_id", "deadline", "received_on", "household_id", "beschikking__public_id",
                  "beschikking__person__given_name", "beschikking__person__prefix",
                  "beschikking__person__family_name", "handled_by__first_name", "handled_by__last_name")
            .order_by("deadline", "id"))


def _listed(actor, rows):
    show(actor, "werkvoorraad.view", households=[r.household_id for r in rows])
    return rows


def deadlines_due(*, actor, limit=LIMIT):
    rows = list(deadlines_due_qs(actor=actor)[:limit])
    today = timezone.localdate()
    for row in rows:
        row.overdue = row.deadline < today
    return _listed(actor, rows)


def bezwaren_due(*, actor, limit=LIMIT):
    rows = list(bezwaren_due_qs(actor=actor)[:limit])
    today = timezone.localdate()
    for row in rows:
        row.overdue = row.deadline < today
    return _listed(actor, rows)


# --- The person's file: melding, aanvraag, letter sent and bezwaar on the timeline -----------------------

TIMELINE_LIMIT = 20


def _timeline_leg(qs, **columns):
    """One source of the timeline as the same seven columns, so three sources make one UNION query."""
    text = CharField()
    names = ("t_on", "t_src", "t_kind", "t_wet", "t_status", "t_line", "t_id")
    values = {name: columns.get(name, Cast(Value(""), text)) for name in names}
    return qs.order_by().values(**values).values_list(*names)


def timeline_for_person(*, actor, person_id, household_id, limit=TIMELINE_LIMIT):
    """The person's procedures, letters sent and bezwaren, newest first, in one query (the file page's
    budget). The file page writes the audit row for the person; this adds no row of its own."""
    text = CharField()
    legs = [
        _timeline_leg(within(actor, household_id, Procedure.objects.filter(person_id=person_id), "procedures.view"),
                      t_on=F("received_on"), t_src=Cast(Value("procedure"), text), t_kind=F("kind"), t_wet=F("wet"),
                      t_status=F("status"), t_line=F("subject"), t_id=F("public_id")),
        _timeline_leg(within(actor, household_id, Beschikking.objects.filter(person_id=person_id,
                                                                           sent_on__isnull=False),
                             "beschikkingen.view"),
                      t_on=F("sent_on"), t_src=Cast(Value("brief"), text), t_status=F("status"), t_id=F("public_id")),
        _timeline_leg(within(actor, household_id, Bezwaar.objects.filter(beschikking__person_id=person_id),
                             "beschikkingen.view"),
                      t_on=F("received_on"), t_src=Cast(Value("bezwaar"), text), t_status=F("uitkomst"),
                      t_line=Cast(F("grounds"), text), t_id=F("beschikking__public_id")),
    ]
    legs = [leg for leg in legs if not isinstance(leg, EmptyQuerySet)]
    if not legs:
        return []
    rows = legs[0].union(*legs[1:], all=True).order_by("-t_on", "t_src") if len(legs) > 1 else legs[0]
    return [_timeline_entry(*row) for row in rows[:limit]]


def _timeline_entry(on, src, kind, wet, status, line, public_id):
    if src == "procedure":
        what = f"{ProcedureKind(kind).label} {Wet(wet).label}"
        state, url = ProcedureStatus(status).label, reverse("decisions:procedure", args=[public_id])
    elif src == "brief":
        what, state = _("Besluit verzonden"), BeschikkingStatus(status).label
        url = reverse("decisions:detail", args=[public_id])
    else:
        what, state = _("Bezwaar"), BezwaarUitkomst(status).label if status else _("Loopt")
        url = reverse("decisions:detail", args=[public_id])
    return {"on": on, "what": what, "state": state, "line": line, "url": url}
