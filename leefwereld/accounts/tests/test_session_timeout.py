"""Logged out after 30 minutes without a request, and after 8 hours whatever happens (a moved clock)."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts import middleware
from leefwereld.audit.models import AuditEvent


@pytest.fixture
def clock(monkeypatch):
    """clock.move(minutes=...): the time the middleware sees moves on; nobody sleeps."""
    start = timezone.now()

    class Clock:
        now = start

        def move(self, **delta):
            self.now += dt.timedelta(**delta)

    c = Clock()
    monkeypatch.setattr(middleware.timezone, "now", lambda: c.now)
    return c


def test_idle_for_longer_than_the_timeout_logs_out_and_says_why(client_for, pro, clock):
    client = client_for(pro)
    clock.move(minutes=29)
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    clock.move(minutes=29)  # 29 minutes since the last request: still fine
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    clock.move(minutes=31)
    response = client.get(reverse("workspace:search"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("workspace:login"))
    page = client.get(response["Location"])
    assert "U bent uitgelogd omdat u een tijd niets heeft gedaan" in page.content.decode()
    assert client.get(reverse("workspace:werkvoorraad"))["Location"].startswith(reverse("workspace:login"))
    assert AuditEvent.objects.get(action="security.logout").detail == {"reason": "idle"}


def test_the_idle_timeout_is_a_setting(client_for, pro, clock, settings):
    settings.SESSION_IDLE_TIMEOUT = 5 * 60
    client = client_for(pro)
    clock.move(minutes=6)
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 302


def test_eight_hours_after_signing_in_the_session_ends_even_when_busy(client_for, pro, clock):
    client = client_for(pro)
    for _i in range(8 * 3):
        clock.move(minutes=20)
        assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    clock.move(minutes=5)
    response = client.get(reverse("workspace:werkvoorraad"))
    assert response.status_code == 302
    assert "lang ingelogd" in client.get(response["Location"]).content.decode()
    assert AuditEvent.objects.get(action="security.logout").detail == {"reason": "absolute"}
