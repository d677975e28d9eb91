"""Forms of samenwerken: light, with only what the law or safety requires."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField

from .models import ConsentHow, GroundKind, Organisation, OrganisationKind, ReferralEventKind, SafetyGround, Scope


class KaartSearchForm(LeefwereldFormMixin, forms.Form):
    once = False
    q = forms.CharField(label=_("Zoek op naam of omschrijving"), required=False, max_length=100)
    wijk = forms.ModelChoiceField(label=_("Wijk"), queryset=None, required=False, empty_label=_("Alle wijken"))
    leefgebied = forms.ChoiceField(label=_("Leefgebied"), required=False)

    def __init__(self, *args, wijken, domain_names, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = wijken
        self.fields["leefgebied"].choices = [("", _("Alle leefgebieden"))] + [(n, n) for n in domain_names]
        self.style_fields()


class KaartImportForm(LeefwereldFormMixin, forms.Form):
    file = forms.FileField(label=_("CSV-bestand"), help_text=_("Puntkomma of komma als scheiding, UTF-8. Zie de "
                                                              "kolommen hieronder."))


class PickForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    what = forms.CharField(label=_("Wat gebeurt er"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    starts_on = forms.DateField(label=_("Vanaf"), required=False, widget=DateInput)
    ends_on = forms.DateField(label=_("Tot en met"), required=False, widget=DateInput)


class GroundForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Grondslag"), choices=GroundKind.choices, widget=forms.RadioSelect,
                             help_text=_("Toestemming is één grondslag naast de andere, geen formulier voor alles."))
    organisation = forms.ModelChoiceField(label=_("Organisatie"), queryset=Organisation.objects.all(), required=False,
                                          empty_label=_("Geen: een soort organisatie"))
    organisation_kind = forms.ChoiceField(label=_("Of elke organisatie van deze soort"), required=False,
                                          choices=[("", "—")] + OrganisationKind.choices)
    scopes = forms.MultipleChoiceField(label=_("Welke delen"), choices=Scope.choices,
                                       widget=forms.CheckboxSelectMultiple, required=False,
                                       help_text=_("Deel het minste dat nodig is."))
    purpose = forms.CharField(label=_("Waarvoor"), max_length=500)
    article = forms.CharField(label=_("Wetsartikel (bij een wettelijke taak)"), max_length=120, required=False)
    how = forms.ChoiceField(label=_("Hoe gaf de inwoner toestemming"), required=False,
                            choices=[("", "—")] + ConsentHow.choices)
    safety_ground = forms.ChoiceField(label=_("Grond uit de wet (als veiligheid voorgaat)"), required=False,
                                      choices=[("", "—")] + SafetyGround.choices)
    reason = forms.CharField(label=_("Waarom veiligheid hier voorgaat"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("De teamleider krijgt dit te zien, en later de inwoner."))
    given_on = forms.DateField(label=_("Vanaf"), required=False, widget=DateInput)
    ends_on = forms.DateField(label=_("Tot en met"), required=False, widget=DateInput)


class ReferralForm(LeefwereldFormMixin, forms.Form):
    question = forms.CharField(label=_("Wat vraagt u de partner"), max_length=4000,
                               widget=forms.Textarea(attrs={"rows": 4}))
    due_on = forms.DateField(label=_("Graag klaar op"), widget=DateInput)
    parts = forms.MultipleChoiceField(label=_("Wat gaat mee"), required=False, widget=forms.CheckboxSelectMultiple,
                                      help_text=_("Voorgesteld: het minste dat nodig is. Alleen wat de grondslag "
                                                  "toestaat."))
    follow_up_on = forms.DateField(label=_("Opvolgen op"), required=False, widget=DateInput,
                                   help_text=_("Leeg: op de datum hierboven."))

    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parts"].choices = [(s.value, s.label) for s in Scope if s.value in allowed] or [
            (s.value, s.label) for s in Scope]
        self.style_fields()


class RespondForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Wat geeft u door"), widget=forms.RadioSelect, choices=[
        (ReferralEventKind.GEACCEPTEERD.value, _("Ik accepteer de verwijzing")),
        (ReferralEventKind.ANDERE_DATUM.value, _("Ik stel een andere datum voor")),
        (ReferralEventKind.AFGEWEZEN.value, _("Ik wijs de verwijzing af (met reden)")),
        (ReferralEventKind.VOORTGANG.value, _("Voortgang of contactmoment")),
        (ReferralEventKind.AFGEROND.value, _("Afgerond")),
    ])
    text = forms.CharField(label=_("Toelichting"), required=False, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))
    on = forms.DateField(label=_("Datum (bij een andere datum)"), required=False, widget=DateInput)
    minutes = forms.IntegerField(label=_("Tijd in minuten"), required=False, min_value=0, max_value=24 * 60)


class EscalationForm(LeefwereldFormMixin, forms.Form):
    question = forms.CharField(label=_("Welke vraag moet beslist worden"), max_length=4000,
                               widget=forms.Textarea(attrs={"rows": 3}))
    options = forms.CharField(label=_("Welke mogelijkheden zijn overwogen"), max_length=4000,
                              widget=forms.Textarea(attrs={"rows": 4}))
    due_on = forms.DateField(label=_("Besluit nodig op"), widget=DateInput)


class DecideForm(LeefwereldFormMixin, forms.Form):
    decision = forms.CharField(label=_("Besluit"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    reasoning = forms.CharField(label=_("Onderbouwing"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class VeiligheidsplanForm(LeefwereldFormMixin, forms.Form):
    who_safe = forms.CharField(label=_("Wie moet veilig zijn"), max_length=2000,
                               widget=forms.Textarea(attrs={"rows": 2}))
    agreements = forms.CharField(label=_("Wie doet wat"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))
    signals = forms.CharField(label=_("Signalen waarop we handelen"), max_length=4000,
                              widget=forms.Textarea(attrs={"rows": 3}))



