"""A referral, seen by the team that sent it and by the partner it was given to; the partner's inbox."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.errors import ApplicationError
from leefwereld.core.forms import save_with_form
from leefwereld.plans import selectors as plan_selectors

from .. import clock, selectors
from ..forms import RespondForm
from ..services import referrals as referral_services


def _escalate_url(request, referral, stalled):
    """Where the regiehouder escalates a declined or stalled referral (the household's open plan)."""
    if request.user.organisation_id or not stalled:
        return ""
    plan = plan_selectors.open_plan_for_household(actor=request.user, household=referral.household)
    if plan is None:
        return ""
    return reverse("coordination:escalation_new", args=[plan.public_id]) + f"?verwijzing={referral.public_id}"


def _page(request, referral, form=None):
    partner = bool(request.user.organisation_id)
    stalled = selectors.mark_stalled([referral])[0].stalled
    return render(request, "coordination/referral_detail.html", {
        "referral": referral, "events": selectors.referral_events(actor=request.user, referral=referral),
        "shared": selectors.partner_parts(actor=request.user, referral=referral), "partner": partner,
        "stalled": stalled, "escalate_url": _escalate_url(request, referral, stalled),
        "form": form or (RespondForm() if partner and referral.is_open else None)})


@requires("referrals.view")
def referral_detail(request, public_id):
    referral = selectors.referral_get(actor=request.user, public_id=public_id)
    return _page(request, referral)


@requires("referrals.respond")
def referral_respond(request, public_id):
    referral = selectors.referral_get(actor=request.user, public_id=public_id, action="referrals.view")
    form = RespondForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: referral_services.referral_respond(
                actor=request.user, referral=referral, kind=data["kind"], text=data["text"], on=data["on"],
                minutes=data["minutes"])):
            messages.success(request, _("Doorgegeven aan de regiehouder."))
            return redirect("coordination:referral", public_id=referral.public_id)
    return _page(request, referral, form)


@require_POST
@requires("referrals.create")
def referral_accept_date(request, public_id):
    referral = selectors.referral_get(actor=request.user, public_id=public_id, action="referrals.create")
    try:
        referral_services.referral_accept_date(actor=request.user, referral=referral)
        messages.success(request, _("De nieuwe datum is overgenomen."))
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("coordination:referral", public_id=referral.public_id)


@requires("partner.inbox")
def partner_inbox(request):
    open_, done, ended = selectors.partner_inbox(actor=request.user)
    return render(request, "coordination/partner_inbox.html", {
        "open": open_, "done": done, "ended": ended, "today": clock.today(), "menu_current": "werkvoorraad"})
