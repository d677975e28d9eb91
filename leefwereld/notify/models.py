"""Notifications to a resident on their own channel: one row per event, sent by the worker (ADR 0031)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk


class Kind(models.TextChoices):
    BRIEF = "brief", _("Een brief")
    AFSPRAAK = "afspraak", _("Een afspraak")
    BERICHT = "bericht", _("Een antwoord op een bericht")
    PLAN = "plan", _("Een wijziging in het plan")
    BESLUIT = "besluit", _("Een besluit")


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Sms")
    POST = "post", _("Brief per post")


class Status(models.TextChoices):
    WACHT = "wacht", _("Wacht op verzending")
    BEZIG = "bezig", _("Wordt verzonden")
    OPNIEUW = "opnieuw", _("Mislukt, wordt opnieuw geprobeerd")
    VERZONDEN = "verzonden", _("Verzonden")
    MISLUKT = "mislukt", _("Definitief mislukt")
    NIET = "niet", _("Niet verzonden: geen adres of kanaal")


SENDABLE = (Status.WACHT, Status.OPNIEUW)


class Notification(PublicModel):
    """What the resident is told and how. The text says only that something is new and where to read it:
    no special-category data leaves in an e-mail or SMS (notify.content)."""

    household = household_fk()
    person = models.ForeignKey("residents.Person", verbose_name=_("inwoner"), on_delete=models.PROTECT,
                               related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("kanaal"), max_length=10, choices=Channel.choices, blank=True)
    language = models.CharField(_("taal"), max_length=5, default="nl")
    # One notification per event (e.g. "brief:<beschikking>"): a repeated call or a second worker sends nothing.
    key = models.CharField(_("sleutel"), max_length=120, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WACHT)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    claimed_by = models.CharField(_("opgepakt door"), max_length=200, blank=True)
    claimed_at = models.DateTimeField(_("opgepakt op"), null=True, blank=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)
    # A printed letter for the post room: the PDF as made at sending.
    pdf = models.BinaryField(_("brief (pdf)"), null=True, blank=True)

    class Meta:
        verbose_name = _("melding aan een inwoner")
        verbose_name_plural = _("meldingen aan inwoners")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "claimed_at"], name="notify_status_claimed")]


class RecordedSms(models.Model):
    """What the local SMS gateway (notify.sms.RecordingGateway) was given: the development and test stand-in
    for a real provider, so a test reads back exactly what would have gone out."""

    to = models.CharField(_("aan"), max_length=30)
    body = models.CharField(_("tekst"), max_length=480)
    at = models.DateTimeField(_("tijdstip"), auto_now_add=True)

    class Meta:
        verbose_name = _("sms (lokale gateway)")
        verbose_name_plural = _("sms'jes (lokale gateway)")
        ordering = ["-at", "-id"]
