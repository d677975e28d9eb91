"""Production settings: clean for check --deploy, static files with manifest, and no demo."""
import json
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from leefwereld.accounts.models import User
from leefwereld.conf.tests.helpers import manage, production_env


def test_check_deploy_prints_no_warning(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_ssl_redirect_off_is_a_choice_not_a_warning(tmp_path):
    env = production_env(tmp_path, SECURE_SSL_REDIRECT="off")
    code = "from django.conf import settings; print(settings.SECURE_SSL_REDIRECT)"
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.strip() == "False", result.stderr
    assert manage("check", "--deploy", "--fail-level", "WARNING", env=env).returncode == 0


def _production_values(tmp_path, names, **env):
    code = f"from django.conf import settings; print([getattr(settings, n, None) for n in {names!r}])"
    result = manage("shell", "--no-imports", "-c", code, env=production_env(tmp_path, **env))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_behind_the_proxy_https_and_origins_come_from_the_environment(tmp_path):
    names = ["SECURE_PROXY_SSL_HEADER", "CSRF_TRUSTED_ORIGINS", "SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    origins = " https://a.example.org ,https://b.example.org"
    assert _production_values(tmp_path, names, CSRF_TRUSTED_ORIGINS=origins) == (
        "[('HTTP_X_FORWARDED_PROTO', 'https'), ['https://a.example.org', 'https://b.example.org'], True]"
    )
    assert _production_values(tmp_path, names[:1], TRUST_X_FORWARDED_PROTO="off") == "[None]"


def test_production_never_imports_the_demo(tmp_path):
    """Every URL module (and so every view) loads; the demo app is neither installed nor imported."""
    code = (
        "import sys, django; django.setup(); from django.conf import settings; from django.urls import get_resolver;"
        " get_resolver().url_patterns;"
        " print('installed' if 'leefwereld.demo' in settings.INSTALLED_APPS else 'not installed');"
        " print(sorted(m for m in sys.modules if m.startswith('leefwereld.demo')))"
    )
    result = manage("shell", "--no-imports", "-c", code, env=production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["not installed", "[]"]


def test_load_demo_does_not_exist_under_production_settings(tmp_path):
    result = manage("load_demo", env=production_env(tmp_path))
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr


def test_load_demo_refuses_even_when_a_local_settings_file_installs_the_demo(tmp_path):
    (tmp_path / "gemeente_settings.py").write_text(
        "from leefwereld.conf.production import *  # noqa\n"
        "INSTALLED_APPS = [*INSTALLED_APPS, 'leefwereld.demo']\n"
    )
    env = production_env(tmp_path, DJANGO_SETTINGS_MODULE="gemeente_settings", PYTHONPATH=str(tmp_path))
    for command in ("load_demo", "demo_logins"):
        result = manage(command, env=env)
        assert result.returncode != 0
        assert "Refused: production settings are active" in result.stderr
    assert not (tmp_path / "production.sqlite3").exists() or (tmp_path / "production.sqlite3").stat().st_size == 0


@override_settings(LEEFWERELD_PRODUCTION=True)
@pytest.mark.django_db
def test_load_demo_refuses_before_creating_anyone():
    with pytest.raises(CommandError, match="production settings are active"):
        call_command("load_demo")
    assert not User.objects.exists()


def test_collectstatic_gives_every_page_asset_a_hashed_name(tmp_path):
    result = manage("collectstatic", "--noinput", env=production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    used = set()
    for template in (settings.BASE_DIR / "leefwereld").rglob("templates/**/*.html"):
        used |= set(re.findall(r"\{% static '([^']+)' %\}", template.read_text()))
    assert used, "no {% static %} found in the templates"
    used |= set(settings.LEEFWERELD_THEME_CSS)  # the theme's tokens and fonts, named in the settings
    for name in used:
        hashed = manifest[name]
        assert re.search(r"\.[0-9a-f]{12}\.", hashed)
        assert (tmp_path / "static" / hashed).exists()


SERVE = """
import re
from django.test import Client
from django.urls import reverse
client = Client(HTTP_HOST="leefwereld.example.org", HTTP_X_FORWARDED_PROTO="https")
page = client.get(reverse("workspace:login"))
links = re.findall(r'/static/[^"]+', page.content.decode())
asset = client.get(links[0])
plain = client.get(reverse("workspace:login"), HTTP_X_FORWARDED_PROTO="http")
print(page.status_code, len(links), asset.status_code, plain.status_code, plain["Location"], asset["Cache-Control"])
print(page["Strict-Transport-Security"])
"""


def test_after_collectstatic_production_serves_hashed_assets_over_https_only(tmp_path):
    env = production_env(tmp_path)
    assert manage("collectstatic", "--noinput", env=env).returncode == 0
    result = manage("shell", "--no-imports", "-c", SERVE, env=env)
    assert result.returncode == 0, result.stderr
    served, hsts = result.stdout.strip().splitlines()[-2:]
    status, links, asset_status, plain_status, location, cache = served.split(" ", 5)
    assert (status, asset_status, plain_status) == ("200", "200", "301")
    assert int(links) >= 4 and "immutable" in cache
    assert location.startswith("https://leefwereld.example.org/")
    assert hsts == "max-age=31536000; includeSubDomains; preload"
