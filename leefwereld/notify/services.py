"""notify_resident(): the one call other apps make when the resident should hear that something is new.

It runs inside the caller's service, whose guard() checked the actor and wrote the audit row in the same
transaction; it adds the notification and queues its sending for after the commit, so a rolled-back change
tells the resident nothing. The worker claims a notification before sending it (claim()), so a second
worker, or the same event reported twice, sends nothing more (ADR 0031).
"""
import re
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from leefwereld.access.policy import guard

from .channels import channel_for
from .content import language_for
from .models import SENDABLE, Notification, Status


def notify_resident(person, kind, *, key):
    """Tell `person` that something of `kind` is new, once per `key` (e.g. "brief:<public id>")."""
    if not transaction.get_connection().in_atomic_block:
        raise ImproperlyConfigured("notify_resident() runs inside the calling service's transaction.")
    channel = channel_for(person)
    notification, created = Notification.objects.get_or_create(key=key[:120], defaults={
        "household_id": person.household_id, "person": person, "kind": kind, "channel": channel,
        "language": language_for(person), "status": Status.WACHT if channel else Status.NIET})
    if created and channel:
        from .tasks import deliver

        transaction.on_commit(lambda: deliver.delay(notification.pk))
    return notification


def claim(notification_id, *, worker):
    """Take a notification for sending; None when another worker has it or it is done. One UPDATE with the
    status in its WHERE: of two workers racing for the same row, the database lets one win."""
    taken = Notification.objects.filter(pk=notification_id, status__in=SENDABLE).update(
        status=Status.BEZIG, claimed_by=worker[:200], claimed_at=timezone.now())
    return Notification.objects.select_related("person").get(pk=notification_id) if taken else None


def mark_sent(notification):
    Notification.objects.filter(pk=notification.pk).update(
        status=Status.VERZONDEN, sent_at=timezone.now(), attempts=notification.attempts + 1, last_error="",
        pdf=notification.pdf)


def _without_addresses(error):
    """A server's answer may repeat the address; the administrator's list shows no resident data."""
    return re.sub(r"[^\s<>'\"]+@[^\s<>'\"]+", "[adres]", error)[:500]


def mark_failed(notification, error, *, final):
    error = _without_addresses(error)
    attempts = notification.attempts + 1
    Notification.objects.filter(pk=notification.pk).update(
        status=Status.MISLUKT if final else Status.OPNIEUW, attempts=attempts, last_error=error[:500])
    return attempts


def stale(older_than):
    """Notifications claimed but not finished (a worker died mid-send): ids to hand back to the queue."""
    cut = timezone.now() - older_than
    return list(Notification.objects.filter(status=Status.BEZIG, claimed_at__lt=cut).values_list("pk", flat=True))


def release(notification_ids):
    return Notification.objects.filter(pk__in=notification_ids, status=Status.BEZIG).update(status=Status.OPNIEUW)


def retry_dead(*, actor, notification):
    """The administrator sends a dead notification again (after mending the address or the server)."""
    from .tasks import deliver

    with transaction.atomic():
        guard(actor, "notify.retry", detail={"melding": str(notification.public_id)})
        done = Notification.objects.filter(pk=notification.pk, status=Status.MISLUKT).update(
            status=Status.OPNIEUW, attempts=0, last_error="")
        if done:
            transaction.on_commit(lambda: deliver.delay(notification.pk))
    return bool(done)


STALE_AFTER = timedelta(minutes=15)
