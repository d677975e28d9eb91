# The Celery app is made when Django loads, so the tasks' .delay() uses its settings (ADR 0031).
from .conf.celery import app as celery_app

__all__ = ["celery_app"]
