"""SMS gateways: a municipality plugs in its provider by naming a class in NOTIFY_SMS_GATEWAY.

A gateway has one method, send(to, body); it raises GatewayError when the provider may accept a later try,
and ValueError when the message can never go (a bad number): then it is not tried again.
"""
from django.conf import settings
from django.utils.module_loading import import_string

from .models import RecordedSms


class GatewayError(Exception):
    """The provider could not take the message now; the worker tries again later."""


class Gateway:
    def send(self, to, body):
        raise NotImplementedError


class RecordingGateway(Gateway):
    """The local gateway for development and tests: it records what it got (notify.RecordedSms)."""

    def send(self, to, body):
        RecordedSms.objects.create(to=to, body=body)


def gateway():
    return import_string(settings.NOTIFY_SMS_GATEWAY)()
