import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from leefwereld.api.scopes import SCOPES, Vertrouwelijkheid
from leefwereld.api.tokens import client_create


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()  # the throttle counts live in the cache


@pytest.fixture
def api_for(beheerder):
    """api_for(user, scopes=all, level=geheim): an API client holding a fresh token of a system client
    that acts as `user`."""
    made = []

    def make(user, scopes=None, level=Vertrouwelijkheid.GEHEIM, rate=""):
        client, token = client_create(actor=beheerder, name=f"koppeling-{len(made)}-{user.pk}", acts_as=user,
                                      scopes=list(SCOPES) if scopes is None else scopes,
                                      vertrouwelijkheid=level, rate=rate)
        api = APIClient()
        api.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
        api.system_client = client
        made.append(client)
        return api

    return make
