"""What the kompas counts, each as one GROUP BY over the work as it was recorded (ADR 0025).

Every function yields (month, team id, postcode area, category, value) for the months from `since` on.
The area is the first four digits of the resident's postcode (or of the household's first member):
a neighbourhood without a neighbourhood table, and never an address.
"""
import datetime as dt

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    Min,
    OuterRef,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat, Substr, TruncMonth

from leefwereld.accounts.models import Role, User
from leefwereld.conversations.contact import Contactmoment
from leefwereld.conversations.models import AssessmentScore, Gesprek
from leefwereld.decisions.models import Beschikking, BeschikkingStatus, Procedure
from leefwereld.intake.models import Status, Uitkomst, Vraag
from leefwereld.money.models import Cost
from leefwereld.plans.models import Action, Evaluation, GoalScore, Plan
from leefwereld.residents.models import Person
from leefwereld.ruimte.models import OPEN_BARRIER, Barrier, Deviation

from .models import Measure

DECIDED = [BeschikkingStatus.VASTGESTELD, BeschikkingStatus.VERZONDEN, BeschikkingStatus.BEZWAAR,
           BeschikkingStatus.GEHANDHAAFD, BeschikkingStatus.HERZIEN]


def _area_of_household(ref):
    # MIN over the household's members (an index probe on household_id); "ORDER BY pk LIMIT 1" made
    # PostgreSQL walk the person table's primary key for every plan.
    lowest = (Person.objects.filter(household_id=OuterRef(ref)).values("household_id")
              .annotate(p=Min("postcode")).values("p"))
    return Substr(Subquery(lowest, output_field=CharField()), 1, 4)


def _month(field):
    return TruncMonth(field, output_field=DateField())


def _grouped(qs, *, month, team, area, category, value=None):
    rows = (qs.annotate(m=_month(month), t=F(team), a=area, c=category).values("m", "t", "a", "c")
            .annotate(v=value if value is not None else Count("pk")).order_by())
    for row in rows:
        if row["m"] is not None and row["t"] is not None and row["v"]:
            yield row["m"], row["t"], (row["a"] or "")[:4], str(row["c"] or "")[:120], int(row["v"])


def geholpen(since):
    """People helped and how: a vraag answered by the light route, a plan started, a decision taken."""
    yield from _grouped(Vraag.objects.filter(status=Status.AFGEROND, outcome=Uitkomst.LICHTE_ROUTE,
                                             closed_on__gte=since),
                        month="closed_on", team="team_id", area=Substr("person__postcode", 1, 4),
                        category=Value("licht"))
    yield from _grouped(Plan.objects.filter(created_at__date__gte=since), month="created_at",
                        team="household__team_id", area=_area_of_household("household_id"), category=Value("plan"))
    yield from _grouped(Beschikking.objects.filter(status__in=DECIDED, decided_on__gte=since), month="decided_on",
                        team="household__team_id", area=Substr("person__postcode", 1, 4), category=Value("besluit"))


def doelen(since):
    """Goals scored at an evaluation, on the resident's own scale (−2 … +2)."""
    yield from _grouped(GoalScore.objects.filter(evaluation__held_on__gte=since), month="evaluation__held_on",
                        team="evaluation__plan__household__team_id",
                        area=_area_of_household("evaluation__plan__household_id"),
                        category=Cast("score", CharField()))


def leefgebieden(since):
    """Per life domain, better, the same or worse between the two measurements an evaluation compares."""
    evaluations = (Evaluation.objects.filter(held_on__gte=since, assessment_before__isnull=False,
                                             assessment_after__isnull=False)
                   .values("held_on", "plan__household__team_id", "plan__household_id", "assessment_before_id",
                           "assessment_after_id"))
    by_assessment, wanted = {}, set()
    evaluations = list(evaluations)
    for e in evaluations:
        wanted |= {e["assessment_before_id"], e["assessment_after_id"]}
    for score in AssessmentScore.objects.filter(assessment_id__in=wanted).values(
            "assessment_id", "domain__name", "resident_level__value", "level__value"):
        level = score["resident_level__value"] or score["level__value"]  # the resident's own view first
        by_assessment.setdefault(score["assessment_id"], {})[score["domain__name"]] = level
    areas = dict(Person.objects.filter(household_id__in={e["plan__household_id"] for e in evaluations})
                 .order_by("-pk").values_list("household_id", "postcode"))
    counts = {}
    for e in evaluations:
        before = by_assessment.get(e["assessment_before_id"], {})
        after = by_assessment.get(e["assessment_after_id"], {})
        for domain in before.keys() & after.keys():
            if before[domain] is None or after[domain] is None:
                continue
            change = "beter" if after[domain] > before[domain] else ("slechter" if after[domain] < before[domain]
                                                                     else "gelijk")
            key = (e["held_on"].replace(day=1), e["plan__household__team_id"],
                   (areas.get(e["plan__household_id"]) or "")[:4], f"{domain}|{change}")
            counts[key] = counts.get(key, 0) + 1
    for (month, team, area, category), value in counts.items():
        yield month, team, area, category, value


def wie_doet(since):
    """Who acts in the plans' actions: a picture of the balance, never a target."""
    yield from _grouped(Action.objects.filter(archived=False, created_at__date__gte=since), month="created_at",
                        team="goal__plan__household__team_id", area=_area_of_household("goal__plan__household_id"),
                        category=F("actor_kind"))


def termijn(since):
    """Procedures finished within or after their statutory deadline (moves included, decisions app)."""
    in_time = Case(When(closed_on__lte=F("deadline"), then=Value("binnen")), default=Value("buiten"),
                   output_field=CharField())
    yield from _grouped(Procedure.objects.filter(closed_on__gte=since), month="closed_on",
                        team="household__team_id", area=Substr("person__postcode", 1, 4), category=in_time)


def tijd(since):
    """Minutes with the resident (contacts on their side and gesprekken) and minutes coordinating."""
    yield from _grouped(Contactmoment.objects.filter(on__gte=since), month="on", team="household__team_id",
                        area=Substr("person__postcode", 1, 4), category=F("side"), value=Sum("minutes"))
    yield from _grouped(Gesprek.objects.filter(held_on__gte=since, duration_minutes__isnull=False), month="held_on",
                        team="household__team_id", area=Substr("person__postcode", 1, 4), category=Value("inwoner"),
                        value=Sum("duration_minutes"))


def caseload(since):
    """Now: people with a vaste contactpersoon per discipline, and how many professionals of it there are.

    Counted for the current month only; the page divides them (per team and discipline, never per person).
    """
    month = dt.date.today().replace(day=1)
    if month < since:
        return
    people = (Person.objects.filter(contactpersoon__isnull=False, contactpersoon__team__isnull=False)
              .values("contactpersoon__team_id", "contactpersoon__discipline")
              .annotate(v=Count("pk")).order_by())
    for row in people:
        yield month, row["contactpersoon__team_id"], "", f"mensen|{row['contactpersoon__discipline']}", row["v"]
    staff = (User.objects.filter(role=Role.PROFESSIONAL, is_active=True, team__isnull=False)
             .values("team_id", "discipline").annotate(v=Count("pk")).order_by())
    for row in staff:
        yield month, row["team_id"], "", f"professionals|{row['discipline']}", row["v"]


def uitkomsten(since):
    """The outcome tags of closed vragen and plans, per tag id; results map tags onto themselves."""
    tags = Vraag.outcome_tags.through.objects.filter(vraag__closed_on__gte=since)
    yield from _grouped(tags, month="vraag__closed_on", team="vraag__team_id",
                        area=Substr("vraag__person__postcode", 1, 4), category=Cast("outcometag_id", CharField()))
    plan_tags = Plan.outcome_tags.through.objects.filter(plan__closed_on__gte=since)
    yield from _grouped(plan_tags, month="plan__closed_on", team="plan__household__team_id",
                        area=_area_of_household("plan__household_id"), category=Cast("outcometag_id", CharField()))


def belemmeringen(since):
    """Barriers reported (month of the report) and decided (month of the last step), with the days it took.

    A barrier carries no household, so no area; one reported without a team is not counted per team.
    """
    yield from _grouped(Barrier.objects.filter(created_at__date__gte=since, team__isnull=False), month="created_at",
                        team="team_id", area=Value(""), category=Value("gemeld"))
    counts = {}
    for b in Barrier.objects.filter(moved_at__date__gte=since, team__isnull=False).exclude(
            status__in=OPEN_BARRIER).values("team_id", "status", "created_at", "moved_at"):
        month = b["moved_at"].date().replace(day=1)
        days = max((b["moved_at"] - b["created_at"]).days, 0)
        for category, value in ((b["status"], 1), (f"dagen|{b['status']}", days)):
            key = (month, b["team_id"], "", category)
            counts[key] = counts.get(key, 0) + value
    for (month, team, area, category), value in counts.items():
        if value:
            yield month, team, area, category, value


def afwijkingen(since):
    """Deviations by the stand they are in now, in the month they were recorded."""
    yield from _grouped(Deviation.objects.filter(created_at__date__gte=since), month="created_at", team="team_id",
                        area=Substr("person__postcode", 1, 4), category=F("status"))


def kosten(since):
    """Costs booked per law (whole euros), and households counted once a year per law: in the month of
    their first booking that year, so the months of one year add up to the households of that year."""
    yield from _grouped(Cost.objects.filter(booked_on__gte=since), month="booked_on", team="team_id",
                        area=_area_of_household("household_id"), category=Concat(Value("euro|"), F("wet")),
                        value=Sum("total"))
    firsts = (Cost.objects.filter(year__gte=since.year).values("household_id", "wet", "team_id", "year")
              .annotate(first=Min("booked_on"), a=_area_of_household("household_id")).order_by())
    counts = {}
    for row in firsts:
        if row["first"] >= since:
            key = (row["first"].replace(day=1), row["team_id"], (row["a"] or "")[:4], f"huishoudens|{row['wet']}")
            counts[key] = counts.get(key, 0) + 1
    for (month, team, area, category), value in counts.items():
        yield month, team, area, category, value


MEASURES = {
    Measure.GEHOLPEN: geholpen, Measure.DOELEN: doelen, Measure.LEEFGEBIEDEN: leefgebieden,
    Measure.WIE_DOET: wie_doet, Measure.TERMIJN: termijn, Measure.TIJD: tijd, Measure.CASELOAD: caseload,
    Measure.UITKOMSTEN: uitkomsten, Measure.BELEMMERINGEN: belemmeringen, Measure.AFWIJKINGEN: afwijkingen,
    Measure.KOSTEN: kosten,
}
# Client experience is added by the survey (kompas.survey), which writes its own figures.
