"""Files closed at different times, with a vraag, a notification, a network member and log rows each."""
import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.intake.models import BroughtBy, Kind
from leefwereld.intake.services import vraag_register
from leefwereld.notify.models import Notification
from leefwereld.residents.models import Household
from leefwereld.residents.tests.factories import NetworkMemberFactory, PersonFactory

TODAY = dt.date(2026, 12, 1)


def years_ago(years, days=0):
    return TODAY.replace(year=TODAY.year - years) - dt.timedelta(days=days)


@pytest.fixture(autouse=True)
def maintenance_grants(db):
    """On PostgreSQL the job acts as the maintenance role, whose grants db_roles makes (rolled back after)."""
    if connection.vendor == "postgresql":
        call_command("db_roles", stdout=io.StringIO())


def _file(pro, team, *, name, closed_on, bsn):
    person = PersonFactory(household__team=team, household__name=name, given_name=name, family_name="Jansen",
                           bsn=bsn, email=f"{name.lower()}@example.org")
    NetworkMemberFactory(person=person, household=person.household, name=f"Buur van {name}", added_by=pro)
    vraag_register(actor=pro, person=person, kind=Kind.VRAAG, brought_by=BroughtBy.INWONER,
                   words=f"{name} vraagt hulp bij de trap", received_on=years_ago(25))
    Notification.objects.create(household=person.household, person=person, kind="brief", key=f"brief:{name}")
    Household.objects.filter(pk=person.household_id).update(closed_on=closed_on)
    person.household.refresh_from_db()
    return person


@pytest.fixture
def files(pro, team):
    """`old`: closed 21 years ago (all due); `middle`: 16 years (15-year kinds due, not the 20-year file);
    `recent`: 2 years (only the notification); `just`: one day short of 15 years; `open`: never closed."""
    return {
        "old": _file(pro, team, name="Oud", closed_on=years_ago(21), bsn="111222333"),
        "middle": _file(pro, team, name="Midden", closed_on=years_ago(16), bsn="123456782"),
        "just": _file(pro, team, name="Net", closed_on=years_ago(15, days=-1), bsn="999999990"),
        "recent": _file(pro, team, name="Recent", closed_on=years_ago(2), bsn="876543210"),
        "open": _file(pro, team, name="Open", closed_on=None, bsn="192837465"),
    }


@pytest.fixture
def old_log(files, pro):
    """Log rows about the oldest file: one past the log's own period (5 years), one within it."""
    person = files["old"]
    made = timezone.make_aware(dt.datetime.combine(years_ago(6), dt.time(12)))
    recent = timezone.make_aware(dt.datetime.combine(years_ago(1), dt.time(12)))
    common = {"actor": pro, "actor_name": "Fatima El Amrani", "action": "persons.view",
              "household_pk": person.household_id, "person_pk": person.pk}
    return AuditEvent.objects.create(at=made, **common), AuditEvent.objects.create(at=recent, **common)
