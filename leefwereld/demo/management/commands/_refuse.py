"""The demo's accounts share a public password, so its commands never run in production."""
from django.conf import settings
from django.core.management.base import CommandError


def refuse_in_production():
    if getattr(settings, "LEEFWERELD_PRODUCTION", False):
        raise CommandError(
            "Refused: production settings are active. The demo's accounts share a public password, "
            "so the demo never runs in production (see docs/deployment.md)."
        )
