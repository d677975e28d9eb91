"""The sociale kaart: search side by side, choose who acts for a goal, import and export (beheer)."""
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from leefwereld.access.views import requires
from leefwereld.conversations.models import Domain
from leefwereld.core.forms import save_with_form
from leefwereld.plans import selectors as plan_selectors

from .. import kaart_csv, selectors
from ..forms import KaartImportForm, KaartSearchForm, PickForm
from ..models import Level, Wijk
from ..services.choose import action_add_from_kaart
from ..services.kaart import kaart_import


def _domain_names():
    return sorted(set(Domain.objects.filter(instrument__active=True).values_list("name", flat=True)))


@requires("kaart.view")
def kaart(request):
    form = KaartSearchForm(request.GET or None, wijken=Wijk.objects.all(), domain_names=_domain_names())
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    groups = selectors.kaart_search(q=filters.get("q", ""), wijk=filters.get("wijk"),
                                    domain_name=filters.get("leefgebied", ""))
    return render(request, "coordination/kaart.html", {"form": form, "groups": groups, "menu_current": "kaart"})


@requires("kaart.manage")
def kaart_import_view(request):
    form = KaartImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > kaart_csv.MAX_BYTES:
            errors = [(0, _("Het bestand is te groot: maximaal 2 MB."))]
        else:
            count, errors = kaart_import(actor=request.user, data=upload.read(kaart_csv.MAX_BYTES + 1))
            if not errors:
                messages.success(request, _("%(n)d regels ingelezen. De sociale kaart is bijgewerkt.") % {"n": count})
                return redirect("coordination:kaart")
        form.add_error("file", _("Niets ingelezen: verbeter de regels hieronder en probeer het opnieuw."))
    return render(request, "coordination/kaart_import.html", {"form": form, "errors": errors,
                                                                "columns": kaart_csv.COLUMNS, "menu_current": "kaart"})


@requires("kaart.manage")
def kaart_export(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="sociale-kaart.csv"'
    response.write("\ufeff")  # so Dutch Excel reads UTF-8
    kaart_csv.write(kaart_csv.entries_for_export(), response)
    return response


@requires("plans.edit")
def goal_kaart(request, public_id, goal_id):
    """Who can act for this goal: the matching entries, four levels side by side, with waiting times."""
    plan = plan_selectors.plan_get(actor=request.user, public_id=public_id, action="plans.edit")
    goal = selectors.goal_for_kaart(actor=request.user, plan=plan, goal_id=goal_id)
    groups, wijken, names = selectors.kaart_for_goal(actor=request.user, goal=goal)
    return render(request, "coordination/goal_kaart.html", {"plan": plan, "goal": goal, "groups": groups,
                                                              "wijken": wijken, "domain_names": names})


@requires("plans.edit")
def goal_kaart_pick(request, public_id, goal_id, entry_id):
    plan = plan_selectors.plan_get(actor=request.user, public_id=public_id, action="plans.edit")
    goal = selectors.goal_for_kaart(actor=request.user, plan=plan, goal_id=goal_id)
    entry = selectors.kaart_entry(public_id=entry_id)
    form = PickForm(request.POST or None, initial={"version": plan.version, "what": entry.name})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = {}

        def call():
            result["action"] = action_add_from_kaart(
                actor=request.user, goal=goal, entry=entry, expected_version=data["version"], what=data["what"],
                starts_on=data["starts_on"], ends_on=data["ends_on"])
        if save_with_form(form, call):
            messages.success(request, _("Actie opgeslagen: %(name)s doet het.") % {"name": entry.name})
            if entry.level == Level.PARTNER and entry.organisation_id:
                return redirect(f"{_referral_url(plan, entry)}&actie={result['action'].public_id}")
            return redirect("plans:detail", public_id=plan.public_id)
    return render(request, "coordination/goal_kaart_pick.html", {"plan": plan, "goal": goal, "entry": entry,
                                                                   "form": form})


def _referral_url(plan, entry):
    return reverse("coordination:referral_new", args=[plan.household.public_id]) + \
        f"?organisatie={entry.organisation.public_id}"

