"""Signing in for tests: a session that has passed both steps, as django_otp.login() leaves it."""
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from leefwereld.accounts import two_factor
from leefwereld.accounts.middleware import LAST_SEEN, SIGNED_IN


def linked_app(user):
    """The user's confirmed authenticator-app device (made if missing)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name=two_factor.APP_DEVICE, confirmed=True)


def login_verified(client, user):
    """Log the test client in with password and second factor both done; returns the client."""
    device = linked_app(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[SIGNED_IN] = session[LAST_SEEN] = int(timezone.now().timestamp())  # as the login view does
    session.save()
    return client
