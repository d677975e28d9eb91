"""Start the local OIDC broker for `make run` in the background, with the demo residents, and print their log-ins.

Never in production: there the municipality's own broker (DigiD behind it) is configured by OIDC_* settings.
"""
import os
import signal
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

from leefwereld.demo.portal import RESIDENTS, broker_accounts
from leefwereld.portal.broker import Broker

from ._refuse import refuse_in_production

PID_FILE = Path(settings.BASE_DIR) / "var" / "oidc-broker.pid"


class Command(BaseCommand):
    help = "Start the local OpenID Connect broker (DigiD stand-in) in the background for make run."

    def add_arguments(self, parser):
        parser.add_argument("--site", default="http://127.0.0.1:8000", help="where Leefwereld runs")

    def handle(self, *args, site, **options):
        refuse_in_production()
        self._stop_earlier()
        port = int(settings.OIDC_ISSUER.rsplit(":", 1)[-1])
        callback = site.rstrip("/") + reverse("portal:oidc_callback")
        PID_FILE.parent.mkdir(parents=True, exist_ok=True)
        log = open(PID_FILE.with_suffix(".log"), "w")  # noqa: SIM115 (the broker keeps writing to it)
        broker = Broker(accounts=broker_accounts(), redirect_uris=[callback], port=port).start(detach=True, log=log)
        PID_FILE.write_text(str(broker.process.pid))
        self.stdout.write(f"\nMijn Leefwereld (residents): {site}{reverse('portal:start')}")
        self.stdout.write(f"The local DigiD stand-in runs at {broker.issuer} (log: {PID_FILE.with_suffix('.log')}).")
        self.stdout.write("Sign in with one of these log-ins (any password); the broker then asks to continue:")
        for r in RESIDENTS:
            whose = "own file" if r["own"] else "a representative (mentor of Elisabeth van Vliet)"
            self.stdout.write(f"  {r['sub']:<8} {r['name']:<18} BSN {r['bsn']}  {whose}")
        self.stdout.write("")

    def _stop_earlier(self):
        try:
            pid = int(PID_FILE.read_text())
            os.killpg(pid, signal.SIGTERM)  # the broker started by an earlier make run (its own session)
        except (FileNotFoundError, ValueError, ProcessLookupError, PermissionError):
            pass
