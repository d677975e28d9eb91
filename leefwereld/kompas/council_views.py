"""The adviesraad's space: meetings with casuïstiek first, protected figures, the advice register (ADR 0025)."""
import datetime as dt

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.forms import save_with_form
from leefwereld.core.replica import replica_reads

from . import council_selectors as selectors
from . import council_services as services
from .council_forms import AdviceForm, ContributionForm, ItemForm, MeetingForm, StepForm, StoryForm
from .selectors import years


def _ctx(request, **extra):
    return {"menu_current": "raad", "is_council": request.user.role == "adviesraad",
            "is_policy": request.user.role == "beleid", **extra}


@requires("council.view")
def home(request):
    advices = selectors.advices()
    form = MeetingForm(request.POST if request.method == "POST" else None, initial={"held_on": timezone.localdate()})
    return render(request, "raad/home.html", _ctx(
        request, meetings=selectors.meetings(), late=[a for a in advices if a.late], open=[
            a for a in advices if not a.answered], form=form))


@require_POST
@requires("council.meetings")
def meeting_new(request):
    form, result = MeetingForm(request.POST), {}
    if form.is_valid() and save_with_form(form, lambda: result.update(meeting=services.meeting_plan(
            actor=request.user, held_on=form.cleaned_data["held_on"], title=form.cleaned_data["title"]))):
        messages.success(request, _("De vergadering is gepland, met de casuïstiek als eerste agendapunt."))
        return redirect("raad:meeting", public_id=result["meeting"].public_id)
    advices = selectors.advices()
    return render(request, "raad/home.html", _ctx(
        request, meetings=selectors.meetings(), late=[a for a in advices if a.late],
        open=[a for a in advices if not a.answered], form=form))


def _meeting_page(request, meeting, **forms):
    return render(request, "raad/meeting.html", _ctx(
        request, meeting=meeting, story_form=forms.get("story") or StoryForm(stories=selectors.council_stories()),
        item_form=forms.get("item") or ItemForm(), contribution_form=forms.get("contribution") or ContributionForm()))


@requires("council.view")
def meeting(request, public_id):
    return _meeting_page(request, selectors.meeting_get(public_id))


@require_POST
@requires("council.meetings")
def meeting_story(request, public_id):
    found = selectors.meeting_get(public_id)
    form = StoryForm(request.POST, stories=selectors.council_stories())
    if form.is_valid() and save_with_form(form, lambda: services.agenda_story_add(
            actor=request.user, meeting=found, story=form.cleaned_data["story"])):
        messages.success(request, _("Het verhaal staat op de agenda bij de casuïstiek."))
        return redirect("raad:meeting", public_id=public_id)
    return _meeting_page(request, found, story=form)


@require_POST
@requires("council.meetings")
def meeting_item(request, public_id):
    found = selectors.meeting_get(public_id)
    form = ItemForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.agenda_item_add(
            actor=request.user, meeting=found, kind=form.cleaned_data["kind"], title=form.cleaned_data["title"])):
        messages.success(request, _("Het agendapunt is toegevoegd."))
        return redirect("raad:meeting", public_id=public_id)
    return _meeting_page(request, found, item=form)


@require_POST
@requires("council.contribute")
def meeting_contribute(request, public_id):
    found = selectors.meeting_get(public_id)
    form = ContributionForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.contribution_add(
            actor=request.user, meeting=found, text=form.cleaned_data["text"],
            speaks_as=form.cleaned_data["speaks_as"])):
        messages.success(request, _("Je bijdrage is toegevoegd."))
        return redirect("raad:meeting", public_id=public_id)
    return _meeting_page(request, found, contribution=form)


@requires("council.view")
@replica_reads
def figures(request):
    year = int(request.GET["jaar"]) if request.GET.get("jaar", "").isdigit() and int(
        request.GET["jaar"]) in years() else dt.date.today().year
    teams, tables = selectors.protected_figures(year)
    chosen = next((t for t in teams if str(t.pk) == request.GET.get("team", "")), None)
    shown = [chosen.pk] if chosen else [t.pk for t in teams]
    names = {t.pk: t.name for t in teams}
    blocks = []
    for measure, table in tables.items():
        def cells(row, table=table):
            return [(table.labels[c], table.get(row, c)) for c in table.columns]

        rows = [(names[r], cells(r), table.get(r, "__total__")) for r in shown]
        if not chosen:
            rows.append((_("Hele gemeente"), cells("__total__"), table.get("__total__", "__total__")))
        blocks.append({"measure": measure, "label": measure.label,
                       "columns": [table.labels[c] for c in table.columns], "rows": rows})
    return render(request, "raad/figures.html", _ctx(request, blocks=blocks, teams=teams, chosen=chosen, year=year,
                                                     years=years(), barriers=selectors.barrier_register(year)))


def _advices_page(request, form):
    return render(request, "raad/advices.html", _ctx(request, advices=selectors.advices(), form=form))


@requires("council.view")
def advices(request):
    return _advices_page(request, AdviceForm(initial={"sent_on": timezone.localdate()}))


@require_POST
@requires("advice.register")
def advice_new(request):
    form, result = AdviceForm(request.POST), {}
    if form.is_valid() and save_with_form(form, lambda: result.update(advice=services.advice_register(
            actor=request.user, kind=form.cleaned_data["kind"], title=form.cleaned_data["title"],
            text=form.cleaned_data["text"], sent_on=form.cleaned_data["sent_on"],
            answer_due=form.cleaned_data["answer_due"]))):
        messages.success(request, _("Het advies staat in het register."))
        return redirect("raad:advice", public_id=result["advice"].public_id)
    return _advices_page(request, form)


def _advice_page(request, found, step=None, contribution=None):
    return render(request, "raad/advice.html", _ctx(
        request, advice=found, step_form=step or StepForm(initial={"on": timezone.localdate()}),
        contribution_form=contribution or ContributionForm()))


@requires("council.view")
def advice(request, public_id):
    return _advice_page(request, selectors.advice_get(public_id))


@require_POST
@requires("advice.answer")
def advice_step(request, public_id):
    found = selectors.advice_get(public_id)
    form = StepForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.advice_step(
            actor=request.user, advice=found, kind=form.cleaned_data["kind"], on=form.cleaned_data["on"],
            text=form.cleaned_data["text"])):
        messages.success(request, _("De stap is vastgelegd bij het advies."))
        return redirect("raad:advice", public_id=public_id)
    return _advice_page(request, found, step=form)


@require_POST
@requires("council.contribute")
def advice_contribute(request, public_id):
    found = selectors.advice_get(public_id)
    form = ContributionForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.contribution_add(
            actor=request.user, advice=found, text=form.cleaned_data["text"],
            speaks_as=form.cleaned_data["speaks_as"])):
        messages.success(request, _("Je bijdrage is toegevoegd."))
        return redirect("raad:advice", public_id=public_id)
    return _advice_page(request, found, contribution=form)
