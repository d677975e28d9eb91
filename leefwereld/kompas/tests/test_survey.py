"""Client experience: questions as data, answers entered by staff without who answered, results in the kompas
and as the yearly report."""
import datetime as dt
import re

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.core.models import OutcomeTag
from leefwereld.kompas import survey_services as services
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Indicator, Result
from leefwereld.kompas.stembus import envelope_drop, stembus_empty
from leefwereld.kompas.survey import SurveyAnswer, SurveyResponse


@pytest.fixture
def survey(pro):
    install_default_kompas(Result, Activity, Indicator, OutcomeTag)
    return services.survey_open(actor=pro, year=timezone.localdate().year, wet="wmo")


def test_open_the_years_survey_with_the_default_questions(client_for, beleid):
    response = client_for(beleid).post(reverse("kompas:surveys"), {"year": 2025, "wet": "jeugd"})
    assert response.status_code == 302
    page = client_for(beleid).get(response["Location"]).content.decode()
    assert "Cliëntervaringsonderzoek Jeugd 2025" in page and "Ik voelde me serieus genomen." in page


def test_staff_enter_a_paper_questionnaire_and_nothing_says_who_answered(client_for, pro, survey):
    first, second = list(survey.questions.all())[:2]
    client = client_for(pro)
    response = client.post(reverse("kompas:survey_enter", args=[survey.public_id]), {
        "channel": "papier", "month": timezone.localdate().isoformat(), f"v{first.pk}": "5", f"v{second.pk}": "2"})
    assert response.status_code == 302
    stored = SurveyResponse.objects.get()
    assert stored.month.day == 1 and {f.name for f in SurveyResponse._meta.concrete_fields} == {
        "id", "survey", "channel", "month", "entered_by"}
    assert sorted(SurveyAnswer.objects.values_list("value", flat=True)) == [2, 5]
    assert AuditEvent.objects.filter(action="survey.enter", detail__answers=2).exists()


def test_results_per_question_in_the_kompas_and_the_yearly_pdf(client_for, pro, teamleider, survey):
    question = survey.questions.first()
    for value in (5, 4, 1, 0):
        services.survey_response_enter(actor=pro, survey=survey, channel="papier", month=timezone.localdate(),
                                       answers={question.pk: value})
    client = client_for(teamleider)
    page = client.get(reverse("kompas:survey", args=[survey.public_id])).content.decode()
    assert "67" in page  # 2 of the 3 who answered (weet niet left out) agree
    kompas = client.get(reverse("kompas:home")).content.decode()
    assert "Cliëntervaring" in kompas and question.text in kompas
    pdf = client.get(reverse("kompas:survey_pdf", args=[survey.public_id]))
    assert pdf.content.startswith(b"%PDF")


def test_an_empty_or_foreign_answer_is_refused(pro, survey):
    with pytest.raises(ApplicationError):
        services.survey_response_enter(actor=pro, survey=survey, channel="papier", month=timezone.localdate(),
                                       answers={})
    with pytest.raises(ApplicationError):
        services.survey_response_enter(actor=pro, survey=survey, channel="papier", month=timezone.localdate(),
                                       answers={999999: 3})


def test_the_mijn_leefwereld_window_is_set_with_a_version_check(client_for, beleid, survey):
    client = client_for(beleid)
    url = reverse("kompas:survey_portal", args=[survey.public_id])
    today = timezone.localdate()
    response = client.post(url, {"version": survey.version, "portal_from": today.isoformat(),
                                 "portal_until": (today + dt.timedelta(days=30)).isoformat()})
    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.invites_on(today) and survey.version == 2
    row = AuditEvent.objects.filter(action="survey.enter", actor=beleid).latest("id")
    assert row.detail["changes"]["portal_from"] == {"was": None, "is": today.isoformat()}
    stale = client.post(url, {"version": 1, "portal_from": "", "portal_until": ""})
    assert stale.status_code == 200 and "Iemand anders heeft dit intussen opgeslagen" in stale.content.decode()
    backwards = client.post(url, {"version": 2, "portal_from": today.isoformat(),
                                  "portal_until": (today - dt.timedelta(days=1)).isoformat()})
    assert "De einddatum ligt voor de begindatum." in backwards.content.decode()
    half = client.post(url, {"version": 2, "portal_from": today.isoformat(), "portal_until": ""})
    assert "Vul beide datums in" in half.content.decode()
    survey.refresh_from_db()
    assert survey.version == 2


def test_portal_answers_count_in_the_results_with_their_own_channel(client_for, pro, teamleider, survey, settings):
    settings.LEEFWERELD_STEMBUS_MINIMUM = 2
    services.survey_response_enter(actor=pro, survey=survey, channel="papier", month=timezone.localdate(),
                                   answers={survey.questions.first().pk: 5})
    for value in (4, 2):
        with transaction.atomic():
            envelope_drop(survey=survey, answers={q.pk: value for q in survey.questions.all()})
    stembus_empty()
    assert SurveyResponse.objects.filter(channel="portaal").count() == 2
    client = client_for(teamleider)
    page = client.get(reverse("kompas:survey", args=[survey.public_id])).content.decode()
    assert "3 ingevulde vragenlijsten" in page
    channels = page[page.index('data-testid="channels"'):]
    assert re.search(r"Via Mijn Leefwereld</th><td[^>]*>2<", channels)
    assert re.search(r"Op papier, ingevoerd door een medewerker</th><td[^>]*>1<", channels)
    assert "67" in page  # the first question: eens, oneens (portal) and helemaal eens (paper)
    kompas = client.get(reverse("kompas:home")).content.decode()
    assert "Via Mijn Leefwereld: 2" in kompas
