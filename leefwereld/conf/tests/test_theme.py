"""The theme (ADR 0009): the NL Design System's example theme by default, a municipality's own by
configuration, never a URL, and collected for production like every other asset."""
import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse

from leefwereld.conf.base import env_static
from leefwereld.conf.tests.helpers import manage, production_env

SHOW = ("from django.conf import settings; print(settings.LEEFWERELD_THEME_CSS, settings.LEEFWERELD_THEME_CLASS,"
        " settings.LEEFWERELD_LOGO, settings.STATICFILES_DIRS[-1])")


@pytest.mark.django_db
def test_the_demo_uses_the_voorbeeld_theme_and_its_fonts_not_utrecht(client_for):
    from leefwereld.accounts.tests.factories import UserFactory

    page = client_for(UserFactory()).get(reverse("workspace:werkvoorraad")).content.decode()
    assert 'class="voorbeeld-theme utrecht-root"' in page
    assert "/static/vendor/voorbeeld-tokens/theme.css" in page
    assert "/static/vendor/noto-sans/400.css" in page and "/static/vendor/noto-serif/700.css" in page
    assert "utrecht-tokens" not in page and "utrecht-theme" not in page


@pytest.mark.django_db
@override_settings(LEEFWERELD_THEME_CSS=["theme/tokens.css"], LEEFWERELD_THEME_CLASS="zandhoven-theme",
                   LEEFWERELD_LOGO="theme/logo.svg", LEEFWERELD_MUNICIPALITY="Gemeente Zandhoven")
def test_a_municipality_sets_its_own_theme_logo_and_name(client_for):
    from leefwereld.accounts.tests.factories import UserFactory

    page = client_for(UserFactory()).get(reverse("workspace:werkvoorraad")).content.decode()
    assert 'class="zandhoven-theme utrecht-root"' in page
    assert 'href="/static/theme/tokens.css"' in page and "voorbeeld-tokens" not in page
    assert 'src="/static/theme/logo.svg"' in page and "Gemeente Zandhoven" in page


@pytest.mark.parametrize("raw", ["https://cdn.example.org/tokens.css", "//cdn.example.org/t.css", "/etc/passwd",
                                 "theme/../../secrets.css", "data:text/css,body{}"])
def test_a_url_or_a_path_outside_static_is_refused(monkeypatch, raw):
    monkeypatch.setenv("LW_TEST_STATIC", f"theme/tokens.css,{raw}")
    with pytest.raises(ImproperlyConfigured, match="LW_TEST_STATIC"):
        env_static("LW_TEST_STATIC")


def test_a_bad_theme_class_or_a_missing_theme_folder_stops_start_up(tmp_path):
    result = manage("check", env=production_env(tmp_path, LEEFWERELD_THEME_CLASS="x\" onload=\"y"))
    assert result.returncode != 0 and "LEEFWERELD_THEME_CLASS" in result.stderr
    result = manage("check", env=production_env(tmp_path, LEEFWERELD_THEME_DIR=str(tmp_path / "missing")))
    assert result.returncode != 0 and "LEEFWERELD_THEME_DIR" in result.stderr


def test_the_municipalitys_theme_folder_is_collected_with_hashed_names(tmp_path):
    folder = tmp_path / "gemeente-theme"
    folder.mkdir()
    (folder / "tokens.css").write_text(".gemeente-theme { --utrecht-document-color: #111; }\n")
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n')
    env = production_env(tmp_path, LEEFWERELD_THEME_DIR=str(folder), LEEFWERELD_THEME_CSS="theme/tokens.css",
                         LEEFWERELD_THEME_CLASS="gemeente-theme", LEEFWERELD_LOGO="theme/logo.svg")
    shown = manage("shell", "--no-imports", "-c", SHOW, env=env)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("['theme/tokens.css'] gemeente-theme theme/logo.svg ('theme',")
    assert manage("collectstatic", "--noinput", env=env).returncode == 0
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    assert {"theme/tokens.css", "theme/logo.svg"} <= set(manifest)
