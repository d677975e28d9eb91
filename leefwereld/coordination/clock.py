"""Today, in one place: the timers (stalled referrals, the escalation ladder) read it here, so tests freeze it."""
from django.utils import timezone


def today():
    return timezone.localdate()


def now():
    return timezone.now()
