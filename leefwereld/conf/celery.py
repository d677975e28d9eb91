"""The background worker (ADR 0031): Celery, configured from Django's settings (CELERY_*).

Without CELERY_BROKER_URL the tasks run in the process that queues them (eager), so `make run` needs no
Redis; production runs `celery -A leefwereld.conf.celery worker` and `... beat` (docs/deployment.md).
"""

from celery import Celery

app = Celery("leefwereld")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
