"""Verwijzingen: an action carried by a partner, sent within a ground for sharing, and what came back."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk


class ReferralStatus(models.TextChoices):
    VERSTUURD = "verstuurd", _("Verstuurd, wacht op antwoord")
    ANDERE_DATUM = "andere_datum", _("Partner stelt een andere datum voor")
    GEACCEPTEERD = "geaccepteerd", _("Geaccepteerd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    AFGEROND = "afgerond", _("Afgerond")
    TOEGANG_BEEINDIGD = "toegang_beeindigd", _("Toegang beëindigd: de grondslag is ingetrokken")


OPEN_STATUSES = (ReferralStatus.VERSTUURD, ReferralStatus.ANDERE_DATUM, ReferralStatus.GEACCEPTEERD)


class Referral(PublicModel):
    """A verwijzing: what is asked of a partner, by when, and exactly which parts of the file go along.

    `parts` stays within the ground's scopes; `parts_why` says per part why it goes along (the least the
    purpose needs). The current status is kept here for lists; every step is a ReferralEvent.
    """

    household = household_fk("referrals")
    action = models.ForeignKey("plans.Action", verbose_name=_("actie in het plan"), on_delete=models.PROTECT,
                               null=True, blank=True, related_name="+")
    organisation = models.ForeignKey("coordination.Organisation", verbose_name=_("organisatie"),
                                     on_delete=models.PROTECT, related_name="referrals")
    ground = models.ForeignKey("coordination.SharingGround", verbose_name=_("grondslag"), on_delete=models.PROTECT,
                               related_name="referrals")
    question = models.TextField(_("wat vragen we"), max_length=4000)
    due_on = models.DateField(_("graag klaar op"))
    parts = models.JSONField(_("wat gaat mee"), default=list)
    parts_why = models.JSONField(_("waarom het meegaat"), default=dict)
    status = models.CharField(_("stand"), max_length=20, choices=ReferralStatus.choices,
                              default=ReferralStatus.VERSTUURD)
    proposed_on = models.DateField(_("voorgestelde datum"), null=True, blank=True)
    follow_up_on = models.DateField(_("opvolgen op"), null=True, blank=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("verstuurd door"), on_delete=models.PROTECT,
                                related_name="+")
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "due_on"], name="referral_org_status_due"),
                   models.Index(fields=["sent_by", "status", "follow_up_on"], name="referral_sender_status")]

    def __str__(self):
        return f"{self._meta.verbose_name}: {self.organisation}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES


class ReferralEventKind(models.TextChoices):
    VERSTUURD = "verstuurd", _("Verstuurd")
    GEACCEPTEERD = "geaccepteerd", _("Geaccepteerd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    ANDERE_DATUM = "andere_datum", _("Andere datum voorgesteld")
    VOORTGANG = "voortgang", _("Voortgang")
    AFGEROND = "afgerond", _("Afgerond")
    TOEGANG_BEEINDIGD = "toegang_beeindigd", _("Toegang beëindigd")


class ReferralEvent(models.Model):
    """One step of a referral, appended: sent, accepted, declined with a reason, progress, completed."""

    household = household_fk()
    referral = models.ForeignKey(Referral, verbose_name=_("verwijzing"), on_delete=models.PROTECT,
                                 related_name="events")
    kind = models.CharField(_("wat"), max_length=20, choices=ReferralEventKind.choices)
    text = models.TextField(_("toelichting"), max_length=4000, blank=True)
    on = models.DateField(_("datum"), null=True, blank=True)
    minutes = models.PositiveIntegerField(_("tijd in minuten"), null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van een verwijzing")
        verbose_name_plural = _("stappen van verwijzingen")
        ordering = ["at", "id"]
