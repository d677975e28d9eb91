"""Forms for one-off help, contributions and budgets. Rules live in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Team
from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.decisions.models import Wet
from leefwereld.ruimte.models import Guideline

from .models import BijdrageKind, BijdrageRegel

LINES = 3


class HelpForm(LeefwereldFormMixin, forms.Form):
    """One-off help in seconds: what for and an amount; more lines only when needed."""

    what = forms.CharField(label=_("Waarvoor"), max_length=200, help_text=_("Bijvoorbeeld: treinkaartje en eten."))
    wet = forms.ChoiceField(label=_("Welke wet betaalt"), choices=Wet.choices, initial=Wet.PARTICIPATIEWET)
    guideline = forms.ModelChoiceField(label=_("Richtlijn"), required=False,
                                       queryset=Guideline.objects.filter(active=True))
    from_free_part = forms.BooleanField(label=_("Uit het vrij te besteden deel"), required=False)
    why_differs = forms.CharField(label=_("Waarom anders dan het team meestal geeft? (één zin)"), required=False,
                                  max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(LINES):
            self.fields[f"line{n}_what"] = forms.CharField(
                label=_("Regel %(n)s: wat") % {"n": n + 1}, required=False, max_length=200)
            self.fields[f"line{n}_amount"] = forms.DecimalField(
                label=_("Regel %(n)s: bedrag (euro)") % {"n": n + 1}, required=False, max_digits=10,
                decimal_places=2)
        self.style_fields()

    def lines(self):
        data = self.cleaned_data
        lines = [{"what": data.get(f"line{n}_what") or (data["what"] if n == 0 else ""),
                  "amount": data.get(f"line{n}_amount")} for n in range(LINES)]
        return [line for line in lines if line["amount"] is not None or (line["what"] and line is not lines[0])]


class BijdrageForm(LeefwereldFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Soort"), choices=BijdrageKind.choices)
    scheme = forms.CharField(label=_("Waarvoor"), max_length=200)
    rule = forms.ModelChoiceField(label=_("Volgens de regel"), required=False,
                                  queryset=BijdrageRegel.objects.filter(active=True))
    wet = forms.ChoiceField(label=_("Wet"), required=False, choices=[("", _("Geen of anders"))] + Wet.choices)
    monthly_amount = forms.DecimalField(label=_("Per maand (euro)"), max_digits=8, decimal_places=2, required=False)
    starts_on = forms.DateField(label=_("Vanaf"), widget=DateInput)
    ends_on = forms.DateField(label=_("Tot en met"), widget=DateInput, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("monthly_amount") is None and cleaned.get("rule") and cleaned.get("starts_on"):
            version = cleaned["rule"].version_on(cleaned["starts_on"])  # the rule as it stood on that day
            cleaned["monthly_amount"] = version.monthly_amount if version else None
        return cleaned


class RegelVersionForm(LeefwereldFormMixin, forms.Form):
    monthly_amount = forms.DecimalField(label=_("Per maand (euro)"), max_digits=8, decimal_places=2, min_value=0,
                                        error_messages={"min_value": _("Een bedrag kan niet negatief zijn.")})
    words = forms.CharField(label=_("Uitleg in gewone woorden"), max_length=300,
                            help_text=_("Zoals de inwoner het leest, bijvoorbeeld: een vast bedrag per maand."))
    valid_from = forms.DateField(label=_("Geldt vanaf"), widget=DateInput,
                                 help_text=_("Bijdragen die eerder begonnen, houden de oude versie."))


class RegelNewVersionForm(RegelVersionForm):
    regel = forms.ModelChoiceField(label=_("Bijdrageregel"), queryset=BijdrageRegel.objects.all())
    reason = forms.CharField(label=_("Waarom verandert de regel?"), max_length=500,
                             help_text=_("Bijvoorbeeld: het landelijke abonnementstarief is verhoogd."))
    field_order = ["regel", "monthly_amount", "words", "valid_from", "reason"]


class RegelNewForm(RegelVersionForm):
    name = forms.CharField(label=_("Naam"), max_length=120)
    kind = forms.ChoiceField(label=_("Soort"), choices=BijdrageKind.choices)
    wet = forms.ChoiceField(label=_("Wet"), required=False, choices=[("", _("Geen of anders"))] + Wet.choices)
    field_order = ["name", "kind", "wet", "monthly_amount", "words", "valid_from"]


class BudgetForm(LeefwereldFormMixin, forms.Form):
    year = forms.IntegerField(label=_("Jaar"))
    wet = forms.ChoiceField(label=_("Wet"), choices=[("", _("Kies de wet"))] + Wet.choices, required=False)
    team = forms.ModelChoiceField(label=_("Wijk (wijkteam)"), required=False, queryset=Team.objects.all(),
                                  empty_label=_("De hele gemeente"))
    population = forms.CharField(label=_("Voor wie"), required=False, max_length=200)
    social_goal = forms.CharField(label=_("Maatschappelijk doel"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 2}))
    amount = forms.DecimalField(label=_("Budget (euro)"), max_digits=12, decimal_places=2)
    free_amount = forms.DecimalField(label=_("Vrij te besteden deel (euro)"), max_digits=12, decimal_places=2,
                                     required=False)


class YearForm(LeefwereldFormMixin, forms.Form):
    once = False
    year = forms.IntegerField(label=_("Jaar"), min_value=2000, max_value=2100, required=False)
