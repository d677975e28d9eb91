"""Abstract building blocks shared by every app."""
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        abstract = True


class PublicModel(TimeStampedModel):
    """A row that is shown in URLs by a random id, so numbers reveal nothing."""

    public_id = models.UUIDField(_("openbaar kenmerk"), default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        abstract = True


class VersionedModel(PublicModel):
    """Optimistic locking: every change raises the version; a stale one is refused."""

    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        abstract = True


class GelijkgesteldeDag(models.Model):
    """A day a royal decree declares equal to a recognised holiday (Algemene termijnenwet art. 3 lid 3).

    Decrees name a few days for about three years at a time (often the Friday after
    Hemelvaartsdag, or a Friday after a holiday on Thursday); statutory periods that end
    on such a day run on, like on a Sunday. See core/termijnen.py.
    """

    day = models.DateField(_("dag"), unique=True)
    decree = models.CharField(_("besluit"), max_length=200,
                              help_text=_("Het koninklijk besluit dat deze dag gelijkstelt, met vindplaats."))

    class Meta:
        verbose_name = _("gelijkgestelde dag")
        verbose_name_plural = _("gelijkgestelde dagen (Algemene termijnenwet)")
        ordering = ["day"]

    def __str__(self):
        return f"{self.day:%Y-%m-%d} ({self.decree})"


class OutcomeTag(models.Model):
    """What came of the help, in a word the municipality chooses: e.g. "werk gevonden".

    Vragen and plans close with an outcome in words plus, optionally, these tags; the
    kwaliteitskompas later maps them onto the intended social results. Never a target.
    """

    name = models.CharField(_("naam"), max_length=80, unique=True)
    name_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)
    active = models.BooleanField(_("in gebruik"), default=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("uitkomstlabel")
        verbose_name_plural = _("uitkomstlabels")
        ordering = ["order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.name_en if (get_language() or "").startswith("en") and self.name_en else self.name


class FormSubmission(models.Model):
    """A form that was sent and saved. The back button and a reload cannot save it twice.

    Every Leefwereld form carries a random token (core.forms.ONCE_FIELD); see core/once.py.
    """

    token = models.UUIDField(_("kenmerk"), unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gebruiker"), on_delete=models.CASCADE,
                             null=True, related_name="+")
    at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    redirect_to = models.CharField(_("daarna naar"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("verstuurd formulier")
        verbose_name_plural = _("verstuurde formulieren")
