from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.residents.forms import PersonFieldsMixin


class NoodtoegangForm(PersonFieldsMixin, forms.Form):
    bsn = forms.CharField(widget=forms.HiddenInput, max_length=12)
    reason = forms.CharField(
        label=_("Waarom is dit een noodsituatie?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wat is er aan de hand, en waarom kan het niet wachten tot het eigen team het oppakt? De "
                    "inwoner, uw teamleider en de privacyfunctionaris lezen deze reden."))


class ReportFilterForm(LeefwereldFormMixin, forms.Form):
    once = False

    date_from = forms.DateField(label=_("Vanaf"), widget=DateInput)
    date_to = forms.DateField(label=_("Tot en met"), widget=DateInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum."))
        return cleaned
