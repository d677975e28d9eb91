"""Password rules of our own, next to Django's (see AUTH_PASSWORD_VALIDATORS)."""
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class RepeatedCharacterValidator:
    """Refuse long runs of one character ('aaaa', '1111'): they add length, not strength."""

    def __init__(self, max_run=3):
        self.max_run = max_run
        self.pattern = re.compile(r"(.)\1{%d,}" % max_run, re.DOTALL)

    def validate(self, password, user=None):
        if self.pattern.search(password or ""):
            raise ValidationError(
                _("Dit wachtwoord heeft %(n)d keer of vaker hetzelfde teken achter elkaar. "
                  "Kies een wachtwoord zonder zulke herhalingen.") % {"n": self.max_run + 1},
                code="password_repeated_characters",
            )

    def get_help_text(self):
        return _("Uw wachtwoord mag niet %(n)d keer of vaker hetzelfde teken achter elkaar hebben.") % {
            "n": self.max_run + 1}
