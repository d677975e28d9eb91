"""Doorzettingsmacht: a named escalation with a question, options, an owner, a deadline and a decision.

The ladder: the household's team leader first, then the rungs a functional administrator configures
(EscalationRung, e.g. the manager for the chain). When nobody decides by the due date, the escalation is
raised a rung (escalation_raise_overdue, run daily and on every werkvoorraad visit of its owner).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk


class EscalationRung(models.Model):
    """A rung above the team leader: who decides next, and how many working days they have."""

    order = models.PositiveSmallIntegerField(_("trede"), unique=True, help_text=_("1 komt na de teamleider."))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie beslist"), on_delete=models.PROTECT,
                              related_name="+")
    title = models.CharField(_("functie"), max_length=200, help_text=_("Bijvoorbeeld: manager zorgketen."))
    working_days = models.PositiveSmallIntegerField(_("werkdagen om te beslissen"), default=5)

    class Meta:
        verbose_name = _("trede van de escalatieladder")
        verbose_name_plural = _("escalatieladder")
        ordering = ["order"]

    def __str__(self):
        return f"{self.order}. {self.title}"


class EscalationStatus(models.TextChoices):
    OPEN = "open", _("Wacht op een besluit")
    BESLOTEN = "besloten", _("Besloten")


class Escalation(PublicModel):
    """An escalation to whoever has doorzettingsmacht, visible in the plan with its outcome."""

    household = household_fk("escalations")
    plan = models.ForeignKey("plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, related_name="+")
    referral = models.ForeignKey("coordination.Referral", verbose_name=_("verwijzing"), on_delete=models.PROTECT,
                                 null=True, blank=True, related_name="escalations")
    question = models.TextField(_("de vraag"), max_length=4000)
    options = models.TextField(_("overwogen mogelijkheden"), max_length=4000)
    due_on = models.DateField(_("besluit nodig op"))
    level = models.PositiveSmallIntegerField(_("trede"), default=0, help_text=_("0: de teamleider."))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie beslist"), on_delete=models.PROTECT,
                              related_name="escalations_owned")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("voorgelegd door"),
                                  on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("stand"), max_length=20, choices=EscalationStatus.choices,
                              default=EscalationStatus.OPEN)
    decision = models.TextField(_("besluit"), max_length=4000, blank=True)
    reasoning = models.TextField(_("onderbouwing"), max_length=4000, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("besloten door"),
                                   on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    class Meta:
        verbose_name = _("escalatie")
        verbose_name_plural = _("escalaties")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status", "due_on"], name="escalation_owner_status_due"),
                   models.Index(fields=["status", "due_on"], name="escalation_status_due")]


class EscalationStep(models.Model):
    """Every move of an escalation, appended: raised, moved up a rung, decided."""

    household = household_fk()
    escalation = models.ForeignKey(Escalation, verbose_name=_("escalatie"), on_delete=models.PROTECT,
                                   related_name="steps")
    level = models.PositiveSmallIntegerField(_("trede"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie beslist"), on_delete=models.PROTECT,
                              related_name="+")
    why = models.CharField(_("waarom"), max_length=300)
    due_on = models.DateField(_("besluit nodig op"))
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van een escalatie")
        verbose_name_plural = _("stappen van escalaties")
        ordering = ["at", "id"]
