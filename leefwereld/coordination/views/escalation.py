"""Escalation to whoever has doorzettingsmacht: raise it from the plan, decide it on one page."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leefwereld.access.views import requires
from leefwereld.core.errors import uuid_or_404
from leefwereld.core.forms import save_with_form
from leefwereld.plans import selectors as plan_selectors

from .. import selectors
from ..forms import DecideForm, EscalationForm
from ..services import escalation as escalation_services


@requires("escalations.create")
def escalation_new(request, public_id):
    plan = plan_selectors.plan_get(actor=request.user, public_id=public_id, action="plans.view")
    referral = None
    if request.GET.get("verwijzing"):
        referral = selectors.referral_get(actor=request.user, public_id=uuid_or_404(request.GET["verwijzing"]))
    initial = {}
    if referral is not None:
        initial["question"] = _("Verwijzing naar %(org)s loopt vast: %(question)s") % {
            "org": referral.organisation.name, "question": referral.question}
    form = EscalationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = {}

        def call():
            result["e"] = escalation_services.escalation_raise(actor=request.user, plan=plan, referral=referral, **data)
        if save_with_form(form, call):
            messages.success(request, _("Voorgelegd aan %(name)s, met een besluit nodig op de gekozen datum.") % {
                "name": result["e"].owner})
            return redirect("coordination:household", public_id=plan.household.public_id)
    return render(request, "coordination/escalation_form.html", {"plan": plan, "referral": referral, "form": form})


@requires("escalations.decide")
def escalation_detail(request, public_id):
    escalation = selectors.escalation_get(actor=request.user, public_id=public_id)
    may_decide = escalation.owner_id == request.user.pk and escalation.status == "open"
    form = DecideForm(request.POST or None) if may_decide else None
    if request.method == "POST" and form is not None and form.is_valid() and save_with_form(
            form, lambda: escalation_services.escalation_decide(actor=request.user, escalation=escalation,
                                                                **form.cleaned_data)):
        messages.success(request, _("Besluit vastgelegd. Het staat in het plan."))
        return redirect("coordination:escalation", public_id=escalation.public_id)
    return render(request, "coordination/escalation_detail.html", {
        "escalation": escalation, "steps": selectors.escalation_steps(escalation=escalation), "form": form})
