"""Forms for casusoverleg and intervisie, reflection and lessons."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, not_in_future

from .overleg import (
    DIMENSIONS,
    QUESTIONS,
    Dilemma,
    FollowUpKind,
    LessonKind,
    OverlegKind,
    Participant,
    ReflectionScope,
    Stance,
    Strategy,
)


class StoryChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.text[:120]


class OverlegForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Soort overleg"), choices=OverlegKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies casusoverleg of intervisie.")})
    held_on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[not_in_future],
                              error_messages={"required": _("Vul de datum in."),
                                              "invalid": _("Vul een datum in, bijvoorbeeld 2025-03-14.")})
    participants = forms.MultipleChoiceField(label=_("Wie deden mee (rol, geen namen)"), choices=Participant.choices,
                                             widget=forms.CheckboxSelectMultiple,
                                             error_messages={"required": _("Kies wie er meededen.")})
    stories = StoryChoiceField(label=_("Het gedeelde casusverhaal"), queryset=None, required=False,
                               widget=forms.CheckboxSelectMultiple)
    question = forms.CharField(label=_("De vraag"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}),
                               help_text=_("Waar wil de inbrenger over nadenken of een besluit over nemen?"),
                               error_messages={"required": _("Schrijf de vraag op.")})
    learned = forms.CharField(label=_("Wat we leerden"), required=False, max_length=8000,
                              widget=forms.Textarea(attrs={"rows": 5}))
    follow_up = forms.ChoiceField(label=_("Vervolg"), choices=FollowUpKind.choices, initial=FollowUpKind.GEEN,
                                  widget=forms.RadioSelect)
    follow_up_text = forms.CharField(label=_("Het vervolg"), required=False, max_length=4000,
                                     widget=forms.Textarea(attrs={"rows": 2}),
                                     help_text=_("Bijvoorbeeld: knelpunt melden bij de teamleider."))

    def __init__(self, *args, stories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stories"].queryset = stories


class ReflectionForm(LeefwereldFormMixin, forms.Form):
    situation = forms.CharField(label=_("De situatie"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}),
                                help_text=_("Wat gebeurde er, en waar twijfel je over? Zonder namen."),
                                error_messages={"required": _("Beschrijf de situatie.")})
    scope = forms.ChoiceField(label=_("Voor wie is deze reflectie?"), choices=ReflectionScope.choices,
                              initial=ReflectionScope.EIGEN, widget=forms.RadioSelect)
    story = forms.ModelChoiceField(label=_("Over het casusverhaal"), queryset=None, required=False)
    mensbeelden = forms.ModelMultipleChoiceField(label=_("Welke mensbeelden spelen mee?"), queryset=None,
                                                 required=False, widget=forms.CheckboxSelectMultiple)
    waarden = forms.ModelMultipleChoiceField(label=_("Welke waarden staan op het spel?"), queryset=None,
                                             required=False, widget=forms.CheckboxSelectMultiple)
    strategy = forms.ChoiceField(label=_("Welke strategie koos je toen regel en geweten botsten?"), required=False,
                                 choices=[("", _("Niet van toepassing")), *Strategy.choices], widget=forms.RadioSelect)
    dilemmas = forms.MultipleChoiceField(label=_("Welke dilemma's?"), choices=Dilemma.choices, required=False,
                                         widget=forms.CheckboxSelectMultiple)
    stance = forms.MultipleChoiceField(label=_("Basishouding: waar lukte het?"), choices=Stance.choices,
                                       required=False, widget=forms.CheckboxSelectMultiple)
    anders_kijken = forms.CharField(label=_("Kan je er ook anders naar kijken?"), required=False, max_length=4000,
                                    widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, stories=None, mensbeelden=None, waarden=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["story"].queryset = stories
        self.fields["story"].label_from_instance = lambda s: s.text[:90]
        self.fields["mensbeelden"].queryset = mensbeelden
        self.fields["mensbeelden"].label_from_instance = lambda m: f"{m.label}: {m.human_as_label}"
        self.fields["waarden"].queryset = waarden
        self.fields["waarden"].label_from_instance = lambda w: f"{w.label} ({w.mensbeeld.label})"
        for key, label, question in DIMENSIONS:
            self.fields[f"dim_{key}"] = forms.CharField(label=f"{label}: {question}", required=False, max_length=4000,
                                                        widget=forms.Textarea(attrs={"rows": 2}))
        for key, question in QUESTIONS:
            self.fields[f"q_{key}"] = forms.CharField(label=question, required=False, max_length=4000,
                                                      widget=forms.Textarea(attrs={"rows": 2}))
        # The framework's order: situation, dimensions, mensbeelden and values, strategy, dilemmas, stance,
        # the practitioners' questions, and last "Kan je er ook anders naar kijken?".
        order = ["situation", "scope", "story", *[f"dim_{k}" for k, *_r in DIMENSIONS], "mensbeelden", "waarden",
                 "strategy", "dilemmas", "stance", *[f"q_{k}" for k, _q in QUESTIONS], "anders_kijken"]
        self.order_fields(order)
        self.style_fields()

    def service_kwargs(self):
        data = self.cleaned_data
        return {"situation": data["situation"], "scope": data["scope"], "story": data["story"],
                "dimensions": {k: data.get(f"dim_{k}", "") for k, *_r in DIMENSIONS},
                "mensbeelden": list(data["mensbeelden"]), "waarden": list(data["waarden"]),
                "strategy": data["strategy"], "dilemmas": data["dilemmas"], "stance": data["stance"],
                "questions": {k: data.get(f"q_{k}", "") for k, _q in QUESTIONS},
                "anders_kijken": data["anders_kijken"]}


class LessonForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Soort les"), choices=LessonKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies wat voor les het is.")})
    title = forms.CharField(label=_("De les in één zin"), max_length=200,
                            error_messages={"required": _("Schrijf de les in één zin.")})
    situation = forms.CharField(label=_("In welke situatie werkt dit (of juist niet)?"), required=False,
                                max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    text = forms.CharField(label=_("Toelichting"), required=False, max_length=8000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    stories = StoryChoiceField(label=_("Uit welke casusverhalen?"), queryset=None, required=False,
                               widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, stories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stories"].queryset = stories


class LessonShareForm(LeefwereldFormMixin, forms.Form):
    confirmed = forms.BooleanField(label=_("Ik heb de les nagelezen: niemand is erin te herkennen."), required=False)
