"""Cliëntervaring: the yearly client-experience survey (Wmo 2015 art. 2.5.1, and the Jeugdwet's equivalent).

Questions are data. Answers come on paper or by phone, entered by staff, or through Mijn Leefwereld by way
of the stembus (kompas.stembus, ADR 0044): a response knows its survey, how it came in and the month, never
who answered, so results are anonymous by construction.
"""
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import VersionedModel


class SurveyWet(models.TextChoices):
    WMO = "wmo", _("Wmo 2015")
    JEUGD = "jeugd", _("Jeugdwet")


class Answer(models.IntegerChoices):
    HELEMAAL_ONEENS = 1, _("Helemaal oneens")
    ONEENS = 2, _("Oneens")
    NEUTRAAL = 3, _("Niet eens, niet oneens")
    EENS = 4, _("Eens")
    HELEMAAL_EENS = 5, _("Helemaal eens")
    WEET_NIET = 0, _("Weet niet of niet van toepassing")


class Channel(models.TextChoices):
    PAPIER = "papier", _("Op papier, ingevoerd door een medewerker")
    PORTAAL = "portaal", _("Via Mijn Leefwereld")
    TELEFOON = "telefoon", _("Telefonisch afgenomen")


class Survey(VersionedModel):
    year = models.PositiveSmallIntegerField(_("over het jaar"))
    wet = models.CharField(_("wet"), max_length=10, choices=SurveyWet.choices)
    title = models.CharField(_("titel"), max_length=200)
    # While today falls in this window, residents in the target group are invited in Mijn Leefwereld.
    portal_from = models.DateField(_("in Mijn Leefwereld vanaf"), null=True, blank=True)
    portal_until = models.DateField(_("in Mijn Leefwereld tot en met"), null=True, blank=True)

    class Meta:
        verbose_name = _("cliëntervaringsonderzoek")
        verbose_name_plural = _("cliëntervaringsonderzoeken")
        ordering = ["-year", "wet"]
        constraints = [models.UniqueConstraint(fields=["year", "wet"], name="kompas_survey_unique")]

    def __str__(self):
        return self.title

    def invites_on(self, day):
        return bool(self.portal_from and self.portal_until and self.portal_from <= day <= self.portal_until)


class SurveyQuestion(models.Model):
    survey = models.ForeignKey(Survey, verbose_name=_("onderzoek"), on_delete=models.CASCADE,
                               related_name="questions")
    text = models.CharField(_("vraag"), max_length=300)
    text_en = models.CharField(_("vraag in het Engels"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["order", "id"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.text_en if (get_language() or "").startswith("en") and self.text_en else self.text


class SurveyResponse(models.Model):
    """One filled-in questionnaire: no person, no household, no date finer than the month."""

    survey = models.ForeignKey(Survey, verbose_name=_("onderzoek"), on_delete=models.PROTECT,
                               related_name="responses")
    channel = models.CharField(_("hoe binnengekomen"), max_length=10, choices=Channel.choices)
    month = models.DateField(_("maand"))
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ingevoerd door"),
                                   on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        verbose_name = _("ingevulde vragenlijst")
        verbose_name_plural = _("ingevulde vragenlijsten")


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, verbose_name=_("vragenlijst"), on_delete=models.CASCADE,
                                 related_name="answers")
    question = models.ForeignKey(SurveyQuestion, verbose_name=_("vraag"), on_delete=models.PROTECT,
                                 related_name="answers")
    value = models.SmallIntegerField(_("antwoord"), choices=Answer.choices)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        indexes = [models.Index(fields=["question", "value"])]


WMO_QUESTIONS = [
    ("Ik voelde me bij het contact met de gemeente serieus genomen.",
     "I felt taken seriously in my contact with the municipality."),
    ("De medewerker en ik hebben samen naar oplossingen gezocht.", "The officer and I looked for solutions together."),
    ("Ik werd snel geholpen.", "I was helped quickly."),
    ("De ondersteuning die ik krijg past bij mijn hulpvraag.", "The support I receive fits my request for help."),
    ("Ik ben tevreden met de kwaliteit van de ondersteuning.", "I am satisfied with the quality of the support."),
    ("Door de ondersteuning kan ik beter de dingen doen die ik wil.",
     "Because of the support I can better do the things I want."),
    ("Door de ondersteuning kan ik mij beter redden.", "Because of the support I manage better."),
    ("Door de ondersteuning heb ik een betere kwaliteit van leven.",
     "Because of the support I have a better quality of life."),
]
JEUGD_QUESTIONS = [
    ("Ik voelde me serieus genomen.", "I felt taken seriously."),
    ("Ik kreeg op tijd hulp.", "I got help in time."),
    ("De hulp past bij wat ik (of mijn kind) nodig had.", "The help fits what I (or my child) needed."),
    ("Door de hulp kan ik beter omgaan met mijn problemen.", "Because of the help I cope better with my problems."),
    ("Door de hulp gaat het beter met mij (of mijn kind).", "Because of the help I am (or my child is) doing better."),
]


class Envelop(models.Model):
    """One questionnaire from Mijn Leefwereld waiting in the stembus (ADR 0044): the survey and the answers
    ({question id: value}), under a random key. Nothing else on purpose: no person, no time, no order."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(Survey, verbose_name=_("onderzoek"), on_delete=models.PROTECT, related_name="+")
    answers = models.JSONField(_("antwoorden"))

    class Meta:
        verbose_name = _("envelop in de stembus")
        verbose_name_plural = _("stembus")


def default_questions(wet):
    return WMO_QUESTIONS if wet == SurveyWet.WMO else JEUGD_QUESTIONS
