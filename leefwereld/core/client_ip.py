"""The real client address behind the reverse proxy.

`X-Forwarded-For` can be written by anyone, so it is read only when the direct peer
(REMOTE_ADDR) is one of the configured TRUSTED_PROXIES. Walking the header from the
right, trusted hops are skipped; the first untrusted address is the client.
"""
import ipaddress

from django.conf import settings


def _networks():
    return [ipaddress.ip_network(entry, strict=False) for entry in getattr(settings, "TRUSTED_PROXIES", [])]


def _is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_ip(request) -> str | None:
    """The address of the person's device, as far as the trusted proxies vouch for it."""
    remote = request.META.get("REMOTE_ADDR") or None
    networks = _networks()
    if not remote or not networks or not _is_trusted(remote, networks):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for hop in reversed(forwarded):
        if not _is_trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return remote  # garbage in the header: keep the proxy's address rather than a made-up one
    return forwarded[0] if forwarded else remote
