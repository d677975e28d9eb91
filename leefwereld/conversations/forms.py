"""Forms for het gesprek and the life-domain assessment. Only the date is ever required."""
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField, happened_recently, not_in_future

from .contact import ContactKind
from .models import STORY_FIELDS, Gesprek, Location


class GesprekForm(LeefwereldFormMixin, forms.ModelForm):
    version = VersionField(required=False)

    class Meta:
        model = Gesprek
        fields = ["held_on", "duration_minutes", "location", "present", *STORY_FIELDS]
        widgets = {"held_on": DateInput, **{name: forms.Textarea(attrs={"rows": 4}) for name in STORY_FIELDS}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new gesprek happened lately; an old one may be corrected, but not moved into the future.
        self.fields["held_on"].validators.append(not_in_future if self.instance.pk else happened_recently)
        self.fields["held_on"].error_messages["required"] = _("Vul de datum van het gesprek in.")
        if not self.instance.pk:
            self.fields["held_on"].initial = timezone.localdate()
        minutes = self.fields["duration_minutes"]
        minutes.min_value, minutes.max_value = 1, 720
        minutes.validators = [v for v in minutes.validators if not hasattr(v, "limit_value")]
        minutes.widget.attrs.update({"min": 1, "max": 720})
        minutes.error_messages["invalid"] = _("Vul een aantal minuten in, bijvoorbeeld 90.")
        self.fields["location"].required = False  # at home unless said otherwise
        for name in STORY_FIELDS:
            self.fields[name].max_length = settings.LEEFWERELD_STORY_MAX_CHARS
        self.style_fields()  # again, now that the story fields have their limit (the counter)

    def clean_location(self):
        return self.cleaned_data.get("location") or Location.THUIS

    def clean_duration_minutes(self):
        minutes = self.cleaned_data.get("duration_minutes")
        if minutes is not None and not (1 <= minutes <= 720):
            raise forms.ValidationError(_("Vul een duur in tussen 1 en 720 minuten."))
        return minutes

    def clean(self):
        cleaned = super().clean()
        limit = settings.LEEFWERELD_STORY_MAX_CHARS
        for name in STORY_FIELDS:
            if len(cleaned.get(name) or "") > limit:
                self.add_error(name, _("Deze tekst is te lang: maximaal %(limit)s tekens. Nu: %(count)s.")
                               % {"limit": limit, "count": len(cleaned[name])})
        return cleaned


class AssessmentForm(LeefwereldFormMixin, forms.Form):
    """One measurement: per domain a level (professional and resident) and who does what."""

    taken_on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[happened_recently])
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 2}))

    TEXTS = [
        ("own_strength", _("Wat doet de inwoner zelf?")),
        ("with_network", _("Wat doet het netwerk?")),
        ("with_professional", _("Wat doen professionals?")),
        ("resident_view", _("Hoe ziet de inwoner het?")),
        ("professional_view", _("Hoe ziet de professional het?")),
    ]

    def __init__(self, *args, instrument, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        self.fields["taken_on"].initial = timezone.localdate()
        self.domains = list(instrument.domains.all())
        levels = [("", _("niet ingevuld"))] + [(lv.pk, f"{lv.value} – {lv.name}") for lv in instrument.levels.all()]
        for domain in self.domains:
            if len(levels) > 1:
                self.fields[f"d{domain.pk}_level"] = forms.TypedChoiceField(
                    label=_("Niveau volgens de professional"), choices=levels, required=False, coerce=int,
                    empty_value=None)
                self.fields[f"d{domain.pk}_resident_level"] = forms.TypedChoiceField(
                    label=_("Niveau volgens de inwoner"), choices=levels, required=False, coerce=int,
                    empty_value=None)
            for key, label in self.TEXTS:
                self.fields[f"d{domain.pk}_{key}"] = forms.CharField(
                    label=label, required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
        self.style_fields()

    def domain_fields(self):
        """[(domain, [bound fields])] for the template: one group per domain."""
        return [(d, [f for f in self if f.name.startswith(f"d{d.pk}_")]) for d in self.domains]

    def scores(self):
        result = []
        for domain in self.domains:
            values = {key: self.cleaned_data.get(f"d{domain.pk}_{key}", "") for key, _label in self.TEXTS}
            level = self.cleaned_data.get(f"d{domain.pk}_level")
            resident_level = self.cleaned_data.get(f"d{domain.pk}_resident_level")
            if any(values.values()) or level or resident_level:
                result.append({"domain_id": domain.pk, "level_id": level, "resident_level_id": resident_level,
                               **values})
        return result


class ContactmomentForm(LeefwereldFormMixin, forms.Form):
    on = forms.DateField(label=_("Datum"), widget=DateInput, validators=[happened_recently])
    kind = forms.ChoiceField(label=_("Wat voor contact"), choices=ContactKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies wat voor contact het was.")})
    with_whom = forms.CharField(label=_("Met wie"), required=False, max_length=200,
                                help_text=_("Bijvoorbeeld: de inwoner en haar zoon, of de woningcorporatie."))
    minutes = forms.IntegerField(label=_("Tijd in minuten"), min_value=1, max_value=720,
                                 help_text=_("Reistijd niet meetellen. Een eerste gesprek duurt vaak anderhalf "
                                             "tot drie uur."),
                                 error_messages={"required": _("Vul in hoeveel minuten het kostte."),
                                                 "invalid": _("Vul een aantal minuten in, bijvoorbeeld 20.")})
    note = forms.CharField(label=_("Korte notitie"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = timezone.localdate()
