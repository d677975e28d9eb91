"""Forms for procedures, beschikkingen and bezwaar. The services check again and explain at the field."""
from django import forms
from django.utils.translation import gettext_lazy as _

from leefwereld.core.forms import DateInput, LeefwereldFormMixin, VersionField

from .models import BezwaarUitkomst, Ondersteuning, ProcedureKind, ProcedureStatus, Uitkomst, Vorm, Wet

MONEY = {"max_digits": 10, "decimal_places": 2, "required": False}


def _date(label, required=True, **kwargs):
    return forms.DateField(label=label, required=required, widget=DateInput(), **kwargs)


def _text(label, max_length, rows=3, required=True, **kwargs):
    return forms.CharField(label=label, max_length=max_length, required=required,
                           widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


REASON = {"required": _("Schrijf de reden op: die krijgt de inwoner ook te horen.")}


class Form(LeefwereldFormMixin, forms.Form):
    pass


class VersionedForm(Form):
    version = VersionField()


class ProcedureStartForm(Form):
    wet = forms.ChoiceField(label=_("Wet"), choices=Wet.choices, widget=forms.RadioSelect)
    kind = forms.ChoiceField(label=_("Soort"), choices=ProcedureKind.choices, widget=forms.RadioSelect,
                             help_text=_("Een melding start het Wmo-onderzoek (6 weken). Een aanvraag start de "
                                         "termijn voor het besluit."))
    received_on = _date(_("Ontvangen op"))
    subject = forms.CharField(label=_("Waarover"), max_length=300)
    ondersteuning = forms.ChoiceField(label=_("Cliëntondersteuning"), choices=Ondersteuning.choices,
                                      required=False,
                                      help_text=_("Wijs de inwoner en de mantelzorger op gratis, onafhankelijke "
                                                  "cliëntondersteuning, vóór het onderzoek."))


class SuspendForm(VersionedForm):
    asked_on = _date(_("Gegevens gevraagd op"))
    reason = _text(_("Welke gegevens ontbreken, en waarom zijn ze nodig"), 1000, error_messages=REASON)


class ResumeForm(VersionedForm):
    until = _date(_("Gegevens binnen op"), help_text=_("Of de dag dat de gestelde termijn voorbij was."))


class ExtendForm(VersionedForm):
    weeks = forms.IntegerField(label=_("Hoeveel weken erbij"), min_value=1, max_value=26)
    notice_on = _date(_("De inwoner hoorde het op"))
    reason = _text(_("Reden"), 1000, error_messages=REASON)


class CloseForm(VersionedForm):
    status = forms.ChoiceField(label=_("Hoe liep het af"), widget=forms.RadioSelect, choices=[
        (ProcedureStatus.INGETROKKEN, _("Ingetrokken: de vraag is op een andere manier opgelost")),
        (ProcedureStatus.ZONDER_AANVRAAG, _("Melding afgerond zonder aanvraag"))])
    on = _date(_("Datum"))
    words = _text(_("Wat eruit kwam"), 2000)


class AanvraagForm(VersionedForm):
    received_on = _date(_("Aanvraag ontvangen op"))


class NoticeForm(Form):
    received_on = _date(_("Ingebrekestelling ontvangen op"))


class DetailsForm(VersionedForm):
    ondersteuning = forms.ChoiceField(label=_("Cliëntondersteuning"), choices=Ondersteuning.choices, required=False)
    report_sent_on = _date(_("Verslag van het onderzoek gestuurd op"), required=False)


class KaartSelect(forms.Select):
    """Each maatwerk option carries its law and terms, so app.js can limit the list to the chosen law and
    fill in article, unit and unit price (without JavaScript the service fills what was left empty)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.entries = {}

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        entry = self.entries.get(str(value))
        if entry is not None:
            option["attrs"].update({"data-law": entry.law, "data-fill-artikel": entry.article[:60],
                                    "data-fill-unit": entry.unit, "data-fill-unit_price": str(entry.unit_price),
                                    "data-fill-product": entry.name[:200]})
        return option


class VoorzieningForm(VersionedForm):
    wet = forms.ChoiceField(label=_("Wet"), choices=Wet.choices)
    kaart_entry = forms.ChoiceField(
        label=_("Van de sociale kaart (maatwerk)"), required=False,
        widget=KaartSelect(attrs={"data-fill-from": "", "data-law-from": "wet"}),
        help_text=_("Kies de voorziening: artikel, eenheid en prijs worden ingevuld. U kunt ze nog aanpassen."))
    artikel = forms.CharField(label=_("Artikel"), max_length=60, required=False)
    product = forms.CharField(label=_("Wat"), max_length=200, required=False)
    uitkomst = forms.ChoiceField(label=_("Besluit"), choices=Uitkomst.choices, widget=forms.RadioSelect)
    vorm = forms.ChoiceField(label=_("Vorm"), choices=[("", _("Niet van toepassing")), *Vorm.choices],
                             required=False)
    starts_on = _date(_("Vanaf"), required=False)
    ends_on = _date(_("Tot en met"), required=False)
    quantity = forms.DecimalField(label=_("Hoeveel"), max_digits=8, decimal_places=2, required=False)
    unit = forms.CharField(label=_("Eenheid"), max_length=60, required=False,
                           help_text=_("Bijvoorbeeld: uur per week."))
    unit_price = forms.DecimalField(label=_("Prijs per eenheid (euro)"), **MONEY)
    amount = forms.DecimalField(label=_("Bedrag of budget voor de hele periode (euro)"), **MONEY)
    guideline_quantity = forms.DecimalField(label=_("Wat de richtlijn geeft"), max_digits=8, decimal_places=2,
                                            required=False)
    eigen_norm = _text(_("Wat de inwoner zelf denkt (eigen norm)"), 2000, rows=2, required=False,
                       help_text=_("Vraagt de inwoner minder dan de richtlijn? Schrijf het zo op; "
                                   "ga niet omhoog naar de richtlijn."))
    goal = forms.ChoiceField(label=_("Hoort bij het doel"), required=False)
    procedure = forms.ChoiceField(label=_("Op de aanvraag"), required=False)
    motivation = _text(_("Motivering, in gewone woorden"), 4000, rows=5, error_messages={
                           "required": _("Een besluit zonder motivering kan niet. Schrijf in gewone woorden waarom.")},
                       help_text=_("Korte zinnen. Zeg wat de inwoner zelf wil bereiken en waarom dit past."))
    legal_ground = forms.CharField(label=_("Grond voor afwijzen"), max_length=300, required=False,
                                   help_text=_("Alleen bij afwijzen: het artikel van de wet of de verordening."))
    why_differs = forms.CharField(
        label=_("Waarom anders dan het team meestal doet? (één zin)"), required=False, max_length=500,
        help_text=_("Alleen voor het team, niet in de brief. Nodig als het aantal of bedrag ver afwijkt van "
                    "wat het team meestal besluit."))

    def __init__(self, *args, goals, procedures, entries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.goals, self.procedures = {str(g.pk): g for g in goals}, {str(p.pk): p for p in procedures}
        self.entries = {str(e.public_id): e for e in entries}
        self.fields["kaart_entry"].widget.entries = self.entries
        by_law = [(label, [(k, _entry_label(e)) for k, e in self.entries.items() if e.law == law])
                  for law, label in Wet.choices]
        self.fields["kaart_entry"].choices = [("", _("Geen: zelf invullen"))] + [g for g in by_law if g[1]]
        self.fields["goal"].choices = [("", "—")] + [(k, g.words[:80]) for k, g in self.goals.items()]
        self.fields["procedure"].choices = [("", "—")] + [
            (k, f"{p.get_wet_display()}: {p.subject}") for k, p in self.procedures.items()]

    def clean(self):
        cleaned = super().clean()
        cleaned["goal"] = self.goals.get(cleaned.get("goal") or "")
        cleaned["procedure"] = self.procedures.get(cleaned.get("procedure") or "")
        cleaned["kaart_entry"] = self.entries.get(cleaned.get("kaart_entry") or "")
        return cleaned


def _entry_label(entry):
    price = f"€ {entry.unit_price:.2f}".replace(".", ",")
    where = f" ({entry.organisation.name})" if entry.organisation_id else ""
    return f"{entry.name}{where} · {entry.unit} · {price}"


class ExplainForm(VersionedForm):
    why_different = _text(_("Waarom het besluit nu anders is"), 4000, rows=4)
    benefit_of_doubt = forms.BooleanField(label=_("De inwoner krijgt het voordeel van de twijfel"), required=False)


class ReasonForm(Form):
    reason = _text(_("Reden"), 1000)


class SendForm(Form):
    language = forms.ChoiceField(label=_("Taal van de brief"), widget=forms.RadioSelect,
                                 choices=[("nl", _("Nederlands")), ("en", _("Engels"))])


class BezwaarForm(Form):
    received_on = _date(_("Bezwaar ontvangen op"))
    grounds = _text(_("Waarom de inwoner het er niet mee eens is"), 5000, rows=5)


class HearingForm(Form):
    hearing_on = _date(_("Hoorzitting op"))
    notes = _text(_("Wat er gezegd is"), 5000, rows=4, required=False)


class BezwaarDecideForm(Form):
    uitkomst = forms.ChoiceField(label=_("Uitkomst"), choices=BezwaarUitkomst.choices, widget=forms.RadioSelect)
    words = _text(_("Waarom"), 4000)
    decided_on = _date(_("Beslist op"))
