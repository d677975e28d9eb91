"""Keeping access.HouseholdAccess true: called by the services that change who may see a household.

Each call recomputes the grants of the households it is given, from the same facts the rule is
made of (the household's team; its members' vaste contactpersoon and stand-in), inside the
caller's transaction: a change that rolls back takes its grants with it.
"""
from django.apps import apps
from django.db import connection, transaction

from leefwereld.accounts.models import Role

from .models import HouseholdAccess


def team_grantee(team_id):
    return f"team:{team_id}"


def user_grantee(user_id):
    return f"user:{user_id}"


def resident_grantee(person_id):
    return f"resident:{person_id}"


def grantees(actor):
    """The grantees an actor acts as: themselves and their wijkteam (or partner organisation).

    A resident acts as the one person whose file they opened in the portal (themselves, or whom they
    represent), set per request by the portal after checking the link (ADR 0029); nothing else.
    """
    if actor.role == Role.INWONER:
        person_id = getattr(actor, "acting_for_person_id", None)
        return [resident_grantee(person_id)] if person_id else []
    found = [user_grantee(actor.pk)]
    if actor.team_id:
        found.append(team_grantee(actor.team_id))
    if actor.role in (Role.PROFESSIONAL, Role.TEAMLEIDER):  # households opened in an emergency (ADR 0038)
        found.append(glass_grantee(actor.pk))
    if actor.role == Role.PARTNER and actor.organisation_id:  # a partner professional, through their organisation
        found.append(org_grantee(actor.organisation_id))
    return found


# --- Grants kept by apps above access (partners with a ground for sharing: coordination, ADR 0016). ---
# Each source recomputes its own grantees after the team and assignment rows are rewritten.
_sources = []


def org_grantee(organisation_id):
    return f"org:{organisation_id}"


def glass_grantee(user_id):
    """Noodtoegang (break-the-glass): a time-limited grant to one professional, its row carries `until`."""
    return f"glass:{user_id}"


def register_source(*, refresh, rebuild):
    """refresh(household_ids) and rebuild() of another app's grantees; called once, from AppConfig.ready()."""
    if (refresh, rebuild) not in _sources:
        _sources.append((refresh, rebuild))


def household_access_refresh(*, household_ids):
    """Recompute the grants of these households (after a change of team, member or assignment)."""
    Household = apps.get_model("residents", "Household")
    Person = apps.get_model("residents", "Person")
    ids = {i for i in household_ids if i is not None}
    if not ids:
        return
    rows = {(pk, team_grantee(team_id)) for pk, team_id in Household.objects.filter(pk__in=ids)
            .values_list("pk", "team_id")}
    for household_id, contact, stand_in in (Person.objects.filter(household_id__in=ids)
                                            .values_list("household_id", "contactpersoon_id", "stand_in_id")):
        rows.update((household_id, user_grantee(u)) for u in (contact, stand_in) if u is not None)
    with transaction.atomic():
        HouseholdAccess.objects.filter(household_id__in=ids).delete()
        HouseholdAccess.objects.bulk_create(HouseholdAccess(household_id=h, grantee=g) for h, g in rows)
        for refresh, _rebuild in _sources:
            refresh(ids)


def household_access_rebuild():
    """Rebuild every grant in one statement (after a bulk load that bypassed the services)."""
    Household = apps.get_model("residents", "Household")
    Person = apps.get_model("residents", "Person")
    access, household, person = (m._meta.db_table for m in (HouseholdAccess, Household, Person))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {access}")  # noqa: S608 (table names from the models)
        cursor.execute(
            f"INSERT INTO {access} (household_id, grantee) "  # noqa: S608
            f"SELECT id, 'team:' || team_id FROM {household} "
            f"UNION SELECT household_id, 'user:' || contactpersoon_id FROM {person} "
            f"WHERE contactpersoon_id IS NOT NULL "
            f"UNION SELECT household_id, 'user:' || stand_in_id FROM {person} WHERE stand_in_id IS NOT NULL"
        )
        for _refresh, rebuild in _sources:
            rebuild(cursor)
        cursor.execute(f"SELECT COUNT(*) FROM {access}")  # noqa: S608
        return cursor.fetchone()[0]
