"""The evaluation of a plan."""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned

from ..models import Attainment, ChangeKind, Evaluation, GoalScore, Outcome, PlanStatus
from .content import EVALUATE_AFTER
from .versions import new_version


def plan_evaluate(*, actor, plan, expected_version, held_on, outcome, scores, resident_words="", matters_now="",
                  close_reason="", next_evaluation=None, assessment_before=None, assessment_after=None, tags=()):
    """Evaluate: the resident's words, a score per goal, then continue with a new version or close."""
    if plan.status == PlanStatus.AFGESLOTEN:
        raise ApplicationError(_("Dit plan is al afgesloten."))
    if plan.approved_revision is None:
        raise ApplicationError(_("Een plan evalueren kan nadat collega's ermee instemden."))
    if held_on > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst."), field="held_on")
    if outcome == Outcome.AFSLUITEN and not (close_reason or "").strip():
        raise ApplicationError(_("Schrijf op waarom het plan wordt afgesloten."), field="close_reason")
    if next_evaluation and next_evaluation <= timezone.localdate():
        raise ApplicationError(_("Kies een datum na vandaag."), field="next_evaluation")
    goals = {g.pk: g for g in plan.goals.filter(archived=False)}
    for goal_id, (score, _note) in scores.items():
        if goal_id not in goals or score not in Attainment.values:
            raise ApplicationError(_("Kies voor elk doel een van de vijf antwoorden."))
    for assessment in filter(None, [assessment_before, assessment_after]):
        if assessment.household_id != plan.household_id:
            raise ApplicationError(_("Kies een meting van dit huishouden."))
    with transaction.atomic():
        guard(actor, "plans.evaluate", household=plan.household, obj=plan, detail={"outcome": outcome})
        evaluation = Evaluation.objects.create(
            household_id=plan.household_id, plan=plan, revision=plan.revision, held_on=held_on,
            resident_words=resident_words.strip(), matters_now=matters_now.strip(), outcome=outcome,
            close_reason=close_reason.strip(), next_evaluation=next_evaluation,
            assessment_before=assessment_before, assessment_after=assessment_after, by=actor)
        GoalScore.objects.bulk_create([
            GoalScore(household_id=plan.household_id, evaluation=evaluation, goal_id=goal_id, score=score,
                      note=(note or "").strip())
            for goal_id, (score, note) in scores.items()
        ])
        if outcome == Outcome.AFSLUITEN:
            save_versioned(plan, expected_version=expected_version, changes={
                "status": PlanStatus.AFGESLOTEN, "closed_on": held_on, "closed_reason": close_reason.strip(),
                "evaluate_on": None, "takeover_until": None})
            if tags:
                plan.outcome_tags.set(tags)
        else:
            # Continuing without a date would drop the plan off the werkvoorraad: default to three months.
            next_evaluation = next_evaluation or timezone.localdate() + EVALUATE_AFTER
            new_version(actor=actor, plan=plan, expected_version=expected_version, substantive=False,
                        kind=ChangeKind.GEEVALUEERD, extra={"evaluate_on": next_evaluation})
    return evaluation
