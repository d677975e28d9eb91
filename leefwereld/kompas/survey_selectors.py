"""Results of the client-experience survey: per question, how many agreed (eens or helemaal eens), and how the
questionnaires came in (Mijn Leefwereld, paper, phone)."""
from django.db.models import Count

from .survey import Answer, Channel, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse

AGREE = (Answer.EENS, Answer.HELEMAAL_EENS)


def results(questions):
    """[(question, answered, agree %, {value: count})] for the questions, in one query."""
    counts = {}
    for row in (SurveyAnswer.objects.filter(question__in=[q.pk for q in questions])
                .values("question_id", "value").annotate(n=Count("pk")).order_by()):
        counts.setdefault(row["question_id"], {})[row["value"]] = row["n"]
    out = []
    for q in questions:
        by_value = counts.get(q.pk, {})
        answered = sum(n for v, n in by_value.items() if v != Answer.WEET_NIET)
        agree = sum(by_value.get(v, 0) for v in AGREE)
        out.append((q, answered, round(100 * agree / answered) if answered else None, by_value))
    return out


def year_questions(year):
    return list(SurveyQuestion.objects.filter(survey__year=year).select_related("survey")
                .order_by("survey__wet", "order", "id"))


def surveys():
    return list(Survey.objects.all()[:20])


def channels(responses):
    """[(channel label, count)] of a queryset of responses, every channel in a fixed order (one query)."""
    counts = dict(responses.values_list("channel").annotate(n=Count("pk")).order_by())
    return [(label, counts.get(value, 0)) for value, label in Channel.choices]


def survey_channels(survey):
    return channels(SurveyResponse.objects.filter(survey=survey))


def year_channels(year):
    return channels(SurveyResponse.objects.filter(survey__year=year))
