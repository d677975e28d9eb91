"""Forms of signing in: the code step and linking an app. Password forms are Django's own."""
from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import LeefwereldFormMixin


class _PasswordStyle:
    """House style without the no-markup check: a password may contain any character."""

    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        LeefwereldFormMixin.style_fields(self)


class LoginForm(_PasswordStyle, AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("De gebruikersnaam of het wachtwoord klopt niet. Let op hoofdletters."),
    }


class CodeForm(LeefwereldFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=40,
        help_text=_("De 6 cijfers uit uw authenticator-app. Geen telefoon bij de hand? Vul dan één van uw "
                    "herstelcodes in."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )


class EnrolForm(LeefwereldFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code uit de app"), max_length=40, help_text=_("De 6 cijfers die de app nu laat zien."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class PasswordForm(_PasswordStyle, PasswordChangeForm):
    pass
