"""Forms for people, contact assignment, network and the blanco preparation."""
import datetime as dt
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField
from leefwereld.core.validators import normalise_postcode, validate_bsn

from .models import NetworkMember, Person, Situation

PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
# A number from 1, then an optional addition: 12, 12a, 12-1, 12 bis, 12 hs.
HOUSE_NUMBER_RE = re.compile(r"^[1-9][0-9]{0,4}(\s*[A-Za-z]{1,6}|\s*[-/]\s*[A-Za-z0-9]{1,6}|\s+[A-Za-z0-9]{1,6})?$")


def clean_birth_date(value):
    if value:
        if value > timezone.localdate():
            raise forms.ValidationError(_("Een geboortedatum kan niet in de toekomst liggen."))
        if value < dt.date(1900, 1, 1):
            raise forms.ValidationError(_("Controleer het jaartal van de geboortedatum."))
    return value


class PersonFieldsMixin(LeefwereldFormMixin):
    """Checks shared by every form with a person's details."""

    def clean_bsn(self):
        bsn = (self.cleaned_data.get("bsn") or "").replace(" ", "").replace(".", "")
        if bsn:
            validate_bsn(bsn)
            bsn = bsn.zfill(9)
        return bsn

    def clean_postcode(self):
        value = self.cleaned_data.get("postcode") or ""
        return normalise_postcode(value) if value.strip() else ""

    def clean_birth_date(self):
        return clean_birth_date(self.cleaned_data.get("birth_date"))

    def clean_house_number(self):
        value = (self.cleaned_data.get("house_number") or "").strip()
        if value and not HOUSE_NUMBER_RE.match(value):
            raise forms.ValidationError(
                _("Vul een huisnummer in dat met een getal vanaf 1 begint, eventueel met een toevoeging: 12, 12a "
                  "of 12-1."))
        return value

    def clean_phone(self):
        phone = (self.cleaned_data.get("phone") or "").strip()
        if phone and not PHONE_RE.match(phone):
            raise forms.ValidationError(_("Vul een telefoonnummer in met cijfers, bijvoorbeeld 06 12345678."))
        return phone


class PersonSearchForm(PersonFieldsMixin, forms.Form):
    """Find a person first: name (and birth date), postcode + house number, or BSN exactly."""

    once = False

    name = forms.CharField(label=_("Naam"), required=False, max_length=120)
    birth_date = forms.DateField(label=_("Geboortedatum"), required=False, widget=DateInput)
    postcode = forms.CharField(label=_("Postcode"), required=False, max_length=10)
    house_number = forms.CharField(label=_("Huisnummer"), required=False, max_length=12)
    bsn = forms.CharField(label=_("BSN"), required=False, max_length=12,
                          help_text=_("Alleen een exact BSN vindt iemand."))

    def clean(self):
        cleaned = super().clean()
        has_name = bool(cleaned.get("name"))
        has_address = bool(cleaned.get("postcode") and cleaned.get("house_number"))
        if not (has_name or has_address or cleaned.get("bsn")) and not self.errors:
            raise forms.ValidationError(
                _("Zoek op naam (eventueel met geboortedatum), op postcode met huisnummer, of op BSN.")
            )
        return cleaned


class PersonForm(PersonFieldsMixin, forms.ModelForm):
    confirm_new = forms.BooleanField(
        label=_("Dit is echt een nieuwe persoon"), required=False,
        help_text=_("Vink dit aan als de persoon hierboven niet dezelfde is."),
    )

    class Meta:
        model = Person
        fields = ["given_name", "prefix", "family_name", "birth_date", "street", "house_number", "postcode",
                  "city", "phone", "email", "preferred_channel", "bsn", "safety_notes"]
        widgets = {"birth_date": DateInput, "safety_notes": forms.Textarea(attrs={"rows": 2})}


class ContactOnlyPersonForm(PersonForm):
    """For a signal about someone who has not asked for help: only what is needed to make contact."""

    class Meta(PersonForm.Meta):
        fields = ["given_name", "prefix", "family_name", "street", "house_number", "postcode", "city", "phone",
                  "safety_notes"]


class PersonEditForm(PersonFieldsMixin, forms.ModelForm):
    version = VersionField()

    class Meta:
        model = Person
        fields = ["given_name", "prefix", "family_name", "birth_date", "household_role", "street",
                  "house_number", "postcode", "city", "phone", "email", "preferred_channel", "bsn",
                  "safety_notes", "language", "reads_dutch", "interpreter_needed", "letters_to",
                  "communication_notes"]
        widgets = {"birth_date": DateInput, "safety_notes": forms.Textarea(attrs={"rows": 2}),
                   "communication_notes": forms.Textarea(attrs={"rows": 2}), "reads_dutch": forms.RadioSelect}


class SituationForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    situation = forms.ChoiceField(label=_("Situatie"), choices=Situation.choices, widget=forms.RadioSelect)
    since = forms.DateField(label=_("Sinds"), widget=DateInput,
                            error_messages={"required": _("Vul de datum in, ook als die ongeveer is.")})
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=1000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class DossierCloseForm(LeefwereldFormMixin, forms.Form):
    """Close the household's file with a reason, or reopen it (then `on` is not asked)."""

    on = forms.DateField(label=_("Afgesloten op"), widget=DateInput,
                         error_messages={"required": _("Vul de datum in waarop de hulp eindigde.")})
    reason = forms.CharField(label=_("Reden"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": _("Schrijf de reden op.")})

    def __init__(self, *args, reopen=False, **kwargs):
        super().__init__(*args, **kwargs)
        if reopen:
            del self.fields["on"]


class HouseholdMemberForm(PersonFieldsMixin, forms.ModelForm):
    class Meta:
        model = Person
        fields = ["given_name", "prefix", "family_name", "birth_date", "household_role", "phone", "bsn"]
        widgets = {"birth_date": DateInput}


class AssignContactForm(LeefwereldFormMixin, forms.Form):
    version = VersionField()
    contactpersoon = forms.ModelChoiceField(
        label=_("Vaste contactpersoon"), queryset=None,
        help_text=_("Kies de professional van wie het vakgebied het best past bij de belangrijkste vraag."),
    )
    stand_in = forms.ModelChoiceField(label=_("Vervanger bij afwezigheid"), queryset=None, required=False)
    reason = forms.CharField(label=_("Toelichting"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, colleagues=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contactpersoon"].queryset = colleagues
        self.fields["stand_in"].queryset = colleagues
        label = lambda u: f"{u.get_full_name()} – {u.get_discipline_display() or u.get_role_display()}"  # noqa: E731
        self.fields["contactpersoon"].label_from_instance = label
        self.fields["stand_in"].label_from_instance = label

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("stand_in") and cleaned.get("stand_in") == cleaned.get("contactpersoon"):
            self.add_error("stand_in", _("De vervanger moet iemand anders zijn dan de vaste contactpersoon."))
        return cleaned


class NetworkMemberForm(LeefwereldFormMixin, forms.ModelForm):
    version = VersionField(required=False)

    class Meta:
        model = NetworkMember
        fields = ["name", "relation", "phone", "does", "could_do", "draagkracht", "may_ask"]
        widgets = {
            "does": forms.Textarea(attrs={"rows": 2}), "could_do": forms.Textarea(attrs={"rows": 2}),
            "draagkracht": forms.RadioSelect, "may_ask": forms.RadioSelect,
        }


class OpenFileForm(LeefwereldFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Waarom opent u nu het hele dossier?"), max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Dit wordt vastgelegd in het logboek. De inwoner kan later zien wie het dossier opende."),
        error_messages={"required": _("Geef een reden op.")},
    )
