"""Forms for guidelines, deviations, casusoverleg and barriers. Rules live in the services."""
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Role
from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.decisions.models import Wet
from leefwereld.learning.overleg import Dilemma, Participant, Waarde

from .models import BARRIER_NEXT, BarrierSource, BarrierStatus, Bron, Deviation, Guideline, WordtRegel


class GuidelineTextForm(LeefwereldFormMixin, forms.Form):
    rule = forms.CharField(label=_("De regel"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    bron = forms.ChoiceField(label=_("Bron"), choices=Bron.choices)
    source_ref = forms.CharField(label=_("Vindplaats"), required=False, max_length=200)
    purpose = forms.CharField(label=_("Waar de regel voor is"), widget=forms.Textarea(attrs={"rows": 2}),
                              max_length=2000)
    room = forms.CharField(label=_("De ruimte die de regel laat"), widget=forms.Textarea(attrs={"rows": 4}),
                           max_length=4000, help_text=_("Wat al mag, ook als het niet vaak gebeurt."))
    examples = forms.CharField(label=_("Voorbeelden"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                               max_length=4000)
    norm_quantity = forms.DecimalField(label=_("Wat de regel meestal geeft (aantal)"), required=False,
                                       max_digits=10, decimal_places=2)
    norm_unit = forms.CharField(label=_("Eenheid"), required=False, max_length=60)
    valid_from = forms.DateField(label=_("Geldt vanaf"), widget=DateInput, required=False)


class GuidelineForm(GuidelineTextForm):
    code = forms.SlugField(label=_("Code"), max_length=60, help_text=_("Kort, zonder spaties: hulp-huishouden."))
    title = forms.CharField(label=_("Titel"), max_length=200)
    wet = forms.ChoiceField(label=_("Wet"), choices=[("", _("Alle wetten"))] + list(Wet.choices), required=False)
    terms = forms.CharField(label=_("Zoekwoorden"), max_length=300,
                            help_text=_("Waaraan de richtlijn herkend wordt, met komma's."))
    field_order = ["code", "title", "wet", "terms"]


class GuidelineVersionForm(GuidelineTextForm):
    reason = forms.CharField(label=_("Waarom deze versie"), max_length=1000)
    deviations = forms.ModelMultipleChoiceField(
        label=_("Uit deze afwijkingen ('moet dit de regel worden?')"), queryset=Deviation.objects.none(),
        required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, guideline=None, proposals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deviations"].queryset = Deviation.objects.filter(pk__in=[d.pk for d in proposals])
        labels = {d.pk: d.proposal_label for d in proposals}
        self.fields["deviations"].label_from_instance = lambda d: labels.get(d.pk, "")
        if not proposals:
            del self.fields["deviations"]
        self.style_fields()


class DeviationForm(LeefwereldFormMixin, forms.Form):
    guideline = forms.ModelChoiceField(label=_("Van welke richtlijn wijk je af?"), required=False,
                                       queryset=Guideline.objects.filter(active=True),
                                       empty_label=_("Staat niet in de lijst"))
    rule_words = forms.CharField(label=_("Of noem de regel"), required=False, max_length=300)
    # Required by the service, which says so in the words of the work (not a form's generic message).
    instead = forms.CharField(label=_("Wat doe je in plaats daarvan?"), widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=2000, required=False)
    why = forms.CharField(label=_("Waarom? Schrijf het op zoals het echt is"),
                          widget=forms.Textarea(attrs={"rows": 4}), max_length=4000, required=False)
    different = forms.CharField(label=_("Wat maakt deze situatie anders?"), widget=forms.Textarea(attrs={"rows": 3}),
                                max_length=2000, required=False)
    waarden = forms.ModelMultipleChoiceField(label=_("Welke waarden spelen mee?"), required=False,
                                             queryset=Waarde.objects.none(), widget=forms.CheckboxSelectMultiple)
    dilemma = forms.ChoiceField(label=_("Welk dilemma?"), required=False,
                                choices=[("", _("Geen of nog niet benoemd")), *Dilemma.choices])
    values_words = forms.CharField(label=_("Waarden en dilemma in je eigen woorden"), required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    amount = forms.DecimalField(label=_("Bedrag, als het om geld gaat (euro)"), required=False, max_digits=10,
                                decimal_places=2)
    why_differs = forms.CharField(label=_("Waarom anders dan het team meestal doet? (één zin)"), required=False,
                                  max_length=500)
    wordt_regel = forms.ChoiceField(label=_("Moet dit de regel worden?"), choices=WordtRegel.choices,
                                    initial=WordtRegel.MISSCHIEN, widget=forms.RadioSelect)
    urgent = forms.BooleanField(label=_("Spoed: ik heb het al gedaan en bespreek het daarna"), required=False)
    acted_on = forms.DateField(label=_("Gedaan op"), required=False, widget=DateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # learning's framework (ADR 0036): the values of the mensbeelden in use, each with its mensbeeld.
        self.fields["waarden"].queryset = Waarde.objects.filter(mensbeeld__active=True).select_related("mensbeeld")
        self.fields["waarden"].label_from_instance = lambda w: f"{w.label} ({w.mensbeeld.label})"
        self.style_fields()


class WordsForm(LeefwereldFormMixin, forms.Form):
    words = forms.CharField(label=_("Toelichting"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class RefuseForm(WordsForm):
    tried = forms.CharField(label=_("Wat is er geprobeerd?"), widget=forms.Textarea(attrs={"rows": 3}),
                            max_length=2000)


class CasusoverlegForm(LeefwereldFormMixin, forms.Form):
    held_on = forms.DateField(label=_("Datum van het casusoverleg"), widget=DateInput)
    participants = forms.MultipleChoiceField(label=_("Wie deden mee (rol of vakgebied)?"),
                                             choices=Participant.choices,
                                             widget=forms.CheckboxSelectMultiple)
    question = forms.CharField(label=_("De vraag"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    decision = forms.CharField(label=_("Het besluit"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    reasoning = forms.CharField(label=_("Waarom"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


def owners():
    return get_user_model().objects.filter(is_active=True, role__in=(Role.TEAMLEIDER, Role.BELEID,
                                                                     Role.PROFESSIONAL)).order_by("role", "first_name")


class BarrierForm(LeefwereldFormMixin, forms.Form):
    title = forms.CharField(label=_("Wat zat in de weg?"), max_length=300)
    source = forms.ChoiceField(label=_("Bron"), choices=BarrierSource.choices, widget=forms.RadioSelect)
    owner = forms.ModelChoiceField(label=_("Eigenaar"), queryset=get_user_model().objects.none(),
                                   help_text=_("Een persoon op het goede niveau: teamleider, beleidsmedewerker."))
    guideline = forms.ModelChoiceField(label=_("Richtlijn"), required=False,
                                       queryset=Guideline.objects.filter(active=True))
    cost_time = forms.CharField(label=_("Wat het kost aan tijd"), required=False, max_length=300)
    cost_money = forms.DecimalField(label=_("Wat het kost aan geld (euro)"), required=False, max_digits=10,
                                    decimal_places=2)
    cost_situation = forms.CharField(label=_("Wat het de inwoner kost"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    tried = forms.CharField(label=_("Wat er al geprobeerd is"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    waiting_weeks = forms.IntegerField(label=_("Bij een wachtlijst: wachttijd in weken"), required=False,
                                       min_value=0)
    waiting_count = forms.IntegerField(label=_("Bij een wachtlijst: aantal wachtenden"), required=False,
                                       min_value=0)
    proposal = forms.CharField(label=_("Voorstel"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                               max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners()
        self.fields["owner"].label_from_instance = lambda u: f"{u.get_full_name()} ({u.get_role_display()})"


class BarrierHandOverForm(LeefwereldFormMixin, forms.Form):
    owner = forms.ModelChoiceField(label=_("Nieuwe eigenaar"), queryset=get_user_model().objects.none(),
                                   help_text=_("Een persoon op het goede niveau: teamleider, beleidsmedewerker."),
                                   error_messages={"required": _("Kies een nieuwe eigenaar.")})
    words = forms.CharField(label=_("Waarom deze persoon?"), widget=forms.Textarea(attrs={"rows": 3}),
                            max_length=2000, help_text=_("Wie het meldde, leest dit in het spoor van de belemmering."),
                            error_messages={"required": _("Schrijf op waarom deze persoon het oppakt.")})

    def __init__(self, *args, current_owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners().exclude(pk=getattr(current_owner, "pk", None))
        self.fields["owner"].label_from_instance = lambda u: f"{u.get_full_name()} ({u.get_role_display()})"


class BarrierMoveForm(LeefwereldFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Nieuwe stand"), widget=forms.RadioSelect)
    words = forms.CharField(label=_("Antwoord aan wie het meldde"), required=False,
                            widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, current, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(s, BarrierStatus(s).label) for s in BARRIER_NEXT.get(current, ())]
        self.style_fields()


class RegisterFilterForm(LeefwereldFormMixin, forms.Form):
    once = False
    source = forms.ChoiceField(label=_("Bron"), required=False, choices=[("", _("Alle"))] + BarrierSource.choices)
    status = forms.ChoiceField(label=_("Stand"), required=False, choices=[("", _("Alle"))] + BarrierStatus.choices)
    group = forms.ChoiceField(label=_("Groeperen op"), required=False,
                              choices=[("source", _("Bron")), ("owner", _("Eigenaar")), ("status", _("Stand")),
                                       ("age", _("Hoe lang geleden gemeld"))])


class SpreadForm(LeefwereldFormMixin, forms.Form):
    once = False
    since = forms.DateField(label=_("Vanaf"), widget=DateInput, required=False)
    until = forms.DateField(label=_("Tot en met"), widget=DateInput, required=False)
