"""Reads of plans, from access.visible(); opening a plan is logged."""
import datetime as dt

from django.db.models import OuterRef, Prefetch, Q
from django.utils import timezone

from leefwereld.access.policy import assigned_condition, show, visible, visible_one, within
from leefwereld.accounts.models import names
from leefwereld.conversations.models import AssessmentScore
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.residents.selectors import blanco_leave_found, blanco_subquery

from .models import (
    Action,
    Agreement,
    Decision,
    Evaluation,
    Goal,
    GoalScore,
    Plan,
    PlanStatus,
    PlanVersion,
    RegieChange,
    Review,
)

PLAN_RELATED = ["household", "household__team", "author", "regie_person", "regie_network", "regie_professional",
                "regie_professional__team", "regie_person__contactpersoon__team", "gesprek"]
SOON = dt.timedelta(days=7)


def plan_get(*, actor, public_id, action="plans.view", blanco=False):
    """One plan; with blanco=True the plan's page leads to the blanco view while the actor prepares a
    member of the household blanco (asked in the plan's own query, before anything is shown)."""
    qs = Plan.objects.select_related(*PLAN_RELATED)
    if blanco:
        qs = qs.annotate(blanco_for=blanco_subquery(actor, household=OuterRef("household_id")))
    plan = visible_one(actor, qs, action, public_id=public_id)
    if plan is None:
        raise NotFoundOrNotAllowed("not found")
    blanco_leave_found(plan)
    show(actor, action, household=plan.household, obj=plan)
    return plan


def open_plan_for_household(*, actor, household):
    return (within(actor, household, Plan.objects.all(), "plans.view")
            .exclude(status=PlanStatus.AFGESLOTEN).first())


def open_plan_among(plans):
    """The open plan among a household's plans, newest first (the file page has them already)."""
    return next((plan for plan in plans if plan.status != PlanStatus.AFGESLOTEN), None)


def plans_for_household(*, actor, household):
    return list(within(actor, household, Plan.objects.all(), "plans.view").order_by("-created_at"))


def plan_goals(*, actor, plan):
    """Current goals with their current actions, in one fixed set of queries."""
    actions = Action.objects.filter(archived=False).select_related("network_member").order_by("starts_on", "id")
    return list(
        within(actor, plan.household_id, Goal.objects.filter(plan=plan, archived=False), "plans.view")
        .select_related("person", "network_member")
        .prefetch_related("domains", Prefetch("actions", queryset=actions))
    )


def plan_reviews(*, actor, plan):
    return list(within(actor, plan.household_id, Review.objects.filter(plan=plan), "plans.view")
                .select_related("reviewer", "requested_by").order_by("-revision", "id"))


def plan_agreements(*, actor, plan):
    """Every voice on the plan, newest first: a household member, the network or a vertegenwoordiger."""
    return list(within(actor, plan.household_id, Agreement.objects.filter(plan=plan), "plans.view")
                .select_related("person", "network_member", "recorded_by"))


def plan_versions(*, actor, plan, limit=None):
    """The plan's versions, newest first, without their snapshots (a list shows who and when)."""
    versions = (within(actor, plan.household_id, PlanVersion.objects.filter(plan=plan), "plans.view")
                .select_related("created_by").defer("snapshot").order_by("-number"))
    return list(versions[:limit] if limit else versions)


def plan_version_pair(*, actor, plan, first, second):
    pair = PlanVersion.objects.filter(plan=plan, number__in=[first, second])
    versions = {v.number: v for v in within(actor, plan.household_id, pair, "plans.view").select_related("created_by")}
    if first not in versions or second not in versions:
        raise NotFoundOrNotAllowed("not found")
    return versions[first], versions[second]


def plan_regie_history(*, actor, plan):
    return list(within(actor, plan.household_id, RegieChange.objects.filter(plan=plan), "plans.view")
                .select_related("by")[:20])


def plan_evaluations(*, actor, plan):
    """Evaluations with the two measurements they compared, so the page can show the chart again."""
    scores = Prefetch("scores", queryset=GoalScore.objects.select_related("goal"))
    levels = AssessmentScore.objects.select_related("domain", "level")
    return list(within(actor, plan.household_id, Evaluation.objects.filter(plan=plan), "plans.view")
                .select_related("by", "assessment_before", "assessment_after")
                .prefetch_related(scores, Prefetch("assessment_before__scores", queryset=levels),
                                  Prefetch("assessment_after__scores", queryset=levels)))


def review_get(*, actor, public_id):
    review = visible_one(actor, Review.objects.select_related("plan", "plan__household", "plan__author", "reviewer"),
                         "plans.review", public_id=public_id)
    if review is None:
        raise NotFoundOrNotAllowed("not found")
    return review


# A list row shows a household's name and a date (ADR 0012).
PLAN_ROW = ("public_id", "status", "evaluate_on", "takeover_until", "updated_at", "household_id", "author",
            "household__name")


def reviews_to_do_qs(*, actor):
    """Plans waiting for the actor's vier-ogen, oldest request first."""
    return (visible(actor, Review.objects.filter(reviewer=actor, decision=Decision.OPEN,
                                                 plan__status=PlanStatus.TER_BEOORDELING), "werkvoorraad.view")
            .select_related("plan", "plan__household", "plan__author")
            .only("public_id", "created_at", "reason", "household_id", "plan__public_id", "plan__household__name",
                  "plan__author__first_name", "plan__author__last_name")
            .order_by("created_at", "id"))


def _my_plans(actor):
    """Plans the actor wrote, holds regie over, or of households they are assigned to."""
    # The assigned branch as one probe per plan, not a hash of the actor's whole caseload first.
    qs = Plan.objects.filter(Q(author=actor) | Q(regie_professional=actor)
                             | assigned_condition(actor, OuterRef("household_id")))
    return visible(actor, qs, "werkvoorraad.view").select_related("household").only(*PLAN_ROW)


def plans_to_evaluate_qs(*, actor):
    horizon = timezone.localdate() + SOON
    return (_my_plans(actor).exclude(status=PlanStatus.AFGESLOTEN).filter(evaluate_on__lte=horizon)
            .order_by("evaluate_on", "id"))


def takeovers_ending_qs(*, actor):
    horizon = timezone.localdate() + SOON
    return (_my_plans(actor).exclude(status=PlanStatus.AFGESLOTEN).filter(takeover_until__lte=horizon)
            .order_by("takeover_until", "id"))


def plans_returned_qs(*, actor):
    return _my_plans(actor).filter(status=PlanStatus.TERUGGESTUURD, author=actor).order_by("updated_at", "id")


def _listed(actor, rows):
    show(actor, "werkvoorraad.view", households=[r.household_id for r in rows])
    return rows


def reviews_to_do(*, actor, limit=50):
    return _listed(actor, list(reviews_to_do_qs(actor=actor)[:limit]))


def plans_to_evaluate(*, actor, limit=50):
    return _listed(actor, list(plans_to_evaluate_qs(actor=actor)[:limit]))


def takeovers_ending(*, actor, limit=50):
    return _listed(actor, list(takeovers_ending_qs(actor=actor)[:limit]))


def plans_returned(*, actor, limit=50):
    return _listed(actor, list(plans_returned_qs(actor=actor)[:limit]))


MILESTONE_LIMIT = 50


def plan_milestones_for_household(*, actor, household, limit=MILESTONE_LIMIT):
    """The household's plans and their milestones (colleagues agreed, the resident's agreement,
    evaluations), newest first, each capped: four queries whatever the size. The caller's page logs
    the look (the person's file)."""
    # Each list fetches only what the timeline shows: whole plan and user rows cost the page (issue 14).
    plans = list(within(actor, household, Plan.objects.filter(household=household), "plans.view")
                 .select_related("author")
                 .only("public_id", "household_id", "status", "created_at", "closed_on", "closed_reason",
                       *names("author"))
                 .order_by("-created_at")[:limit])
    agreed = Review.objects.filter(plan__household=household, decision=Decision.INSTEMMING)
    reviews = list(within(actor, household, agreed, "plans.view").select_related("plan", "reviewer")
                   .only("household_id", "decided_at", "contribution", "plan__public_id", *names("reviewer"))
                   .order_by("-decided_at")[:limit])
    agreements = list(within(actor, household, Agreement.objects.filter(plan__household=household),
                             "plans.view").select_related("plan", "person", "network_member")
                      .only("household_id", "on", "agrees", "disagreement", "representative_name",
                            "plan__public_id", "person__given_name", "person__prefix", "person__family_name",
                            "network_member__name")
                      .order_by("-on", "-id")[:limit])
    evaluations = list(within(actor, household, Evaluation.objects.filter(plan__household=household),
                              "plans.view").select_related("plan", "by")
                       .only("household_id", "held_on", "resident_words", "matters_now", "plan__public_id",
                             *names("by"))
                       .order_by("-held_on", "-id")[:limit])
    return {"plans": plans, "reviews": reviews, "agreements": agreements, "evaluations": evaluations}
