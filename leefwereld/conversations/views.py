"""Screens for het gesprek and the assessment."""
from copy import copy

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leefwereld.access.views import requires
from leefwereld.core.errors import ApplicationError, uuid_or_404
from leefwereld.core.forms import save_with_form
from leefwereld.intake.selectors import vraag_get
from leefwereld.residents.selectors import blanco_leave, person_get

from . import selectors, services
from .forms import AssessmentForm, ContactmomentForm, GesprekForm
from .models import STORY_FIELDS


def _from_vraag(request, person):
    """The vraag a gesprek is started from (?vraag=…), if it is this person's and still open."""
    public_id = request.GET.get("vraag")
    if not public_id:
        return None
    vraag = vraag_get(actor=request.user, public_id=uuid_or_404(public_id))
    return vraag if vraag.person_id == person.pk else None


@requires("gesprekken.create")
def gesprek_new(request, person_id):
    person = person_get(actor=request.user, public_id=person_id, action="persons.view_basic")
    vraag = _from_vraag(request, person)
    form = GesprekForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            gesprek = services.gesprek_create(actor=request.user, person=person, data=data, vraag=vraag)
            messages.success(request, _("Gesprek opgeslagen."))
            return redirect("conversations:detail", public_id=gesprek.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "conversations/gesprek_form.html", {"person": person, "form": form, "vraag": vraag})


@requires("gesprekken.view")
def gesprek_detail(request, public_id):
    gesprek = selectors.gesprek_get(actor=request.user, public_id=public_id, blanco=True)
    story = [(gesprek._meta.get_field(name).verbose_name, getattr(gesprek, name)) for name in STORY_FIELDS]
    return render(request, "conversations/gesprek_detail.html",
                  {"gesprek": gesprek, "person": gesprek.person, "story": story})


@requires("gesprekken.update")
def gesprek_edit(request, public_id):
    gesprek = selectors.gesprek_get(actor=request.user, public_id=public_id, blanco=True)
    if request.method == "POST":
        form = GesprekForm(request.POST, instance=copy(gesprek))
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
            if save_with_form(form, lambda: services.gesprek_update(
                    actor=request.user, gesprek=gesprek, expected_version=form.cleaned_data["version"] or 0,
                    data=data)):
                messages.success(request, _("Opgeslagen."))
                return redirect("conversations:detail", public_id=gesprek.public_id)
    else:
        form = GesprekForm(instance=gesprek, initial={"version": gesprek.version})
    return render(request, "conversations/gesprek_form.html",
                  {"person": gesprek.person, "form": form, "gesprek": gesprek})


@requires("assessments.create")
def assessment_new(request, person_id):
    person = person_get(actor=request.user, public_id=person_id, action="persons.view_basic")
    blanco_leave(actor=request.user, person=person)  # measurements belong to the earlier file
    instruments = selectors.instruments_active()
    chosen = request.GET.get("instrument") or request.POST.get("instrument")
    # The plan whose evaluation sent us here (a public id, no personal data); the plan page checks access.
    back_to = uuid_or_404(request.GET["evaluatie"]) if request.GET.get("evaluatie") else None
    if not chosen:
        return render(request, "conversations/assessment_choose.html",
                      {"person": person, "instruments": instruments, "back_to": back_to})
    instrument = selectors.instrument_get(public_id=chosen)
    form = AssessmentForm(request.POST or None, instrument=instrument)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_create(actor=request.user, person=person, instrument=instrument,
                                       taken_on=form.cleaned_data["taken_on"], note=form.cleaned_data["note"],
                                       scores=form.scores())
            messages.success(request, _("Meting opgeslagen."))
            if back_to:  # started from a plan's evaluation: back to it, where the draft waits
                return redirect("plans:evaluate", public_id=back_to)
            return redirect("workspace:person", public_id=person.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "conversations/assessment_form.html",
                  {"person": person, "form": form, "instrument": instrument, "back_to": back_to})


@requires("contactmomenten.create")
def contactmoment_new(request, person_id):
    """A visit, a call, a door that stayed shut, a talk with the network or a partner: quickly recorded."""
    person = person_get(actor=request.user, public_id=person_id, action="persons.view_basic")
    form = ContactmomentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.contactmoment_create(
                actor=request.user, person=person, **data)):
            messages.success(request, _("Contactmoment opgeslagen."))
            return redirect("workspace:person", public_id=person.public_id)
    return render(request, "conversations/contactmoment_form.html", {"person": person, "form": form})
