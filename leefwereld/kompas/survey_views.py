"""Screens of the client-experience survey: the year's surveys, entering a questionnaire, results, PDF."""
import datetime as dt

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.views import requires
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField, save_with_form

from . import survey_selectors as selectors
from . import survey_services as services
from .survey import Answer, Channel, Survey, SurveyWet


class OpenForm(LeefwereldFormMixin, forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Over het jaar"), min_value=2015, max_value=2100)
    wet = forms.ChoiceField(label=gettext_lazy("Wet"), choices=SurveyWet.choices, widget=forms.RadioSelect)


class PortalForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    portal_from = forms.DateField(label=gettext_lazy("Uitnodigen in Mijn Leefwereld vanaf"), required=False,
                                  widget=DateInput)
    portal_until = forms.DateField(label=gettext_lazy("Tot en met"), required=False, widget=DateInput,
                                   help_text=gettext_lazy("Laat beide leeg om niet via Mijn Leefwereld uit te "
                                                          "nodigen."))


class EnterForm(LeefwereldFormMixin, forms.Form):
    channel = forms.ChoiceField(label=gettext_lazy("Hoe kwam de vragenlijst binnen?"),
                                choices=[(c, label) for c, label in Channel.choices if c in services.STAFF_CHANNELS],
                                widget=forms.RadioSelect, initial=Channel.PAPIER)
    month = forms.DateField(label=gettext_lazy("Ontvangen in de maand van"), widget=DateInput)

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        for q in questions:
            self.fields[f"v{q.pk}"] = forms.TypedChoiceField(label=q.label, required=False, coerce=int,
                                                            choices=[("", _("Niet ingevuld")), *Answer.choices],
                                                            widget=forms.RadioSelect)
        self.style_fields()

    def answers(self):
        return {int(k[1:]): v for k, v in self.cleaned_data.items() if k.startswith("v") and k[1:].isdigit()}


def _survey(public_id):
    survey = Survey.objects.filter(public_id=public_id).first()
    if survey is None:
        raise NotFoundOrNotAllowed("not found")
    return survey


@requires("kompas.view")
def surveys(request):
    form = OpenForm(request.POST if request.method == "POST" else None,
                    initial={"year": timezone.localdate().year - 1, "wet": SurveyWet.WMO})
    if request.method == "POST":
        result = {}
        if form.is_valid() and save_with_form(form, lambda: result.update(survey=services.survey_open(
                actor=request.user, year=form.cleaned_data["year"], wet=form.cleaned_data["wet"]))):
            messages.success(request, _("Het onderzoek staat klaar om antwoorden in te voeren."))
            return redirect("kompas:survey", public_id=result["survey"].public_id)
    return render(request, "kompas/surveys.html", {"surveys": selectors.surveys(), "form": form,
                                                   "menu_current": "kompas"})


def _survey_page(request, found, portal_form=None):
    initial = {"version": found.version, "portal_from": found.portal_from, "portal_until": found.portal_until}
    return render(request, "kompas/survey.html", {
        "survey": found, "results": selectors.results(list(found.questions.all())),
        "responses": found.responses.count(), "channels": selectors.survey_channels(found),
        "portal_form": portal_form or PortalForm(initial=initial), "minimum": settings.LEEFWERELD_STEMBUS_MINIMUM,
        "menu_current": "kompas"})


@requires("kompas.view")
def survey(request, public_id):
    return _survey_page(request, _survey(public_id))


@requires("survey.enter")
def survey_portal(request, public_id):
    """The window in which Mijn Leefwereld invites the target group (ADR 0044)."""
    found = _survey(public_id)
    form = PortalForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.survey_portal_set(
            actor=request.user, survey=found, expected_version=form.cleaned_data["version"],
            portal_from=form.cleaned_data["portal_from"], portal_until=form.cleaned_data["portal_until"])):
        messages.success(request, _("Opgeslagen. Mijn Leefwereld nodigt uit in de gekozen periode."))
        return redirect("kompas:survey", public_id=public_id)
    return _survey_page(request, found, form if request.method == "POST" else None)


@requires("survey.enter")
def survey_enter(request, public_id):
    found = _survey(public_id)
    questions = list(found.questions.all())
    form = EnterForm(request.POST if request.method == "POST" else None, questions=questions,
                     initial={"month": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.survey_response_enter(
            actor=request.user, survey=found, channel=form.cleaned_data["channel"],
            month=form.cleaned_data["month"], answers=form.answers())):
        messages.success(request, _("De vragenlijst is ingevoerd. U kunt de volgende invoeren."))
        return redirect("kompas:survey_enter", public_id=public_id)
    return render(request, "kompas/survey_enter.html", {"survey": found, "form": form, "menu_current": "kompas"})


@requires("kompas.view")
def survey_pdf(request, public_id):
    from weasyprint import HTML

    found = _survey(public_id)
    html = render_to_string("kompas/survey_print.html", {
        "survey": found, "results": selectors.results(list(found.questions.all())),
        "responses": found.responses.count(), "channels": selectors.survey_channels(found), "today": dt.date.today(),
        "municipality": settings.LEEFWERELD_MUNICIPALITY}, request=request)
    response = HttpResponse(HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="clientervaring-{found.wet}-{found.year}.pdf"'
    return response
