"""Grounds for sharing (grondslag): a statutory task, a safety ground, or the resident's consent (toestemming).

Consent is one ground among these, recorded once per organisation (or kind of organisation), scope and
purpose, and reused by every referral; never a signature per form. Withdrawal takes effect at once: the
partner's grants are recomputed in the same transaction (access.grants, ADR 0016).
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk

from .kaart import OrganisationKind


class Scope(models.TextChoices):
    """The parts of a file that can go to a partner."""

    PLAN = "plan", _("Het plan: doelen en acties")
    VERHAAL = "verhaal", _("Het verhaal uit de gesprekken")
    FINANCIEN = "financien", _("Geldzaken")
    GEZONDHEID = "gezondheid", _("Gezondheid")
    SCHOOL = "school", _("School en opleiding")


class GroundKind(models.TextChoices):
    WETTELIJKE_TAAK = "wettelijke_taak", _("Een wettelijke taak")
    VEILIGHEID = "veiligheid", _("Veiligheid gaat voor toestemming")
    TOESTEMMING = "toestemming", _("Toestemming van de inwoner")


class SafetyGround(models.TextChoices):
    """A fixed list from the law: when a professional may share or act without consent."""

    MELDCODE = "meldcode", _("Meldcode huiselijk geweld en kindermishandeling (Wet verplichte meldcode)")
    KIND_IN_GEVAAR = "kind_in_gevaar", _("Een kind loopt gevaar (art. 7.1.1 Jeugdwet, art. 1:255 BW)")
    GEVAAR_LEVEN = "gevaar_leven", _("Acuut gevaar voor leven of gezondheid (art. 6 lid 1 onder d AVG)")
    CONFLICT_VAN_PLICHTEN = "conflict_van_plichten", _("Conflict van plichten: zwijgen brengt ernstige schade")


class ConsentHow(models.TextChoices):
    GESPREK = "gesprek", _("In een gesprek")
    SCHRIFTELIJK = "schriftelijk", _("Schriftelijk")
    PORTAAL = "portaal", _("Later, via Mijn Leefwereld")


class SharingGround(PublicModel):
    """Why a partner may see parts of this household's file: one row per ground, appended, withdrawn by date.

    Either one organisation or a kind of organisation (every huisarts, every school). A safety ground needs
    its reason and notifies the team leader (`lead_seen_at` stays empty until they have looked).
    """

    household = household_fk("sharing_grounds")
    person = models.ForeignKey("residents.Person", verbose_name=_("over wie"), on_delete=models.PROTECT,
                               null=True, blank=True, related_name="+")
    kind = models.CharField(_("grondslag"), max_length=20, choices=GroundKind.choices)
    organisation = models.ForeignKey("coordination.Organisation", verbose_name=_("organisatie"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="grounds")
    organisation_kind = models.CharField(_("of elke organisatie van deze soort"), max_length=30, blank=True,
                                         choices=OrganisationKind.choices)
    scopes = models.JSONField(_("welke delen"), default=list)
    purpose = models.CharField(_("doel van het delen"), max_length=500)
    article = models.CharField(_("wetsartikel"), max_length=120, blank=True,
                               help_text=_("Bij een wettelijke taak: welk artikel."))
    safety_ground = models.CharField(_("veiligheidsgrond"), max_length=30, choices=SafetyGround.choices, blank=True)
    reason = models.TextField(_("reden"), max_length=2000, blank=True)
    how = models.CharField(_("hoe gegeven"), max_length=20, choices=ConsentHow.choices, blank=True)
    given_on = models.DateField(_("vanaf"), default=timezone.localdate)
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("ingetrokken door"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    withdrawal_note = models.CharField(_("toelichting bij intrekken"), max_length=500, blank=True)
    lead_seen_at = models.DateTimeField(_("gezien door de teamleider op"), null=True, blank=True)

    class Meta:
        verbose_name = _("grondslag voor delen")
        verbose_name_plural = _("grondslagen voor delen")
        ordering = ["-given_on", "-id"]
        constraints = [
            models.CheckConstraint(name="ground_has_one_receiver", condition=(
                Q(organisation__isnull=False, organisation_kind="") | Q(organisation__isnull=True)
                & ~Q(organisation_kind=""))),
            models.CheckConstraint(name="safety_ground_has_reason", condition=~Q(kind="veiligheid") | (
                ~Q(safety_ground="") & ~Q(reason=""))),
        ]
        indexes = [models.Index(fields=["kind", "lead_seen_at"], name="ground_kind_lead_seen")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.receiver}"

    @property
    def receiver(self):
        return self.organisation.name if self.organisation_id else self.get_organisation_kind_display()

    def active_on(self, day):
        return self.withdrawn_at is None and self.given_on <= day and (self.ends_on is None or self.ends_on >= day)

    @property
    def scope_labels(self):
        return [Scope(s).label for s in self.scopes if s in Scope.values]


def active_grounds(queryset, day=None):
    """Grounds in force on `day` (today): not withdrawn, started, not ended."""
    day = day or timezone.localdate()
    return queryset.filter(withdrawn_at__isnull=True, given_on__lte=day).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=day))


class Veiligheidsplan(models.Model):
    """Who does what to keep whom safe, and the signals to act on. Each save is a new version."""

    household = household_fk()
    plan = models.ForeignKey("plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, related_name="+")
    who_safe = models.TextField(_("wie moet veilig zijn"), max_length=2000)
    agreements = models.TextField(_("wie doet wat"), max_length=4000)
    signals = models.TextField(_("signalen waarop we handelen"), max_length=4000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("veiligheidsplan")
        verbose_name_plural = _("veiligheidsplannen")
        ordering = ["-at", "-id"]
