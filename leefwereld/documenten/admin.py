"""Beheer of document categories and their bewaartermijn (the functional administrator; every change logged)."""
from django.contrib import admin

from leefwereld.access.admin_audit import AuditedAdmin

from .models import DocumentCategorie


@admin.register(DocumentCategorie)
class DocumentCategorieAdmin(AuditedAdmin):
    list_display = ["name", "retention_years", "legal_basis", "active", "order"]
    fields = ["name", "name_en", "retention_years", "legal_basis", "active", "order"]
