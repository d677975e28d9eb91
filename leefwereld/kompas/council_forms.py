"""Forms of the adviesraad."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin

from .council import AdviceKind, ItemKind, SpeaksAs, StepKind

DATE_ERRORS = {"required": _("Vul de datum in."), "invalid": _("Vul een datum in, bijvoorbeeld 2025-03-14.")}


class MeetingForm(LeefwereldFormMixin, forms.Form):
    held_on = forms.DateField(label=_("Datum"), widget=DateInput, error_messages=DATE_ERRORS)
    title = forms.CharField(label=_("Titel"), max_length=200, error_messages={"required": _("Geef de vergadering "
                                                                                             "een titel.")})


class ItemForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Soort agendapunt"),
                             choices=[c for c in ItemKind.choices if c[0] != ItemKind.CASUISTIEK])
    title = forms.CharField(label=_("Onderwerp"), max_length=200,
                            error_messages={"required": _("Schrijf het onderwerp op.")})


class StoryForm(LeefwereldFormMixin, forms.Form):
    story = forms.ModelChoiceField(label=_("Verhaal voor de casuïstiek"), queryset=None,
                                   error_messages={"required": _("Kies een verhaal."),
                                                   "invalid_choice": _("Kies een verhaal uit de lijst.")})

    def __init__(self, *args, stories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["story"].queryset = stories
        self.fields["story"].label_from_instance = lambda s: s.text[:100]


class ContributionForm(LeefwereldFormMixin, forms.Form):
    speaks_as = forms.ChoiceField(label=_("Ik breng dit in als"), choices=[
        c for c in SpeaksAs.choices if c[0] != SpeaksAs.GEMEENTE], widget=forms.RadioSelect, initial=SpeaksAs.LID)
    text = forms.CharField(label=_("Mijn bijdrage"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}),
                           error_messages={"required": _("Schrijf je bijdrage op.")})


class AdviceForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Soort advies"), choices=AdviceKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies gevraagd of ongevraagd advies.")})
    title = forms.CharField(label=_("Onderwerp"), max_length=200,
                            error_messages={"required": _("Schrijf het onderwerp op.")})
    text = forms.CharField(label=_("Het advies"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6}),
                           error_messages={"required": _("Schrijf het advies op.")})
    sent_on = forms.DateField(label=_("Verstuurd op"), widget=DateInput, error_messages=DATE_ERRORS)
    answer_due = forms.DateField(label=_("Antwoord verwacht uiterlijk"), widget=DateInput, required=False,
                                 help_text=_("Leeg: zes weken na versturen."),
                                 error_messages={"invalid": DATE_ERRORS["invalid"]})


class StepForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Stap"), choices=StepKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies de stap.")})
    on = forms.DateField(label=_("Datum"), widget=DateInput, error_messages=DATE_ERRORS)
    text = forms.CharField(label=_("Wat"), max_length=10000, widget=forms.Textarea(attrs={"rows": 4}),
                           error_messages={"required": _("Schrijf op wat er is geantwoord, besloten of "
                                                         "veranderd.")})
