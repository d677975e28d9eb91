"""A system client for the demo: the municipality's case system, with a public demo token to try the API."""
from leefwereld.api.models import ApiClient
from leefwereld.api.scopes import SCOPES, Vertrouwelijkheid
from leefwereld.api.tokens import client_create, secret_hash

from . import personas


def load_api(users):
    if ApiClient.objects.filter(name=personas.DEMO_API_CLIENT).exists():
        return
    client, _token = client_create(actor=users["gerda"], name=personas.DEMO_API_CLIENT, acts_as=users["fatima"],
                                   scopes=[s for s in SCOPES if s != "logboek.lezen"],
                                   vertrouwelijkheid=Vertrouwelijkheid.VERTROUWELIJK)
    # Public like the demo password: the demo token replaces the random one, so the README can name it.
    prefix, secret = personas.DEMO_API_TOKEN[3:].split(".", 1)
    ApiClient.objects.filter(pk=client.pk).update(token_prefix=prefix, token_hash=secret_hash(secret))
