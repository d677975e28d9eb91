"""Beheer of the sociale kaart and the escalation ladder (every change logged, access/admin_audit.py)."""
from django import forms
from django.contrib import admin

from leefwereld.access.admin_audit import AuditedAdmin

from .kaart_csv import entry_problems
from .models import EscalationRung, KaartEntry, Organisation, Wijk


class KaartEntryForm(forms.ModelForm):
    class Meta:
        model = KaartEntry
        fields = ["name", "level", "organisation", "description", "domains", "wijken", "active", "contact",
                  "waiting_weeks", "cost", "languages", "citizens_initiative", "law", "article", "unit", "unit_price"]

    def clean(self):
        cleaned = super().clean()
        for problem in entry_problems({k: cleaned.get(k) for k in ("level", "law", "article", "unit", "unit_price",
                                                                    "citizens_initiative")}):
            self.add_error(None, problem)
        return cleaned


@admin.register(KaartEntry)
class KaartEntryAdmin(AuditedAdmin):
    form = KaartEntryForm
    list_display = ["name", "level", "organisation", "waiting_weeks", "active"]
    list_filter = ["level", "active", "citizens_initiative", "wijken"]
    search_fields = ["name", "description", "organisation__name"]
    filter_horizontal = ["domains", "wijken"]
    fieldsets = [
        (None, {"fields": ["name", "level", "organisation", "description", "domains", "wijken", "active"]}),
        ("Voor de inwoner", {"fields": ["contact", "waiting_weeks", "cost", "languages", "citizens_initiative"]}),
        ("Maatwerk (met een besluit)", {"fields": ["law", "article", "unit", "unit_price"]}),
    ]


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ["name", "kind", "phone"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(Wijk)
class WijkAdmin(AuditedAdmin):
    list_display = ["name", "postcodes"]


@admin.register(EscalationRung)
class EscalationRungAdmin(AuditedAdmin):
    list_display = ["order", "title", "owner", "working_days"]
