"""The resident's own grantee ("resident:<person>"): their household is visible to them, kept with the other
grants in access.HouseholdAccess (ADR 0012, 0029). Rows only for people with a portal account or a
representative, so the table does not grow with every person in the city."""
from django.db.models import Q

from leefwereld.access.grants import resident_grantee
from leefwereld.access.models import HouseholdAccess
from leefwereld.residents.models import Person

from .models import ResidentAccount, Vertegenwoordiging


def _linked(household_ids):
    return Person.objects.filter(household_id__in=household_ids).filter(
        Q(pk__in=ResidentAccount.objects.filter(person__isnull=False).values("person_id"))
        | Q(pk__in=Vertegenwoordiging.objects.filter(ended_at__isnull=True).values("person_id")))


def resident_access_refresh(household_ids):
    """Called by access.grants after it rewrote these households' rows (in its transaction)."""
    HouseholdAccess.objects.bulk_create(
        [HouseholdAccess(household_id=h, grantee=resident_grantee(p)) for p, h in
         _linked(household_ids).values_list("pk", "household_id")], ignore_conflicts=True)


def resident_access_rebuild(cursor):
    access, person = HouseholdAccess._meta.db_table, Person._meta.db_table
    account, rep = ResidentAccount._meta.db_table, Vertegenwoordiging._meta.db_table
    cursor.execute(
        f"INSERT INTO {access} (household_id, grantee) "  # noqa: S608 (table names from the models)
        f"SELECT DISTINCT p.household_id, 'resident:' || p.id FROM {person} p WHERE p.id IN "
        f"(SELECT person_id FROM {account} WHERE person_id IS NOT NULL "
        f"UNION SELECT person_id FROM {rep} WHERE ended_at IS NULL)"
    )
