"""Beheer of instruments: their life domains and levels.

The ZRM's level criteria are licensed and not shipped; here a municipality loads its own texts.
"""
from django.contrib import admin

from leefwereld.access.admin_audit import AuditedAdmin, AuditedInline

from .models import Domain, Instrument, Level


class DomainInline(AuditedInline):
    model = Domain
    fields = ["order", "name"]


class LevelInline(AuditedInline):
    model = Level
    fields = ["value", "name", "description"]


@admin.register(Instrument)
class InstrumentAdmin(AuditedAdmin):
    list_display = ["name", "active"]
    list_filter = ["active"]
    search_fields = ["name", "domains__name"]
    fields = ["name", "description", "active"]
    inlines = [DomainInline, LevelInline]
