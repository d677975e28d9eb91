"""Signing a resident in through the real local broker, the way a browser would, with the Django test client
on our side and plain HTTP on the broker's side."""
import re
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit

import requests

ACCOUNTS = [
    {"sub": "saskia", "bsn": "123456782", "name": "Saskia van Dalen"},
    {"sub": "bert", "bsn": "111222333", "name": "Bert van Vliet"},
    {"sub": "wilma", "bsn": "111222345", "name": "Wilma Brouwer"},
    {"sub": "vreemde", "bsn": "111222357", "name": "Iemand Anders"},
]
CALLBACK = "http://testserver/oidc/callback/"


def _form_action(html):
    return unescape(re.search(r'<form[^>]*action="([^"]+)"', html).group(1))


def broker_sign_in(client, sub, *, next_url="/mijn/"):
    """Start at /oidc/authenticate/, sign in at the broker as `sub`, come back to the callback; the response."""
    start = client.get("/oidc/authenticate/", {"next": next_url})
    assert start.status_code == 302, start
    broker = requests.Session()
    url = start["Location"]
    for _step in range(10):
        response = broker.get(url, allow_redirects=False, timeout=10)
        if response.is_redirect:
            url = urljoin(url, response.headers["Location"])
            if url.startswith(CALLBACK):
                parts = urlsplit(url)
                return client.get(parts.path, dict(parse_qsl(parts.query)))
            continue
        action = urljoin(url, _form_action(response.text))
        data = {"prompt": "login", "login": sub, "password": "x"} if 'name="login"' in response.text else {
            "prompt": "consent"}
        posted = broker.post(action, data=data, allow_redirects=False, timeout=10)
        url = urljoin(action, posted.headers["Location"])
    raise AssertionError("the broker did not send us back")
