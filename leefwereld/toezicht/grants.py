"""Noodtoegang grants in access.HouseholdAccess: `glass:<user>` with `until`, one per household and professional.

Rewritten with the rest of a household's grants (access.grants calls these after each refresh and rebuild) and
by the service that opens a noodtoegang, in its transaction. An ended grant is invisible to the rule at once
(it reads `until`); the rows of ended ones are simply not written again.
"""
from django.db.models import Max
from django.utils import timezone

from leefwereld.access.grants import glass_grantee
from leefwereld.access.models import HouseholdAccess

from .models import Noodtoegang

PREFIX = "glass:"


def _rows(openings):
    found = openings.filter(until__gt=timezone.now()).values("household_id", "by_id").annotate(end=Max("until"))
    return [HouseholdAccess(household_id=r["household_id"], grantee=glass_grantee(r["by_id"]), until=r["end"])
            for r in found]


def glass_access_refresh(household_ids):
    ids = {i for i in household_ids if i is not None}
    if not ids:
        return
    HouseholdAccess.objects.filter(household_id__in=ids, grantee__startswith=PREFIX).delete()
    HouseholdAccess.objects.bulk_create(_rows(Noodtoegang.objects.filter(household_id__in=ids)))


def glass_access_rebuild(_cursor=None):
    HouseholdAccess.objects.filter(grantee__startswith=PREFIX).delete()
    HouseholdAccess.objects.bulk_create(_rows(Noodtoegang.objects.all()), batch_size=2000)
