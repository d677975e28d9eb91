"""The one base for every admin page: permission by role, and one audit row per add, change or delete.

Each row goes through access.guard() inside the admin's own transaction (changeform_view,
delete_view and add_view are atomic; the bulk delete is made atomic here), with the old and
new value of every changed field. Never via signals: a failed audit write must undo the change.
Secret fields (the password hash) are recorded as changed, never with their value.
"""
import datetime as dt
import decimal
import uuid
from collections import Counter

from django.contrib import admin
from django.contrib.admin.utils import NestedObjects
from django.db import router, transaction

from leefwereld.core.errors import NotFoundOrNotAllowed

from .policy import guard, role_allows

ACTION = "beheer.manage"
SECRET_FIELDS = {"password"}
HIDDEN = "********"


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime, dt.time, uuid.UUID, decimal.Decimal)):
        return str(value)
    return value


def snapshot(obj):
    """The editable fields of a row as JSON-safe values; a foreign key as what it shows."""
    values = {}
    for field in obj._meta.concrete_fields:
        if not field.editable or field.primary_key:
            continue
        if field.is_relation:
            related_id = getattr(obj, field.attname)
            values[field.name] = None if related_id is None else str(getattr(obj, field.name))
        else:
            values[field.name] = _plain(field.value_from_object(obj))
    return values


def field_changes(before, after):
    """{field: {"old": …, "new": …}} for each field whose value differs; secrets masked."""
    changes = {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new or (old in (None, "") and new in (None, "")):
            continue
        if name in SECRET_FIELDS:
            old, new = (HIDDEN if old else None), HIDDEN
        changes[name] = {"old": old, "new": new}
    return changes


def audit_admin_change(request, obj, change, before, after):
    """Check the role and write the row, in the caller's transaction (a refusal undoes the change).

    Saving a form without changing anything is no change: it is checked but leaves no row.
    """
    fields = field_changes(before, after)
    if change == "changed" and not fields:
        if not role_allows(request.user, ACTION):
            raise NotFoundOrNotAllowed("not found")
        return
    guard(request.user, ACTION, obj=obj, detail={
        "change": change, "model": obj._meta.label_lower, "object": str(obj), "fields": fields,
    })


class RolePermissions:
    """Who may use an admin page is the site's role check, not Django's per-model permissions."""

    def has_module_permission(self, request):
        return self.admin_site.has_permission(request)

    def has_view_permission(self, request, obj=None):
        return self.admin_site.has_permission(request)

    def has_add_permission(self, request, *args):
        return self.admin_site.has_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.admin_site.has_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.admin_site.has_permission(request)


class AuditedInline(RolePermissions, admin.TabularInline):
    extra = 0


class AuditedAdmin(RolePermissions, admin.ModelAdmin):
    """Base of every ModelAdmin of Leefwereld (see module docstring)."""

    def save_model(self, request, obj, form, change):
        before = snapshot(type(obj)._default_manager.get(pk=obj.pk)) if change else {}
        super().save_model(request, obj, form, change)
        # After the save, so a new row has its key; the transaction keeps change and row together.
        audit_admin_change(request, obj, "changed" if change else "added", before, snapshot(obj))

    def delete_model(self, request, obj):
        audit_admin_change(request, obj, "deleted", snapshot(obj), {})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        """The bulk delete action: one row per deleted object, all or nothing."""
        with transaction.atomic(using=router.db_for_write(self.model)):
            for obj in queryset:
                self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        """Inline rows (an instrument's domains and levels) are audited one by one, like the rest."""
        pks = [f.instance.pk for f in formset.initial_forms if f.instance.pk]
        before = {pk: snapshot(obj) for pk, obj in formset.model._default_manager.in_bulk(pks).items()}
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            audit_admin_change(request, obj, "deleted", before[obj.pk], {})
            obj.delete()
        for obj in instances:
            obj.save()
        formset.save_m2m()
        for obj in formset.new_objects:
            audit_admin_change(request, obj, "added", {}, snapshot(obj))
        for obj, _fields in formset.changed_objects:
            audit_admin_change(request, obj, "changed", before[obj.pk], snapshot(obj))

    def get_deleted_objects(self, objs, request):
        """Name only what is deleted itself; count related rows, which may hold resident data.

        A row still in use (a PROTECT foreign key: a team with households, a user with a log)
        is listed as protected, so the admin explains why it cannot be deleted instead of failing.
        """
        deleted, model_count, perms_needed, _protected = super().get_deleted_objects(objs, request)
        collector = NestedObjects(using=router.db_for_write(self.model))
        collector.collect(objs)
        counts = Counter(str(o._meta.verbose_name_plural) for o in collector.protected)
        protected = [f"{name}: {count}" for name, count in sorted(counts.items())]
        return [str(o) for o in objs], model_count, perms_needed, protected

    # Django's own LogEntry is not kept: the audit log above is the one record of changes.
    def log_addition(self, request, obj, message):
        return None

    def log_change(self, request, obj, message):
        return None

    def log_deletion(self, request, obj, object_repr):
        return None

    def log_deletions(self, request, queryset):
        return None
