"""Scheduled jobs (celery beat, ADR 0031): each is an app's own management command, called by name.

By name, so core imports no app above it; only the commands named in CELERY_BEAT_SCHEDULE may run here.
"""
from celery import shared_task
from django.conf import settings
from django.core.management import call_command


def scheduled_commands():
    return {args[0] for entry in settings.CELERY_BEAT_SCHEDULE.values()
            if entry["task"] == "leefwereld.core.tasks.scheduled_command" for args in [entry.get("args", [""])]}


@shared_task(name="leefwereld.core.tasks.scheduled_command", acks_late=True)
def scheduled_command(name):
    if name not in scheduled_commands():
        raise ValueError(f"{name!r} is not a scheduled job (CELERY_BEAT_SCHEDULE).")
    call_command(name)
    return name
