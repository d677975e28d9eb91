"""The kwaliteitskompas: results, indicators with stories and interpretations, CSV and PDF (ADR 0025)."""
import csv

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.accounts.models import Team
from leefwereld.core.forms import save_with_form
from leefwereld.core.replica import replica_reads
from leefwereld.learning.models import SharedStory
from leefwereld.ruimte import selectors as ruimte_selectors

from . import selectors, services
from .forms import InterpretationForm, StoryLinkForm


def _context(request, choice, **extra):
    return {"choice": choice, "teams": list(Team.objects.all()), "areas": selectors.areas(),
            "years": selectors.years(), "query": _query(choice), "menu_current": "kompas",
            "municipality": settings.LEEFWERELD_MUNICIPALITY, **extra}


def _query(choice):
    params = {"jaar": choice.year}
    if choice.team:
        params["team"] = choice.team.pk
    if choice.area:
        params["gebied"] = choice.area
    return urlencode(params)


def _stories():
    return SharedStory.objects.filter(audience__in=services.STORY_AUDIENCES).order_by("-shared_at")


@requires("kompas.view")
@replica_reads
def home(request):
    choice = selectors.choice_from(request.GET)
    # Policy staff land here: barriers they own (handed to them, or lying too long) wait on this page too.
    return render(request, "kompas/home.html", _context(request, choice, results=selectors.kompas(choice),
                                                        refreshed=selectors.last_refresh(),
                                                        ruimte_barriers=ruimte_selectors.barrier_news(
                                                            actor=request.user)))


def _indicator_page(request, public_id, choice, interpret=None, link=None):
    indicator = selectors.indicator_page(public_id, choice)
    newest = _stories().values("pk")[:50]
    return render(request, "kompas/indicator.html", _context(
        request, choice, indicator=indicator, interpret=interpret or InterpretationForm(),
        link=link or StoryLinkForm(stories=SharedStory.objects.filter(pk__in=newest)),
        can_link=request.user.role in ("teamleider", "beleid")))


@requires("kompas.view")
@replica_reads
def indicator(request, public_id):
    return _indicator_page(request, public_id, selectors.choice_from(request.GET))


@require_POST
@requires("kompas.interpret")
def interpret(request, public_id):
    choice = selectors.choice_from(request.GET)
    indicator = selectors.indicator_get(public_id)
    form = InterpretationForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.interpretation_add(
            actor=request.user, indicator=indicator, team=choice.team, year=choice.year,
            text=form.cleaned_data["text"])):
        messages.success(request, _("Je duiding staat bij de indicator."))
        return redirect(reverse("kompas:indicator", args=[public_id]) + "?" + _query(choice))
    return _indicator_page(request, public_id, choice, interpret=form)


@require_POST
@requires("kompas.stories")
def link_story(request, public_id):
    choice = selectors.choice_from(request.GET)
    indicator = selectors.indicator_get(public_id)
    form = StoryLinkForm(request.POST, stories=_stories())
    if form.is_valid() and save_with_form(form, lambda: services.indicator_story_link(
            actor=request.user, indicator=indicator, story=form.cleaned_data["story"])):
        messages.success(request, _("Het verhaal staat bij de indicator."))
        return redirect(reverse("kompas:indicator", args=[public_id]) + "?" + _query(choice))
    return _indicator_page(request, public_id, choice, link=form)


@requires("kompas.view")
@replica_reads
def export_csv(request):
    choice = selectors.choice_from(request.GET)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kompas-{choice.year}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("resultaat"), _("indicator"), _("rij"), _("kolom"), _("waarde")])
    writer.writerows(selectors.csv_rows(choice))
    return response


@requires("kompas.view")
@replica_reads
def export_pdf(request):
    from weasyprint import HTML

    choice = selectors.choice_from(request.GET)
    html = render_to_string("kompas/print.html", _context(request, choice, results=selectors.kompas(choice),
                                                          today=timezone.localdate()), request=request)
    response = HttpResponse(HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="kompas-{choice.year}.pdf"'
    return response
