"""One small HTTP client for every partner system (standard library only): http(s) only, a timeout,
and the status and body back, errors included, so each client can say what went wrong."""
import json as jsonlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


class Onbereikbaar(Exception):
    """The partner system did not answer (refused, timed out, no such host)."""


@dataclass
class Antwoord:
    status: int
    body: bytes
    headers: dict

    def json(self):
        return jsonlib.loads(self.body or b"null")


def request(method, url, *, data=None, json=None, headers=None):
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"Only http(s) addresses: {url!r}")
    headers = dict(headers or {})
    if json is not None:
        data = jsonlib.dumps(json).encode()
        headers.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310 (scheme checked)
    try:
        with urllib.request.urlopen(req, timeout=settings.LEEFWERELD_KOPPELING_TIMEOUT) as response:  # noqa: S310
            return Antwoord(response.status, response.read(), dict(response.headers))
    except urllib.error.HTTPError as exc:
        return Antwoord(exc.code, exc.read(), dict(exc.headers or {}))
    except (urllib.error.URLError, OSError) as exc:
        raise Onbereikbaar(str(exc)) from exc
