"""A real SMTP server on 127.0.0.1 (aiosmtpd), started per test: it can refuse the first tries with 451."""
import socket

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """Records every accepted message; answers "451 try again" to the first `refuse` deliveries."""

    def __init__(self):
        self.messages = []
        self.refuse = 0
        self.tries = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.tries += 1
        if self.refuse:
            self.refuse -= 1
            return "451 Requested action aborted: try again later"
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted for delivery"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.NOTIFY_RETRY_SECONDS = 0
    yield inbox
    controller.stop()
