"""Reads of Mijn Leefwereld: the open file of one person, through the resident's own grantee.

Each query starts from access.within(actor, household, …, "portal.view"), so a resident sees their own
household or nothing. Records about another member of the household (their gesprekken, their decisions)
stay out: the portal shows the household's plan and what is about the person whose file is open.
"""
import datetime as dt

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from leefwereld.access.policy import show, visible, within
from leefwereld.audit.selectors import audit_events_for_person
from leefwereld.coordination.models import GroundKind, Organisation, Referral, SharingGround
from leefwereld.decisions.models import Beschikking, Brief
from leefwereld.plans.models import Action, Agreement, Decision, Goal, Plan, PlanStatus, Review
from leefwereld.residents.models import NetworkMember, Person

from .models import (
    Bericht,
    Correctieverzoek,
    Direction,
    InzageStatus,
    InzageVerzoek,
    Vertegenwoordiging,
    active_representations,
)
from .who_looked import describe

ACTION = "portal.view"
LOOKS_SHOWN = 40


def person(ctx):
    """The open person with their contactpersoon, stand-in and team (one query), and the page's audit row."""
    found = (within(ctx.user, ctx.person.household_id, Person.objects.select_related(
        "contactpersoon", "stand_in", "household__team"), ACTION).filter(pk=ctx.person.pk).first())
    show(ctx.user, ACTION, person=found)
    return found


def open_plan(ctx):
    plan = (within(ctx.user, ctx.person.household_id, Plan.objects.select_related("regie_person", "regie_professional"),
                   ACTION).exclude(status=PlanStatus.AFGESLOTEN).order_by("-created_at").first())
    return plan


def plan_goals(ctx, plan):
    actions = Action.objects.filter(archived=False).select_related("network_member").order_by("starts_on", "id")
    return list(within(ctx.user, plan.household_id, Goal.objects.filter(plan=plan, archived=False), ACTION)
                .select_related("person", "network_member").prefetch_related(Prefetch("actions", queryset=actions)))


def looked_along(ctx, plan):
    """Colleagues who looked along (vier-ogen) with this plan and what came of it, newest first."""
    reviews = Review.objects.filter(plan=plan).exclude(decision__in=[Decision.OPEN, Decision.VERVALLEN])
    return list(within(ctx.user, plan.household_id, reviews, ACTION).select_related("reviewer")
                .order_by("-decided_at")[:5])


def my_agreement(ctx, plan):
    """The resident's (or their representative's) latest word on this version of the plan."""
    qs = within(ctx.user, plan.household_id, Agreement.objects.filter(plan=plan, revision=plan.revision), ACTION)
    if ctx.representation is None:
        qs = qs.filter(person=ctx.person)
    else:
        qs = qs.filter(representative_name=ctx.representation.name)
    return qs.order_by("-id").first()


def decisions(ctx):
    """Decisions sent to this person, with whether the letter is stored."""
    return list(within(ctx.user, ctx.person.household_id, Beschikking.objects.filter(
        person=ctx.person, sent_on__isnull=False), ACTION)
        .annotate(has_letter=Exists(Brief.objects.filter(beschikking=OuterRef("pk"))))
        .order_by("-sent_on", "-id"))


def decision_letter(ctx, public_id):
    b = within(ctx.user, ctx.person.household_id, Beschikking.objects.filter(
        person=ctx.person, sent_on__isnull=False), ACTION).filter(public_id=public_id).first()
    brief = Brief.objects.filter(beschikking=b).first() if b is not None else None
    if brief is not None:
        show(ctx.user, ACTION, person=ctx.person, obj=b, detail={"download": "brief"})
    return b, brief


def upcoming(ctx, plan, horizon=91):
    """Dates coming up: actions starting or ending, the plan's evaluation, a bezwaar period, in date order."""
    today = timezone.localdate()
    until = today + dt.timedelta(days=horizon)
    rows = []
    if plan is not None:
        if plan.evaluate_on and today <= plan.evaluate_on <= until:
            rows.append({"on": plan.evaluate_on, "what": "evaluate", "text": ""})
        acts = within(ctx.user, plan.household_id, Action.objects.filter(
            goal__plan=plan, archived=False, goal__archived=False).filter(
            Q(starts_on__range=(today, until)) | Q(ends_on__range=(today, until))), ACTION)
        for a in acts.order_by("starts_on", "id")[:20]:
            if a.starts_on and today <= a.starts_on <= until:
                rows.append({"on": a.starts_on, "what": "starts", "text": a.what})
            if a.ends_on and today <= a.ends_on <= until:
                rows.append({"on": a.ends_on, "what": "ends", "text": a.what})
    for b in within(ctx.user, ctx.person.household_id, Beschikking.objects.filter(
            person=ctx.person, bezwaar_until__range=(today, until)), ACTION)[:5]:
        rows.append({"on": b.bezwaar_until, "what": "bezwaar", "text": ""})
    return sorted(rows, key=lambda r: r["on"])


def involved(ctx, person):
    """Who is involved, in plain groups: the municipality, the network, partners the resident agreed to."""
    household = person.household_id
    network = list(within(ctx.user, household, NetworkMember.objects.all(), ACTION).order_by("name")[:30])
    partners = {}
    for g in within(ctx.user, household, SharingGround.objects.filter(withdrawn_at__isnull=True,
                                                                     organisation__isnull=False), ACTION
                    ).select_related("organisation")[:30]:
        partners.setdefault(g.organisation_id, g.organisation)
    for r in within(ctx.user, household, Referral.objects.all(), ACTION).select_related("organisation")[:30]:
        partners.setdefault(r.organisation_id, r.organisation)
    reps = list(active_representations(within(ctx.user, household, Vertegenwoordiging.objects.filter(person=person),
                                              ACTION)))
    return {"network": network, "partners": list(partners.values()), "representatives": reps}


def who_looked(ctx, person):
    """Who looked at or changed this file, from the audit log, in words the resident understands."""
    events = (audit_events_for_person(person_pk=person.pk, household_pk=person.household_id)
              .exclude(actor=ctx.user).exclude(action__startswith="security.")
              .only("at", "actor_id", "actor_name", "actor_role", "actor_team_pk", "action", "reason", "person_pk",
                    "detail")[:LOOKS_SHOWN])
    return [describe(e, person) for e in events]


def berichten(ctx):
    return list(within(ctx.user, ctx.person.household_id, Bericht.objects.filter(person=ctx.person), ACTION)
                .select_related("sender").order_by("-created_at", "-id")[:50])


def consents(ctx):
    """Consents (and the other grounds) that concern this person or the whole household, newest first."""
    return list(within(ctx.user, ctx.person.household_id, SharingGround.objects.filter(
        Q(person__isnull=True) | Q(person=ctx.person)), ACTION).select_related("organisation")
        .order_by("withdrawn_at", "-given_on", "-id")[:50])


def consent_get(ctx, public_id):
    return (within(ctx.user, ctx.person.household_id, SharingGround.objects.filter(
        Q(person__isnull=True) | Q(person=ctx.person), kind=GroundKind.TOESTEMMING), ACTION)
        .select_related("household", "organisation").filter(public_id=public_id).first())


def partner_organisations():
    """Organisations a resident can give consent to (the partners on the sociale kaart)."""
    return Organisation.objects.order_by("name")


def action_get(ctx, public_id):
    return (within(ctx.user, ctx.person.household_id, Action.objects.filter(archived=False), ACTION)
            .select_related("goal__plan__household").filter(public_id=public_id).first())


def correcties(ctx):
    return list(within(ctx.user, ctx.person.household_id, Correctieverzoek.objects.filter(person=ctx.person),
                       ACTION).order_by("-created_at")[:20])


# --- The professional's side: messages and correction requests on the werkvoorraad -----------------------


def inbox_qs(*, actor):
    """Messages from residents to this professional not answered yet, and their open correction requests."""
    answered = Bericht.objects.filter(in_reply_to=OuterRef("pk"))
    return (visible(actor, Bericht.objects.filter(to=actor, direction=Direction.VAN_INWONER), "berichten.view")
            .exclude(Exists(answered)).select_related("person").order_by("created_at", "id"))


def correcties_qs(*, actor):
    return (visible(actor, Correctieverzoek.objects.filter(owner=actor, handled_at__isnull=True), "correcties.handle")
            .select_related("person").order_by("due_on", "id"))


CARD_ROWS = 10


def werkvoorraad_card(*, actor):
    """The werkvoorraad's card "Van inwoners": two queries, whatever the size of the caseload."""
    card = {"berichten": list(inbox_qs(actor=actor)[:CARD_ROWS]),
            "correcties": list(correcties_qs(actor=actor)[:CARD_ROWS])}
    shown = sorted({row.person_id for rows in card.values() for row in rows})
    if shown:
        show(actor, "werkvoorraad.view", persons=shown)
    return card


def inzage_verzoeken(ctx):
    """The inzages made in the background for this requester and this file, newest first."""
    return list(within(ctx.user, ctx.person.household_id, InzageVerzoek.objects.filter(
        person=ctx.person, requested_by=ctx.user), "portal.inzage").order_by("-created_at", "-id")[:3])


def inzage_verzoek(ctx, public_id):
    verzoek = (within(ctx.user, ctx.person.household_id, InzageVerzoek.objects.filter(
        person=ctx.person, requested_by=ctx.user, status=InzageStatus.KLAAR), "portal.inzage")
        .filter(public_id=public_id).first())
    if verzoek is not None:
        show(ctx.user, "portal.inzage", person=ctx.person, obj=verzoek, detail={"inzage": True})
    return verzoek
