"""Writes of the sociale kaart: the CSV import (whole or not at all). Single entries go through beheer."""
from django.db import transaction

from leefwereld.access.policy import guard

from .. import kaart_csv
from ..models import KaartEntry


def kaart_import(*, actor, data: bytes):
    """Import a CSV: (count, errors). Nothing is saved when any row is bad.

    A row with the name and organisation of an entry on the kaart updates it; any other row adds one.
    """
    rows, errors = kaart_csv.read(data)
    if errors:
        return 0, errors
    with transaction.atomic():
        guard(actor, "kaart.manage", detail={"import_rows": len(rows)})
        existing = {(e.name.lower(), e.organisation_id): e for e in KaartEntry.objects.all()}
        for row in rows:
            fields = dict(row.fields)
            organisation = fields.pop("organisation")
            if organisation is not None and organisation.pk is None:
                organisation.save()
            key = (fields["name"].lower(), organisation.pk if organisation else None)
            entry = existing.get(key) or KaartEntry(organisation=organisation)
            for name, value in fields.items():
                setattr(entry, name, value)
            entry.save()
            existing[key] = entry
            entry.domains.set(row.domains)
            entry.wijken.set(row.wijken)
    return len(rows), []
