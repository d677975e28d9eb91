"""Reads of costs, contributions and budgets. Household reads start from within(); team figures are sums.

Every list is capped and fetched in a fixed number of queries, whatever the household's history.
"""
import statistics
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db.models import Q, Sum
from django.utils import timezone

from leefwereld.access.policy import show, within
from leefwereld.decisions.models import Uitkomst, Voorziening, Wet
from leefwereld.ruimte.consistency import DECIDED, age_band

from .models import Bijdrage, Budget, Cost, CostKind

LIMIT = 100
ZERO = Decimal("0")


def household_costs(*, actor, household):
    """The plan's cost across laws: costs with their lines, totals per law, and decided provisions not
    booked yet (to book in one click)."""
    costs = list(within(actor, household, Cost.objects.all(), "costs.view").select_related("person")
                 .prefetch_related("lines").order_by("-booked_on", "-id")[:LIMIT])
    per_law = defaultdict(lambda: ZERO)
    for c in costs:
        per_law[c.wet] += c.total
    open_rows = list(within(actor, household, Voorziening.objects.filter(
        archived=False, beschikking__status__in=DECIDED).exclude(uitkomst=Uitkomst.AFGEWEZEN), "costs.view")
        .filter(~Q(pk__in=Cost.objects.filter(household=household, voorziening__isnull=False)
                   .values("voorziening_id"))).select_related("beschikking")[:LIMIT])
    show(actor, "costs.view", household=household)
    laws = [{"wet": w, "label": Wet(w).label, "total": per_law[w]} for w in Wet.values if w in per_law]
    return {"costs": costs, "laws": laws, "total": sum(per_law.values(), ZERO), "to_book": open_rows}


def warn_from():
    return Decimal(str(getattr(settings, "LEEFWERELD_STAPELING_WARN", "100")))


def stapeling(*, actor, household, today=None):
    """Contributions, cuts and repayments that run now, per month, and whether they pile up: a total
    above the configured amount, or three or more schemes at once."""
    today = today or timezone.localdate()
    rows = list(within(actor, household, Bijdrage.objects.filter(starts_on__lte=today).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=today)), "costs.view")
        .select_related("person", "rule_version")[:LIMIT])
    total = sum((r.monthly_amount for r in rows), ZERO)
    schemes = len({(r.kind, r.scheme) for r in rows})
    return {"rows": rows, "monthly": total, "yearly": total * 12, "schemes": schemes,
            "warning": total >= warn_from() or schemes >= 3, "warn_from": warn_from()}


def team_spending(*, team_id, year):
    """Spending against budget per law and in total, with the free part. Two queries. `team_id` None:
    the whole municipality (policy staff)."""
    budgets = Budget.objects.filter(year=year)
    costs = Cost.objects.filter(year=year)
    if team_id is not None:
        budgets = budgets.filter(Q(team_id=team_id))
        costs = costs.filter(team_id=team_id)
    budget_by_law = {r["wet"]: r for r in budgets.values("wet").annotate(amount=Sum("amount"),
                                                                        free=Sum("free_amount"))}
    spent_by_law = {r["wet"]: r for r in costs.values("wet").annotate(
        spent=Sum("total"), free_spent=Sum("total", filter=Q(from_free_part=True)),
        one_off=Sum("total", filter=Q(kind=CostKind.EENMALIG)))}
    rows = []
    for wet in Wet.values:
        b, s = budget_by_law.get(wet, {}), spent_by_law.get(wet, {})
        if not b and not s:
            continue
        amount, spent = b.get("amount") or ZERO, s.get("spent") or ZERO
        rows.append({"wet": wet, "label": Wet(wet).label, "amount": amount, "spent": spent,
                     "left": amount - spent, "free": b.get("free") or ZERO, "free_spent": s.get("free_spent") or ZERO,
                     "one_off": s.get("one_off") or ZERO,
                     "pct": int(spent * 100 / amount) if amount else None})
    total = {k: sum((r[k] for r in rows), ZERO) for k in ("amount", "spent", "left", "free", "free_spent", "one_off")}
    total["pct"] = int(total["spent"] * 100 / total["amount"]) if total["amount"] else None
    populations = list(budgets.exclude(population="").select_related("team"))
    return {"rows": rows, "total": total, "populations": populations}


def similar_help(*, actor, guideline, exclude_household=None, limit=8):
    """The team's earlier one-off help for the same guideline, anonymised (amount, what, age band)."""
    if guideline is None or actor.team_id is None:
        return [], None
    qs = Cost.objects.filter(team_id=actor.team_id, kind=CostKind.EENMALIG, guideline=guideline)
    if exclude_household is not None:
        qs = qs.exclude(household_id=exclude_household)
    rows = list(qs.select_related("person").order_by("-booked_on", "-id")[:limit])
    if rows:
        show(actor, "costs.view", households=sorted({c.household_id for c in rows}),
             detail={"similar_help": [c.pk for c in rows]})
    similar = [{"what": c.what, "amount": c.total, "age": age_band(c.person.birth_date),
                "month": c.booked_on.replace(day=1)} for c in rows]
    usual = {"amount": statistics.median([c.total for c in rows]), "count": len(rows)} if rows else None
    return similar, usual


def bijdrage_regels():
    """Contribution rules with every version, newest first (no resident data): two queries."""
    from django.db.models import Prefetch

    from .models import BijdrageRegel, BijdrageRegelVersie

    versions = BijdrageRegelVersie.objects.select_related("by").order_by("-valid_from")
    return list(BijdrageRegel.objects.prefetch_related(Prefetch("versions", queryset=versions)))
