"""Beheer of the reflection framework's mensbeelden and their values (configurable, ADR 0024)."""
from django.contrib import admin

from leefwereld.access.admin_audit import AuditedAdmin, AuditedInline

from .overleg import Mensbeeld, Waarde


class WaardeInline(AuditedInline):
    model = Waarde
    fields = ["name", "name_en"]


@admin.register(Mensbeeld)
class MensbeeldAdmin(AuditedAdmin):
    list_display = ["name", "human_as", "active", "order"]
    list_filter = ["active"]
    fields = ["name", "name_en", "human_as", "human_as_en", "active", "order"]
    inlines = [WaardeInline]
