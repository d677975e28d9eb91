"""The adviesraad sociaal domein: meetings with casuïstiek as a fixed agenda item, contributions of members,
ervaringsdeskundigen and residents in their own words, and the advice register (ADR 0025).

Nothing here is resident data: the stories are shared, anonymised ones; figures are suppressed aggregates.
"""
import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel

ANSWER_WEEKS = 6  # the answer the municipality promises by default; a council may agree another date


class Meeting(PublicModel):
    held_on = models.DateField(_("datum"))
    title = models.CharField(_("titel"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gepland door"), on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = _("vergadering van de adviesraad")
        verbose_name_plural = _("vergaderingen van de adviesraad")
        ordering = ["-held_on"]

    def __str__(self):
        return self.title


class ItemKind(models.TextChoices):
    CASUISTIEK = "casuistiek", _("Casuïstiek: verhalen van inwoners")
    CIJFERS = "cijfers", _("Cijfers en het kompas")
    ADVIES = "advies", _("Advies")
    ANDERS = "anders", _("Ander onderwerp")


class AgendaItem(models.Model):
    """An agenda item. Every meeting opens with casuïstiek: the residents' stories first."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("vergadering"), on_delete=models.CASCADE,
                                related_name="items")
    kind = models.CharField(_("soort"), max_length=20, choices=ItemKind.choices)
    title = models.CharField(_("onderwerp"), max_length=200)
    stories = models.ManyToManyField("learning.SharedStory", verbose_name=_("casusverhalen"), blank=True,
                                     related_name="+")
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["order", "id"]

    def __str__(self):
        return self.title


class SpeaksAs(models.TextChoices):
    LID = "lid", _("Lid van de adviesraad")
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige", _("Ervaringsdeskundige")
    INWONER = "inwoner", _("Inwoner")
    GEMEENTE = "gemeente", _("Gemeente")


class AdviceKind(models.TextChoices):
    GEVRAAGD = "gevraagd", _("Gevraagd advies")
    ONGEVRAAGD = "ongevraagd", _("Ongevraagd advies")


class Advice(PublicModel):
    """An advice of the council, followed to the municipality's answer, the decision and what changed."""

    kind = models.CharField(_("soort"), max_length=20, choices=AdviceKind.choices)
    title = models.CharField(_("onderwerp"), max_length=200)
    text = models.TextField(_("het advies"), max_length=10000)
    meeting = models.ForeignKey(Meeting, verbose_name=_("uit de vergadering"), on_delete=models.PROTECT, null=True,
                                blank=True, related_name="advices")
    sent_on = models.DateField(_("verstuurd op"))
    answer_due = models.DateField(_("antwoord verwacht uiterlijk"))
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("geregistreerd door"),
                                      on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")
        ordering = ["-sent_on", "-id"]

    def __str__(self):
        return self.title

    @staticmethod
    def default_due(sent_on):
        return sent_on + dt.timedelta(weeks=ANSWER_WEEKS)


class StepKind(models.TextChoices):
    ANTWOORD = "antwoord", _("Antwoord van de gemeente")
    BESLUIT = "besluit", _("Besluit")
    VERANDERD = "veranderd", _("Wat er veranderde")


class AdviceStep(models.Model):
    """One step on the advice's trail; appended, never edited."""

    advice = models.ForeignKey(Advice, verbose_name=_("advies"), on_delete=models.PROTECT, related_name="steps")
    kind = models.CharField(_("stap"), max_length=20, choices=StepKind.choices)
    on = models.DateField(_("datum"))
    text = models.TextField(_("wat"), max_length=10000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van een advies")
        verbose_name_plural = _("stappen van adviezen")
        ordering = ["on", "id"]


class Contribution(PublicModel):
    """What a member, ervaringsdeskundige or resident brings in, in their own words, and as whom."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("vergadering"), on_delete=models.PROTECT, null=True,
                                blank=True, related_name="contributions")
    advice = models.ForeignKey(Advice, verbose_name=_("advies"), on_delete=models.PROTECT, null=True, blank=True,
                               related_name="contributions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("van"), on_delete=models.PROTECT,
                               related_name="+")
    speaks_as = models.CharField(_("als"), max_length=20, choices=SpeaksAs.choices)
    text = models.TextField(_("bijdrage"), max_length=4000)

    class Meta:
        verbose_name = _("bijdrage")
        verbose_name_plural = _("bijdragen")
        ordering = ["created_at"]
