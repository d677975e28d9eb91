"""The retention job anonymises or removes exactly what is past its period, and a dry run nothing."""
import io

import pytest
from django.core.management import call_command

from leefwereld.audit.models import AuditEvent
from leefwereld.core import retention
from leefwereld.intake.models import Vraag
from leefwereld.notify.models import Notification
from leefwereld.residents.models import Household, NetworkMember, Person
from leefwereld.retention.models import Afhandeling, Pseudoniem
from leefwereld.retention.services import bsn_digest, run

from .conftest import TODAY


def _snapshot():
    return (
        sorted(Person.objects.values_list("pk", "given_name", "family_name", "bsn", "email", "birth_date")),
        sorted(NetworkMember.objects.values_list("pk", "name")),
        sorted(Vraag.objects.values_list("pk", "words")),
        sorted(Notification.objects.values_list("pk", flat=True)),
        sorted(Household.objects.values_list("pk", "name", "anonymised_on")),
        AuditEvent.objects.count(),
    )


def _counts(report):
    return {line.kind: (line.files, line.rows) for line in report.lines}


def test_a_dry_run_counts_what_is_due_and_changes_nothing(files, old_log):
    before = _snapshot()
    report = run(today=TODAY, dry_run=True)
    assert _snapshot() == before
    assert not Afhandeling.objects.exists()
    counts = _counts(report)
    assert counts["intake.vragen"] == (2, 4)  # old and middle: a vraag and its first status each
    assert counts["residents.dossier"][0] == 1  # only the file closed 21 years ago
    assert counts["notify.meldingen"] == (4, 4)  # every closed file but the open one
    assert counts["audit.logboek"] == (0, 1)  # the log row of six years ago


def test_a_run_handles_exactly_what_is_due(files, old_log):
    old, middle, just, recent, open_ = (files[k] for k in ("old", "middle", "just", "recent", "open"))
    report = run(today=TODAY)

    old.refresh_from_db()
    assert (old.given_name, old.family_name, old.bsn, old.email, old.birth_date, old.street) == (
        "", "Geanonimiseerd", "", "", None, "")
    assert Household.objects.get(pk=old.household_id).name == "Geanonimiseerd"
    assert NetworkMember.objects.get(household=old.household).name == ""
    # The 15-year kinds reached the middle file, its people (20 years) not yet.
    assert Vraag.objects.get(household=middle.household).words == ""
    middle.refresh_from_db()
    assert (middle.given_name, middle.bsn) == ("Midden", "123456782")
    assert Household.objects.get(pk=middle.household_id).anonymised_on == TODAY
    # Closed a day too recently, closed two years ago, or open: their story stays.
    for person in (just, recent, open_):
        assert Vraag.objects.get(household=person.household).words.endswith("vraagt hulp bij de trap")
        person.refresh_from_db()
        assert person.bsn and person.given_name != ""
        assert Household.objects.get(pk=person.household_id).anonymised_on is None
    assert list(Notification.objects.values_list("household_id", flat=True)) == [open_.household_id]

    counts = _counts(report)
    assert counts["intake.vragen"] == (2, 4)
    assert counts["notify.meldingen"] == (4, 4)
    # Every kind of the file, but one with a period per row: that one notes a file once its rows are gone,
    # and this file had no documents (test_kinds.py).
    assert set(Afhandeling.objects.filter(household=old.household).values_list("kind", flat=True)) == {
        k.key for k in retention.kinds() if not k.age_field and not k.row_years}
    assert run(today=TODAY).as_dict()["intake.vragen"] == {"action": "anonimiseren", "files": 0, "rows": 0}


def test_log_rows_keep_their_own_period_after_the_file_is_anonymised(files, old_log):
    """The 'who looked' of an anonymised file stays until the log's period; a digest of the BSN with it."""
    too_old, kept = old_log
    run(today=TODAY)
    assert not AuditEvent.objects.filter(pk=too_old.pk).exists()
    assert AuditEvent.objects.filter(pk=kept.pk, person_pk=files["old"].pk).exists()
    pseudonym = Pseudoniem.objects.get(person_pk=files["old"].pk)
    assert pseudonym.bsn_digest == bsn_digest("111222333") != "111222333"
    # The run and each handled file are logged, and survive the purge that ran before them.
    assert AuditEvent.objects.filter(action="retention.run").count() == 1
    assert AuditEvent.objects.filter(action="retention.apply", household_pk=files["old"].household_id).exists()
    # Once the log's period has passed, the digest goes too (newly anonymised people have their own by then).
    run(today=TODAY.replace(year=TODAY.year + 6))
    assert set(Pseudoniem.objects.values_list("person_pk", flat=True)) == {files["middle"].pk, files["just"].pk}


def test_the_municipality_sets_the_periods(files, settings):
    settings.RETENTION_YEARS = {"intake.vragen": 30, "notify.meldingen": 2.5}
    counts = _counts(run(today=TODAY, dry_run=True))
    assert counts["intake.vragen"] == (0, 0)
    assert counts["notify.meldingen"][0] == 3  # not the file closed two years ago, nor the open one


def test_the_command_reports_per_kind_and_a_dry_run_changes_nothing(files, old_log):
    before = _snapshot()
    out = io.StringIO()
    call_command("schone_lei", "--dry-run", "--today", TODAY.isoformat(), "--no-progress", stdout=out)
    assert _snapshot() == before
    text = out.getvalue()
    assert "Dry run: nothing changed." in text
    assert "intake.vragen" in text and "audit.logboek" in text
    out = io.StringIO()
    call_command("schone_lei", "--today", TODAY.isoformat(), stdout=out, stderr=io.StringIO())
    assert "Done." in out.getvalue()
    assert Person.objects.filter(family_name="Geanonimiseerd").count() == 1


def test_every_model_of_a_file_is_covered_or_listed_as_not_yet():
    """A new model with a household column must declare its retention (or be listed here with a reason)."""
    from django.apps import apps

    covered = {label for kind in retention.kinds() for label in kind.models}
    exempt = {
        "access.HouseholdAccess": "who may see the file: no content, follows the household",
        "residents.BlancoVoorbereiding": "who prepared blanco and when: no content",
        "retention.Afhandeling": "the job's own trace, kept with the anonymised file",
        "learning.CaseStory": "anonymised before it is stored (ADR 0020)",
    }
    missing = [m._meta.label for m in apps.get_models()
               if any(f.name == "household" and f.is_relation for f in m._meta.get_fields())
               and m._meta.label not in covered and m._meta.label not in exempt]
    assert missing == []


@pytest.mark.parametrize("key", ["residents.dossier", "audit.logboek", "intake.vragen"])
def test_each_kind_names_real_models(key):
    from django.apps import apps

    kind = next(k for k in retention.kinds() if k.key == key)
    assert all(apps.get_model(label) for label in kind.models)
