from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.coordination.models import Scope
from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField
from leefwereld.kompas.survey import Answer
from leefwereld.plans.models import RepresentativeRole
from leefwereld.residents.models import PreferredChannel, ReadsDutch

from .models import RepresentationScope


class GoalForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    words = forms.CharField(label=_("Wat wilt u bereiken? In uw eigen woorden"), max_length=2000,
                            widget=forms.Textarea(attrs={"rows": 3}))


class AgreeForm(LeefwereldFormMixin, forms.Form):
    agrees = forms.TypedChoiceField(label=_("Bent u het eens met dit plan?"), widget=forms.RadioSelect,
                                    coerce=lambda v: v == "ja",
                                    choices=[("ja", _("Ja, ik ben het eens")), ("nee", _("Nee, niet helemaal"))])
    disagreement = forms.CharField(label=_("Waar bent u het niet mee eens? (als u nee kiest)"), required=False,
                                   max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


class MessageForm(LeefwereldFormMixin, forms.Form):
    text = forms.CharField(label=_("Uw bericht"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class ReplyForm(LeefwereldFormMixin, forms.Form):
    text = forms.CharField(label=_("Uw antwoord"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class CorrectionForm(LeefwereldFormMixin, forms.Form):
    what = forms.CharField(label=_("Wat klopt er niet?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    should_be = forms.CharField(label=_("Wat moet het zijn? (als u dat weet)"), required=False, max_length=2000,
                                widget=forms.Textarea(attrs={"rows": 3}))


class HandleCorrectionForm(LeefwereldFormMixin, forms.Form):
    answer = forms.CharField(label=_("Wat heeft u gedaan? De inwoner leest dit"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))


class CommunicationForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    preferred_channel = forms.ChoiceField(label=_("Hoe wilt u het liefst contact?"), required=False,
                                          choices=[("", "—"), *PreferredChannel.choices])
    phone = forms.CharField(label=_("Telefoon"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    language = forms.CharField(label=_("In welke taal?"), max_length=60, required=False)
    reads_dutch = forms.ChoiceField(label=_("Leest u Nederlands?"), required=False,
                                    choices=[("", "—"), *ReadsDutch.choices])
    interpreter_needed = forms.BooleanField(label=_("Ik wil een tolk bij gesprekken"), required=False)
    communication_notes = forms.CharField(label=_("Wat helpt u bij contact met ons?"), max_length=1000,
                                          required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ConsentForm(LeefwereldFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(label=_("Welke organisatie?"), queryset=None)
    scopes = forms.MultipleChoiceField(label=_("Wat mag deze organisatie zien?"), choices=Scope.choices,
                                       widget=forms.CheckboxSelectMultiple)
    purpose = forms.CharField(label=_("Waarvoor?"), max_length=500)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.style_fields()


class RepresentationForm(LeefwereldFormMixin, forms.Form):
    """A professional records who acts for a resident: relation, what they may do, from and until."""

    name = forms.CharField(label=_("Naam van de vertegenwoordiger"), max_length=200)
    bsn = forms.CharField(label=_("BSN van de vertegenwoordiger"), max_length=9,
                          help_text=_("Hiermee logt de vertegenwoordiger in (DigiD)."))
    relation = forms.ChoiceField(label=_("Relatie"), choices=[("", _("Kies de relatie")), *RepresentativeRole.choices])
    scope = forms.ChoiceField(label=_("Wat mag de vertegenwoordiger?"), choices=RepresentationScope.choices,
                              widget=forms.RadioSelect, initial=RepresentationScope.HANDELEN)
    starts_on = forms.DateField(label=_("Vanaf"), widget=DateInput, initial=timezone.localdate)
    ends_on = forms.DateField(label=_("Tot en met (als dat bekend is)"), widget=DateInput, required=False,
                              help_text=_("Bij een ouder: uiterlijk tot de achttiende verjaardag."))


class RepresentationEndForm(LeefwereldFormMixin, forms.Form):
    stops_on = forms.DateField(label=_("Vervalt per"), widget=DateInput, initial=timezone.localdate,
                               help_text=_("Vanaf deze dag kan de vertegenwoordiger het dossier niet meer openen."))
    reason = forms.CharField(label=_("Reden"), max_length=300, required=False)


# Agree first, as the questions are worded; "weet niet" last, always there (ADR 0044).
SURVEY_CHOICES = [(a.value, a.label) for a in (Answer.HELEMAAL_EENS, Answer.EENS, Answer.NEUTRAAL, Answer.ONEENS,
                                               Answer.HELEMAAL_ONEENS, Answer.WEET_NIET)]
NOT_ANSWERED = _("Kies een antwoord. Weet u het niet? Kies dan 'Weet niet of niet van toepassing'.")


class SurveyForm(LeefwereldFormMixin, forms.Form):
    """The survey's own questions (the same as on paper), one group of choices each; every one answered."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        for q in questions:
            self.fields[f"v{q.pk}"] = forms.TypedChoiceField(
                label=q.label, coerce=int, choices=SURVEY_CHOICES, widget=forms.RadioSelect,
                error_messages={"required": NOT_ANSWERED})
        self.style_fields()

    def answers(self):
        return {int(k[1:]): v for k, v in self.cleaned_data.items() if k.startswith("v") and k[1:].isdigit()}
