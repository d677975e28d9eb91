"""Writes of the client-experience survey: open the year's survey, invite through Mijn Leefwereld, enter one
filled-in questionnaire from paper or the phone (the portal's come through the stembus, ADR 0044)."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned

from .survey import Answer, Channel, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse, SurveyWet, default_questions

TITLES = {SurveyWet.WMO: "Cliëntervaringsonderzoek Wmo", SurveyWet.JEUGD: "Cliëntervaringsonderzoek Jeugd"}


def survey_open(*, actor, year, wet):
    """The year's survey for a law, with the default questions when new (edited in beheer)."""
    if wet not in SurveyWet.values:
        raise ApplicationError(_("Kies de wet."), field="wet")
    with transaction.atomic():
        survey, created = Survey.objects.get_or_create(year=year, wet=wet,
                                                       defaults={"title": f"{TITLES[wet]} {year}"})
        if created:
            SurveyQuestion.objects.bulk_create([SurveyQuestion(survey=survey, text=nl, text_en=en, order=n)
                                                for n, (nl, en) in enumerate(default_questions(wet))])
        guard(actor, "survey.enter", obj=survey, detail={"opened": created})
        return survey


def survey_portal_set(*, actor, survey, expected_version, portal_from, portal_until):
    """The window in which residents of the target group are invited in Mijn Leefwereld; both empty: none."""
    if (portal_from is None) != (portal_until is None):
        raise ApplicationError(_("Vul beide datums in, of laat ze allebei leeg."),
                               field="portal_until" if portal_until is None else "portal_from")
    if portal_from is not None and portal_until < portal_from:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="portal_until")
    with transaction.atomic():
        changes = save_versioned(survey, expected_version=expected_version,
                                 changes={"portal_from": portal_from, "portal_until": portal_until})
        guard(actor, "survey.enter", obj=survey, detail={"changes": changes})
    return survey


STAFF_CHANNELS = [c for c in Channel.values if c != Channel.PORTAAL]


def survey_response_enter(*, actor, survey, channel, month, answers):
    """One questionnaire as it came in: {question: value}. Who answered is never asked or kept. Answers from
    Mijn Leefwereld arrive only through the stembus, so nobody can type in a portal answer."""
    if channel not in STAFF_CHANNELS:
        raise ApplicationError(_("Kies hoe de vragenlijst binnenkwam."), field="channel")
    questions = {q.pk: q for q in survey.questions.all()}
    given = {q: v for q, v in answers.items() if v not in (None, "")}
    if not given:
        raise ApplicationError(_("Vul minstens één antwoord in."))
    if any(q not in questions or int(v) not in Answer.values for q, v in given.items()):
        raise ApplicationError(_("Een antwoord past niet bij de vragenlijst."))
    with transaction.atomic():
        response = SurveyResponse.objects.create(survey=survey, channel=channel, month=month.replace(day=1),
                                                 entered_by=actor)
        SurveyAnswer.objects.bulk_create([SurveyAnswer(response=response, question_id=q, value=int(v))
                                          for q, v in given.items()])
        guard(actor, "survey.enter", obj=survey, detail={"answers": len(given), "channel": channel})
        return response
