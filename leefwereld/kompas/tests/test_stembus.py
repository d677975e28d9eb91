"""The stembus (ADR 0044): what holds a portal questionnaire cannot say who sent it, when, or in which order, and
the box is counted only in batches of at least LEEFWERELD_STEMBUS_MINIMUM, shuffled, once."""
import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection, models, transaction
from django.utils import timezone

from leefwereld.core.errors import ApplicationError
from leefwereld.kompas import stembus
from leefwereld.kompas import survey_services as services
from leefwereld.kompas.survey import Envelop, SurveyAnswer, SurveyResponse
from leefwereld.portal.models import Deelname

TODAY = dt.date(2027, 3, 17)


class Reverse:
    """A stand-in for the system's random source whose shuffle is known: it reverses."""

    def shuffle(self, items):
        items.reverse()


@pytest.fixture
def survey(pro):
    found = services.survey_open(actor=pro, year=2026, wet="jeugd")
    return services.survey_portal_set(actor=pro, survey=found, expected_version=found.version,
                                      portal_from=dt.date(2027, 2, 1), portal_until=dt.date(2027, 4, 30))


def _answers(survey, value):
    return {q.pk: value for q in survey.questions.all()}


def _drop(survey, value):
    with transaction.atomic():  # a savepoint: its own (sub)transaction, as each resident's request is
        stembus.envelope_drop(survey=survey, answers=_answers(survey, value))


def _first_values(rows):
    return [min(answers.values()) for answers in rows]


def test_nothing_links_an_envelope_or_a_participation_to_a_person_a_time_or_an_order():
    def fields(model):
        return {f.name: f for f in model._meta.concrete_fields}

    assert set(fields(Envelop)) == {"id", "survey", "answers"}
    assert set(fields(Deelname)) == {"id", "household", "person", "survey"}
    assert set(fields(SurveyResponse)) == {"id", "survey", "channel", "month", "entered_by"}
    for model in (Envelop, Deelname):
        assert not any(isinstance(f, (models.DateField, models.TimeField)) for f in fields(model).values())
        assert isinstance(fields(model)["id"], models.UUIDField)  # no counting key that gives the order


def test_every_drop_puts_the_whole_box_back_in_random_order_under_new_keys(survey, monkeypatch):
    monkeypatch.setattr(stembus, "_random", Reverse())
    _drop(survey, 1)
    first_key = Envelop.objects.get().pk
    _drop(survey, 2)
    _drop(survey, 3)
    # Stored order (no ORDER BY: SQLite's rowid, PostgreSQL's ctid) is the shuffle's, not the order of arrival.
    assert _first_values(Envelop.objects.values_list("answers", flat=True)) == [3, 1, 2]
    assert first_key not in set(Envelop.objects.values_list("pk", flat=True))
    if connection.vendor == "postgresql":  # and no row keeps the transaction that dropped it
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(DISTINCT xmin::text) FROM kompas_envelop")
            assert cursor.fetchone()[0] == 1


def test_the_box_is_counted_only_from_the_minimum_shuffled_and_dated_by_the_month(survey, settings, monkeypatch):
    settings.LEEFWERELD_STEMBUS_MINIMUM = 5
    monkeypatch.setattr(stembus, "_random", Reverse())
    for value in (1, 2, 3, 4):
        _drop(survey, value)
    assert stembus.stembus_empty(today=TODAY).waiting == 4
    assert not SurveyResponse.objects.exists() and Envelop.objects.count() == 4
    _drop(survey, 5)
    box = _first_values(Envelop.objects.values_list("answers", flat=True))
    done = stembus.stembus_empty(today=TODAY)
    assert (done.counted, done.waiting, done.discarded) == (5, 0, 0)
    assert not Envelop.objects.exists()
    counted = SurveyResponse.objects.order_by("pk")
    assert {(r.channel, r.month, r.entered_by_id) for r in counted} == {("portaal", dt.date(2027, 3, 1), None)}
    per_response = [min(SurveyAnswer.objects.filter(response=r).values_list("value", flat=True)) for r in counted]
    assert per_response == list(reversed(box))  # shuffled again on the way out
    assert SurveyAnswer.objects.count() == 5 * survey.questions.count()


def test_emptying_is_idempotent_and_loses_or_doubles_nothing(survey, settings):
    settings.LEEFWERELD_STEMBUS_MINIMUM = 3
    for value in (0, 1, 2, 3, 4, 5):
        _drop(survey, value)
    out = io.StringIO()
    call_command("stembus_legen", "--today", TODAY.isoformat(), stdout=out)
    assert "6 counted" in out.getvalue()
    call_command("stembus_legen", "--today", TODAY.isoformat(), stdout=io.StringIO())
    assert SurveyResponse.objects.count() == 6
    per_response = sorted(min(SurveyAnswer.objects.filter(response=r).values_list("value", flat=True))
                          for r in SurveyResponse.objects.all())
    assert per_response == [0, 1, 2, 3, 4, 5]


def test_too_few_when_the_survey_closes_are_destroyed_never_counted(survey, settings):
    settings.LEEFWERELD_STEMBUS_MINIMUM = 5
    _drop(survey, 4)
    _drop(survey, 5)
    assert stembus.stembus_empty(today=dt.date(2027, 4, 30)).waiting == 2  # still open on its last day
    done = stembus.stembus_empty(today=dt.date(2027, 5, 1))
    assert (done.counted, done.discarded) == (0, 2)
    assert not Envelop.objects.exists() and not SurveyResponse.objects.exists()


def test_an_incomplete_or_foreign_questionnaire_stays_out_of_the_box(survey):
    answers = _answers(survey, 4)
    answers.pop(next(iter(answers)))
    with pytest.raises(ApplicationError), transaction.atomic():
        stembus.envelope_drop(survey=survey, answers=answers)
    with pytest.raises(ApplicationError), transaction.atomic():
        stembus.envelope_drop(survey=survey, answers={**_answers(survey, 4), 999999: 3})
    with pytest.raises(ApplicationError), transaction.atomic():
        stembus.envelope_drop(survey=survey, answers=_answers(survey, 9))
    assert not Envelop.objects.exists()


def test_staff_cannot_type_in_an_answer_as_if_it_came_through_the_portal(pro, survey):
    with pytest.raises(ApplicationError):
        services.survey_response_enter(actor=pro, survey=survey, channel="portaal", month=timezone.localdate(),
                                       answers=_answers(survey, 4))
    assert not SurveyResponse.objects.exists()
