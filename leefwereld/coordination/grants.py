"""Partners' grants in access.HouseholdAccess: `org:<id>` for each organisation with a ground in force.

A household is visible to a partner organisation while it has a ground for sharing in force for that
organisation, or for its kind of organisation. Which parts of the file they read is checked where the
parts are read (selectors.partner_scopes). Called by access.grants after every refresh and rebuild, and by
the services here in the transaction that records, withdraws or ends a ground.
"""
from django.db.models import Q

from leefwereld.access.grants import org_grantee
from leefwereld.access.models import HouseholdAccess

from .models import Organisation, SharingGround
from .models.sharing import active_grounds

PREFIX = "org:"


def _rows(grounds):
    grounds = list(grounds.values_list("household_id", "organisation_id", "organisation_kind"))
    kinds = {kind for _h, org, kind in grounds if org is None}
    by_kind = {}
    for pk, kind in Organisation.objects.filter(kind__in=kinds).values_list("pk", "kind"):
        by_kind.setdefault(kind, []).append(pk)
    rows = set()
    for household_id, organisation_id, kind in grounds:
        for org in [organisation_id] if organisation_id else by_kind.get(kind, []):
            rows.add((household_id, org_grantee(org)))
    return rows


def partner_access_refresh(household_ids):
    ids = {i for i in household_ids if i is not None}
    if not ids:
        return
    rows = _rows(active_grounds(SharingGround.objects.filter(household_id__in=ids)))
    HouseholdAccess.objects.filter(household_id__in=ids, grantee__startswith=PREFIX).delete()
    HouseholdAccess.objects.bulk_create(HouseholdAccess(household_id=h, grantee=g) for h, g in rows)


def partner_access_rebuild(_cursor=None):
    HouseholdAccess.objects.filter(grantee__startswith=PREFIX).delete()
    rows = _rows(active_grounds(SharingGround.objects.all()))
    HouseholdAccess.objects.bulk_create((HouseholdAccess(household_id=h, grantee=g) for h, g in rows),
                                        batch_size=2000)


def expired_ground_households(day):
    """Households whose grants may have ended by the calendar (a ground's end date passed)."""
    return set(SharingGround.objects.filter(withdrawn_at__isnull=True).filter(
        Q(ends_on__lt=day)).values_list("household_id", flat=True))
