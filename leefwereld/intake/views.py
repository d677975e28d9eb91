"""The one door: find or register the person, then the question or signal; and the light route."""
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.errors import ApplicationError
from leefwereld.core.forms import save_with_form
from leefwereld.core.htmx import render_part
from leefwereld.residents import selectors as resident_selectors
from leefwereld.residents import services as resident_services
from leefwereld.residents.forms import ContactOnlyPersonForm, PersonForm, PersonSearchForm

from . import selectors, services
from .forms import FollowUpForm, LightRouteForm, VraagCloseForm, VraagForm
from .models import Kind


def _kind(request):
    return Kind.SIGNAAL if request.GET.get("soort") == Kind.SIGNAAL else Kind.VRAAG


@requires("persons.search")
def register_start(request):
    """Step 1: find the person first. The search is a POST, so no name or BSN lands in a URL."""
    kind = _kind(request)
    form = PersonSearchForm(request.POST if request.method == "POST" else None)
    results = None
    if form.is_bound and form.is_valid():
        results = resident_selectors.person_search(actor=request.user, **form.cleaned_data)
    # htmx swaps in only the results, or the form's errors when the search could not run.
    return render_part(request, "intake/register_start.html", "intake/_search_results.html",
                       {"form": form, "results": results, "kind": kind, "pick_url": "intake:register_vraag",
                        "partial": bool(request.htmx)}, partial=form.is_bound)


PREFIXES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "von", "la", "le", "du", "da"}
FROM_SEARCH = "van_zoeken"


def _typed_in_search(post):
    """What was typed in the search, as the new-person form's first values. Posted on, never in a URL.
    "Saskia van Dalen" becomes given name Saskia, prefix van, family name Dalen; one word is a family name."""
    words = post.get("name", "").split()[:12]
    given = words[0] if len(words) > 1 else ""
    rest = words[1:] if len(words) > 1 else words
    prefix = [w for w in rest[:-1] if w.lower() in PREFIXES]
    initial = {"given_name": given, "prefix": " ".join(prefix),
               "family_name": " ".join(w for w in rest if w not in prefix)}
    for field in ("birth_date", "postcode", "house_number"):
        initial[field] = post.get(field, "")[:20]
    return {k: v for k, v in initial.items() if v}


@requires("persons.create")
def register_person(request):
    """Step 1b: a new person, with a warning when they probably exist already."""
    kind = _kind(request)
    form_class = ContactOnlyPersonForm if kind == Kind.SIGNAAL else PersonForm
    from_search = request.method == "POST" and FROM_SEARCH in request.POST
    # Arriving from the search: the form starts with what was typed there; nothing is saved yet.
    form = form_class(initial=_typed_in_search(request.POST)) if from_search else form_class(request.POST or None)
    duplicates = []
    if request.method == "POST" and not from_search and form.is_valid():
        data = form.cleaned_data
        duplicates = resident_selectors.person_probable_duplicates(
            actor=request.user, **{k: data.get(k) for k in
                                   ("given_name", "family_name", "birth_date", "postcode", "house_number", "bsn")})
        if not duplicates or data.get("confirm_new"):
            try:
                person = resident_services.person_create(actor=request.user, data=data,
                                                         contact_only=kind == Kind.SIGNAAL)
                messages.success(request, _("%(name)s is toegevoegd. Leg nu de vraag of het signaal vast.")
                                 % {"name": person})
                return redirect(reverse("intake:register_vraag", args=[person.public_id]) + "?" +
                                urlencode({"soort": kind}))
            except ApplicationError as error:
                form.add_application_error(error)
    return render(request, "intake/register_person.html", {"form": form, "kind": kind, "duplicates": duplicates})


@requires("vragen.create")
def register_vraag(request, public_id):
    """Step 2: the question or worry, in the words of whoever brought it."""
    person = resident_selectors.person_get(actor=request.user, public_id=public_id, action="persons.view_basic")
    form = VraagForm(request.POST or None, initial={"kind": _kind(request)})
    if request.method == "POST" and form.is_valid():
        try:
            vraag = services.vraag_register(actor=request.user, person=person, **form.cleaned_data)
            messages.success(request, _("Vraag geregistreerd en opgepakt.") if vraag.picked_up_by_id
                             else _("Vraag geregistreerd."))
            return redirect("intake:vraag", public_id=vraag.public_id)
        except ApplicationError as error:
            form.add_application_error(error)
    return render(request, "intake/register_vraag.html", {"form": form, "person": person})


@requires("vragen.view")
def vraag_detail(request, public_id):
    vraag = selectors.vraag_get(actor=request.user, public_id=public_id)
    return render(request, "intake/vraag_detail.html", {"vraag": vraag, "person": vraag.person,
                                                        "light_form": LightRouteForm(),
                                                        "followup_form": FollowUpForm()})


@require_POST
@requires("vragen.pick_up")
def vraag_pick_up(request, public_id):
    # Logged as a look at the vraag: when the pick-up is refused (409), that is what the page shows.
    vraag = selectors.vraag_get(actor=request.user, public_id=public_id)
    try:
        services.vraag_pick_up(actor=request.user, vraag=vraag)
    except ApplicationError as error:
        return render(request, "intake/vraag_detail.html", {"vraag": vraag, "person": vraag.person,
                                                            "error": error.message, "light_form": LightRouteForm(),
                                                            "followup_form": FollowUpForm()}, status=409)
    messages.success(request, _("U hebt de vraag opgepakt."))
    return redirect("intake:vraag", public_id=vraag.public_id)


@requires("vragen.close_light")
def vraag_close_light(request, public_id):
    vraag = selectors.vraag_get(actor=request.user, public_id=public_id)
    form = LightRouteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.vraag_close_light(
                actor=request.user, vraag=vraag, **data)):
            messages.success(request, _("Opgeslagen. De vraag is afgesloten via de lichte route."))
            return redirect("intake:vraag", public_id=vraag.public_id)
    return render(request, "intake/light_route.html", {"vraag": vraag, "person": vraag.person, "form": form})


@requires("followups.create")
def followup_add(request, public_id):
    person = resident_selectors.person_get(actor=request.user, public_id=public_id, action="persons.view_basic")
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.followup_create(
                actor=request.user, person=person, **data)):
            messages.success(request, _("Opvolging opgeslagen."))
            return redirect("workspace:person", public_id=person.public_id)
    return render(request, "intake/followup_form.html", {"person": person, "form": form})


@require_POST
@requires("followups.done")
def followup_done(request, public_id):
    followup = selectors.followup_get(actor=request.user, public_id=public_id)
    services.followup_done(actor=request.user, followup=followup)
    messages.success(request, _("Opvolging afgerond."))
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(next_url)
    return redirect("workspace:werkvoorraad")


@requires("vragen.close")
def vraag_close(request, public_id):
    """Close a vraag that was withdrawn or ended otherwise, with a date and what came of it."""
    vraag = selectors.vraag_get(actor=request.user, public_id=public_id)
    form = VraagCloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.vraag_close(actor=request.user, vraag=vraag, **data)):
            messages.success(request, _("De vraag is afgesloten."))
            return redirect("intake:vraag", public_id=vraag.public_id)
    return render(request, "intake/vraag_close.html", {"vraag": vraag, "person": vraag.person, "form": form})
