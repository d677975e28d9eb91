"""Learning, the kompas and the adviesraad in the demo: a story made from the ironing case, anonymised,
reviewed and shared; a casusoverleg, a reflection and a lesson; interpretations next to the kompas; a
client-experience survey; a council meeting with casuïstiek and two advices (one answer late). All
through the real services. Called by `load_demo` (not by the tests' personas, to keep them quick)."""
import datetime as dt

from django.db import transaction
from django.utils import timezone

from leefwereld.kompas import council_services, survey_services
from leefwereld.kompas import services as kompas_services
from leefwereld.kompas.models import Indicator, Measure, TeamEstimate
from leefwereld.kompas.refresh import EPOCH, kompas_refresh
from leefwereld.kompas.stembus import envelope_drop, stembus_empty
from leefwereld.learning import learn_services
from leefwereld.learning import services as story_services
from leefwereld.learning.models import CaseStory
from leefwereld.residents.models import Person

STORY = ("Mevrouw Karin Smit (62) uit de Kerkstraat had een rechtszaak lopen over haar huishoudelijke hulp: ze "
         "kon niet strijken. Op 3 maart 2025 gingen Fatima en zij samen haar taken langs. Alles lukte, behalve "
         "het strijken. We kenden één uur per week extra toe. Drie weken later trok zij de rechtszaak in. "
         "Wat werkte: samen de taken uit elkaar halen, in plaats van de richtlijn voorlezen.")
# Huizen's own caseload estimates ("vooralsnog"), per discipline, for the demo's teams.
ESTIMATES = {"wmo": 230, "jeugd": 40, "werk_inkomen": 80, "schuldhulp": 115}


def load_learning(users):
    fatima, henk, bram, ria, wilma = (users[u] for u in ("fatima", "henk", "bas", "ria", "wies"))
    person = Person.objects.filter(household__team=fatima.team).order_by("pk").first()
    story = story_services.case_story_start(actor=fatima, person=person, parts=["verhaal"])
    story = story_services.case_story_edit(actor=fatima, story=story, expected_version=story.version, text=STORY,
                                           other_names="Karin Smit")
    story = story_services.case_story_review(actor=fatima, story=CaseStory.objects.get(pk=story.pk),
                                             expected_version=CaseStory.objects.get(pk=story.pk).version)
    for_team = story_services.case_story_share(actor=fatima, story=story, audience="casusoverleg")
    for_council = story_services.case_story_share(actor=fatima, story=story, audience="adviesraad")
    for_management = story_services.case_story_share(actor=fatima, story=story, audience="management")
    overleg = learn_services.overleg_record(
        actor=henk, kind="casusoverleg", held_on=timezone.localdate() - dt.timedelta(days=7),
        participants=["wmo", "jeugd", "werk_inkomen", "teamleider"], stories=[for_team],
        question="Wanneer geven we meer uren dan de richtlijn, en hoe leggen we dat uit?",
        learned="De taken samen uit elkaar halen geeft een beter antwoord dan de richtlijn voorlezen.",
        follow_up="les", follow_up_text="Les vastleggen en delen met het andere team.")
    learn_services.reflection_write(
        actor=fatima, situation="Ik gaf meer dan de richtlijn en twijfelde of dat mocht.", story=for_team,
        overleg=overleg, dimensions={"normatief": "Rechtvaardig voor haar, en uitlegbaar."},
        strategy="normatief", dilemmas=["respect_interventie"], stance=["partnerschap"],
        questions={"zelf": "Ze wist precies wat ze niet kon."},
        anders_kijken="Niet de uren, maar het strijken was de vraag.")
    lesson = learn_services.lesson_record(
        actor=henk, kind="principe", title="Haal de taken samen uit elkaar voordat je uren noemt.",
        situation="Als iemand het oneens is met het aantal uren hulp.", stories=[for_team], overleg=overleg)
    learn_services.lesson_share(actor=henk, lesson=lesson, confirmed=True)
    for code, people in ESTIMATES.items():
        TeamEstimate.objects.get_or_create(team=fatima.team, discipline=code, defaults={"people": people})
    kompas_refresh(since=EPOCH)
    helped = Indicator.objects.filter(measure=Measure.GEHOLPEN).first()
    if helped is not None:
        kompas_services.interpretation_add(actor=bram, indicator=helped, team=None, year=timezone.localdate().year,
                                           text="De meeste vragen zijn met één goed antwoord klaar; een plan "
                                                "alleen waar het helpt.")
        kompas_services.indicator_story_link(actor=bram, indicator=helped, story=for_management)
    survey = survey_services.survey_open(actor=bram, year=timezone.localdate().year, wet="wmo")
    questions = list(survey.questions.all())
    for n, values in enumerate([(5, 4, 4), (4, 4, 3), (2, 3, 4), (5, 5, 5), (4, 0, 4), (3, 4, 2)]):
        survey_services.survey_response_enter(actor=bram, survey=survey, channel="papier" if n % 2 else "telefoon",
                                              month=timezone.localdate(),
                                              answers={q.pk: v for q, v in zip(questions, values, strict=False)})
    _portal_answers(survey, questions)
    meeting = council_services.meeting_plan(actor=ria, held_on=timezone.localdate() + dt.timedelta(days=14),
                                            title="Vergadering adviesraad")
    council_services.agenda_story_add(actor=ria, meeting=meeting, story=for_council)
    council_services.contribution_add(actor=wilma, meeting=meeting, speaks_as="ervaringsdeskundige",
                                      text="Dit herken ik: eerst vroeg niemand wat ik zelf kon.")
    late = council_services.advice_register(
        actor=ria, kind="ongevraagd", title="Toestemming één keer vragen",
        text="Vraag toestemming één keer, niet op elk formulier opnieuw.",
        sent_on=timezone.localdate() - dt.timedelta(weeks=9))
    council_services.contribution_add(actor=wilma, advice=late, speaks_as="inwoner",
                                      text="Ik moest drie keer tekenen voor hetzelfde.")
    answered = council_services.advice_register(
        actor=ria, kind="gevraagd", title="Beleidsregels huishoudelijke hulp",
        text="Begin bij wat de inwoner zelf kan, niet bij het aantal uren.",
        sent_on=timezone.localdate() - dt.timedelta(weeks=12))
    council_services.advice_step(actor=bram, advice=answered, kind="antwoord",
                                 on=timezone.localdate() - dt.timedelta(weeks=8), text="We nemen het advies over.")
    council_services.advice_step(actor=bram, advice=answered, kind="besluit",
                                 on=timezone.localdate() - dt.timedelta(weeks=6), text="Het college stelde de "
                                 "beleidsregels vast.")


def _portal_answers(survey, questions):
    """Five questionnaires from Mijn Leefwereld, as the stembus holds them (residents without a demo log-in),
    counted by the nightly job: the kompas shows answers of the channel "portaal" (ADR 0044)."""
    for n in range(5):
        with transaction.atomic():
            envelope_drop(survey=survey, answers={q.pk: (5 - (n + q.order) % 3) for q in questions})
    stembus_empty()
