"""The audit log: who looked at or changed what, when, from where, and why."""
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Audit rows are never changed or removed by the application."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit events cannot be updated.")

    def delete(self):
        raise AppendOnlyError("Audit events cannot be deleted.")


class AuditEvent(models.Model):
    """One look at, or change to, personal data (logboek).

    Person and household are kept as plain numbers, not foreign keys, so the log
    never cascades away with the file it describes. On PostgreSQL a trigger also
    refuses UPDATE and DELETE (migration 0002).
    """

    at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("wie"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="+",
    )
    actor_name = models.CharField(_("naam gebruiker"), max_length=200, blank=True)
    actor_role = models.CharField(_("rol"), max_length=40, blank=True)
    actor_team_pk = models.BigIntegerField(_("team gebruiker"), null=True, blank=True, db_index=True)
    action = models.CharField(_("handeling"), max_length=80, db_index=True)
    household_pk = models.BigIntegerField(_("huishouden"), null=True, blank=True, db_index=True)
    household_team_pk = models.BigIntegerField(_("team van het huishouden"), null=True, blank=True, db_index=True)
    person_pk = models.BigIntegerField(_("persoon"), null=True, blank=True, db_index=True)
    object_type = models.CharField(_("soort gegeven"), max_length=80, blank=True)
    object_ref = models.CharField(_("kenmerk van het gegeven"), max_length=64, blank=True)
    reason = models.TextField(_("reden"), blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    request_id = models.CharField(_("verzoeknummer"), max_length=32, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("logboekregel")
        verbose_name_plural = _("logboek")
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Audit events cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events cannot be deleted.")
