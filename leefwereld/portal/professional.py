"""The professional's side of Mijn Leefwereld: answering a resident's messages and correction requests.

Reached from the werkvoorraad card "Van inwoners"; professionals only (requires() keeps residents out).
"""
import uuid

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leefwereld.access.policy import show, visible_one, within
from leefwereld.access.views import requires
from leefwereld.core.forms import save_with_form
from leefwereld.residents.models import Person

from . import forms, services
from .models import Bericht, Correctieverzoek, Vertegenwoordiging, VertegenwoordigingEinde, active_representations


def _person(request, public_id, action):
    person = visible_one(request.user, Person.objects.select_related("household"), action, public_id=public_id)
    if person is None:
        raise Http404
    return person


@requires("berichten.view")
def thread(request, public_id):
    """The messages in one person's file, newest last, with a reply to the latest open one."""
    person = _person(request, public_id, "berichten.view")
    rows = list(within(request.user, person.household_id, Bericht.objects.filter(person=person), "berichten.view")
                .select_related("sender", "in_reply_to").order_by("-created_at", "-id")[:50])[::-1]
    show(request.user, "berichten.view", person=person)
    answered = {b.in_reply_to_id for b in rows if b.in_reply_to_id}
    open_one = next((b for b in reversed(rows) if b.direction == "van_inwoner" and b.pk not in answered), None)
    form = forms.ReplyForm(request.POST or None)
    if request.method == "POST":
        if open_one is None:
            messages.info(request, _("Er is geen bericht dat nog een antwoord nodig heeft."))
            return redirect("portal:thread", public_id=public_id)
        if form.is_valid() and save_with_form(form, lambda: services.bericht_reply(
                actor=request.user, bericht=open_one, text=form.cleaned_data["text"])):
            messages.success(request, _("Uw antwoord is verstuurd. De inwoner leest het in Mijn Leefwereld."))
            return redirect("workspace:werkvoorraad")
    return render(request, "portal/pro_thread.html", {"person": person, "rows": rows, "open_one": open_one,
                                                       "form": form})


@requires("correcties.handle")
def correctie(request, public_id):
    verzoek = visible_one(request.user, Correctieverzoek.objects.select_related("person", "requested_by"),
                          "correcties.handle", public_id=public_id)
    if verzoek is None:
        raise Http404
    show(request.user, "correcties.handle", person=verzoek.person, obj=verzoek)
    form = forms.HandleCorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.correctie_handle(
            actor=request.user, verzoek=verzoek, answer=form.cleaned_data["answer"])):
        messages.success(request, _("Afgehandeld. De inwoner leest uw antwoord in Mijn Leefwereld."))
        return redirect("workspace:werkvoorraad")
    return render(request, "portal/pro_correctie.html", {"verzoek": verzoek, "form": form})


@requires("vertegenwoordiging.view")
def vertegenwoordigers(request, public_id):
    """Who acts for this resident, with the history: each representation as recorded, and its end as its own
    record. A professional records a new one or ends one here; the portal then says whose file is open."""
    person = _person(request, public_id, "vertegenwoordiging.view")
    reps = within(request.user, person.household_id, Vertegenwoordiging.objects.filter(person=person),
                  "vertegenwoordiging.view")
    form = forms.RepresentationForm(request.POST if request.POST.get("form") == "nieuw" else None)
    end_form = forms.RepresentationEndForm(request.POST if request.POST.get("form") == "einde" else None)
    ending = None
    if request.method == "POST" and form.is_bound and form.is_valid() and save_with_form(
            form, lambda: services.representation_record(actor=request.user, person=person, **form.cleaned_data)):
        messages.success(request, _("De vertegenwoordiger is vastgelegd."))
        return redirect("portal:vertegenwoordigers", public_id=public_id)
    if request.method == "POST" and end_form.is_bound:
        wanted = _uuid(request.POST.get("rep"))
        ending = reps.filter(public_id=wanted).first() if wanted else None
        if ending is None:
            raise Http404
        if end_form.is_valid() and save_with_form(end_form, lambda: services.representation_end(
                actor=request.user, representation=ending, **end_form.cleaned_data)):
            messages.success(request, _("De vertegenwoordiging is beëindigd. Dat staat nu in de geschiedenis."))
            return redirect("portal:vertegenwoordigers", public_id=public_id)
        if VertegenwoordigingEinde.objects.filter(representation=ending).exists():  # its form is no longer shown
            for error in end_form.non_field_errors():
                messages.error(request, error)
    rows = list(reps.select_related("recorded_by", "einde__recorded_by").order_by("-starts_on", "-id"))
    show(request.user, "vertegenwoordiging.view", person=person)
    active = {r.pk for r in active_representations(Vertegenwoordiging.objects.filter(pk__in=[r.pk for r in rows]))}
    return render(request, "portal/pro_vertegenwoordigers.html", {
        "person": person, "rows": rows, "active": active, "form": form, "end_form": end_form, "ending": ending,
        "blank_end": forms.RepresentationEndForm()})


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
