"""Who may see a household, kept as rows so a list checks a row with one index probe (ADR 0012)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class HouseholdAccess(models.Model):
    """One grant: this household is visible to this grantee ("team:3", "user:12").

    Derived from the household's team and its members' vaste contactpersoon and stand-in, and
    written by the services that change those, in the same transaction (access.grants). Later
    scopes (a partner with consent, break-the-glass) are more grantees, not more subqueries.
    Rebuild it from scratch with `manage.py household_access_rebuild`.
    """

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.CASCADE,
                                  related_name="+")
    grantee = models.CharField(_("wie mag inzien"), max_length=40)
    # Only a time-limited grant (noodtoegang, ADR 0038) has an end; the rule reads it on the row it probes.
    until = models.DateTimeField(_("tot"), null=True, blank=True)

    class Meta:
        verbose_name = _("inzagerecht op een huishouden")
        verbose_name_plural = _("inzagerechten op huishoudens")
        constraints = [models.UniqueConstraint(fields=["household", "grantee"], name="household_access_unique")]
        indexes = [models.Index(fields=["grantee", "household"], name="household_access_grantee")]

    def __str__(self):
        return f"{self.grantee} → {self.household_id}"
