import pytest

from leefwereld.portal.broker import Broker

from .helpers import ACCOUNTS, CALLBACK


@pytest.fixture(scope="session")
def broker_process():
    """A real OpenID Connect provider (npm oidc-provider) on 127.0.0.1, for the whole test session."""
    broker = Broker(accounts=ACCOUNTS, redirect_uris=[CALLBACK]).start()
    yield broker
    broker.stop()


@pytest.fixture
def broker(broker_process, settings):
    for name, value in broker_process.settings().items():
        setattr(settings, name, value)
    return broker_process
