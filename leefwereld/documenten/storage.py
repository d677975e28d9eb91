"""Where documents live: Django's storage API, chosen by LEEFWERELD_DOCUMENTS_STORAGE (disk or S3-compatible).

A callable for the FileField, so the migration does not freeze one backend and the setting can change per
deployment (ADR 0037). No file is ever served by URL: downloads pass the access seam and leave an audit row.
"""
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def _build(backend, options):
    return import_string(backend)(**dict(options))


def documents_storage():
    config = settings.LEEFWERELD_DOCUMENTS_STORAGE
    return _build(config["BACKEND"], tuple(sorted(config.get("OPTIONS", {}).items())))
