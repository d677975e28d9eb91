"""Security headers: a strict CSP on every page, Permissions-Policy, and no caching of personal data."""
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from leefwereld.access.checks import own_views
from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.demo.loader import load_personas
from leefwereld.workspace.tests.test_no_500 import _ids, _kwargs

FORBIDDEN_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "*")


def _named_own_routes(patterns=None, namespace=""):
    """(namespaced name, converter names) for every view own_views() lists."""
    own = {callback for _route, _name, callback in own_views()}
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _named_own_routes(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.callback in own and entry.name:
            yield namespace + entry.name, list(entry.pattern.converters)


def own_urls():
    ids = _ids()
    for name, params in _named_own_routes():
        if name.startswith("admin:"):
            continue
        yield reverse(name, kwargs=_kwargs(name, params, ids))


def admin_urls():
    """Every page of every registered model in the admin, generated from admin.site's registry."""
    yield reverse("admin:index")
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        obj = model._default_manager.first()
        yield reverse("admin:app_list", args=[opts.app_label])
        yield reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        yield reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
        if obj is None:  # e.g. axes' lock-out records before any lock-out: list and add pages only
            continue
        for view in ("change", "delete", "history"):
            yield reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk])
        if model_admin.__class__.__name__ == "BeheerUserAdmin":
            yield reverse("admin:auth_user_password_change", args=[obj.pk])


def assert_strict_csp(response, url):
    policy = response.headers.get("Content-Security-Policy", "")
    assert policy, f"no CSP on {url}"
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in policy.split(";") if d.strip())
    assert directives["default-src"] == "'self'", url
    for name in ("script-src", "style-src"):
        assert not any(src in directives[name].split() for src in FORBIDDEN_SOURCES), (url, directives[name])
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["form-action"] == "'self'"
    assert "data:" not in directives["img-src"]


@pytest.mark.django_db
def test_every_own_page_carries_a_strict_csp(client):
    """Generated from the URL list: a new page is checked without anyone adding it here."""
    _teams, users = load_personas()
    urls = list(own_urls())
    assert len(urls) > 30
    for url in urls:  # Not logged in: the redirect to the log-in page carries it too.
        assert_strict_csp(client.get(url), url)
    login_verified(client, users["anouk"])
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        assert_strict_csp(response, url)


@pytest.mark.django_db
def test_every_admin_page_carries_a_strict_csp(client):
    _teams, users = load_personas()
    login_verified(client, users["gerda"])
    urls = list(admin_urls())
    assert len(urls) >= 15
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_csp(response, url)


@pytest.mark.django_db
def test_logged_in_pages_are_not_cached_and_restrict_browser_features(client, pro):
    login_verified(client, pro)
    response = client.get(reverse("workspace:werkvoorraad"))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Pragma"] == "no-cache"
    policy = response.headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_without_log_in_restrict_browser_features_too(client):
    response = client.get(reverse("workspace:login"))
    assert "camera=()" in response.headers["Permissions-Policy"]


@pytest.mark.django_db
def test_static_files_keep_their_own_caching(client, pro, settings):
    """Static files never get no-store, even for a logged-in user (they hold no personal data)."""
    from django.http import HttpResponse

    from leefwereld.core.middleware import SecurityHeadersMiddleware

    def static_file(request):
        response = HttpResponse("body{}")
        response.headers["Cache-Control"] = "max-age=31536000, public, immutable"
        return response

    request = type("R", (), {"user": pro, "path": "/static/leefwereld/app.css"})()
    response = SecurityHeadersMiddleware(static_file)(request)
    assert response.headers["Cache-Control"] == "max-age=31536000, public, immutable"


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"\sstyle\s*=|<style\b", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\s(on[a-z]+|hx-on[:\w-]*|hx-vars|hx-js)\s*=", re.IGNORECASE)


def template_files():
    """Our template folders: the project's (with its admin overrides) and every Leefwereld app's."""
    dirs = [Path(d) for d in settings.TEMPLATES[0]["DIRS"]]
    dirs += [Path(c.path) / "templates" for c in apps.get_app_configs() if c.name.startswith("leefwereld.")]
    return [f for d in dirs if d.is_dir() for f in d.rglob("*.html")]


def test_no_template_has_inline_script_style_or_handler():
    files = template_files()
    assert len(files) > 20
    offences = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, INLINE_STYLE, INLINE_HANDLER):
            offences += [f"{path}: {m.group(0).strip()}" for m in pattern.finditer(text)]
    assert not offences, "\n".join(offences)


def test_template_scan_finds_what_it_looks_for():
    """The patterns catch the real thing (so the scan above can fail)."""
    assert INLINE_SCRIPT.search('<script>alert(1)</script>')
    assert not INLINE_SCRIPT.search('<script src="/static/x.js" defer></script>')
    assert INLINE_STYLE.search('<form class="x" style="max-width: 28rem">')
    assert INLINE_STYLE.search("<style>.a{}</style>")
    assert INLINE_HANDLER.search('<button onclick="go()">')
    assert INLINE_HANDLER.search('<div hx-on:click="go()">')
    assert not INLINE_HANDLER.search('<body hx-headers=\'{"X-CSRFToken": "x"}\'>')
