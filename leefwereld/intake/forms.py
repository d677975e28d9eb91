"""Forms for the one door and the light route."""
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, happened_recently
from leefwereld.core.models import OutcomeTag

from .models import BroughtBy, HelpKind, Kind, Uitkomst


class VraagForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Is het een vraag of een signaal?"), choices=Kind.choices,
                             widget=forms.RadioSelect, initial=Kind.VRAAG)
    brought_by = forms.ChoiceField(label=_("Wie bracht het in?"), choices=BroughtBy.choices,
                                   widget=forms.RadioSelect)
    brought_by_name = forms.CharField(label=_("Naam van wie het inbracht"), required=False, max_length=120,
                                      help_text=_("Niet verplicht. Bijvoorbeeld: buurvrouw mevrouw Jansen."))
    words = forms.CharField(
        label=_("De vraag of zorg, in de eigen woorden van wie het inbracht"), max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf de vraag of zorg op, in de woorden van wie het inbracht.")},
    )
    received_on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[happened_recently])
    pick_up = forms.BooleanField(label=_("Ik pak dit zelf op"), required=False, initial=True,
                                 help_text=_("Wie de vraag hoort, pakt hem op. Haal het vinkje weg om hem aan "
                                             "het team te geven."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["received_on"].initial = timezone.localdate()


class LightRouteForm(LeefwereldFormMixin, forms.Form):
    help_kind = forms.ChoiceField(label=_("Wat is er gedaan?"), choices=HelpKind.choices,
                                  widget=forms.RadioSelect)
    description = forms.CharField(label=_("Kort wat er is gedaan"), max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text=_("Bijvoorbeeld: treinkaartje en tien euro voor eten meegegeven."))
    amount = forms.DecimalField(label=_("Bedrag in euro"), required=False, min_value=0, max_value=10000,
                                decimal_places=2,
                                help_text=_("Alleen bij kleine eenmalige hulp."))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("help_kind") != HelpKind.EENMALIG and cleaned.get("amount"):
            self.add_error("amount", _("Een bedrag hoort alleen bij kleine eenmalige hulp."))
        return cleaned


class FollowUpForm(LeefwereldFormMixin, forms.Form):
    what = forms.CharField(label=_("Wat moet er gebeuren?"), max_length=300)
    due_on = forms.DateField(label=_("Wanneer"), widget=DateInput)


class VraagCloseForm(LeefwereldFormMixin, forms.Form):
    """Close a vraag with what came of it. The light route and a gesprek close it by themselves."""

    outcome = forms.ChoiceField(
        label=_("Hoe liep het af?"), widget=forms.RadioSelect,
        choices=[(c, label) for c, label in Uitkomst.choices if c in (Uitkomst.INGETROKKEN, Uitkomst.ANDERS)],
        error_messages={"required": _("Kies hoe de vraag afliep.")})
    closed_on = forms.DateField(label=_("Afgesloten op"), widget=DateInput, validators=[happened_recently])
    words = forms.CharField(label=_("Wat kwam eruit, of waarom stopte het?"), max_length=2000,
                            widget=forms.Textarea(attrs={"rows": 3}),
                            help_text=_("Bijvoorbeeld: de buurvrouw helpt nu met de boodschappen."),
                            error_messages={"required": _("Schrijf kort op wat eruit kwam of waarom het stopte.")})
    tags = forms.ModelMultipleChoiceField(label=_("Uitkomst in een woord (niet verplicht)"), required=False,
                                          queryset=OutcomeTag.objects.none(), widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["closed_on"].initial = timezone.localdate()
        self.fields["tags"].queryset = OutcomeTag.objects.filter(active=True)
        self.fields["tags"].label_from_instance = lambda tag: tag.label
