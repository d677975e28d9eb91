"""Screens for the household's costs and stapeling, one-off help, the team's spending against budget."""
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.policy import show, visible
from leefwereld.access.views import requires
from leefwereld.accounts.models import Role
from leefwereld.core.errors import ApplicationError
from leefwereld.core.forms import save_with_form
from leefwereld.decisions.models import Voorziening
from leefwereld.residents import selectors as resident_selectors
from leefwereld.ruimte.models import Guideline

from . import forms, selectors, services


@requires("costs.view")
def household(request, public_id):
    household = resident_selectors.household_get(actor=request.user, public_id=public_id, action="costs.view")
    resident_selectors.blanco_leave(actor=request.user, household=household)
    return render(request, "money/household.html", {
        "household": household, **selectors.household_costs(actor=request.user, household=household),
        "stapeling": selectors.stapeling(actor=request.user, household=household),
        "members": resident_selectors.household_members(actor=request.user, household=household),
        "limit": services.one_off_limit()})


def _household_url(household):
    return reverse("money:household", kwargs={"public_id": household.public_id})


@requires("costs.book")
def help_new(request, person_id):
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="costs.book")
    resident_selectors.blanco_leave(actor=request.user, person=person)
    code = request.GET.get("richtlijn", "")
    guideline = Guideline.objects.filter(code=code).select_related("current").first() if code else None
    form = forms.HelpForm(request.POST or None, initial={"guideline": guideline})
    if form.is_bound and form.is_valid() and form.cleaned_data.get("guideline"):
        guideline = form.cleaned_data["guideline"]
    similar, usual = selectors.similar_help(actor=request.user, guideline=guideline,
                                            exclude_household=person.household_id)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        lines = form.lines()
        if save_with_form(form, lambda: services.help_book(
                actor=request.user, person=person, what=data["what"], wet=data["wet"], guideline=data["guideline"],
                lines=lines, from_free_part=data["from_free_part"], why_differs=data["why_differs"], usual=usual)):
            messages.success(request, _("Eenmalige hulp geboekt. Er is geen beschikking nodig."))
            return redirect(_household_url(person.household))
    return render(request, "money/help.html", {"form": form, "person": person, "guideline": guideline,
                                               "similar": similar, "usual": usual,
                                               "limit": services.one_off_limit()})


@requires("contributions.manage")
def bijdrage_new(request, person_id):
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="contributions.manage")
    resident_selectors.blanco_leave(actor=request.user, person=person)
    form = forms.BijdrageForm(request.POST or None, initial={"starts_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.bijdrage_add(actor=request.user, person=person, **form.cleaned_data)):
        messages.success(request, _("Bijdrage vastgelegd."))
        return redirect(_household_url(person.household))
    return render(request, "money/form.html", {"form": form, "title": _("Eigen bijdrage, korting of terugbetaling"),
                                               "back": _household_url(person.household),
                                               "back_label": person.full_name})


@require_POST
@requires("costs.book")
def book_voorziening(request, public_id):
    v = visible(request.user, Voorziening.objects.select_related("beschikking__person__household",
                                                                 "beschikking__plan"), "costs.book")
    voorziening = get_object_or_404(v, public_id=public_id)
    try:
        services.cost_book_voorziening(actor=request.user, voorziening=voorziening)
        messages.success(request, _("Kosten geboekt."))
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect(_household_url(voorziening.beschikking.person.household))


@requires("budgets.view")
def team_budget(request):
    form = forms.YearForm(request.GET or None)
    year = (form.cleaned_data.get("year") if form.is_valid() else None) or timezone.localdate().year
    team_id = None if request.user.role == Role.BELEID else request.user.team_id
    figures = selectors.team_spending(team_id=team_id, year=year)
    show(request.user, "budgets.view", detail={"year": year, "team": team_id})
    return render(request, "money/budget.html", {"form": form, "year": year, "whole": team_id is None, **figures})


@requires("budgets.manage")
def budget_edit(request):
    form = forms.BudgetForm(request.POST or None, initial={"year": timezone.localdate().year})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["free_amount"] = data.get("free_amount") or 0
        if save_with_form(form, lambda: services.budget_set(actor=request.user, **data)):
            messages.success(request, _("Budget vastgesteld."))
            return redirect("money:budget_edit")
    return render(request, "money/form.html", {"form": form, "title": _("Budget vaststellen"),
                                               "back": reverse("admin:index"), "back_label": _("Beheer")})


# --- Contribution rules (the functional administrator's) -----------------------------------------

def _regel_form_page(request, form, title):
    return render(request, "money/form.html", {"form": form, "title": title, "back": reverse("money:regels"),
                                               "back_label": _("Bijdrageregels")})


@requires("budgets.manage")
def regels(request):
    """Every contribution rule with its versions: what applies from when, and what applied before."""
    return render(request, "money/regels.html", {"regels": selectors.bijdrage_regels(),
                                                 "today": timezone.localdate()})


@requires("budgets.manage")
def regel_new(request):
    form = forms.RegelNewForm(request.POST or None, initial={"valid_from": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.bijdrage_regel_create(actor=request.user, **form.cleaned_data)):
        messages.success(request, _("Bijdrageregel opgeslagen."))
        return redirect("money:regels")
    return _regel_form_page(request, form, _("Nieuwe bijdrageregel"))


@requires("budgets.manage")
def regel_version(request):
    """A new version from a date; the form starts from the rule's newest version."""
    from .models import BijdrageRegel

    initial = {"valid_from": timezone.localdate()}
    chosen = BijdrageRegel.objects.filter(pk=request.GET.get("regel") or None).first() \
        if (request.GET.get("regel") or "").isdigit() else None
    if chosen:
        latest = chosen.versions.order_by("-valid_from").first()
        initial.update(regel=chosen, monthly_amount=latest and latest.monthly_amount, words=latest and latest.words)
    form = forms.RegelNewVersionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.bijdrage_regel_version_add(actor=request.user, **form.cleaned_data)):
        messages.success(request, _("Nieuwe versie opgeslagen. Eerdere bijdragen houden hun versie."))
        return redirect("money:regels")
    return _regel_form_page(request, form, _("Nieuwe versie van een bijdrageregel"))
