"""Signing residents in through the municipality's OpenID Connect broker (ADR 0029).

The broker (DigiD, eHerkenning or a machtiging service behind it) is configured by settings (OIDC_*); it
must give a `bsn` claim. This backend only ever makes or finds resident accounts: a professional cannot
sign in here, and a resident cannot sign in with a password.
"""
from django.contrib.auth import get_user_model
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from leefwereld.accounts.models import Role
from leefwereld.core.errors import ApplicationError
from leefwereld.core.validators import bsn_is_valid

from . import services


class ResidentOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        return bool(claims.get("sub")) and bsn_is_valid(str(claims.get("bsn", "")))

    def filter_users_by_claims(self, claims):
        return get_user_model().objects.filter(role=Role.INWONER, resident_account__subject=claims.get("sub", ""))

    def _sign_in(self, claims):
        try:
            return services.resident_sign_in(subject=claims["sub"], bsn=str(claims["bsn"]),
                                             name=claims.get("name", ""))
        except ApplicationError:
            return None

    def create_user(self, claims):
        return self._sign_in(claims)

    def update_user(self, user, claims):
        return self._sign_in(claims)

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id, role=Role.INWONER, is_active=True).first()
