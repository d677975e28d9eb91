"""The professional's side of Mijn Leefwereld: answering a resident's messages and correction requests.

Reached from the werkvoorraad card "Van inwoners"; professionals only (requires() keeps residents out).
"""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leefwereld.access.policy import show, visible_one, within
from leefwereld.access.views import requires
from leefwereld.core.forms import save_with_form
from leefwereld.residents.models import Person

from . import forms, services
from .models import Bericht, Correctieverzoek


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
