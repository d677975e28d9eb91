"""Password rules of our own, next to Django's (see AUTH_PASSWORD_VALIDATORS)."""
import re

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class RepeatedCharacterValidator:
    """Refuse long runs of one character ('aaaa', '1111'): they add length, not strength."""

    def __init__(self, max_run=3):
        self.max_run = max_run
        self.pattern = re.compile(r"(.)\1{" + str(max_run) + ",}", re.DOTALL)

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


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's, with a message of our own: Django's Dutch catalogue lags behind its English text."""

    def get_error_message(self):
        return _("Dit wachtwoord is te kort. Gebruik minstens %(n)d tekens.") % {"n": self.min_length}

    def get_help_text(self):
        return _("Uw wachtwoord moet minstens %(n)d tekens lang zijn.") % {"n": self.min_length}
