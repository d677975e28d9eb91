"""Vier-ogen: submit the plan to colleagues, and their decision.

Rules (PRODUCT.md, principle 5): a colleague of another discipline than the author must review;
when the household has a member under 18, a jeugd professional reviews as well (or is that
reviewer; an author who is a jeugd professional counts as the youth view). Nobody reviews their
own plan. The plan runs only when every reviewer of the round has actively agreed.
"""


from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.accounts.models import Discipline, Role
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned
from leefwereld.residents.models import GONE, Person

from ..models import Decision, Plan, PlanStatus, Review, ReviewReason


def household_has_minor(household) -> bool:
    today = timezone.localdate()
    try:
        eighteen_years_ago = today.replace(year=today.year - 18)
    except ValueError:  # 29 February
        eighteen_years_ago = today.replace(year=today.year - 18, day=28)
    # A child who left the household (or died) no longer calls for a youth reviewer.
    return (Person.objects.filter(household=household, birth_date__gt=eighteen_years_ago)
            .exclude(situation__in=GONE).exists())


def review_reasons(*, plan, reviewers):
    """Check the vier-ogen rules; return (reviewer, reason) pairs or raise ApplicationError."""
    author = plan.author
    if not reviewers:
        raise ApplicationError(_("Kies minstens één collega die meekijkt."), field="reviewers")
    for reviewer in reviewers:
        if reviewer.pk == author.pk:
            raise ApplicationError(_("U kunt uw eigen plan niet beoordelen. Kies een collega."), field="reviewers")
        if reviewer.role not in (Role.PROFESSIONAL, Role.TEAMLEIDER) or not reviewer.is_active:
            raise ApplicationError(_("Kies een professional van een wijkteam."), field="reviewers")
        if reviewer.team_id != plan.household.team_id:
            raise ApplicationError(_("Kies een collega van het wijkteam van dit huishouden."), field="reviewers")
    other = [r for r in reviewers if r.discipline and r.discipline != author.discipline]
    if not other:
        raise ApplicationError(
            _("Minstens één collega moet van een ander vakgebied zijn dan de opsteller."), field="reviewers")
    needs_jeugd = household_has_minor(plan.household) and author.discipline != Discipline.JEUGD
    if needs_jeugd and not any(r.discipline == Discipline.JEUGD for r in reviewers):
        raise ApplicationError(
            _("Er zijn kinderen in dit huishouden: een jeugdprofessional moet meekijken."), field="reviewers")
    pairs = []
    for reviewer in reviewers:
        is_other = reviewer in other
        is_jeugd = needs_jeugd and reviewer.discipline == Discipline.JEUGD
        reason = ReviewReason.BEIDE if is_other and is_jeugd else (
            ReviewReason.JEUGD if is_jeugd else ReviewReason.ANDERE_DISCIPLINE)
        pairs.append((reviewer, reason))
    return pairs


def plan_submit(*, actor, plan, expected_version, reviewers):
    if plan.status not in (PlanStatus.CONCEPT, PlanStatus.TERUGGESTUURD):
        raise ApplicationError(_("Dit plan wacht al op een collega, of loopt al."))
    if not plan.goals.filter(archived=False).exists():
        raise ApplicationError(_("Schrijf eerst minstens één doel op."))
    pairs = review_reasons(plan=plan, reviewers=list(dict.fromkeys(reviewers)))
    with transaction.atomic():
        guard(actor, "plans.submit", household=plan.household, obj=plan,
              detail={"reviewers": [r.pk for r, _reason in pairs]})
        Review.objects.filter(plan=plan, decision=Decision.OPEN).update(decision=Decision.VERVALLEN)
        save_versioned(plan, expected_version=expected_version, changes={"status": PlanStatus.TER_BEOORDELING})
        Review.objects.bulk_create([
            Review(household_id=plan.household_id, plan=plan, revision=plan.revision, reviewer=reviewer,
                   reason=reason, requested_by=actor)
            for reviewer, reason in pairs
        ])
    return plan


def review_decide(*, actor, review, agree, contribution="", comments=""):
    """Agree (instemmen), adding one's own contribution, or send the plan back with comments."""
    if review.reviewer_id != actor.pk:
        raise ApplicationError(_("Deze vraag om mee te kijken is aan een andere collega gesteld."))
    if not agree and not (comments or "").strip():
        raise ApplicationError(_("Schrijf op wat er anders moet, zodat uw collega verder kan."), field="comments")
    with transaction.atomic():
        guard(actor, "plans.review", household=review.plan.household, obj=review,
              detail={"agree": bool(agree)})
        plan = Plan.objects.select_for_update().get(pk=review.plan_id)
        # A substantive change voids open reviews (versions.new_version); status updates do not.
        if plan.status != PlanStatus.TER_BEOORDELING:
            raise ApplicationError(_("Het plan is intussen gewijzigd. Bekijk de nieuwe versie."))
        decision = Decision.INSTEMMING if agree else Decision.TERUGGESTUURD
        updated = Review.objects.filter(pk=review.pk, decision=Decision.OPEN).update(
            decision=decision, contribution=(contribution or "").strip(), comments=(comments or "").strip(),
            decided_at=timezone.now())
        if not updated:
            raise ApplicationError(_("U heeft hier al over besloten."))
        review.decision = decision
        _conclude(plan, review.revision)
    return review


def _conclude(plan, revision):
    """After a decision: sent back as soon as one colleague sends back; running when all agreed.

    `revision` is the version the colleagues were asked to look at (the round)."""
    decisions = list(Review.objects.filter(plan=plan, revision=revision)
                     .exclude(decision=Decision.VERVALLEN).values_list("decision", flat=True))
    if Decision.TERUGGESTUURD in decisions:
        Review.objects.filter(plan=plan, decision=Decision.OPEN).update(decision=Decision.VERVALLEN)
        save_versioned(plan, expected_version=plan.version, changes={"status": PlanStatus.TERUGGESTUURD})
    elif decisions and all(d == Decision.INSTEMMING for d in decisions):
        save_versioned(plan, expected_version=plan.version,
                       changes={"status": PlanStatus.LOPEND, "approved_revision": revision})



