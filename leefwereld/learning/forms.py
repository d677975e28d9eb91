"""Forms for case stories."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import LeefwereldFormMixin, VersionField

from .anonymiser import kinds
from .models import Audience

PART_CHOICES = [("verhaal", _("Het verhaal uit de gesprekken")), ("plan", _("Het plan: doelen en wie wat doet")),
                ("uitkomst", _("De uitkomst: evaluaties"))]
KIND_CHOICES = [(k, k) for k in kinds.ALL]


class StartForm(LeefwereldFormMixin, forms.Form):
    parts = forms.MultipleChoiceField(label=_("Welke delen van het dossier?"), choices=PART_CHOICES,
                                      widget=forms.CheckboxSelectMultiple,
                                      error_messages={"required": _("Kies minstens één deel van het dossier.")})


class StoryForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    text = forms.CharField(label=_("Het verhaal"), max_length=20000, widget=forms.Textarea(attrs={"rows": 16}),
                           help_text=_("Wat speelde er, wat is besloten en waarom, afwijkingen, knelpunten en de "
                                       "uitkomst. Namen mogen blijven staan: die worden vervangen."),
                           error_messages={"required": _("Het verhaal is leeg.")})
    other_names = forms.CharField(label=_("Andere namen en schrijfwijzen"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text=_("Eén per regel, bijvoorbeeld: Sandra de Vries = Sanne"))


class CorrectForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    undo = forms.MultipleChoiceField(label=_("Niet vervangen"), required=False, choices=(),
                                     widget=forms.CheckboxSelectMultiple)
    add_text = forms.CharField(label=_("Ook vervangen: tekst precies zoals in het verhaal"), required=False,
                               max_length=200)
    add_kind = forms.ChoiceField(label=_("Wat voor gegeven?"), required=False,
                                 choices=[("", "—"), *KIND_CHOICES])

    def __init__(self, *args, replacements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["undo"].choices = [(f"{r['start']}-{r['end']}", f"{r['original']} → {r['placeholder']}")
                                       for r in replacements]

    def clean_undo(self):
        return [tuple(int(x) for x in value.split("-")) for value in self.cleaned_data["undo"]]


class ReviewForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    checked = forms.BooleanField(label=_("Ik heb het geanonimiseerde verhaal naast het origineel gelezen: niemand is "
                                         "erin te herkennen."),
                                 error_messages={"required": _("Zet een vinkje als je het hebt gecontroleerd.")})


class ShareForm(LeefwereldFormMixin, forms.Form):
    audience = forms.ChoiceField(label=_("Delen met"), choices=Audience.choices, widget=forms.RadioSelect)
