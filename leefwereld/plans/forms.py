"""Forms for the plan. Who acts is chosen side by side; nothing is ranked, hidden or blocked."""
from django import forms
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from leefwereld.conversations.selectors import number_same_day
from leefwereld.core.datum import datum
from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField, happened_recently
from leefwereld.core.models import OutcomeTag

from .models import (
    ActionStatus,
    ActorKind,
    AgreementHow,
    Attainment,
    Outcome,
    RegieKind,
    RepresentativeRole,
    SpeakerKind,
)

VERTEGENWOORDIGER = SpeakerKind.VERTEGENWOORDIGER.value


class PlanForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()


def _member_label(member):
    return f"{member.name} – {member.get_draagkracht_display().lower()} – {member.get_may_ask_display().lower()}"


def _who_choices(members, network, *, first):
    """One choice of who: household members and network members in two groups, keyed "lid-<id>" / "netwerk-<id>"."""
    return [first, (_("Huishouden"), [(f"lid-{p.pk}", p.full_name) for p in members]),
            (_("Netwerk"), [(f"netwerk-{m.pk}", _member_label(m)) for m in network])]


def _who(value, members, network):
    """(person, network member) for a chosen "lid-<id>" or "netwerk-<id>"; (None, None) otherwise."""
    kind, _sep, pk = (value or "").partition("-")
    rows = {"lid": members, "netwerk": network}.get(kind)
    found = rows.filter(pk=pk).first() if rows is not None and pk.isdigit() else None
    return (found, None) if kind == "lid" else (None, found)


class GoalForm(PlanForm):
    owner = forms.ChoiceField(label=_("Van wie is dit doel?"), required=False,
                              help_text=_("Ook een mantelzorger of iemand anders uit het netwerk kan een eigen "
                                          "doel hebben."))
    words = forms.CharField(label=_("Het doel, in de woorden van de inwoner"), max_length=2000,
                            widget=forms.Textarea(attrs={"rows": 3}),
                            error_messages={"required": _("Schrijf het doel op, in de woorden van de inwoner.")})
    domains = forms.ModelMultipleChoiceField(label=_("Leefgebieden (niet verplicht)"), queryset=None,
                                             required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, members, network, domains, **kwargs):
        super().__init__(*args, **kwargs)
        self.members, self.network = members, network
        self.fields["owner"].choices = _who_choices(members, network, first=("", _("Het hele huishouden")))
        self.fields["domains"].queryset = domains
        self.fields["domains"].label_from_instance = lambda d: f"{d.name} ({d.instrument.name.split(' (')[0]})"

    def clean(self):
        cleaned = super().clean()
        cleaned["person"], cleaned["network_member"] = _who(cleaned.pop("owner", ""), self.members, self.network)
        return cleaned


class ActionForm(PlanForm):
    what = forms.CharField(label=_("Wat gebeurt er?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                           error_messages={"required": _("Schrijf op wat er gebeurt.")})
    actor_kind = forms.ChoiceField(
        label=_("Wie doet het?"), choices=ActorKind.choices, widget=forms.RadioSelect,
        help_text=_("Kies samen met de inwoner. Professionele hulp blijft altijd mogelijk."),
        error_messages={"required": _("Kies wie het doet.")})
    network_member = forms.ModelChoiceField(label=_("Wie uit het netwerk?"), queryset=None, required=False,
                                            help_text=_("Let op hoeveel iemand kan dragen, en of de inwoner het "
                                                        "goed vindt dat we het vragen."))
    actor_name = forms.CharField(label=_("Naam van de organisatie, groep of voorziening"), max_length=200,
                                 required=False)
    starts_on = forms.DateField(label=_("Vanaf"), required=False, widget=DateInput)
    ends_on = forms.DateField(label=_("Tot en met"), required=False, widget=DateInput)

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network_member"].queryset = network
        self.fields["network_member"].label_from_instance = _member_label
        self.fields["network_member"].show_if = "actor_kind=netwerk"
        self.fields["actor_name"].show_if = "actor_kind=vrijwilliger,collectief,partner"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("starts_on") and cleaned.get("ends_on") and cleaned["ends_on"] < cleaned["starts_on"]:
            self.add_error("ends_on", _("De einddatum ligt voor de begindatum."))
        return cleaned


class ActionStatusForm(PlanForm):
    status = forms.ChoiceField(label=_("Stand"), choices=ActionStatus.choices)


class RegieForm(PlanForm):
    kind = forms.ChoiceField(label=_("Wie houdt de regie?"), choices=RegieKind.choices, widget=forms.RadioSelect)
    person = forms.ModelChoiceField(label=_("Wie uit het huishouden"), queryset=None, required=False)
    network_member = forms.ModelChoiceField(label=_("Wie uit het netwerk"), queryset=None, required=False)
    professional = forms.ModelChoiceField(label=_("Welke professional"), queryset=None, required=False)
    support = forms.CharField(label=_("Regieondersteuning"), max_length=500, required=False,
                              help_text=_("Wie helpt de regiehouder daarbij, bijvoorbeeld een cliëntondersteuner."))
    reason = forms.CharField(label=_("Waarom"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": _("Schrijf op waarom de regie verandert.")})
    takeover_until = forms.DateField(
        label=_("Tijdelijke overname: tot wanneer?"), required=False, widget=DateInput,
        help_text=_("Alleen invullen als iemand de regie tijdelijk overneemt omdat de inwoner die nu niet kan "
                    "dragen. Op die datum komt het plan terug op de werkvoorraad."))

    def __init__(self, *args, members, network, professionals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].show_if = "kind=inwoner"
        self.fields["network_member"].show_if = "kind=netwerk"
        self.fields["professional"].show_if = "kind=professional"
        self.fields["takeover_until"].show_if = "kind=netwerk,professional"
        self.fields["person"].queryset = members
        self.fields["person"].label_from_instance = lambda p: p.full_name
        self.fields["network_member"].queryset = network
        self.fields["network_member"].label_from_instance = _member_label
        self.fields["professional"].queryset = professionals
        self.fields["professional"].label_from_instance = lambda u: u.get_full_name()


class DetailsForm(PlanForm):
    evaluate_on = forms.DateField(label=_("Evalueren op"), required=False, widget=DateInput)


class SubmitForm(PlanForm):
    reviewers = forms.ModelMultipleChoiceField(
        label=_("Welke collega's kijken mee?"), queryset=None, widget=forms.CheckboxSelectMultiple,
        help_text=_("Minstens één collega van een ander vakgebied. Zijn er kinderen in het huishouden, dan kijkt "
                    "ook een jeugdprofessional mee."),
        error_messages={"required": _("Kies minstens één collega die meekijkt.")})

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewers"].queryset = colleagues
        self.fields["reviewers"].label_from_instance = (
            lambda u: f"{u.get_full_name()} – {u.get_discipline_display() or u.get_role_display()}")


class ReviewForm(LeefwereldFormMixin, forms.Form):
    decision = forms.ChoiceField(label=_("Uw besluit"), widget=forms.RadioSelect, choices=[
        ("instemmen", _("Ik stem in met het plan, de doelen en de acties")),
        ("terugsturen", _("Ik stuur het plan terug met opmerkingen")),
    ], error_messages={"required": _("Kies of u instemt of het plan terugstuurt.")})
    contribution = forms.CharField(label=_("Uw eigen bijdrage"), required=False, max_length=4000,
                                   widget=forms.Textarea(attrs={"rows": 3}),
                                   help_text=_("Wat doet u of uw vakgebied voor dit huishouden?"))
    comments = forms.CharField(label=_("Opmerkingen"), required=False, max_length=4000,
                               widget=forms.Textarea(attrs={"rows": 3}),
                               help_text=_("Nodig als u het plan terugstuurt."))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "terugsturen" and not cleaned.get("comments"):
            self.add_error("comments", _("Schrijf op wat er anders moet, zodat uw collega verder kan."))
        return cleaned


class AgreementForm(LeefwereldFormMixin, forms.Form):
    speaker = forms.ChoiceField(label=_("Wie spreekt?"),
                                error_messages={"required": _("Kies wie er spreekt.")})
    representative_name = forms.CharField(label=_("Naam van de vertegenwoordiger"), max_length=200,
                                          required=False)
    representative_role = forms.ChoiceField(label=_("Relatie"), required=False,
                                            choices=[("", "—"), *RepresentativeRole.choices])
    agrees = forms.TypedChoiceField(label=_("Is deze persoon het eens met het plan?"), widget=forms.RadioSelect,
                                    coerce=lambda v: v == "ja", choices=[
                                        ("ja", _("Ja, akkoord")), ("nee", _("Nee, niet (helemaal)"))])
    # "portaal" is what the resident does themself in Mijn Leefwereld, not something a professional records.
    how = forms.ChoiceField(label=_("Hoe"), choices=[c for c in AgreementHow.choices if c[0] != AgreementHow.PORTAAL],
                            widget=forms.RadioSelect)
    on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[happened_recently])
    disagreement = forms.CharField(label=_("Waar is deze persoon het niet mee eens? In eigen woorden"),
                                   required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, members, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.members, self.network = members, network
        self.fields["speaker"].choices = [
            *_who_choices(members, network, first=("", "—")),
            (_("Vertegenwoordiger"), [(VERTEGENWOORDIGER, _("Een vertegenwoordiger: naam en relatie hieronder"))]),
        ]
        self.fields["representative_name"].show_if = f"speaker={VERTEGENWOORDIGER}"
        self.fields["representative_role"].show_if = f"speaker={VERTEGENWOORDIGER}"
        self.fields["on"].initial = timezone.localdate()
        self.fields["disagreement"].show_if = "agrees=nee"

    def clean(self):
        cleaned = super().clean()
        speaker = cleaned.pop("speaker", "")
        cleaned["person"], cleaned["network_member"] = _who(speaker, self.members, self.network)
        if speaker != VERTEGENWOORDIGER:
            cleaned["representative_name"], cleaned["representative_role"] = "", ""
        elif not cleaned.get("representative_name", "").strip():
            self.add_error("representative_name", _("Schrijf de naam van de vertegenwoordiger op."))
        elif not cleaned.get("representative_role"):
            self.add_error("representative_role", _("Kies de relatie van de vertegenwoordiger."))
        return cleaned


class EvaluationForm(PlanForm):
    held_on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[happened_recently])
    resident_words = forms.CharField(label=_("Heeft het verschil gemaakt? De woorden van de inwoner"),
                                     required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    matters_now = forms.CharField(label=_("Wat is nu belangrijk?"), required=False, max_length=5000,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    assessment_before = forms.ModelChoiceField(label=_("Meting ervoor (niet verplicht)"), queryset=None,
                                               required=False)
    assessment_after = forms.ModelChoiceField(label=_("Meting erna (niet verplicht)"), queryset=None,
                                              required=False)
    outcome = forms.ChoiceField(label=_("En nu?"), choices=Outcome.choices, widget=forms.RadioSelect)
    next_evaluation = forms.DateField(label=_("Volgende evaluatie"), required=False, widget=DateInput,
                                      help_text=_("Leeg: over drie maanden."))
    close_reason = forms.CharField(label=_("Reden van afsluiten"), required=False, max_length=2000,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    tags = forms.ModelMultipleChoiceField(label=_("Uitkomst in een woord (niet verplicht)"), required=False,
                                          queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, goals, assessments, **kwargs):
        super().__init__(*args, **kwargs)
        self.goals = goals
        self.fields["held_on"].initial = timezone.localdate()
        self.fields["next_evaluation"].show_if = "outcome=doorgaan"
        self.fields["close_reason"].show_if = "outcome=afsluiten"
        self.fields["tags"].show_if = "outcome=afsluiten"
        self.fields["tags"].queryset = OutcomeTag.objects.filter(active=True)
        self.fields["tags"].label_from_instance = lambda tag: tag.label
        for field in ("assessment_before", "assessment_after"):
            self.fields[field].queryset = assessments
            self.fields[field].label_from_instance = self._assessment_label
        for goal in goals:
            self.fields[f"goal_{goal.pk}"] = forms.TypedChoiceField(
                label=goal.words, choices=Attainment.choices, coerce=int, widget=forms.RadioSelect,
                error_messages={"required": _("Kies voor dit doel een van de vijf antwoorden.")})
            self.fields[f"goal_{goal.pk}_note"] = forms.CharField(label=_("Toelichting"), required=False,
                                                                  max_length=1000)
        self.style_fields()

    @cached_property
    def _same_day(self):
        """Number and count per measurement of one day (one query), to tell them apart."""
        numbered = number_same_day(list(self.fields["assessment_before"].queryset))
        return {a.pk: (a.day_number, a.day_count) for a in numbered}

    def _assessment_label(self, a):
        number, count = self._same_day.get(a.pk, (1, 1))
        label = f"{a.instrument.name}, {datum(a.taken_on, 'kort')}"
        if count > 1:
            label += " (" + _("%(n)se meting van die dag") % {"n": number} + ")"
        return f"{label}, {a.author.get_full_name()}"

    def goal_fields(self):
        return [(goal, self[f"goal_{goal.pk}"], self[f"goal_{goal.pk}_note"]) for goal in self.goals]

    def scores(self):
        return {g.pk: (self.cleaned_data[f"goal_{g.pk}"], self.cleaned_data.get(f"goal_{g.pk}_note", ""))
                for g in self.goals}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == Outcome.AFSLUITEN and not cleaned.get("close_reason"):
            self.add_error("close_reason", _("Schrijf op waarom het plan wordt afgesloten."))
        return cleaned
