"""De stembus: questionnaires from Mijn Leefwereld wait here until there are enough to count unlinkably (ADR 0044).

An envelope holds the survey and the answers under a random key: no person, no time, no channel, no order.
Every drop takes the survey's envelopes out and puts them back with the new one in random order under new
keys, so neither a row's place in the table (rowid, ctid) nor the transaction that wrote it (xmin) tells
which came when. The scheduled job (`manage.py stembus_legen`) turns a survey's envelopes into
SurveyResponse rows only when there are at least LEEFWERELD_STEMBUS_MINIMUM, in random order, dated by the
month of emptying; once the survey's portal window has closed, fewer than that are destroyed, never counted.
"""
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.core.errors import ApplicationError

from .survey import Answer, Channel, Envelop, Survey, SurveyAnswer, SurveyResponse

_random = secrets.SystemRandom()


def checked_answers(survey, answers):
    """{question id: value} for every question of the survey, or an ApplicationError in plain words."""
    questions = set(survey.questions.values_list("pk", flat=True))
    given = {int(q): v for q, v in answers.items() if v not in (None, "")}
    if set(given) != questions:
        raise ApplicationError(_("Beantwoord alle vragen. Weet u het niet? Kies dan 'Weet niet of niet van "
                                 "toepassing'."))
    if any(int(v) not in Answer.values for v in given.values()):
        raise ApplicationError(_("Een antwoord past niet bij de vragenlijst."))
    return {str(q): int(v) for q, v in given.items()}


def envelope_drop(*, survey, answers):
    """Put one questionnaire in the box and shuffle the box. Runs inside the caller's guarded transaction (the
    portal's, whose audit row names the survey and nothing of the answers)."""
    if not transaction.get_connection().in_atomic_block:
        raise ImproperlyConfigured("envelope_drop() must run inside the caller's guarded transaction.")
    clean = checked_answers(survey, answers)
    locked = Survey.objects.select_for_update().get(pk=survey.pk)  # one drop or emptying per survey at a time
    box = [*Envelop.objects.filter(survey=locked).values_list("answers", flat=True), clean]
    _random.shuffle(box)
    Envelop.objects.filter(survey=locked).delete()
    Envelop.objects.bulk_create([Envelop(survey=locked, answers=a) for a in box])


@dataclass
class Emptied:
    counted: int = 0  # questionnaires that became SurveyResponse rows
    discarded: int = 0  # left in a closed survey's box, too few to count: destroyed
    waiting: int = 0  # still in the box of an open survey


def stembus_empty(*, today=None, minimum=None):
    """Count every survey's box that holds at least `minimum` envelopes. Idempotent: a second run finds the
    boxes empty; of two workers at once, the lock on the survey lets one count."""
    today = today or timezone.localdate()
    minimum = minimum or settings.LEEFWERELD_STEMBUS_MINIMUM
    result = Emptied()
    for survey_id in sorted(set(Envelop.objects.values_list("survey_id", flat=True))):
        with transaction.atomic():
            survey = Survey.objects.select_for_update().get(pk=survey_id)
            box = list(Envelop.objects.filter(survey=survey).values_list("answers", flat=True))
            if len(box) >= minimum:
                result.counted += _count(survey, box, today)
            elif survey.portal_until is not None and survey.portal_until < today:
                result.discarded += len(box)
            else:
                result.waiting += len(box)
                continue
            Envelop.objects.filter(survey=survey).delete()
    return result


def _count(survey, box, today):
    _random.shuffle(box)
    responses = SurveyResponse.objects.bulk_create([
        SurveyResponse(survey=survey, channel=Channel.PORTAAL, month=today.replace(day=1)) for _e in box])
    questions = set(survey.questions.values_list("pk", flat=True))
    SurveyAnswer.objects.bulk_create([
        SurveyAnswer(response=response, question_id=int(q), value=v)
        for response, answers in zip(responses, box, strict=True)
        for q, v in answers.items() if int(q) in questions])  # a question removed meanwhile is left out
    return len(responses)
