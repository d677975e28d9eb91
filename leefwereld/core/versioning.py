"""Optimistic locking: save only when nobody saved a newer version in the meantime."""
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import ConflictError


def save_versioned(instance, *, expected_version, changes: dict):
    """Apply `changes` to `instance` if its version is still `expected_version`.

    Returns the names of the fields that really changed. Raises ConflictError
    carrying the current row when someone else saved first.
    """
    model = type(instance)
    changed = [name for name, value in changes.items() if getattr(instance, name) != value]
    values = dict(changes, version=F("version") + 1)
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        values["updated_at"] = timezone.now()
    rows = model.objects.filter(pk=instance.pk, version=expected_version).update(**values)
    if rows == 0:
        current = model.objects.get(pk=instance.pk)
        raise ConflictError(
            _("Iemand anders heeft dit intussen opgeslagen. Bekijk de nieuwste versie hieronder; "
              "wat u typte staat nog in het formulier."),
            current=current,
        )
    instance.refresh_from_db()
    return changed
