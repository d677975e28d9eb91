"""Screens to change a person, their contact, their household and their network."""
from copy import copy

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.accounts.selectors import colleagues_for_assignment
from leefwereld.core.errors import ApplicationError
from leefwereld.core.forms import save_with_form

from . import selectors, services
from .forms import (
    AssignContactForm,
    DossierCloseForm,
    HouseholdMemberForm,
    NetworkMemberForm,
    OpenFileForm,
    PersonEditForm,
    SituationForm,
)


def _person(request, public_id):
    """The person the screen is about; a page that shows them is logged as a view of the file."""
    return selectors.person_get(actor=request.user, public_id=public_id, action="persons.view")


@requires("persons.update")
def person_edit(request, public_id):
    person = _person(request, public_id)
    selectors.blanco_leave(actor=request.user, person=person)
    if request.method == "POST":
        form = PersonEditForm(request.POST, instance=copy(person))
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
            if save_with_form(form, lambda: services.person_update(
                    actor=request.user, person=person, expected_version=form.cleaned_data["version"], data=data)):
                messages.success(request, _("Opgeslagen."))
                return redirect("workspace:person", public_id=person.public_id)
    else:
        form = PersonEditForm(instance=person, initial={"version": person.version})
    return render(request, "residents/person_edit.html", {"person": person, "form": form})


@requires("persons.assign_contact")
def assign_contact(request, public_id):
    person = _person(request, public_id)
    colleagues = colleagues_for_assignment(team=person.household.team)
    initial = {"contactpersoon": person.contactpersoon_id, "stand_in": person.stand_in_id, "version": person.version}
    form = AssignContactForm(request.POST or None, colleagues=colleagues, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if save_with_form(form, lambda: services.person_assign_contact(
                actor=request.user, person=person, contactpersoon=data["contactpersoon"], stand_in=data["stand_in"],
                reason=data["reason"], expected_version=data["version"])):
            messages.success(request, _("Opgeslagen. %(name)s is de vaste contactpersoon.")
                             % {"name": data["contactpersoon"].get_full_name()})
            return redirect("workspace:person", public_id=person.public_id)
    history = selectors.person_assignments(actor=request.user, person=person)
    return render(request, "residents/assign_contact.html", {"person": person, "form": form, "history": history})


@requires("network.update")
def network_add(request, public_id):
    person = _person(request, public_id)
    form = NetworkMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.network_member_add(
                actor=request.user, person=person, data=data)):
            messages.success(request, _("Opgeslagen. %(name)s staat in het netwerk.")
                             % {"name": data.get("name", "")})
            return redirect("workspace:person", public_id=person.public_id)
    return render(request, "residents/network_form.html", {"person": person, "form": form})


@requires("network.update")
def network_edit(request, public_id):
    member = selectors.network_member_get(actor=request.user, public_id=public_id)
    person = member.person
    if request.method == "POST":
        form = NetworkMemberForm(request.POST, instance=copy(member))
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
            if save_with_form(form, lambda: services.network_member_update(
                    actor=request.user, member=member, expected_version=form.cleaned_data["version"] or 0,
                    data=data)):
                messages.success(request, _("Opgeslagen."))
                return redirect("workspace:person", public_id=person.public_id)
    else:
        form = NetworkMemberForm(instance=member, initial={"version": member.version})
    return render(request, "residents/network_form.html", {"person": person, "form": form, "member": member})


@requires("households.update")
def household_member_add(request, public_id):
    person = _person(request, public_id)
    form = HouseholdMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        for key in ("street", "house_number", "postcode", "city"):
            data[key] = getattr(person, key)
        try:
            member = services.person_create(actor=request.user, data=data, household=person.household)
            messages.success(request, _("Opgeslagen. %(name)s hoort nu bij het huishouden.") % {"name": member})
            return redirect("workspace:household", public_id=person.household.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "residents/household_member_form.html", {"person": person, "form": form})


@require_POST
@requires("persons.blanco")
def blanco_start(request, public_id):
    person = _person(request, public_id)
    services.blanco_start(actor=request.user, person=person)
    messages.info(request, _("U bereidt een blanco gesprek voor: u ziet nu alleen de basisgegevens."))
    return redirect("workspace:person_blanco", public_id=person.public_id)


@requires("persons.open_file")
def blanco_open(request, public_id):
    # Only the basics are shown here; the service logs the opening itself, with the reason.
    person = selectors.person_get(actor=request.user, public_id=public_id, action="persons.view_basic")
    form = OpenFileForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.blanco_open_file(actor=request.user, person=person, reason=form.cleaned_data["reason"])
            messages.success(request, _("Het hele dossier is geopend. De reden is vastgelegd."))
            return redirect("workspace:person", public_id=person.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "residents/blanco_open.html", {"person": person, "form": form,
                                                           "title": _("Het hele dossier openen")})


@requires("persons.update")
def person_situation(request, public_id):
    """A member moved abroad, left or died: recorded with a date, and kept in history."""
    person = _person(request, public_id)
    form = SituationForm(request.POST or None, initial={
        "version": person.version, "situation": person.situation, "since": person.situation_since})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.person_situation_change(
                actor=request.user, person=person, expected_version=data["version"], situation=data["situation"],
                since=data["since"], note=data["note"])):
            messages.success(request, _("Opgeslagen."))
            return redirect("workspace:person", public_id=person.public_id)
    history = selectors.person_situations(actor=request.user, person=person)
    return render(request, "residents/situation_form.html", {"person": person, "form": form, "history": history})


@requires("households.close")
def dossier_close(request, public_id):
    """Close the household's file (dossier afsluiten) with a reason, or reopen it (ADR 0039)."""
    household = selectors.household_get(actor=request.user, public_id=public_id)
    reopen = household.closed_on is not None
    form = DossierCloseForm(request.POST or None, reopen=reopen, initial={"on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if reopen:
            saved = save_with_form(form, lambda: services.household_reopen(
                actor=request.user, household=household, reason=data["reason"]))
            done = _("Het dossier is weer open.")
        else:
            saved = save_with_form(form, lambda: services.household_close(
                actor=request.user, household=household, reason=data["reason"], on=data["on"]))
            done = _("Het dossier is afgesloten. De bewaartermijnen lopen vanaf nu.")
        if saved:
            messages.success(request, done)
            return redirect("workspace:household", public_id=household.public_id)
    history = selectors.dossier_closures(actor=request.user, household=household)
    return render(request, "residents/dossier_close.html",
                  {"household": household, "form": form, "reopen": reopen, "history": history})
