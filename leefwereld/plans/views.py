"""Screens for the plan: the plan itself, goals and actions, regie, vier-ogen, agreement, versions."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.accounts.selectors import colleagues_for_assignment
from leefwereld.conversations.models import Domain
from leefwereld.conversations.selectors import assessments_for_household_qs, gesprek_get
from leefwereld.core.errors import ApplicationError, uuid_or_404
from leefwereld.core.forms import save_with_form
from leefwereld.residents import selectors as resident_selectors

from . import selectors, services
from .charts import chart, domain_changes
from .forms import (
    ActionForm,
    ActionStatusForm,
    AgreementForm,
    DetailsForm,
    EvaluationForm,
    GoalForm,
    RegieForm,
    ReviewForm,
    SubmitForm,
)
from .models import Action, Goal, PlanStatus
from .services.versions import snapshot
from .versions_diff import compare, goal_lines


def _plan(request, public_id):
    # Every plan page holds the earlier file: while a blanco preparation is open, go to the blanco view.
    return selectors.plan_get(actor=request.user, public_id=public_id, blanco=True)


def _members(request, plan):
    return resident_selectors.household_members_qs(actor=request.user, household=plan.household)


def _network(request, plan):
    return resident_selectors.household_network_qs(actor=request.user, household=plan.household)


def _contact(request, plan):
    """Whom the resident calls (shown and printed): the vaste contactpersoon of the person with regie."""
    # Person.contactpersoon is the current assignment's copy; plan_get fetched it with its team.
    if plan.regie_person and plan.regie_person.contactpersoon_id:
        return plan.regie_person.contactpersoon
    return plan.regie_professional


def _plan_rows(form, current_plan):
    """The plan as it is saved now, goal by goal, to show beside what the user typed."""
    return [(goal["who"] or _("Het hele huishouden"), "\n".join(goal_lines(goal)))
            for goal in snapshot(current_plan)["goals"]]


def _save(form, call):
    return save_with_form(form, call, rows=_plan_rows)


@require_POST
@requires("plans.create")
def plan_start(request, person_id):
    person = resident_selectors.person_get(actor=request.user, public_id=person_id)
    existing = selectors.open_plan_for_household(actor=request.user, household=person.household)
    if existing is None:
        return _start(request, person)
    return redirect("plans:detail", public_id=existing.public_id)


def _start(request, person):
    gesprek = None
    if request.POST.get("gesprek"):
        gesprek = gesprek_get(actor=request.user, public_id=uuid_or_404(request.POST["gesprek"]))
    try:
        plan = services.plan_start(actor=request.user, person=person, gesprek=gesprek)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("workspace:person", public_id=person.public_id)
    messages.success(request, _("Plan gestart."))
    return redirect("plans:detail", public_id=plan.public_id)


@requires("plans.view")
def plan_detail(request, public_id):
    plan = _plan(request, public_id)
    reviews = selectors.plan_reviews(actor=request.user, plan=plan)
    current_round = [r for r in reviews if r.revision == plan.approved_revision and r.decision == "instemming"]
    voices = selectors.plan_agreements(actor=request.user, plan=plan)
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "goals": selectors.plan_goals(actor=request.user, plan=plan), "reviews": reviews,
        "editable": plan.status != PlanStatus.AFGESLOTEN,
        "approval": current_round,
        "current_voices": [a for a in voices if a.revision == plan.revision],
        "earlier_voices": [a for a in voices if a.revision != plan.revision],
        "versions": selectors.plan_versions(actor=request.user, plan=plan, limit=10),
        "regie_history": selectors.plan_regie_history(actor=request.user, plan=plan),
        "evaluations": _with_changes(selectors.plan_evaluations(actor=request.user, plan=plan)),
        "status_form": ActionStatusForm(initial={"version": plan.version}), "contact": _contact(request, plan),
        "details_form": DetailsForm(initial={"version": plan.version, "evaluate_on": plan.evaluate_on}),
    })


def _with_changes(evaluations):
    """The saved evaluation shows its chart again, from the two measurements it compared."""
    for e in evaluations:
        e.change, e.chart_label = None, f"kop-verandering-{e.public_id}"
        if e.assessment_before and e.assessment_after:
            rows = domain_changes(e.assessment_before, e.assessment_after)
            e.change = {"rows": rows, "chart": chart(rows)}
    return evaluations


def _domains():
    return Domain.objects.filter(instrument__active=True).select_related("instrument").order_by(
        "instrument__name", "order")


@requires("plans.edit")
def goal_edit(request, public_id, goal_id=None):
    plan = _plan(request, public_id)
    goal = get_object_or_404(Goal, plan=plan, public_id=goal_id, archived=False) if goal_id else None
    initial = {"version": plan.version}
    if goal:
        owner = f"lid-{goal.person_id}" if goal.person_id else (
            f"netwerk-{goal.network_member_id}" if goal.network_member_id else "")
        initial.update(owner=owner, words=goal.words, domains=list(goal.domains.all()))
    form = GoalForm(request.POST or None, initial=initial, members=_members(request, plan),
                    network=_network(request, plan), domains=_domains())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        kwargs = {"actor": request.user, "expected_version": data["version"], "words": data["words"],
                  "person": data["person"], "network_member": data["network_member"], "domains": data["domains"]}
        if _save(form, lambda: services.goal_update(goal=goal, **kwargs) if goal
                 else services.goal_add(plan=plan, **kwargs)):
            messages.success(request, _("Doel opgeslagen."))
            return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/goal_form.html", {"plan": plan, "goal": goal, "form": form})


def _names(names):
    """'Joost de Wit en Anouk Visser': a list as it is said."""
    return names[0] if len(names) == 1 else _("%(first)s en %(last)s") % {
        "first": ", ".join(names[:-1]), "last": names[-1]}


def _posted_version(request):
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return 0  # never matches: shown as a conflict, nothing is changed


def _run_or_message(request, call):
    """For one-click actions: do it, or say why not at the top of the page we return to."""
    try:
        call()
        return True
    except ApplicationError as error:
        messages.error(request, error.message)
        return False


@require_POST
@requires("plans.edit")
def goal_remove(request, public_id, goal_id):
    plan = _plan(request, public_id)
    goal = get_object_or_404(Goal, plan=plan, public_id=goal_id, archived=False)
    if _run_or_message(request, lambda: services.goal_remove(actor=request.user, goal=goal,
                                                             expected_version=_posted_version(request))):
        messages.success(request, _("Doel verwijderd."))
    return redirect("plans:detail", public_id=plan.public_id)


@requires("plans.edit")
def action_edit(request, public_id, goal_id, action_id=None):
    plan = _plan(request, public_id)
    goal = get_object_or_404(Goal, plan=plan, public_id=goal_id, archived=False)
    action = get_object_or_404(Action, goal=goal, public_id=action_id, archived=False) if action_id else None
    initial = {"version": plan.version}
    if action:
        initial.update({f: getattr(action, f) for f in ("what", "actor_kind", "actor_name", "starts_on",
                                                        "ends_on")}, network_member=action.network_member_id)
    form = ActionForm(request.POST or None, initial=initial, network=_network(request, plan))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if _save(form, lambda: services.action_update(
                actor=request.user, action=action, expected_version=version, data=data) if action
                else services.action_add(actor=request.user, goal=goal, expected_version=version, data=data)):
            messages.success(request, _("Actie opgeslagen."))
            return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/action_form.html", {"plan": plan, "goal": goal, "action": action, "form": form})


@require_POST
@requires("plans.edit")
def action_status(request, public_id, action_id):
    plan = _plan(request, public_id)
    action = get_object_or_404(Action, goal__plan=plan, public_id=action_id, archived=False)
    form = ActionStatusForm(request.POST)
    # On a conflict the plan page shows the newest state with the reason; one click is all that is lost.
    if form.is_valid() and _run_or_message(request, lambda: services.action_set_status(
            actor=request.user, action=action, status=form.cleaned_data["status"],
            expected_version=form.cleaned_data["version"])):
        messages.success(request, _("Status opgeslagen."))
    return redirect("plans:detail", public_id=plan.public_id)


@requires("plans.regie")
def regie(request, public_id):
    plan = _plan(request, public_id)
    initial = {"version": plan.version, "kind": plan.regie_kind, "person": plan.regie_person_id,
               "network_member": plan.regie_network_id, "professional": plan.regie_professional_id,
               "support": plan.regie_support}
    form = RegieForm(request.POST or None, initial=initial, members=_members(request, plan),
                     network=_network(request, plan),
                     professionals=colleagues_for_assignment(team=plan.household.team))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if _save(form, lambda: services.regie_set(actor=request.user, plan=plan,
                                                                  expected_version=version, **data)):
            messages.success(request, _("Opgeslagen. De regie is vastgelegd."))
            return redirect("plans:detail", public_id=plan.public_id)
    history = selectors.plan_regie_history(actor=request.user, plan=plan)
    return render(request, "plans/regie_form.html", {"plan": plan, "form": form, "history": history})


@require_POST
@requires("plans.edit")
def details(request, public_id):
    plan = _plan(request, public_id)
    form = DetailsForm(request.POST)
    if form.is_valid() and _save(form, lambda: services.plan_update_details(
            actor=request.user, plan=plan, expected_version=form.cleaned_data["version"],
            evaluate_on=form.cleaned_data["evaluate_on"])):
        messages.success(request, _("Evaluatiedatum opgeslagen."))
        return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/simple_form.html", {"plan": plan, "form": form, "title": _("Evaluatiedatum")})


@requires("plans.submit")
def submit(request, public_id):
    plan = _plan(request, public_id)
    colleagues = colleagues_for_assignment(team=plan.household.team).exclude(pk=plan.author_id)
    form = SubmitForm(request.POST or None, initial={"version": plan.version}, colleagues=colleagues)
    if request.method == "POST" and form.is_valid() and _save(form, lambda: services.plan_submit(
            actor=request.user, plan=plan, expected_version=form.cleaned_data["version"],
            reviewers=list(form.cleaned_data["reviewers"]))):
        messages.success(request, _("Plan voorgelegd aan %(names)s.") % {
            "names": _names([user.get_full_name() for user in form.cleaned_data["reviewers"]])})
        return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/submit_form.html", {
        "plan": plan, "form": form, "has_minor": services.review.household_has_minor(plan.household)})


@requires("werkvoorraad.view")
def reviews(request):
    return render(request, "plans/reviews.html", {"reviews": selectors.reviews_to_do(actor=request.user)})


@requires("plans.review")
def review(request, review_id):
    item = selectors.review_get(actor=request.user, public_id=review_id)
    plan = _plan(request, item.plan.public_id)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.review_decide(actor=request.user, review=item, agree=data["decision"] == "instemmen",
                                   contribution=data["contribution"], comments=data["comments"])
            messages.success(request, _("Uw oordeel is opgeslagen."))
            return redirect("plans:detail", public_id=plan.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "plans/review_form.html", {
        "review": item, "plan": plan, "form": form, "goals": selectors.plan_goals(actor=request.user, plan=plan)})


@requires("plans.agreement")
def agreement(request, public_id):
    plan = _plan(request, public_id)
    speaker = f"lid-{plan.regie_person_id}" if plan.regie_person_id else ""
    form = AgreementForm(request.POST or None, members=_members(request, plan), network=_network(request, plan),
                         initial={"speaker": speaker})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.agreement_record(actor=request.user, plan=plan, **data)):
            messages.success(request, _("Opgeslagen. Wat de inwoner van het plan vindt is vastgelegd."))
            return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/simple_form.html", {"plan": plan, "form": form,
                                                      "title": _("Reactie op het plan vastleggen")})


def _version_number(value, plan, default):
    """A version number from the URL; anything else (text, 0, a 20-digit number) means the default,
    never a database error."""
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if 1 <= number <= plan.revision else default


@requires("plans.view")
def versions(request, public_id):
    plan = _plan(request, public_id)
    all_versions = selectors.plan_versions(actor=request.user, plan=plan)
    first = _version_number(request.GET.get("a"), plan, max(plan.revision - 1, 1))
    second = _version_number(request.GET.get("b"), plan, plan.revision)
    left, right = selectors.plan_version_pair(actor=request.user, plan=plan, first=first, second=second)
    return render(request, "plans/versions.html", {"plan": plan, "versions": all_versions, "left": left,
                                                   "right": right, "rows": compare(left.snapshot, right.snapshot)})


@requires("plans.evaluate")
def evaluate(request, public_id):
    plan = _plan(request, public_id)
    goals = selectors.plan_goals(actor=request.user, plan=plan)
    assessments = assessments_for_household_qs(actor=request.user, household=plan.household)
    if request.method == "POST" and TO_ASSESSMENT in request.POST and plan.regie_person_id:
        return _to_assessment(request, plan)
    change = _change(assessments)
    initial = {"version": plan.version}
    if change:  # the chart's two measurements, so what is saved matches what is shown
        initial.update(assessment_before=change["before"].pk, assessment_after=change["after"].pk)
    draft = _draft_restore(request, plan) if request.method == "GET" else None
    form = EvaluationForm(request.POST or None, initial={**initial, **(draft or {})}, goals=goals,
                          assessments=assessments)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if _save(form, lambda: services.plan_evaluate(
                actor=request.user, plan=plan, expected_version=data["version"], held_on=data["held_on"],
                outcome=data["outcome"], scores=form.scores(), resident_words=data["resident_words"],
                matters_now=data["matters_now"], close_reason=data["close_reason"],
                next_evaluation=data["next_evaluation"], assessment_before=data["assessment_before"],
                assessment_after=data["assessment_after"], tags=data["tags"])):
            request.session.pop(_draft_key(plan), None)
            messages.success(request, _("Evaluatie opgeslagen."))
            return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "plans/evaluation_form.html",
                  {"plan": plan, "form": form, "change": change, "draft_restored": bool(draft)})


# Leaving the evaluation to record a new measurement keeps what was typed: a draft in the session
# (never in a URL), restored when the measurement returns here.
TO_ASSESSMENT = "naar_meting"
DRAFT_SKIP = {"csrfmiddlewaretoken", "once", TO_ASSESSMENT, "assessment_before", "assessment_after"}
MULTIPLE = {"tags"}


def _draft_key(plan):
    return f"evaluatie_concept_{plan.public_id}"


def _to_assessment(request, plan):
    request.session[_draft_key(plan)] = {k: v[:20] for k, v in request.POST.lists() if k not in DRAFT_SKIP}
    url = reverse("conversations:assessment_new", args=[plan.regie_person.public_id])
    return redirect(f"{url}?{urlencode({'evaluatie': plan.public_id})}")


def _draft_restore(request, plan):
    """The draft as the form's first values; the chart's measurements are left to the newest pair."""
    draft = request.session.get(_draft_key(plan))
    if not draft:
        return None
    return {k: (v if k in MULTIPLE else (v[0] if v else "")) for k, v in draft.items()}


def _change(assessments):
    """The change per domain between the two latest measurements of one person with one instrument."""
    latest = list(assessments.prefetch_related("scores__domain", "scores__level")[:20])
    for i, after in enumerate(latest):
        before = next((a for a in latest[i + 1:] if a.person_id == after.person_id
                       and a.instrument_id == after.instrument_id), None)
        if before is not None:
            rows = domain_changes(before, after)
            return {"rows": rows, "chart": chart(rows), "before": before, "after": after}
    return None
