"""System clients: another system of the municipality or a partner that calls the API with a token."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import TimeStampedModel

from .scopes import Vertrouwelijkheid


class ApiClient(TimeStampedModel):
    """A system client. It acts as one account (`acts_as`): that account's role and team decide which
    households it sees, exactly as on the pages; its scopes narrow that down, never widen it.

    Only a hash of the token is kept (tokens are long and random, so SHA-256 suffices); the token
    itself is shown once, when it is made.
    """

    name = models.CharField(_("naam"), max_length=120, unique=True)
    acts_as = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("handelt namens account"),
                                on_delete=models.PROTECT, related_name="api_clients")
    scopes = models.JSONField(_("scopes"), default=list, blank=True)
    vertrouwelijkheid = models.PositiveSmallIntegerField(
        _("hoogste vertrouwelijkheid"), choices=Vertrouwelijkheid.choices, default=Vertrouwelijkheid.ZAAKVERTROUWELIJK)
    token_prefix = models.CharField(_("begin van de sleutel"), max_length=12, unique=True, editable=False)
    token_hash = models.CharField(max_length=64, editable=False)
    active = models.BooleanField(_("actief"), default=True)
    rate = models.CharField(_("maximaal aantal verzoeken"), max_length=20, blank=True,
                            help_text=_("Bijvoorbeeld 600/min. Leeg: de standaard."))

    class Meta:
        verbose_name = _("systeemkoppeling")
        verbose_name_plural = _("systeemkoppelingen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def has_scope(self, scope) -> bool:
        return scope in (self.scopes or [])
