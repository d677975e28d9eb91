"""money 0003 (ADR 0036): each existing contribution rule became its version 1, from the first day it was used,
and each contribution decided under it keeps that version.

Cheap on purpose: the migration's own RunPython function runs with the models as they were at 0003, on the
normal test database, instead of migrating the whole project back and forth (minutes in CI). 0004 later
dropped the two columns the function copies from; they are added back inside this test's transaction, so
the rollback at its end takes them away again.
"""
import datetime as dt
import importlib
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from leefwereld.money.models import Bijdrage, BijdrageRegel

MIGRATION = ("money", "0003_contribution_rule_versions")
first_versions = importlib.import_module("leefwereld.money.migrations.0003_contribution_rule_versions").first_versions


def _apps_before_0004():
    """The models as the migration saw them, and the columns 0004 removed back on the table."""
    apps = MigrationLoader(connection).project_state(MIGRATION).apps
    regel = apps.get_model("money", "BijdrageRegel")
    table = connection.ops.quote_name(regel._meta.db_table)
    with connection.cursor() as cursor:
        for name in ("monthly_amount", "words"):
            field = regel._meta.get_field(name)
            cursor.execute(f"ALTER TABLE {table} ADD COLUMN {connection.ops.quote_name(field.column)} "
                           f"{field.db_type(connection)} NULL")
    return apps


@pytest.mark.django_db
def test_existing_rules_become_version_one_and_contributions_keep_it(pro, person):
    apps = _apps_before_0004()
    OldRegel, OldBijdrage = apps.get_model("money", "BijdrageRegel"), apps.get_model("money", "Bijdrage")
    abonnement = OldRegel.objects.create(name="Wmo-abonnementstarief", kind="eigen_bijdrage", wet="wmo",
                                         monthly_amount=Decimal("21.80"), words="Een vast bedrag per maand.")
    beschermd = OldRegel.objects.create(name="Beschermd wonen", kind="eigen_bijdrage", wet="wmo",
                                        monthly_amount=Decimal("120.00"), words="Naar inkomen.")
    unused = OldRegel.objects.create(name="Nog nooit gebruikt", kind="korting", wet="participatiewet",
                                     monthly_amount=Decimal("5.00"), words="Nergens toegepast.")
    common = {"household_id": person.household_id, "person_id": person.pk, "kind": "eigen_bijdrage",
              "by_id": pro.pk}
    later = OldBijdrage.objects.create(scheme="Begeleiding", rule_id=abonnement.pk, monthly_amount=Decimal("21.80"),
                                       starts_on=dt.date(2025, 3, 1), **common)
    earliest = OldBijdrage.objects.create(scheme="Woningaanpassing", rule_id=abonnement.pk,
                                          monthly_amount=Decimal("21.80"), starts_on=dt.date(2024, 11, 15), **common)
    other = OldBijdrage.objects.create(scheme="Beschermd wonen", rule_id=beschermd.pk,
                                       monthly_amount=Decimal("120.00"), starts_on=dt.date(2025, 6, 1), **common)
    no_rule = OldBijdrage.objects.create(scheme="Lening inrichting", monthly_amount=Decimal("45.00"),
                                         starts_on=dt.date(2025, 1, 1), **{**common, "kind": "terugbetaling"})

    first_versions(apps, connection.schema_editor())

    versions = {r.pk: list(BijdrageRegel.objects.get(pk=r.pk).versions.all()) for r in (abonnement, beschermd, unused)}
    assert all(len(v) == 1 and v[0].number == 1 for v in versions.values())
    first = versions[abonnement.pk][0]
    # From the first day the rule was used, with the amount and words it had, not the newest contribution's date.
    assert first.valid_from == dt.date(2024, 11, 15)
    assert (first.monthly_amount, first.words, first.reason) == (Decimal("21.80"), "Een vast bedrag per maand.",
                                                                 "Eerste versie")
    assert versions[beschermd.pk][0].valid_from == dt.date(2025, 6, 1)
    assert versions[beschermd.pk][0].monthly_amount == Decimal("120.00")
    assert versions[unused.pk][0].valid_from == timezone.localdate()  # never used: from the day of the migration
    # Each contribution keeps the version of its own rule; one without a rule keeps none.
    kept = {b.pk: b.rule_version_id for b in Bijdrage.objects.all()}
    assert kept[later.pk] == kept[earliest.pk] == first.pk
    assert kept[other.pk] == versions[beschermd.pk][0].pk
    assert kept[no_rule.pk] is None
    # What the application reads today: the version in force on the day the contribution started.
    regel = BijdrageRegel.objects.get(pk=abonnement.pk)
    assert regel.version_on(dt.date(2025, 3, 1)) == first and regel.version_on(dt.date(2024, 11, 14)) is None
