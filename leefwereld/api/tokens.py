"""Client tokens: `lw_<prefix>.<secret>`. The prefix finds the client; only SHA-256 of the secret is kept."""
import hashlib
import hmac
import secrets

from django.db import transaction

from leefwereld.access.policy import guard

from .models import ApiClient
from .scopes import SCOPES


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _new_token():
    prefix, secret = secrets.token_hex(4), secrets.token_urlsafe(32)
    return prefix, secret, f"lw_{prefix}.{secret}"


def client_create(*, actor, name, acts_as, scopes, vertrouwelijkheid, rate=""):
    """A new client and its token; the token is returned once and never stored."""
    unknown = set(scopes) - set(SCOPES)
    if unknown:
        raise ValueError(f"Unknown scopes: {sorted(unknown)}")
    prefix, secret, token = _new_token()
    with transaction.atomic():
        guard(actor, "beheer.manage", detail={"api_client": name, "scopes": sorted(scopes)})
        client = ApiClient.objects.create(name=name, acts_as=acts_as, scopes=sorted(scopes),
                                          vertrouwelijkheid=vertrouwelijkheid, rate=rate,
                                          token_prefix=prefix, token_hash=secret_hash(secret))
    return client, token


def token_renew(*, actor, client):
    """A new token for a client; the old one stops working at once."""
    prefix, secret, token = _new_token()
    with transaction.atomic():
        guard(actor, "beheer.manage", detail={"api_client": client.name, "token": "vernieuwd"})
        client.token_prefix, client.token_hash = prefix, secret_hash(secret)
        client.save(update_fields=["token_prefix", "token_hash", "updated_at"])
    return token


def set_token(client):
    """Give an unsaved client (the administrator's form) a token; returns the token to show once."""
    prefix, secret, token = _new_token()
    client.token_prefix, client.token_hash = prefix, secret_hash(secret)
    return token


def client_for_token(token: str):
    """The active client holding this token, or None (constant-time comparison of the hash)."""
    if not token.startswith("lw_") or "." not in token:
        return None
    prefix, secret = token[3:].split(".", 1)
    client = ApiClient.objects.select_related("acts_as", "acts_as__team").filter(
        token_prefix=prefix, active=True).first()
    if client is None or not hmac.compare_digest(client.token_hash, secret_hash(secret)):
        return None
    return client
