"""The kinds of ADR 0045: decisions, the exchange with providers, partners, afwijkingen, money, documents,
noodtoegang and prepared inzages are each cleaned after their own period, kept before it, and a dry run
changes none of them."""
import datetime as dt
import io

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from leefwereld.core import retention
from leefwereld.decisions.models import Brief, Voorziening
from leefwereld.documenten.models import Document
from leefwereld.koppelingen.models import Toewijzing, VerzoekOmToewijzing
from leefwereld.money.models import Cost
from leefwereld.plans.models import Agreement
from leefwereld.portal.models import InzageVerzoek
from leefwereld.residents.models import Household
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.retention.models import Afhandeling
from leefwereld.retention.services import _rows, run
from leefwereld.toezicht.models import Noodtoegang

from . import whole_file
from .conftest import TODAY, years_ago

NEW = ("decisions.jeugd", "decisions.besluiten", "koppelingen.jeugd", "koppelingen.berichten",
       "coordination.samenwerking", "ruimte.afwijkingen", "money.kosten")


def _closed(team, name, closed_on, bsn):
    person = PersonFactory(household__team=team, household__name=name, given_name=name, bsn=bsn)
    Household.objects.filter(pk=person.household_id).update(closed_on=closed_on)
    person.household.refresh_from_db()
    return person


@pytest.fixture
def whole_files(pro, team):
    """`due`: closed 21 years ago, every kind due; `middle`: 16 years ago, the Jeugdwet's 20 years not yet;
    `kept`: 14 years ago, nothing due. Each holds a row of every model, a Wmo and a Jeugdwet decision."""
    files = {"due": _closed(team, "Oud", years_ago(21), "111222333"),
             "middle": _closed(team, "Midden", years_ago(16), "123456782"),
             "kept": _closed(team, "Recent", years_ago(14), "876543210")}
    for person in files.values():
        whole_file.build(pro, person)
    return files


def _kind(key):
    return retention.kind(key)


def _labels():
    return sorted({label for key in NEW for label in _kind(key).models} | {"plans.Agreement"})


def _snapshot(household):
    """Every row of the new kinds' models of one household, as stored (binary as bytes)."""
    def plain(row):
        return {k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()}
    return {label: [plain(r) for r in apps.get_model(label).objects.filter(household=household).order_by("pk")
                     .values()] for label in _labels()}


def _assert_cleaned(key, household):
    """Each row of the kind in this file holds exactly what anonymising leaves (or is gone)."""
    kind = _kind(key)
    for label in kind.models:
        model = apps.get_model(label)
        rows = list(_rows(kind, model, [household.pk], "default"))
        if kind.action == retention.REMOVE:
            assert rows == [], label
            continue
        assert rows, f"the whole file has no {label} of {key}"
        for row in rows:
            for name, value in kind.anonymised_values(model).items():
                if hasattr(value, "resolve_expression"):  # a placeholder where a constraint wants one
                    continue
                got = getattr(row, name)
                got = bytes(got) if isinstance(got, memoryview | bytes) else getattr(got, "name", got)
                assert got == value, (label, name, got)


def _counts(report):
    return {line.kind: (line.files, line.rows) for line in report.lines}


def test_each_kind_is_cleaned_after_its_period_and_kept_before_it(whole_files):
    due, middle, kept = (whole_files[k].household for k in ("due", "middle", "kept"))
    before_kept, before_middle = _snapshot(kept), _snapshot(middle)
    run(today=TODAY)

    for key in NEW:
        _assert_cleaned(key, due)
    # Sixteen years: the Wmo's and the Participatiewet's 15 years have passed, the Jeugdwet's 20 not.
    for key in ("decisions.besluiten", "koppelingen.berichten", "coordination.samenwerking", "ruimte.afwijkingen",
                "money.kosten"):
        _assert_cleaned(key, middle)
    after_middle = _snapshot(middle)
    for label in _kind("decisions.jeugd").models + _kind("koppelingen.jeugd").models:
        model = apps.get_model(label)
        jeugd = set(_rows(_kind(label.split(".")[0] + ".jeugd"), model, [middle.pk], "default")
                    .values_list("pk", flat=True))
        assert jeugd, label
        assert [r for r in after_middle[label] if r["id"] in jeugd] == [
            r for r in before_middle[label] if r["id"] in jeugd], label
    assert Voorziening.objects.get(household=middle, wet="jeugdwet").motivation == whole_file.WORDS
    assert Voorziening.objects.get(household=middle, wet="wmo").motivation == ""
    assert _snapshot(kept) == before_kept
    assert not Afhandeling.objects.filter(household=kept, kind__in=NEW).exists()
    assert set(Afhandeling.objects.filter(household=middle).values_list("kind", flat=True)) >= {
        "decisions.besluiten", "money.kosten"}
    assert not Afhandeling.objects.filter(household=middle, kind__in=["decisions.jeugd", "koppelingen.jeugd"]).exists()


def test_what_an_anonymised_decision_and_booking_still_say(whole_files):
    """The shape stays: law, article, outcome, amount, the letter's row and the bookings' sums; not the words."""
    due = whole_files["due"].household
    run(today=TODAY)
    voorziening = Voorziening.objects.get(household=due, wet="wmo")
    assert (voorziening.artikel, voorziening.unit, voorziening.uitkomst, str(voorziening.amount)) == (
        "art. 2.3.5 lid 3", "uur per week", "toegekend", "4225.00")
    assert (voorziening.product, voorziening.motivation, voorziening.eigen_norm) == ("", "", "")
    brief = Brief.objects.get(household=due, beschikking__voorzieningen__wet="wmo")
    assert bytes(brief.pdf) == b"" and brief.sha256 == "" and brief.at is not None
    cost = Cost.objects.get(household=due)
    assert (cost.what, cost.why_differs, str(cost.total), cost.year, cost.wet) == ("", "", "85.50", 2004,
                                                                                   "participatiewet")
    assert cost.lines.get().what == "" and str(cost.lines.get().amount) == "85.50"
    toewijzing = Toewijzing.objects.get(household=due, standaard="jw")
    assert (toewijzing.product_categorie, toewijzing.product_code, toewijzing.nummer) == ("02", "02A01", None)
    verzoek = VerzoekOmToewijzing.objects.get(household=due, standaard="wmo")
    assert (verzoek.bsn, verzoek.achternaam, verzoek.commentaar) == ("", "", "")
    assert verzoek.referentie.startswith("REF")  # unique per provider, and nothing without its records
    # Where a check constraint wants a text, the placeholder stands: a safety ground's reason, a representative.
    ground = due.sharing_grounds.get(kind="veiligheid")
    assert (ground.reason, ground.purpose, ground.scopes) == ("Geanonimiseerd", "", ["plan"])
    assert due.sharing_grounds.get(kind="toestemming").reason == ""
    assert Agreement.objects.get(household=due).representative_name == "Geanonimiseerd"


def test_a_dry_run_counts_the_new_kinds_and_changes_nothing(whole_files):
    before = {k: _snapshot(p.household) for k, p in whole_files.items()}
    counts = _counts(run(today=TODAY, dry_run=True))
    assert {k: _snapshot(p.household) for k, p in whole_files.items()} == before
    assert not Afhandeling.objects.exists()
    # A procedure, a move, a notice of default, a beschikking, a provision, a version, a step, a letter and a
    # bezwaar per law and file; the Jeugdwet's only in the oldest file.
    assert counts["decisions.besluiten"] == (2, 18)
    assert counts["decisions.jeugd"] == (1, 9)
    assert counts["koppelingen.jeugd"] == (1, 5) and counts["koppelingen.berichten"] == (2, 10)
    assert counts["coordination.samenwerking"] == (2, 16)
    assert counts["ruimte.afwijkingen"] == (2, 6)
    assert counts["money.kosten"] == (2, 6)


def test_the_municipality_sets_the_new_periods(whole_files, settings):
    settings.RETENTION_YEARS = {"decisions.besluiten": 22, "money.kosten": 10, "decisions.jeugd": 25}
    counts = _counts(run(today=TODAY, dry_run=True))
    assert counts["decisions.besluiten"][0] == 0
    assert counts["decisions.jeugd"][0] == 0
    assert counts["money.kosten"][0] == 3  # all three, the one closed 14 years ago too


@pytest.mark.parametrize(("setting", "value", "message"), [
    ("RETENTION_YEARS", {"money.kosten": 5}, "shorter than the law allows"),
    ("RETENTION_YEARS", {"decisions.jeugd": 15}, "shorter than the law allows"),
    ("RETENTION_DAYS", {"money.kosten": 365}, "shorter than the law allows"),
    ("RETENTION_YEARS", {"intake.vraag": 10}, "no kind of record 'intake.vraag'"),
    ("RETENTION_YEARS", {"toezicht.noodtoegang": 10}, "keeps the period of audit.logboek"),
    ("RETENTION_YEARS", {"documenten.stukken": 10}, "from each row"),
])
def test_a_period_the_law_does_not_allow_or_no_kind_has_stops_start_up(settings, setting, value, message):
    setattr(settings, setting, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        retention.check_settings()


def test_documents_go_by_their_categorys_period_with_their_content(pro, team, settings):
    """Closed three years ago: identity papers (2 years) go, income papers (7) and the default (15) stay;
    the stored content goes with its row. The file is noted once nothing of the kind is left."""
    person = _closed(team, "Stukken", years_ago(3), "222333444")
    identity = whole_file.document(pro, person, "Identiteit en verblijf")
    income = whole_file.document(pro, person, "Inkomen en schulden")
    other = whole_file.document(pro, person, "Overig")  # no period of its own: the setting's 15 years
    open_person = PersonFactory(household__team=team, bsn="333444555")
    open_identity = whole_file.document(pro, open_person, "Identiteit en verblijf")
    storage = identity.file.storage
    names = {d.pk: d.file.name for d in (identity, income, other, open_identity)}
    assert all(storage.exists(name) for name in names.values())

    assert _counts(run(today=TODAY, dry_run=True))["documenten.stukken"] == (1, 1)
    assert storage.exists(names[identity.pk])
    run(today=TODAY)
    assert set(Document.objects.values_list("pk", flat=True)) == {income.pk, other.pk, open_identity.pk}
    assert not storage.exists(names[identity.pk])
    assert all(storage.exists(names[d.pk]) for d in (income, other, open_identity))
    assert not Afhandeling.objects.filter(household=person.household, kind="documenten.stukken").exists()

    # The municipality's default for categories without one: two years; income papers still wait for seven.
    settings.LEEFWERELD_DOCUMENTS_RETENTION_YEARS = 2
    run(today=TODAY)
    assert set(Document.objects.values_list("pk", flat=True)) == {income.pk, open_identity.pk}
    run(today=TODAY.replace(year=TODAY.year + 5))
    assert set(Document.objects.values_list("pk", flat=True)) == {open_identity.pk}
    assert not storage.exists(names[income.pk])
    done = Afhandeling.objects.get(household=person.household, kind="documenten.stukken")
    assert (done.action, done.done_on) == ("verwijderen", TODAY.replace(year=TODAY.year + 5))


def test_a_prepared_inzage_loses_its_files_after_four_weeks_and_its_trace_with_the_log(pro, person, settings):
    old = whole_file.inzage(pro, person, ready_at=whole_file.at(TODAY - dt.timedelta(days=29)))
    fresh = whole_file.inzage(pro, person, ready_at=whole_file.at(TODAY - dt.timedelta(days=27)))
    storage = old.pdf.storage
    old_files, fresh_files = (old.pdf.name, old.json.name), (fresh.pdf.name, fresh.json.name)
    assert fresh.available_until == TODAY + dt.timedelta(days=1)

    assert _counts(run(today=TODAY, dry_run=True))["portal.inzagebestanden"] == (0, 1)
    assert all(storage.exists(name) for name in old_files)
    run(today=TODAY)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.status, old.pdf.name, old.json.name) == ("verlopen", "", "")
    assert not any(storage.exists(name) for name in old_files)
    assert fresh.status == "klaar" and all(storage.exists(name) for name in fresh_files)
    assert _counts(run(today=TODAY))["portal.inzagebestanden"] == (0, 0)  # done once, not nightly

    settings.RETENTION_DAYS = {"portal.inzagebestanden": 7}
    run(today=TODAY)
    fresh.refresh_from_db()
    assert fresh.status == "verlopen" and not any(storage.exists(name) for name in fresh_files)

    # The request itself (who asked, when) stays as long as the log rows of its download: five years.
    run(today=TODAY.replace(year=TODAY.year + 4))
    assert InzageVerzoek.objects.count() == 2
    run(today=TODAY.replace(year=TODAY.year + 5))
    assert not InzageVerzoek.objects.exists()


def test_a_noodtoegang_is_kept_as_long_as_the_log_rows_it_explains(pro, person, settings):
    gone = whole_file.noodtoegang(pro, person, until=whole_file.at(years_ago(5, days=2)))
    kept = whole_file.noodtoegang(pro, person, until=whole_file.at(years_ago(4)))
    assert _counts(run(today=TODAY, dry_run=True))["toezicht.noodtoegang"] == (0, 1)
    assert Noodtoegang.objects.count() == 2
    run(today=TODAY)
    assert list(Noodtoegang.objects.values_list("pk", flat=True)) == [kept.pk]
    assert gone.pk != kept.pk
    # The log's period, set by the municipality, is the noodtoegang's too.
    settings.RETENTION_YEARS = {"audit.logboek": 3}
    run(today=TODAY)
    assert not Noodtoegang.objects.exists()


def test_the_command_lists_the_new_kinds(whole_files):
    out = io.StringIO()
    call_command("schone_lei", "--dry-run", "--today", TODAY.isoformat(), "--no-progress", stdout=out)
    lines = {line.split()[0]: line.split()[1:] for line in out.getvalue().splitlines()[2:]}
    for key in (*NEW, "documenten.stukken", "toezicht.noodtoegang", "portal.inzagebestanden",
                "portal.inzageverzoeken"):
        assert key in lines, key
    assert lines["decisions.jeugd"] == ["anonimiseren", "1", "9"]
    assert lines["toezicht.noodtoegang"][1] == "-"  # counted by each row's age: no files


@pytest.mark.parametrize(("changes", "message"), [
    ({"action": retention.ANONYMISE, "row_years": "category__retention_years"}, "a period per row"),
    ({"action": retention.ANONYMISE, "age_field": "at"}, "needs a `where` per model"),
    ({"action": "vernietigen"}, "ANONYMISE or REMOVE"),
])
def test_a_kind_that_could_not_work_is_refused_when_it_is_declared(changes, message):
    kind = retention.RecordKind(key="test.kind", label="Test", models=("documenten.Document",), years=1,
                                **{"action": retention.REMOVE, **changes})
    with pytest.raises(ImproperlyConfigured, match=message):
        retention.register(kind)
    assert "test.kind" not in {k.key for k in retention.kinds()}
