"""The worker's side of notifications: deliver with retries, dead letters, and handing back stale claims."""
import socket

from celery import shared_task
from django.conf import settings

from . import channels
from .services import STALE_AFTER, claim, mark_failed, mark_sent, release, stale


@shared_task(bind=True, name="leefwereld.notify.tasks.deliver", acks_late=True, max_retries=None)
def deliver(self, notification_id):
    notification = claim(notification_id, worker=f"{socket.gethostname()}:{self.request.id or '-'}")
    if notification is None:
        return "skipped"  # sent already, being sent by another worker, or dead
    try:
        channels.send(notification)
    except channels.CannotSend as exc:
        mark_failed(notification, str(exc), final=True)
        return "dead"
    except channels.TryAgain as exc:
        final = notification.attempts + 1 >= settings.NOTIFY_MAX_ATTEMPTS
        attempts = mark_failed(notification, str(exc), final=final)
        if final:
            return "dead"  # shown to the administrator (notify dead letters)
        raise self.retry(countdown=settings.NOTIFY_RETRY_SECONDS * 2 ** (attempts - 1)) from exc
    mark_sent(notification)
    return "sent"


@shared_task(name="leefwereld.notify.tasks.requeue_stale")
def requeue_stale():
    """A worker that died between claim and send leaves a claim; after STALE_AFTER it is queued again."""
    ids = stale(STALE_AFTER)
    release(ids)
    for pk in ids:
        deliver.delay(pk)
    return len(ids)
