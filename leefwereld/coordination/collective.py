"""Figures for a team, never identifying: signals for collective work and coordination time per month.

Counts below SMALL_CELL are suppressed ("fewer than 5"), so nobody can be picked out of a street. Nothing here
lists a person or a professional: a signal never becomes anyone's caseload by being counted, and time is shown
per team and per case, never per colleague (no rankings).
"""
import datetime as dt

from django.db.models import Count, Sum
from django.db.models.functions import Substr, TruncMonth
from django.utils.translation import gettext as _

from leefwereld.access.policy import within
from leefwereld.conversations.contact import Contactmoment
from leefwereld.intake.models import Kind, Vraag
from leefwereld.plans.models import Goal

from . import clock
from .models import ReferralEvent, Wijk

SMALL_CELL = 5


def _wijk_of(digits_to_wijk, postcode):
    return digits_to_wijk.get((postcode or "").replace(" ", "")[:4], _("Buiten de wijken"))


def signals_for_collective(*, since, until):
    """[(wijk, theme, count or None)] over the period; None where the count is below SMALL_CELL."""
    digits_to_wijk = {d: w.name for w in Wijk.objects.all() for d in w.postcode_list}
    counts = {}
    vragen = (Vraag.objects.filter(received_on__range=(since, until)).annotate(pc=Substr("person__postcode", 1, 4))
              .values("pc", "kind").annotate(n=Count("id")))
    kinds = dict(Kind.choices)
    for row in vragen:
        key = (_wijk_of(digits_to_wijk, row["pc"]), str(kinds.get(row["kind"], row["kind"])))
        counts[key] = counts.get(key, 0) + row["n"]
    goals = (Goal.objects.filter(created_at__date__range=(since, until), archived=False)
             .annotate(pc=Substr("household__members__postcode", 1, 4)).values("pc", "domains__name")
             .annotate(n=Count("id", distinct=True)))
    for row in goals:
        if row["domains__name"]:
            key = (_wijk_of(digits_to_wijk, row["pc"]), row["domains__name"])
            counts[key] = counts.get(key, 0) + row["n"]
    return [(wijk, theme, n if n >= SMALL_CELL else None) for (wijk, theme), n in sorted(counts.items())]


def time_per_month(queryset, events):
    """{month: {"inwoner", "coordinatie", "partner", "cases"}} from contact moments and partners' reports."""
    table = {}
    for row in queryset.annotate(month=TruncMonth("on")).values("month", "side").annotate(
            total=Sum("minutes"), cases=Count("household", distinct=True)):
        month = row["month"].replace(day=1) if isinstance(row["month"], dt.date) else row["month"]
        entry = table.setdefault(month, {"inwoner": 0, "coordinatie": 0, "partner": 0, "cases": 0})
        entry[row["side"]] = row["total"] or 0
        entry["cases"] = max(entry["cases"], row["cases"])
    for row in events.filter(minutes__isnull=False).annotate(month=TruncMonth("at")).values("month").annotate(
            total=Sum("minutes")):
        month = row["month"].date().replace(day=1) if hasattr(row["month"], "date") else row["month"]
        table.setdefault(month, {"inwoner": 0, "coordinatie": 0, "partner": 0, "cases": 0})["partner"] = row["total"]
    result = []
    for month in sorted(table, reverse=True):
        entry = table[month]
        total = entry["inwoner"] + entry["coordinatie"]
        entry["share"] = round(100 * entry["coordinatie"] / total) if total else None
        result.append((month, entry))
    return result


def _since(months):
    today = clock.today()
    return (today.replace(day=1) - dt.timedelta(days=31 * (months - 1))).replace(day=1)


def time_for_household(*, actor, household, months=12):
    since = _since(months)
    return time_per_month(
        within(actor, household, Contactmoment.objects.filter(on__gte=since), "sharing.view"),
        within(actor, household, ReferralEvent.objects.filter(at__date__gte=since), "sharing.view"))


def time_for_team(*, team_id, months=6):
    """The team's households together: per month, time with residents and time coordinating, per case."""
    since = _since(months)
    return time_per_month(Contactmoment.objects.filter(household__team_id=team_id, on__gte=since),
                          ReferralEvent.objects.filter(household__team_id=team_id, at__date__gte=since))

