from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import LeefwereldFormMixin

from .models import DocumentCategorie


class DocumentForm(LeefwereldFormMixin, forms.Form):
    """Which part of the file, the category, a description and the file. The part's choices are the household's
    own members, plans, besluiten and verwijzingen (from the view), so nothing of another file can be named."""

    part = forms.ChoiceField(label=_("Hoort bij"))
    category = forms.ModelChoiceField(label=_("Categorie"), queryset=DocumentCategorie.objects.filter(active=True),
                                      empty_label=_("Kies een categorie"),
                                      error_messages={"required": _("Kies een categorie.")})
    description = forms.CharField(label=_("Omschrijving"), max_length=300, required=False,
                                  help_text=_("Kort: wat staat erin, van wie komt het. Leeg: de naam van het bestand."))
    file = forms.FileField(label=_("Bestand"), error_messages={"required": _("Kies een bestand."),
                                                              "empty": _("Dit bestand is leeg.")})

    def __init__(self, *args, parts, max_label, types_label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"].choices = parts
        self.fields["file"].help_text = _("Hoogstens %(size)s. Toegestaan: %(types)s.") % {
            "size": max_label, "types": types_label}
