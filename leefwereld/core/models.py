"""Abstract building blocks shared by every app."""
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        abstract = True


class PublicModel(TimeStampedModel):
    """A row that is shown in URLs by a random id, so numbers reveal nothing."""

    public_id = models.UUIDField(_("openbaar kenmerk"), default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        abstract = True


class VersionedModel(PublicModel):
    """Optimistic locking: every change raises the version; a stale one is refused."""

    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        abstract = True
