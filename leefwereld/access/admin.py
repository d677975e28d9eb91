"""Beheer of wijkteams and users (accounts sits below access, so its admin lives here, where guard() is).

Users get their role, discipline, team and phone here. The password is set through
Django's own password form; the change form shows only whether one is set, never the hash.
Django's groups and per-model permissions are not used (access goes by role), so they are left out.
"""
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import ReadOnlyPasswordHashWidget, UserChangeForm
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import router, transaction
from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Team, User
from leefwereld.core.models import GelijkgesteldeDag, OutcomeTag

from .admin_audit import AuditedAdmin, audit_admin_change, snapshot

admin.site.unregister(Group)


@admin.register(Team)
class TeamAdmin(AuditedAdmin):
    list_display = ["name", "area", "phone"]
    search_fields = ["name", "area"]
    fields = ["name", "area", "phone"]


class PasswordStatusWidget(ReadOnlyPasswordHashWidget):
    """Whether a password is set, and the button to change it: no algorithm, salt or hash."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        usable = bool(value) and not value.startswith(UNUSABLE_PASSWORD_PREFIX)
        context["summary"] = [{"label": _("Wachtwoord ingesteld") if usable else _("Geen wachtwoord ingesteld")}]
        return context


class UserForm(UserChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].widget = PasswordStatusWidget()


WORK = (_("Werk"), {"fields": ("role", "team", "discipline", "phone", "organisation")})


@admin.register(User)
class BeheerUserAdmin(AuditedAdmin, UserAdmin):
    form = UserForm
    fieldsets = (
        (None, {"fields": ("username", "password", "is_active")}),
        (_("Persoon"), {"fields": ("first_name", "last_name", "email")}),
        WORK,
        (_("Datums"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"fields": ("username", "usable_password", "password1", "password2")}),
        (_("Persoon"), {"fields": ("first_name", "last_name", "email")}),
        WORK,
    )
    readonly_fields = ["last_login", "date_joined"]
    list_display = ["username", "first_name", "last_name", "role", "team", "discipline", "is_active"]
    list_filter = ["role", "team", "discipline", "is_active"]
    search_fields = ["username", "first_name", "last_name", "email"]
    ordering = ["username"]
    filter_horizontal = []

    def user_change_password(self, request, id, form_url=""):
        """Django's own password form, audited: the row says the password changed, not what it is."""
        with transaction.atomic(using=router.db_for_write(self.model)):
            user = self.get_object(request, id)
            before = snapshot(user) if user else {}
            response = super().user_change_password(request, id, form_url)
            if user is not None and request.method == "POST" and response.status_code == 302:
                user.refresh_from_db()
                audit_admin_change(request, user, "changed", before, snapshot(user))
        return response


@admin.register(OutcomeTag)
class OutcomeTagAdmin(AuditedAdmin):
    """Outcome tags a municipality chooses for closed vragen and plans (never a target)."""

    list_display = ["name", "name_en", "active", "order"]
    search_fields = ["name", "name_en"]
    fields = ["name", "name_en", "active", "order"]


@admin.register(GelijkgesteldeDag)
class GelijkgesteldeDagAdmin(AuditedAdmin):
    """Days a royal decree declares equal to a holiday (Algemene termijnenwet art. 3 lid 3)."""

    list_display = ["day", "decree"]
    fields = ["day", "decree"]
