"""Noodtoegang (break-the-glass): a professional outside the team opened a file in an emergency (ADR 0038)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel


class Noodtoegang(PublicModel):
    """One emergency opening: who, which household (through whose BSN), why, until when.

    Appended, never edited, except that the team leader marks it seen once. The grant itself is a row in
    access.HouseholdAccess (`glass:<user>` with `until`), kept by toezicht.grants.
    """

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.CASCADE,
                                  related_name="+")
    person = models.ForeignKey("residents.Person", verbose_name=_("persoon"), on_delete=models.CASCADE,
                               related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    by_team = models.ForeignKey("accounts.Team", verbose_name=_("team van wie opende"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("reden"))
    opened_at = models.DateTimeField(_("geopend op"))
    until = models.DateTimeField(_("geldig tot"))
    lead_seen_at = models.DateTimeField(_("gezien door teamleider op"), null=True, blank=True)
    lead_seen_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gezien door"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("noodtoegang")
        verbose_name_plural = _("noodtoegangen")
        indexes = [
            models.Index(fields=["household", "until"], name="noodtoegang_household_until"),
            # The team leader's card: not yet seen, per team.
            models.Index(fields=["by_team", "opened_at"], name="noodtoegang_open_per_team",
                         condition=models.Q(lead_seen_at__isnull=True)),
        ]

    def __str__(self):
        return f"{self.by} → {self.household_id} ({self.opened_at:%Y-%m-%d %H:%M})"
