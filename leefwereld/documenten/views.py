"""The professional's pages: a household's documents with the form to add one, and the download.

A partner professional reaches the documents of their own verwijzing (verwijzing page) and their download.
"""
from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from leefwereld.access.policy import role_allows, visible_one, within
from leefwereld.access.views import requires
from leefwereld.coordination.models import Referral
from leefwereld.coordination.selectors import referral_get
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.core.forms import save_with_form
from leefwereld.decisions.models import Beschikking
from leefwereld.plans.models import Plan
from leefwereld.residents.models import Household, Person

from . import selectors, services
from .content import allowed_labels, download_name
from .forms import DocumentForm
from .parts import readable_parts


def _targets(actor, household):
    """{choice value: (label, object)} of the parts of this file the actor may add to: fetched through within()."""
    allowed = set(readable_parts(actor))
    found = {"huishouden": (_("Het huishouden"), household)} if "huishouden" in allowed else {}
    if "persoon" in allowed:
        for p in within(actor, household, Person.objects.all(), "persons.view").order_by("birth_date", "id"):
            found[f"persoon:{p.public_id}"] = (_("Persoon: %(name)s") % {"name": p.full_name}, p)
    if "plan" in allowed:
        for plan in within(actor, household, Plan.objects.all(), "plans.view").order_by("-created_at")[:5]:
            found[f"plan:{plan.public_id}"] = (_("Plan: %(plan)s") % {"plan": plan}, plan)
    if "besluit" in allowed:
        for b in within(actor, household, Beschikking.objects.select_related("person"),
                        "beschikkingen.view").order_by("-created_at")[:10]:
            found[f"besluit:{b.public_id}"] = (_("Besluit: %(b)s") % {"b": b}, b)
    if "verwijzing" in allowed:
        for r in within(actor, household, Referral.objects.select_related("organisation"),
                        "referrals.view").order_by("-created_at")[:10]:
            found[f"verwijzing:{r.public_id}"] = (_("Verwijzing naar %(org)s") % {"org": r.organisation}, r)
    return found


def _download(document):
    response = FileResponse(selectors.open_content(document), as_attachment=True,
                            filename=download_name(document), content_type=document.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


@requires("documenten.view")
def household_documents(request, public_id):
    household = visible_one(request.user, Household.objects.all(), "documenten.view", public_id=public_id)
    if household is None:
        raise Http404
    targets = _targets(request.user, household) if role_allows(request.user, "documenten.add") else {}
    form = DocumentForm(request.POST or None, request.FILES or None, parts=[(k, v[0]) for k, v in targets.items()],
                        max_label=filesizeformat(settings.LEEFWERELD_DOCUMENTS_MAX_BYTES),
                        types_label=allowed_labels())
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.document_add(
            actor=request.user, target=targets[form.cleaned_data["part"]][1], category=form.cleaned_data["category"],
            description=form.cleaned_data["description"], upload=form.cleaned_data["file"])):
        messages.success(request, _("Het document is toegevoegd aan het dossier."))
        return redirect("documenten:household", public_id=public_id)
    rows = selectors.documents_for_household(actor=request.user, household=household)
    return render(request, "documenten/household.html", {"household": household, "rows": rows, "form": form,
                                                         "may_add": bool(targets)})


@requires("documenten.view")
def referral_documents(request, public_id):
    try:
        referral = referral_get(actor=request.user, public_id=public_id)
    except NotFoundOrNotAllowed:
        raise Http404 from None
    rows = selectors.documents_for_referral(actor=request.user, referral=referral)
    return render(request, "documenten/referral.html", {"referral": referral, "rows": rows})


@requires("documenten.download")
def download(request, public_id):
    document = selectors.document_get(actor=request.user, public_id=public_id)
    if document is None:
        raise Http404
    return _download(document)
