"""Casusverhalen: a story made from a household's file, anonymised, reviewed, and only then shared."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel, VersionedModel


class Audience(models.TextChoices):
    """Where an anonymised story goes: the places where the work is learned from."""

    CASUSOVERLEG = "casusoverleg", _("Casusoverleg")
    INTERVISIE = "intervisie", _("Intervisie")
    MANAGEMENT = "management", _("Management")
    ADVIESRAAD = "adviesraad", _("Adviesraad")


class StoryStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept: nog niet gecontroleerd")
    GECONTROLEERD = "gecontroleerd", _("Gecontroleerd: klaar om te delen")


class CaseStory(VersionedModel):
    """Casusverhaal: parts of a household's file in the professional's words, with its anonymised version.

    The original is resident data (it carries its household and is read like the file); the anonymised
    text is shared only after a professional compared the two side by side (`reviewed_by`).
    """

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.PROTECT,
                                  related_name="+")
    person = models.ForeignKey("residents.Person", verbose_name=_("over"), on_delete=models.PROTECT,
                               related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gemaakt door"), on_delete=models.PROTECT,
                               related_name="+")
    text = models.TextField(_("het verhaal"), max_length=20000,
                            help_text=_("Het verhaal, het plan, wat is besloten en waarom, de uitkomst."))
    other_names = models.TextField(
        _("andere namen en schrijfwijzen"), blank=True, max_length=2000,
        help_text=_("Bijnamen, roepnamen of andere namen die in het verhaal staan, één per regel."))
    anonymised = models.TextField(_("geanonimiseerd verhaal"), blank=True)
    replacements = models.JSONField(_("vervangingen"), default=list, blank=True)
    added = models.JSONField(_("zelf toegevoegd"), default=list, blank=True)
    removed = models.JSONField(_("niet vervangen"), default=list, blank=True)
    status = models.CharField(_("stand"), max_length=20, choices=StoryStatus.choices, default=StoryStatus.CONCEPT)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gecontroleerd door"),
                                    on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    reviewed_at = models.DateTimeField(_("gecontroleerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("casusverhaal")
        verbose_name_plural = _("casusverhalen")
        ordering = ["-created_at"]

    def __str__(self):
        return str(_("Casusverhaal %(id)s") % {"id": self.public_id})


class SharedStory(PublicModel):
    """A reviewed, anonymised story as it was shared: no longer resident data, so no household.

    Who shared it, with whom and when is kept; the text is a copy, so later edits never change it.
    """

    story = models.ForeignKey(CaseStory, verbose_name=_("casusverhaal"), on_delete=models.PROTECT,
                              related_name="shares")
    audience = models.CharField(_("gedeeld met"), max_length=20, choices=Audience.choices)
    text = models.TextField(_("geanonimiseerd verhaal"))
    shared_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gedeeld door"),
                                  on_delete=models.PROTECT, related_name="+")
    shared_at = models.DateTimeField(_("gedeeld op"), auto_now_add=True)

    class Meta:
        verbose_name = _("gedeeld casusverhaal")
        verbose_name_plural = _("gedeelde casusverhalen")
        ordering = ["-shared_at"]

    def __str__(self):
        return f"{self.get_audience_display()} {self.shared_at:%Y-%m-%d}"


# Casusoverleg, intervisie, reflection and lessons live in their own module (ADR 0024).
from .overleg import Lesson, Mensbeeld, Overleg, Reflection, Waarde  # noqa: E402, F401
