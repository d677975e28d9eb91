"""Environment parsing fails loudly: a typo stops start-up instead of turning a setting off."""
import pytest
from django.core.exceptions import ImproperlyConfigured

from leefwereld.conf.base import env_bool, env_int, env_list, env_networks
from leefwereld.conf.tests.helpers import manage, production_env


@pytest.mark.parametrize(("raw", "expected"), [("on", True), (" TRUE ", True), ("1", True), ("yes", True),
                                               ("off", False), ("False", False), ("0", False), ("no", False)])
def test_clear_yes_no_words_are_read(monkeypatch, raw, expected):
    monkeypatch.setenv("LW_TEST_FLAG", raw)
    assert env_bool("LW_TEST_FLAG", not expected) is expected


def test_an_unset_boolean_takes_its_default(monkeypatch):
    monkeypatch.delenv("LW_TEST_FLAG", raising=False)
    assert env_bool("LW_TEST_FLAG", True) is True


@pytest.mark.parametrize("raw", ["flase", "", "ja", "2", "enabled"])
def test_anything_else_is_refused_with_the_variable_named(monkeypatch, raw):
    monkeypatch.setenv("LW_TEST_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="LW_TEST_FLAG"):
        env_bool("LW_TEST_FLAG", True)


def test_lists_are_stripped_and_empty_items_dropped(monkeypatch):
    monkeypatch.setenv("LW_TEST_LIST", " a.example.org ,, b.example.org ,")
    assert env_list("LW_TEST_LIST") == ["a.example.org", "b.example.org"]


@pytest.mark.parametrize("raw", ["abc", "1.5", "-3", ""])
def test_a_bad_number_is_refused_with_the_variable_named(monkeypatch, raw):
    monkeypatch.setenv("LW_TEST_INT", raw)
    with pytest.raises(ImproperlyConfigured, match="LW_TEST_INT"):
        env_int("LW_TEST_INT", 10)


def test_a_good_number_is_read(monkeypatch):
    monkeypatch.setenv("LW_TEST_INT", " 42 ")
    assert env_int("LW_TEST_INT", 10) == 42


def test_trusted_proxies_are_addresses_or_networks(monkeypatch):
    monkeypatch.setenv("LW_TEST_PROXIES", "10.0.0.0/8, 192.0.2.7 ,2001:db8::/32")
    assert env_networks("LW_TEST_PROXIES") == ["10.0.0.0/8", "192.0.2.7", "2001:db8::/32"]
    monkeypatch.setenv("LW_TEST_PROXIES", "10.0.0.0/8,proxy.example.org")
    with pytest.raises(ImproperlyConfigured, match="proxy.example.org"):
        env_networks("LW_TEST_PROXIES")


def test_a_misspelt_boolean_stops_start_up(tmp_path):
    result = manage("check", env=production_env(tmp_path, SECURE_COOKIES="flase"))
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECURE_COOKIES='flase'" in result.stderr


def test_a_bad_trusted_proxy_stops_start_up(tmp_path):
    result = manage("check", env=production_env(tmp_path, TRUSTED_PROXIES="10.0.0.0/8,10.0.0.300"))
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: '10.0.0.300'" in result.stderr
