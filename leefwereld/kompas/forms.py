"""Forms of the kompas."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import LeefwereldFormMixin


class InterpretationForm(LeefwereldFormMixin, forms.Form):
    text = forms.CharField(label=_("Wat betekent dit getal hier?"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=_("Bijvoorbeeld: wat het verhaal erachter is, wat opvalt, wat we gaan doen."),
                           error_messages={"required": _("Schrijf op wat dit getal hier betekent.")})


class StoryLinkForm(LeefwereldFormMixin, forms.Form):
    story = forms.ModelChoiceField(label=_("Gedeeld casusverhaal"), queryset=None,
                                   error_messages={"required": _("Kies een verhaal."),
                                                   "invalid_choice": _("Kies een verhaal uit de lijst.")})

    def __init__(self, *args, stories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["story"].queryset = stories
        self.fields["story"].label_from_instance = lambda s: s.text[:100]
