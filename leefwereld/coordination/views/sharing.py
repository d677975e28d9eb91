"""A household's samenwerken page: betrokkenen, grounds for sharing, referrals, escalations, veiligheidsplan."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed, uuid_or_404
from leefwereld.core.forms import save_with_form
from leefwereld.plans import selectors as plan_selectors
from leefwereld.plans.models import Action
from leefwereld.residents import selectors as resident_selectors

from .. import clock, collective, selectors
from ..forms import GroundForm, ReferralForm, VeiligheidsplanForm
from ..models import Organisation, Scope
from ..services import referrals as referral_services
from ..services import sharing as sharing_services


def _household(request, public_id, action="sharing.view"):
    household = resident_selectors.household_get(actor=request.user, public_id=public_id, action=action)
    resident_selectors.blanco_leave(actor=request.user, household=household)
    return household


@requires("sharing.view")
def household_page(request, public_id):
    household = _household(request, public_id)
    plan = plan_selectors.open_plan_for_household(actor=request.user, household=household)
    grounds = selectors.grounds_for_household(actor=request.user, household=household)
    today = clock.today()
    referrals = selectors.mark_stalled(selectors.referrals_for_household(actor=request.user, household=household))
    return render(request, "coordination/household.html", {
        "household": household, "plan": plan,
        "betrokkenen": selectors.betrokkenen(actor=request.user, household=household, plan=plan),
        "grounds_active": [g for g in grounds if g.active_on(today)],
        "grounds_ended": [g for g in grounds if not g.active_on(today)],
        "referrals": referrals,
        "escalations": selectors.escalations_for_household(actor=request.user, household=household),
        "veiligheidsplan": selectors.veiligheidsplan(actor=request.user, household=household),
        "months": collective.time_for_household(actor=request.user, household=household),
    })


@requires("sharing.record")
def ground_new(request, public_id):
    household = _household(request, public_id)
    initial = {"kind": request.GET.get("grondslag", "toestemming"), "given_on": clock.today()}
    form = GroundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: sharing_services.ground_record(
                actor=request.user, household=household, kind=data["kind"], scopes=data["scopes"],
                purpose=data["purpose"], organisation=data["organisation"],
                organisation_kind=data["organisation_kind"] if data["organisation"] is None else "",
                article=data["article"], safety_ground=data["safety_ground"], reason=data["reason"], how=data["how"],
                given_on=data["given_on"], ends_on=data["ends_on"])):
            messages.success(request, _("Grondslag vastgelegd. Hij geldt voor elke verwijzing binnen dit doel."))
            return redirect("coordination:household", public_id=household.public_id)
    return render(request, "coordination/ground_form.html", {"household": household, "form": form})


@require_POST
@requires("sharing.withdraw")
def ground_withdraw(request, public_id):
    ground = selectors.ground_get(actor=request.user, public_id=public_id, action="sharing.withdraw")
    try:
        sharing_services.ground_withdraw(actor=request.user, ground=ground, note=request.POST.get("note", "")[:500])
        messages.success(request, _("Ingetrokken. Vanaf nu ziet %(who)s niets meer; open verwijzingen zijn gestopt.")
                         % {"who": ground.receiver})
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("coordination:household", public_id=ground.household.public_id)


@require_POST
@requires("sharing.safety_seen")
def safety_seen(request, public_id):
    ground = selectors.ground_get(actor=request.user, public_id=public_id, action="sharing.safety_seen")
    sharing_services.safety_seen(actor=request.user, ground=ground)
    messages.success(request, _("Gezien."))
    return redirect("workspace:werkvoorraad")


def _action(request, household):
    if not request.GET.get("actie"):
        return None
    action = Action.objects.filter(household=household, public_id=uuid_or_404(request.GET["actie"])).first()
    if action is None:
        raise NotFoundOrNotAllowed("not found")
    return action


@requires("referrals.create")
def referral_new(request, public_id):
    """Step 1: which organisation; step 2: the question, the date and the least that goes along, within a ground."""
    household = _household(request, public_id)
    action = _action(request, household)
    organisation = None
    if request.GET.get("organisatie"):
        organisation = Organisation.objects.filter(public_id=uuid_or_404(request.GET["organisatie"])).first()
    if organisation is None:
        return render(request, "coordination/referral_choose.html", {
            "household": household, "organisations": Organisation.objects.order_by("name"), "action": action})
    grounds = selectors.grounds_for_referral(household_id=household.pk, organisation=organisation)
    allowed = {s for g in grounds for s in g.scopes}
    proposal = {}
    for ground in grounds:
        proposal.update(referral_services.referral_proposal(ground=ground, organisation=organisation))
    initial = {"parts": list(proposal), "question": action.what if action else "", "due_on": None}
    form = ReferralForm(request.POST or None, initial=initial, allowed=allowed)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ground = next((g for g in grounds if set(data["parts"]) <= set(g.scopes)), grounds[0] if grounds else None)
        if ground is None:
            form.add_error(None, _("Er is geen geldige grondslag om met %(org)s te delen. Leg eerst toestemming of "
                                   "een andere grondslag vast.") % {"org": organisation.name})
        elif save_with_form(form, lambda: referral_services.referral_send(
                actor=request.user, household=household, organisation=organisation, ground=ground,
                question=data["question"], due_on=data["due_on"], parts=data["parts"], action=action,
                parts_why=proposal, follow_up_on=data["follow_up_on"])):
            messages.success(request, _("Verwijzing verstuurd naar %(org)s.") % {"org": organisation.name})
            return redirect("coordination:household", public_id=household.public_id)
    return render(request, "coordination/referral_form.html", {
        "household": household, "organisation": organisation, "grounds": grounds, "form": form, "action": action,
        "proposal": [(Scope(k).label, v) for k, v in proposal.items()]})


@requires("veiligheidsplan.edit")
def veiligheidsplan_edit(request, public_id):
    plan = plan_selectors.plan_get(actor=request.user, public_id=public_id, action="veiligheidsplan.edit")
    current = selectors.veiligheidsplan(actor=request.user, household=plan.household)
    initial = {f: getattr(current, f) for f in ("who_safe", "agreements", "signals")} if current else {}
    form = VeiligheidsplanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: sharing_services.veiligheidsplan_save(actor=request.user, plan=plan, **form.cleaned_data)):
        messages.success(request, _("Veiligheidsplan opgeslagen."))
        return redirect("coordination:household", public_id=plan.household.public_id)
    return render(request, "coordination/veiligheidsplan_form.html", {"plan": plan, "form": form})
