"""Mijn Leefwereld: the resident's pages, phone first and in plain Dutch (B1)."""
from django.contrib import messages
from django.contrib.auth import logout
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from leefwereld.access.views import requires
from leefwereld.accounts.services import logout_record
from leefwereld.core.errors import ApplicationError
from leefwereld.core.forms import save_with_form
from leefwereld.decisions import letters
from leefwereld.documenten.content import download_name
from leefwereld.documenten.selectors import open_content, resident_document, resident_documents

from . import context, forms, inzage, selectors, services, survey_selectors
from .decorators import portal_page

# --- Signing in and choosing whose file ---------------------------------------------------------------


@requires("public")
def start(request):
    if request.user.is_authenticated and getattr(request.user, "role", "") == "inwoner":
        return redirect("portal:home")
    return render(request, "portal/start.html")


_authenticate = OIDCAuthenticationRequestView.as_view()
_callback = OIDCAuthenticationCallbackView.as_view()


@requires("public")
def oidc_authenticate(request):
    """To the broker (DigiD behind it); the broker sends the resident back to oidc_callback."""
    return _authenticate(request)


@requires("public")
def oidc_callback(request):
    request.session.pop(context.SESSION_KEY, None)
    return _callback(request)


@portal_page("portal.account", needs_file=False)
def kies(request):
    """Whose file: one's own, or that of someone one represents (with the relation and until when)."""
    account, reps = context.choices(request.user)
    own = account.person if account is not None else None
    if request.method == "POST":
        wanted = request.POST.get("person", "")
        allowed = {str(p.public_id): p.pk for p in [own, *[r.person for r in reps]] if p is not None}
        if wanted in allowed:
            request.session[context.SESSION_KEY] = allowed[wanted]
            return redirect("portal:home")
        messages.error(request, _("Kies een van de dossiers hieronder."))
    return render(request, "portal/kies.html", {"own": own, "reps": reps})


@require_POST
@portal_page("portal.account", needs_file=False)
def uitloggen(request):
    logout_record(actor=request.user, reason="user")
    logout(request)
    messages.info(request, _("U bent uitgelogd."))
    return redirect("portal:start")


# --- Reading one's own file ---------------------------------------------------------------------------------


def _page(request, template, **extra):
    ctx = request.portal
    person = selectors.person(ctx)
    return render(request, template, {"ctx": ctx, "person": person, **extra})


@portal_page("portal.view")
def home(request):
    ctx = request.portal
    plan = selectors.open_plan(ctx)
    return _page(request, "portal/home.html", plan=plan, upcoming=selectors.upcoming(ctx, plan),
                 berichten=selectors.berichten(ctx)[:3], invitations=survey_selectors.invitations(ctx))


@portal_page("portal.view")
def plan(request):
    ctx = request.portal
    plan = selectors.open_plan(ctx)
    goal_form = forms.GoalForm(initial={"version": getattr(plan, "version", 1)})
    agree_form = forms.AgreeForm()
    if request.method == "POST" and plan is not None:
        which = request.POST.get("form")
        if which == "goal":
            goal_form = forms.GoalForm(request.POST)
            if goal_form.is_valid() and save_with_form(goal_form, lambda: services.goal_add_own(
                    ctx=ctx, plan=plan, expected_version=goal_form.cleaned_data["version"],
                    words=goal_form.cleaned_data["words"])):
                messages.success(request, _("Uw doel staat in het plan. Uw contactpersoon ziet het."))
                return redirect("portal:plan")
        elif which == "agree":
            agree_form = forms.AgreeForm(request.POST)
            if agree_form.is_valid() and save_with_form(agree_form, lambda: services.plan_respond(
                    ctx=ctx, plan=plan, **agree_form.cleaned_data)):
                messages.success(request, _("Dank u. Uw reactie op het plan is opgeslagen."))
                return redirect("portal:plan")
    goals = selectors.plan_goals(ctx, plan) if plan else []
    return _page(request, "portal/plan.html", plan=plan, goals=goals, goal_form=goal_form, agree_form=agree_form,
                 looked_along=selectors.looked_along(ctx, plan) if plan else [],
                 agreement=selectors.my_agreement(ctx, plan) if plan else None)


@require_POST
@portal_page("portal.view")
def action_done(request, action_id):
    ctx = request.portal
    action = selectors.action_get(ctx, action_id)
    if action is None:
        raise Http404
    try:
        services.action_done_own(ctx=ctx, action=action, expected_version=action.goal.plan.version)
        messages.success(request, _("Gedaan! Dat staat nu in uw plan."))
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("portal:plan")


@portal_page("portal.view")
def besluiten(request):
    return _page(request, "portal/besluiten.html", decisions=selectors.decisions(request.portal))


@portal_page("portal.view")
def brief(request, public_id):
    """The letter exactly as it was sent: the stored PDF, checked against its hash."""
    beschikking, stored = selectors.decision_letter(request.portal, public_id)
    if stored is None:
        raise Http404
    response = HttpResponse(letters.stored_letter(beschikking), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="besluit-{beschikking.sent_on:%Y-%m-%d}.pdf"'
    return response


@portal_page("documenten.download")
def documenten(request):
    """The documents in the open file: the household's and the person's own, as the professionals see them."""
    ctx = request.portal
    person = selectors.person(ctx)
    return render(request, "portal/documenten.html", {"ctx": ctx, "person": person, "rows": resident_documents(
        actor=ctx.user, person=ctx.person)})


@portal_page("documenten.download")
def document(request, public_id):
    """One document, streamed from storage; the download is in the audit the resident reads under "wie keek"."""
    found = resident_document(actor=request.user, person=request.portal.person, public_id=public_id)
    if found is None:
        raise Http404
    response = FileResponse(open_content(found), as_attachment=True, filename=download_name(found),
                            content_type=found.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


@portal_page("portal.view")
def wie(request):
    """Who is involved, and who looked at the file (from the audit log)."""
    ctx = request.portal
    person = selectors.person(ctx)
    return render(request, "portal/wie.html", {"ctx": ctx, "person": person,
                                                "involved": selectors.involved(ctx, person),
                                                "looks": selectors.who_looked(ctx, person)})


@portal_page("portal.view")
def berichten(request):
    ctx = request.portal
    form = forms.MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.bericht_send(ctx=ctx, text=form.cleaned_data["text"])):
        messages.success(request, _("Uw bericht is verstuurd naar uw contactpersoon."))
        return redirect("portal:berichten")
    return _page(request, "portal/berichten.html", form=form, berichten=selectors.berichten(ctx))


@portal_page("portal.view")
def toestemming(request):
    ctx = request.portal
    form = forms.ConsentForm(request.POST or None, organisations=selectors.partner_organisations())
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.consent_give(
            ctx=ctx, **form.cleaned_data)):
        messages.success(request, _("Uw toestemming is opgeslagen."))
        return redirect("portal:toestemming")
    return _page(request, "portal/toestemming.html", form=form, grounds=selectors.consents(ctx))


@require_POST
@portal_page("portal.view")
def toestemming_intrekken(request, public_id):
    ctx = request.portal
    ground = selectors.consent_get(ctx, public_id)
    if ground is None:
        raise Http404
    try:
        services.consent_withdraw(ctx=ctx, ground=ground)
        messages.success(request, _("Uw toestemming is ingetrokken. %(org)s kan vanaf nu niets meer zien.")
                         % {"org": ground.receiver})
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("portal:toestemming")


@portal_page("portal.view")
def communicatie(request):
    ctx = request.portal
    person = ctx.person
    initial = {f: getattr(person, f) for f in forms.CommunicationForm.base_fields if f != "version"}
    form = forms.CommunicationForm(request.POST or None, initial={**initial, "version": person.version})
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.communication_set(
            ctx=ctx, expected_version=form.cleaned_data.pop("version"), data=form.cleaned_data)):
        messages.success(request, _("Opgeslagen. Zo nemen we voortaan contact met u op."))
        return redirect("portal:communicatie")
    return _page(request, "portal/communicatie.html", form=form)


# --- Client experience: "Wat vond u van onze hulp?" (ADR 0044) ------------------------------------------------


def _not_invited(request):
    messages.info(request, _("Deze vragenlijst staat niet (meer) voor u klaar. Misschien heeft u al gereageerd."))
    return redirect("portal:home")


@portal_page("portal.survey")
def ervaring(request, public_id):
    """The survey's questions; sent, the answers go to the stembus and the invitation is gone."""
    ctx = request.portal
    survey = survey_selectors.invitation(ctx, public_id)
    if survey is None:
        return _not_invited(request)
    form = forms.SurveyForm(request.POST or None, questions=list(survey.questions.all()))
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.survey_respond(
            ctx=ctx, survey=survey, answers=form.answers())):
        messages.success(request, _("Dank u wel! Uw antwoorden zijn anoniem opgeslagen."))
        return redirect("portal:home")
    return _page(request, "portal/ervaring.html", survey=survey, form=form)


@require_POST
@portal_page("portal.survey")
def ervaring_nee(request, public_id):
    """No thank you: the invitation goes away, and nothing says whether one answered or declined."""
    ctx = request.portal
    survey = survey_selectors.invitation(ctx, public_id)
    if survey is None:
        return _not_invited(request)
    try:
        services.survey_respond(ctx=ctx, survey=survey, answers=None)
        messages.success(request, _("Goed. We vragen het u niet nog een keer."))
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("portal:home")


# --- Inzage (AVG art. 15) and correction (art. 16) ------------------------------------------------------


@portal_page("portal.inzage")
def inzage_page(request):
    ctx = request.portal
    form = forms.CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.correctie_request(
            ctx=ctx, **form.cleaned_data)):
        messages.success(request, _("Uw verzoek is naar uw contactpersoon gestuurd. U krijgt binnen een maand "
                                    "antwoord."))
        return redirect("portal:inzage")
    person = selectors.person(ctx)
    return render(request, "portal/inzage.html", {"ctx": ctx, "person": person, "form": form,
                                                   "correcties": selectors.correcties(ctx),
                                                   "verzoeken": selectors.inzage_verzoeken(ctx)})


def _in_background(request):
    """A large file is made by the worker: the resident sees "wordt klaargemaakt", then the download."""
    services.inzage_request(ctx=request.portal)
    messages.info(request, _("Uw dossier is groot. We maken alles voor u klaar. Dat kan een paar minuten duren."))
    return redirect("portal:inzage")


@require_POST
@portal_page("portal.inzage")
def inzage_klaarmaken(request):
    return _in_background(request)


@portal_page("portal.inzage")
def inzage_klaar(request, public_id, kind):
    """A prepared inzage, from storage; only for whoever asked for it, and only while the file is theirs."""
    verzoek = selectors.inzage_verzoek(request.portal, public_id)
    if verzoek is None:
        raise Http404
    stored = getattr(verzoek, kind)
    response = FileResponse(stored.storage.open(stored.name, "rb"), as_attachment=True, filename=f"inzage.{kind}",
                            content_type="application/pdf" if kind == "pdf" else "application/json")
    response["Cache-Control"] = "private, no-store"
    return response


@portal_page("portal.inzage")
def inzage_json(request):
    if inzage.is_large(request.portal):
        return _in_background(request)
    data = inzage.collect(request.portal)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'attachment; filename="inzage.json"'
    return response


@portal_page("portal.inzage")
def inzage_pdf(request):
    if inzage.is_large(request.portal):
        return _in_background(request)
    response = HttpResponse(inzage.pdf(request.portal), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="inzage.pdf"'
    return response


