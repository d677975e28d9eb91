"""Screens for procedures, beschikkingen, the letter and bezwaar. Logic lives in services and selectors."""
import uuid

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.coordination import selectors as coordination_selectors
from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.core.forms import save_with_form
from leefwereld.plans import selectors as plan_selectors
from leefwereld.plans.models import Goal
from leefwereld.residents import selectors as resident_selectors

from . import forms, letters, selectors, services
from .models import OPEN_STATUSES, ProcedureKind, Voorziening, Wet


def _form_page(request, form, *, title, back, back_label, intro="", extra=None):
    return render(request, "decisions/form.html", {"form": form, "title": title, "back": back,
                                                   "back_label": back_label, "intro": intro, **(extra or {})})


def _one_click(request, call):
    """For one-click actions: do it, or say why not at the top of the page we return to."""
    try:
        call()
    except ApplicationError as error:
        messages.error(request, error.message)
        return False
    return True


# --- Procedures ---------------------------------------------------------------------------------

@requires("procedures.view")
def household(request, public_id):
    """All laws on one page: every melding and aanvraag of the household, and its decisions."""
    household = resident_selectors.household_get(actor=request.user, public_id=public_id, action="procedures.view")
    resident_selectors.blanco_leave(actor=request.user, household=household)
    return render(request, "decisions/household.html", {
        "household": household,
        "procedures": selectors.procedures_for_household(actor=request.user, household=household),
        "beschikkingen": selectors.beschikkingen_for_household(actor=request.user, household=household),
        "members": resident_selectors.household_members(actor=request.user, household=household),
    })


@requires("procedures.manage")
def procedure_start(request, person_id):
    """A melding or an aanvraag; from a vraag (?vraag=…) it starts on the vraag's date, in its words."""
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="procedures.manage")
    resident_selectors.blanco_leave(actor=request.user, person=person)
    vraag_id = request.GET.get("vraag", "")
    vraag = selectors.vraag_for_procedure(actor=request.user, person=person, public_id=vraag_id) if vraag_id \
        else None
    initial = {"wet": Wet.WMO, "kind": ProcedureKind.MELDING, "received_on": vraag.received_on,
               "subject": Truncator(vraag.words).chars(300)} if vraag else {}
    form = forms.ProcedureStartForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = {}
        if save_with_form(form, lambda: result.update(p=services.procedure_start(
                actor=request.user, person=person, wet=data["wet"], kind=data["kind"],
                received_on=data["received_on"], subject=data["subject"], ondersteuning=data["ondersteuning"],
                vraag=vraag))):
            messages.success(request, _("Opgeslagen. De termijn loopt tot %(day)s.") % {
                "day": datum(result["p"].deadline)})
            return redirect("decisions:procedure", public_id=result["p"].public_id)
    if vraag:
        return _form_page(request, form, title=_("Melding of aanvraag bij deze vraag"),
                          back=reverse("intake:vraag", args=[vraag.public_id]), back_label=str(vraag),
                          intro=_("Een melding (alleen Wmo) start het onderzoek van 6 weken. Bij de Jeugdwet en de "
                                  "Participatiewet is er geen melding: kies dan 'aanvraag'."),
                          extra={"vraag_words": vraag.words})
    return _form_page(request, form, title=_("Melding of aanvraag"), back=_household_url(person.household),
                      back_label=person.full_name)


def _household_url(household):
    return reverse("decisions:household", kwargs={"public_id": household.public_id})


@requires("procedures.view")
def procedure_detail(request, public_id):
    procedure = selectors.procedure_get(actor=request.user, public_id=public_id)
    resident_selectors.blanco_leave(actor=request.user, person=procedure.person)
    is_open, aanvraag = procedure.status in OPEN_STATUSES, procedure.kind == ProcedureKind.AANVRAAG
    # An open aanvraag where the household's plan holds maatwerk: the decision is drafted from the plan.
    plan = plan_selectors.open_plan_for_household(actor=request.user, household=procedure.household) \
        if is_open and aanvraag else None
    return render(request, "decisions/procedure.html", {
        "p": procedure, "moves": selectors.procedure_moves(actor=request.user, procedure=procedure),
        "open": is_open, "aanvraag": aanvraag,
        "from_plan": bool(selectors.plan_maatwerk(actor=request.user, plan=plan, limit=1)),
    })


PROCEDURE_STEPS = {
    # slug: (form, title, service, done message)
    "opschorten": (forms.SuspendForm, _lazy("Opschorten: gegevens vragen (Awb 4:15)"), "procedure_suspend",
                   _lazy("Opgeschort. De termijn staat stil tot de gegevens binnen zijn.")),
    "hervatten": (forms.ResumeForm, _lazy("Gegevens binnen: de termijn loopt weer"), "procedure_resume",
                  _lazy("Opgeslagen. De termijn loopt weer.")),
    "verdagen": (forms.ExtendForm, _lazy("Termijn verlengen"), "procedure_extend",
                 _lazy("Opgeslagen. De termijn is verlengd.")),
    "afronden": (forms.CloseForm, _lazy("Intrekken of afronden"), "procedure_close", _lazy("Opgeslagen.")),
    "aanvraag": (forms.AanvraagForm, _lazy("De melding wordt een aanvraag"), "melding_to_aanvraag",
                 _lazy("Aanvraag gestart.")),
    "ingebrekestelling": (forms.NoticeForm, _lazy("Ingebrekestelling vastleggen (Awb 4:17)"),
                          "ingebrekestelling_record", _lazy("Ingebrekestelling vastgelegd.")),
    "gegevens": (forms.DetailsForm, _lazy("Cliëntondersteuning en verslag"), "procedure_update", _lazy("Opgeslagen.")),
}


@requires("procedures.manage")
def procedure_step(request, public_id, step):
    procedure = selectors.procedure_get(actor=request.user, public_id=public_id, action="procedures.manage")
    resident_selectors.blanco_leave(actor=request.user, person=procedure.person)
    form_class, title, service_name, done = PROCEDURE_STEPS[step]
    initial = {"version": procedure.version, "ondersteuning": procedure.ondersteuning,
               "report_sent_on": procedure.report_sent_on}
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if "version" in data:
            data["expected_version"] = data.pop("version")
        target = "melding" if step == "aanvraag" else "procedure"
        result = {}
        if save_with_form(form, lambda: result.update(saved=getattr(services, service_name)(
                actor=request.user, **{target: procedure}, **data))):
            messages.success(request, done)
            # A melding that became an aanvraag: on to the aanvraag, where the decision is drafted.
            after = result["saved"] if step == "aanvraag" else procedure
            return redirect("decisions:procedure", public_id=after.public_id)
    return _form_page(request, form, title=title, back=_procedure_url(procedure), back_label=str(procedure))


def _procedure_url(procedure):
    return reverse("decisions:procedure", kwargs={"public_id": procedure.public_id})


# --- Beschikkingen ------------------------------------------------------------------------------

@requires("beschikkingen.draft")
def beschikking_new(request, person_id):
    """Draft a decision: from the plan's maatwerk (prefilled), or directly for a simple request."""
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="beschikkingen.draft")
    resident_selectors.blanco_leave(actor=request.user, person=person)
    plan = plan_selectors.open_plan_for_household(actor=request.user, household=person.household)
    procedures = [p for p in selectors.procedures_for_household(actor=request.user, household=person.household)
                  if p.is_open and p.kind == ProcedureKind.AANVRAAG and p.person_id == person.pk]
    maatwerk = selectors.plan_maatwerk(actor=request.user, plan=plan)
    if request.method == "POST":
        chosen = {str(p.public_id): p for p in procedures}.get(request.POST.get("procedure", ""))
        use_plan = plan if maatwerk and request.POST.get("from_plan") == "1" else None
        try:
            b = services.beschikking_draft(actor=request.user, person=person, plan=use_plan, procedure=chosen)
        except ApplicationError as error:
            messages.error(request, error.message)
            return redirect("decisions:new", person_id=person.public_id)
        messages.success(request, _("Concept gemaakt. Vul per voorziening de motivering in.") if use_plan is None
                         else _("Concept gemaakt uit het plan. Vul per voorziening aan wat nog ontbreekt en de "
                                "motivering."))
        return redirect("decisions:detail", public_id=b.public_id)
    # From the procedure page (?aanvraag=…) that aanvraag is chosen; otherwise the first.
    wanted = request.GET.get("aanvraag", "")
    chosen = wanted if any(str(p.public_id) == wanted for p in procedures) else \
        (str(procedures[0].public_id) if procedures else "")
    # The once-token (core/once.py): "Concept maken" sent twice makes one concept.
    return render(request, "decisions/new.html", {"person": person, "plan": plan, "procedures": procedures,
                                                  "chosen": chosen, "maatwerk": maatwerk, "once": uuid.uuid4()})


def _beschikking(request, public_id, action="beschikkingen.view"):
    b = selectors.beschikking_get(actor=request.user, public_id=public_id, action=action)
    resident_selectors.blanco_leave(actor=request.user, person=b.person)
    return b


@requires("beschikkingen.view")
def beschikking_detail(request, public_id):
    b = _beschikking(request, public_id)
    rows = selectors.voorzieningen(actor=request.user, beschikking=b)
    return render(request, "decisions/detail.html", {
        "b": b, "rows": rows, "earlier": selectors.earlier_decisions(actor=request.user, beschikking=b),
        "versions": selectors.beschikking_versions(actor=request.user, beschikking=b),
        "steps": selectors.beschikking_steps(actor=request.user, beschikking=b),
        "bezwaren": selectors.bezwaren(actor=request.user, beschikking=b),
        "gaps": services.mandate_gaps(user=request.user, beschikking=b) if b.editable else [],
        "language": letters.language_for(b.person), "send_form": forms.SendForm(
            initial={"language": letters.language_for(b.person)}),
    })


def _goals_and_procedures(request, b):
    plan = b.plan
    goals = list(Goal.objects.filter(plan=plan, archived=False)) if plan else []
    procedures = [p for p in selectors.procedures_for_household(actor=request.user, household=b.household)
                  if p.kind == ProcedureKind.AANVRAAG and p.person_id == b.person_id]
    return goals, procedures


@requires("beschikkingen.draft")
def voorziening_edit(request, public_id, voorziening_id=None):
    b = _beschikking(request, public_id, action="beschikkingen.draft")
    v = get_object_or_404(Voorziening, beschikking=b, public_id=voorziening_id, archived=False) \
        if voorziening_id else None
    goals, procedures = _goals_and_procedures(request, b)
    entries = coordination_selectors.maatwerk_entries(also=v.kaart_entry_id if v else None)
    initial = {"version": b.version}
    if v:
        initial.update({f: getattr(v, f) for f in services.beschikkingen.VOORZIENING_FIELDS},
                       goal=str(v.goal_id or ""), procedure=str(v.procedure_id or ""),
                       kaart_entry=str(v.kaart_entry.public_id) if v.kaart_entry_id else "")
    form = forms.VoorzieningForm(request.POST or None, initial=initial, goals=goals, procedures=procedures,
                                 entries=entries)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version, goal, procedure = data.pop("version"), data.pop("goal"), data.pop("procedure")
        entry = data.pop("kaart_entry")
        if save_with_form(form, lambda: services.voorziening_save(
                actor=request.user, beschikking=b, voorziening=v, expected_version=version, data=data, goal=goal,
                procedure=procedure, kaart_entry=entry)):
            messages.success(request, _("Voorziening opgeslagen."))
            return redirect("decisions:detail", public_id=b.public_id)
    plan_words = v.plan_action.what if v and v.plan_action_id else ""
    # The guideline's room and the team's similar decisions beside the form (ruimte's template tag),
    # compared with what was typed: the panel says "differs" where the service asks why.
    typed = form.data if form.is_bound else initial
    figures = getattr(form, "cleaned_data", {}) if form.is_bound else initial
    return _form_page(request, form, title=_("Voorziening"), back=_detail_url(b), back_label=str(b),
                      extra={"goal_words": v.goal.words if v and v.goal_id else "", "plan_words": plan_words,
                             "room_text": f"{typed.get('product') or ''} {plan_words}",
                             "room_wet": typed.get("wet", ""), "room_person": b.person,
                             "room_household": b.household_id, "room_amount": figures.get("amount"),
                             "room_quantity": figures.get("quantity")})


def _detail_url(b):
    return reverse("decisions:detail", kwargs={"public_id": b.public_id})


def _version(request):
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return 0


@require_POST
@requires("beschikkingen.draft")
def voorziening_remove(request, public_id, voorziening_id):
    b = _beschikking(request, public_id, action="beschikkingen.draft")
    v = get_object_or_404(Voorziening, beschikking=b, public_id=voorziening_id, archived=False)
    if _one_click(request, lambda: services.voorziening_remove(actor=request.user, voorziening=v,
                                                               expected_version=_version(request))):
        messages.success(request, _("Voorziening uit het besluit gehaald."))
    return redirect("decisions:detail", public_id=b.public_id)


@requires("beschikkingen.draft")
def explain(request, public_id):
    b = _beschikking(request, public_id, action="beschikkingen.draft")
    form = forms.ExplainForm(request.POST or None, initial={
        "version": b.version, "why_different": b.why_different, "benefit_of_doubt": b.benefit_of_doubt})
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.beschikking_explain(
            actor=request.user, beschikking=b, expected_version=form.cleaned_data["version"],
            why_different=form.cleaned_data["why_different"],
            benefit_of_doubt=form.cleaned_data["benefit_of_doubt"])):
        messages.success(request, _("Opgeslagen."))
        return redirect("decisions:detail", public_id=b.public_id)
    return _form_page(request, form, title=_("Waarom het besluit nu anders is"), back=_detail_url(b),
                      back_label=str(b), extra={"earlier": selectors.earlier_decisions(actor=request.user,
                                                                                         beschikking=b)})


@require_POST
@requires("beschikkingen.draft")
def propose(request, public_id):
    b = _beschikking(request, public_id, action="beschikkingen.draft")
    if _one_click(request, lambda: services.beschikking_propose(actor=request.user, beschikking=b)):
        messages.success(request, _("Voorgesteld. Een collega met mandaat kan het nu vaststellen."))
    return redirect("decisions:detail", public_id=b.public_id)


@require_POST
@requires("beschikkingen.decide")
def decide(request, public_id):
    b = _beschikking(request, public_id, action="beschikkingen.decide")
    if _one_click(request, lambda: services.beschikking_decide(actor=request.user, beschikking=b,
                                                               expected_version=_version(request))):
        messages.success(request, _("Vastgesteld. Bekijk de brief en verzend hem."))
    return redirect("decisions:detail", public_id=b.public_id)


@require_POST
@requires("beschikkingen.send")
def send(request, public_id):
    b = _beschikking(request, public_id, action="beschikkingen.send")
    form = forms.SendForm(request.POST)
    language = form.cleaned_data["language"] if form.is_valid() else ""
    if _one_click(request, lambda: services.beschikking_send(actor=request.user, beschikking=b, language=language)):
        messages.success(request, _("Verzonden. De brief is bewaard zoals hij is verstuurd."))
    return redirect("decisions:detail", public_id=b.public_id)


def _reason_step(request, public_id, *, action, service, title, done):
    b = _beschikking(request, public_id, action=action)
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: service(
            actor=request.user, beschikking=b, reason=form.cleaned_data["reason"])):
        messages.success(request, done)
        return redirect("decisions:detail", public_id=b.public_id)
    return _form_page(request, form, title=title, back=_detail_url(b), back_label=str(b))


@requires("beschikkingen.decide")
def correct(request, public_id):
    return _reason_step(request, public_id, action="beschikkingen.decide", service=services.beschikking_correct,
                        title=_("Corrigeren: terug naar concept"), done=_("Terug naar concept. De reden is bewaard."))


@requires("beschikkingen.decide")
def withdraw(request, public_id):
    return _reason_step(request, public_id, action="beschikkingen.decide", service=services.beschikking_withdraw,
                        title=_("Besluit intrekken"), done=_("Het besluit is ingetrokken."))


@require_POST
@requires("beschikkingen.draft")
def revise(request, public_id):
    b = _beschikking(request, public_id, action="beschikkingen.draft")
    try:
        new = services.herziening_start(actor=request.user, beschikking=b)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("decisions:detail", public_id=b.public_id)
    messages.success(request, _("Herziening gestart als nieuw besluit. Schrijf op waarom het nu anders is."))
    return redirect("decisions:detail", public_id=new.public_id)


def _pdf(data, name):
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@requires("beschikkingen.view")
def preview(request, public_id):
    """The letter as it would be sent today; never kept."""
    b = _beschikking(request, public_id)
    language = request.GET.get("taal") if request.GET.get("taal") in ("nl", "en") else letters.language_for(b.person)
    return _pdf(letters.letter_pdf(b, language=language, preview=True), "voorbeeld.pdf")


@requires("beschikkingen.view")
def letter(request, public_id):
    """The letter exactly as it was sent (the stored bytes)."""
    b = _beschikking(request, public_id)
    if not hasattr(b, "brief"):
        raise NotFoundOrNotAllowed("not sent")
    return _pdf(letters.stored_letter(b), f"besluit-{b.sent_on:%Y-%m-%d}.pdf")


# --- Bezwaar ------------------------------------------------------------------------------------

@requires("bezwaren.manage")
def bezwaar_new(request, public_id):
    b = _beschikking(request, public_id, action="bezwaren.manage")
    form = forms.BezwaarForm(request.POST or None)
    result = {}
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: result.update(
            z=services.bezwaar_register(actor=request.user, beschikking=b, **form.cleaned_data))):
        messages.success(request, _("Bezwaar geregistreerd. Beslissen uiterlijk op %(day)s.") % {
            "day": datum(result["z"].deadline)})
        return redirect("decisions:bezwaar", public_id=result["z"].public_id)
    return _form_page(request, form, title=_("Bezwaar registreren"), back=_detail_url(b), back_label=str(b))


@requires("bezwaren.manage")
def bezwaar_detail(request, public_id):
    bezwaar = selectors.bezwaar_get(actor=request.user, public_id=public_id)
    resident_selectors.blanco_leave(actor=request.user, person=bezwaar.beschikking.person)
    step = request.POST.get("stap") if request.method == "POST" else ""
    hearing = forms.HearingForm(request.POST if step == "hoorzitting" else None,
                                initial={"hearing_on": bezwaar.hearing_on, "notes": bezwaar.hearing_notes})
    decide_form = forms.BezwaarDecideForm(request.POST if step == "uitkomst" else None)
    if step == "hoorzitting" and hearing.is_valid() and save_with_form(hearing, lambda: services.bezwaar_hearing(
            actor=request.user, bezwaar=bezwaar, **hearing.cleaned_data)):
        messages.success(request, _("Hoorzitting opgeslagen."))
        return redirect("decisions:bezwaar", public_id=bezwaar.public_id)
    result = {}
    if step == "uitkomst" and decide_form.is_valid() and save_with_form(decide_form, lambda: result.update(
            h=services.bezwaar_decide(actor=request.user, bezwaar=bezwaar, **decide_form.cleaned_data))):
        if result["h"] is not None:
            messages.success(request, _("Gegrond. Een herziening is gestart als nieuw besluit."))
            return redirect("decisions:detail", public_id=result["h"].public_id)
        messages.success(request, _("Uitkomst opgeslagen."))
        return redirect("decisions:bezwaar", public_id=bezwaar.public_id)
    return render(request, "decisions/bezwaar.html", {"z": bezwaar, "b": bezwaar.beschikking,
                                                      "hearing_form": hearing, "decide_form": decide_form})
