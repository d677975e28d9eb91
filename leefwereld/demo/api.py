"""A system client for the demo: the municipality's case system, with a public demo token to try the API."""
from leefwereld.api.models import ApiClient
from leefwereld.api.scopes import SCOPES, Vertrouwelijkheid
from leefwereld.api.tokens import secret_hash

from . import personas


def load_api(users):
    # Demo data, like the teams: made directly, not by the administrator (no beheer row in the demo's log).
    # The token is public like the demo password, so the README can name it.
    prefix, secret = personas.DEMO_API_TOKEN[3:].split(".", 1)
    ApiClient.objects.get_or_create(name=personas.DEMO_API_CLIENT, defaults={
        "acts_as": users["fatima"], "scopes": sorted(s for s in SCOPES if s != "logboek.lezen"),
        "vertrouwelijkheid": Vertrouwelijkheid.VERTROUWELIJK, "token_prefix": prefix,
        "token_hash": secret_hash(secret)})
