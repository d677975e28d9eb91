"""The second step of signing in: a TOTP app (django-otp) and one-time recovery codes.

The secret lives in django-otp's TOTPDevice; recovery codes are the tokens of one StaticDevice.
Codes are checked against one named device at a time (django_otp.verify_token), so throttling
and replay protection of the library apply.
"""
import base64
import io
import re
from binascii import hexlify

import django_otp
import segno
from django.db import transaction
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from leefwereld.audit.security import security_record

APP_DEVICE = "authenticator-app"
RECOVERY_DEVICE = "herstelcodes"
RECOVERY_CODE_COUNT = 10
_NOT_CODE = re.compile(r"[\s-]")


def has_app(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def enrolment_device(user):
    """The unconfirmed app device being linked now; made when first asked. None once an app is linked."""
    if has_app(user):
        return None
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)


def secret_for_typing(device) -> str:
    """The base32 secret an authenticator app asks for, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_svg(device) -> bytes:
    """The otpauth:// link as an SVG QR code (no inline style, no script)."""
    out = io.BytesIO()
    segno.make(device.config_url, error="m").save(out, kind="svg", scale=5, border=4, xmldecl=False,
                                                  title="QR", dark="#000", light="#fff")
    return out.getvalue()


def _normalise(code):
    return _NOT_CODE.sub("", code or "").lower()


def is_throttled(user) -> bool:
    """True while the library makes the user wait after wrong codes."""
    devices = list(TOTPDevice.objects.filter(user=user, confirmed=True)) + list(
        StaticDevice.objects.filter(user=user, confirmed=True))
    return bool(devices) and not any(d.verify_is_allowed()[0] for d in devices)


def verify_code(*, request, user, code):
    """Check a 6-digit app code or one recovery code; on success mark the session verified.

    A recovery code is used up by the check itself. Returns the device, or None (and logs the failure).
    """
    code = _normalise(code)
    model = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    for device in model.objects.filter(user=user, confirmed=True):
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            django_otp.login(request, verified)
            security_record(action="security.login", actor=user,
                            detail={"method": "recovery_code" if model is StaticDevice else "app"})
            return verified
    security_record(action="security.otp_failed", actor=user)
    return None


def enrol_confirm(*, request, user, code):
    """Link the app: the first good code confirms the device. Returns the new recovery codes, or None."""
    device = enrolment_device(user)
    if device is None or not device.verify_token(_normalise(code)):
        security_record(action="security.otp_failed", actor=user, detail={"during": "enrolment"})
        return None
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        codes = _new_recovery_codes(user)
    django_otp.login(request, device)
    security_record(action="security.otp_enrolled", actor=user)
    security_record(action="security.login", actor=user, detail={"method": "app"})
    return codes


def recovery_codes_renew(*, actor):
    """Replace the recovery codes; the old ones stop working. Returns the new codes, to show once."""
    with transaction.atomic():
        codes = _new_recovery_codes(actor)
    security_record(action="security.recovery_codes", actor=actor)
    return codes


def _new_recovery_codes(user):
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE,
                                                          defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def devices_remove(*, user) -> int:
    """Remove every app and recovery-code device of the user (see services.account_two_factor_reset)."""
    with transaction.atomic():
        removed = TOTPDevice.objects.filter(user=user).delete()[1].get(TOTPDevice._meta.label, 0)
        removed += StaticDevice.objects.filter(user=user).delete()[1].get(StaticDevice._meta.label, 0)
    return removed


def app_device_with_secret(*, user, base32_secret):
    """A linked app device with a known secret (the demo's; see demo/personas.py)."""
    key = hexlify(base64.b32decode(base32_secret.replace(" ", "").upper())).decode("ascii")
    device, _created = TOTPDevice.objects.update_or_create(
        user=user, name=APP_DEVICE, defaults={"key": key, "confirmed": True})
    return device


def current_code(base32_secret) -> str:
    """The code an authenticator app shows now for this secret (django-otp's own TOTP)."""
    key = base64.b32decode(base32_secret.replace(" ", "").upper())
    return f"{TOTP(key).token():06d}"
