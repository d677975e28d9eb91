"""The client address is read from X-Forwarded-For only when a trusted proxy sent it."""
from django.test import RequestFactory, override_settings

from leefwereld.core.client_ip import client_ip

rf = RequestFactory()


def _request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


def test_without_trusted_proxies_the_peer_is_the_client():
    assert client_ip(_request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_header_from_an_untrusted_peer_is_ignored():
    assert client_ip(_request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_trusted_proxy_vouches_for_the_client():
    assert client_ip(_request("10.1.2.3", "198.51.100.1")) == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_spoofed_leftmost_address_is_not_believed():
    # The client wrote "1.1.1.1" itself; the proxy appended the address it really saw.
    assert client_ip(_request("10.1.2.3", "1.1.1.1, 198.51.100.1")) == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "192.0.2.7"])
def test_chained_trusted_proxies_are_skipped():
    assert client_ip(_request("10.1.2.3", "198.51.100.1, 192.0.2.7")) == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_garbage_in_the_header_falls_back_to_the_proxy():
    assert client_ip(_request("10.1.2.3", "not-an-address")) == "10.1.2.3"
