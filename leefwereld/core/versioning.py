"""Optimistic locking: save only when nobody saved a newer version in the meantime."""
import datetime as dt
from decimal import Decimal

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import ConflictError


def _plain(value):
    """A value as the audit log's JSON can hold it."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def field_changes(model, saved: dict, changes: dict) -> dict:
    """What each changed field was and became: {name: {"was": old, "is": new}}, ready for an audit row.

    `saved` holds the stored values by attribute name (a foreign key's id), `changes` the new ones by
    field name. Kept for the resident's inzage and rectification: not only which fields, but from what.
    """
    diff = {}
    for name, value in changes.items():
        field = model._meta.get_field(name)
        old, new = saved[field.attname], _plain(value)
        if old != (value.pk if isinstance(value, models.Model) else value):
            diff[name] = {"was": _plain(old), "is": new}
    return diff


def _conflict(model, pk):
    return ConflictError(
        _("Iemand anders heeft dit intussen opgeslagen. Bekijk de nieuwste versie hieronder; "
          "wat u typte staat nog in het formulier."),
        current=model.objects.get(pk=pk),
    )


def save_versioned(instance, *, expected_version, changes: dict):
    """Apply `changes` to `instance` if its version is still `expected_version`.

    Returns what really changed, old and new (see field_changes), read from the stored row: when the
    update then succeeds the version was unchanged, so these were the values it replaced. Raises
    ConflictError carrying the current row when someone else saved first.
    """
    model = type(instance)
    attnames = [model._meta.get_field(name).attname for name in changes]
    saved = model.objects.filter(pk=instance.pk, version=expected_version).values(*attnames).first()
    if saved is None:
        raise _conflict(model, instance.pk)
    diff = field_changes(model, saved, changes)
    values = dict(changes, version=F("version") + 1)
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        values["updated_at"] = timezone.now()
    if model.objects.filter(pk=instance.pk, version=expected_version).update(**values) == 0:
        raise _conflict(model, instance.pk)
    instance.refresh_from_db()
    return diff
