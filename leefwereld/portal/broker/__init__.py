"""Starting the local OpenID Connect broker (broker.mjs, the npm package oidc-provider) for the tests and
`make run`: a real provider on 127.0.0.1, with the demo residents as its accounts (ADR 0029)."""
import json
import os
import select
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from django.conf import settings

SCRIPT = Path(__file__).with_name("broker.mjs")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    """One broker process. accounts: [{"sub", "bsn", "name"}]; redirect_uris: where it may send people back."""

    def __init__(self, *, accounts, redirect_uris, port=None, client_id=None, client_secret=None):
        self.port = port or free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.client_id = client_id or settings.OIDC_RP_CLIENT_ID
        self.client_secret = client_secret or settings.OIDC_RP_CLIENT_SECRET
        self.config = {"port": self.port, "client_id": self.client_id, "client_secret": self.client_secret,
                       "redirect_uris": list(redirect_uris), "accounts": list(accounts)}
        self.process = None
        self._file = None

    def settings(self):
        """The OIDC_* settings that point Leefwereld at this broker."""
        return {"OIDC_OP_AUTHORIZATION_ENDPOINT": f"{self.issuer}/auth",
                "OIDC_OP_TOKEN_ENDPOINT": f"{self.issuer}/token",
                "OIDC_OP_USER_ENDPOINT": f"{self.issuer}/me", "OIDC_OP_JWKS_ENDPOINT": f"{self.issuer}/jwks",
                "OIDC_RP_CLIENT_ID": self.client_id, "OIDC_RP_CLIENT_SECRET": self.client_secret}

    def start(self, *, detach=False, log=None, timeout=20):
        if not (settings.NODE_MODULES / "oidc-provider").exists():
            raise RuntimeError("node_modules/oidc-provider is missing: run npm ci (make assets).")
        self._file = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="broker-", delete=False)  # noqa: SIM115
        json.dump(self.config, self._file)
        self._file.close()
        env = dict(os.environ)
        out = log if detach else subprocess.PIPE
        # Our own script and a temporary file we wrote: no outside input reaches the command line.
        self.process = subprocess.Popen(["node", str(SCRIPT), self._file.name],  # noqa: S603, S607
                                        cwd=str(settings.BASE_DIR), env=env,
                                        stdout=out, stderr=subprocess.STDOUT if detach else subprocess.DEVNULL,
                                        start_new_session=detach, text=True)
        if detach:
            self._wait_for_port(timeout)
        else:
            self._wait_for_line(timeout)
        return self

    def _wait_for_line(self, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready, _w, _x = select.select([self.process.stdout], [], [], 0.2)
            if ready:
                line = self.process.stdout.readline()
                if "oidc-broker ready" in line:
                    return
                if not line and self.process.poll() is not None:
                    break
        self.stop()
        raise RuntimeError("The local OIDC broker did not start.")

    def _wait_for_port(self, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError("The local OIDC broker did not start.")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self._file is not None:
            Path(self._file.name).unlink(missing_ok=True)
