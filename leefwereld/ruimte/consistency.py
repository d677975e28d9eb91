"""Equal cases alike, unequal cases differently on purpose: the team's similar earlier decisions.

Rows are anonymised before they leave this module: no names, no addresses, an age band instead of
a birth date, the month instead of the day, and the resident's names taken out of the motivation.
A page that shows them logs which households' decisions it showed (audit on every look).
"""
import datetime as dt
import re
import statistics
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import show
from leefwereld.decisions.models import Beschikking, BeschikkingStatus, Uitkomst, Voorziening
from leefwereld.decisions.usual import DIFFERS_BY, differs_from_usual  # noqa: F401 (the rule lives below, ADR 0046)

from .models import Deviation, DeviationStatus
from .selectors import guidelines_for

LIMIT = 8
DECIDED = (BeschikkingStatus.VASTGESTELD, BeschikkingStatus.VERZONDEN, BeschikkingStatus.BEZWAAR,
           BeschikkingStatus.GEHANDHAAFD)
AGE_BANDS = ((0, 12), (12, 18), (18, 27), (27, 45), (45, 67), (67, 80), (80, 200))


def age_band(birth_date, today=None):
    if birth_date is None:
        return _("leeftijd onbekend")
    today = today or timezone.localdate()
    age = today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
    for low, high in AGE_BANDS:
        if low <= age < high:
            return _("%(low)s tot %(high)s jaar") % {"low": low, "high": high} if high < 200 else \
                _("%(low)s jaar of ouder") % {"low": low}
    return _("leeftijd onbekend")


def without_names(text, person):
    for name in {person.given_name, person.family_name, person.prefix and f"{person.prefix} {person.family_name}"}:
        if name and len(name) > 1:
            text = re.sub(re.escape(name), "…", text, flags=re.IGNORECASE)
    return text


@dataclass
class Similar:
    kind: str  # "besluit" or "afwijking"
    what: str
    outcome: str
    quantity: Decimal | None
    unit: str
    amount: Decimal | None
    motivation: str
    age: str
    month: dt.date | None


def _terms_q(guideline, field="product"):
    q = Q()
    for term in guideline.term_list():
        q |= Q(**{f"{field}__icontains": term})
    return q


def similar_voorzieningen_qs(guideline, team_id, exclude_household=None):
    """The team's decided provisions matching the guideline's words, newest first (EXPLAIN-tested)."""
    qs = (Voorziening.objects.filter(_terms_q(guideline), household__team_id=team_id, archived=False,
                                     beschikking__status__in=DECIDED)
          .select_related("beschikking__person").order_by("-beschikking__decided_on", "-id"))
    if guideline.wet:
        qs = qs.filter(wet=guideline.wet)
    if exclude_household is not None:
        qs = qs.exclude(household_id=getattr(exclude_household, "pk", exclude_household))
    return qs


def similar_deviations_qs(guideline, team_id, exclude_household=None):
    devs = Deviation.objects.filter(guideline=guideline, team_id=team_id).select_related("person")
    if exclude_household is not None:
        devs = devs.exclude(household_id=getattr(exclude_household, "pk", exclude_household))
    return devs.order_by("-created_at")


def similar_decisions(*, actor, guideline, exclude_household=None, team_id=None):
    """The team's latest decided provisions that match the guideline, anonymised; and its deviations.

    Two queries whatever the size of the city: each list is the team's rows, newest first, capped.
    """
    team_id = team_id or actor.team_id
    if guideline is None or team_id is None or not guideline.term_list():
        return []
    rows = list(similar_voorzieningen_qs(guideline, team_id, exclude_household)[:LIMIT])
    deviations = list(similar_deviations_qs(guideline, team_id, exclude_household)[:LIMIT])
    result = [Similar("besluit", v.product, v.get_uitkomst_display(), v.quantity, v.unit, v.amount,
                      without_names(v.motivation, v.beschikking.person), age_band(v.beschikking.person.birth_date),
                      v.beschikking.decided_on.replace(day=1) if v.beschikking.decided_on else None) for v in rows]
    result += [Similar("afwijking", d.instead[:200], d.get_status_display(), None, "", d.amount,
                       without_names(d.why, d.person), age_band(d.person.birth_date),
                       d.created_at.date().replace(day=1)) for d in deviations]
    shown = {v.household_id for v in rows} | {d.household_id for d in deviations}
    if shown:
        show(actor, "deviations.view", households=sorted(shown),
             detail={"similar": {"guideline": guideline.pk, "voorzieningen": [v.pk for v in rows],
                                 "afwijkingen": [d.pk for d in deviations]}})
    return result


def usual_outcome(similar):
    """What the team usually decides: the most common outcome and the median quantity and amount."""
    decisions = [s for s in similar if s.kind == "besluit"]
    if not decisions:
        return None
    outcomes = [s.outcome for s in decisions]
    quantities = [s.quantity for s in decisions if s.quantity is not None]
    amounts = [s.amount for s in decisions if s.amount is not None]
    return {"outcome": max(set(outcomes), key=outcomes.count), "count": len(decisions),
            "quantity": statistics.median(quantities) if quantities else None,
            "amount": statistics.median(amounts) if amounts else None}


def usual_for_provision(*, actor, household_id, text, wet):
    """decisions' seam (ADR 0046): the usual outcome the decision form shows beside a provision, for its
    service to check. The same guideline and the same rows as the panel (the team's latest LIMIT), read as
    figures only: nothing is shown, so no audit row; the write that asks it is audited by its guard."""
    team_id = actor.team_id  # the actor's team, as the panel: what is asked is what was shown
    found = guidelines_for(text, wet)
    if not found or team_id is None or not found[0].term_list():
        return None
    rows = similar_voorzieningen_qs(found[0], team_id, household_id).values_list(
        "uitkomst", "quantity", "amount")[:LIMIT]
    return usual_outcome([Similar("besluit", "", str(Uitkomst(u).label), q, "", a, "", "", None) for u, q, a in rows])


def spread_decided_qs(guideline, team_id, since, until):
    """`team_id` None: the whole municipality (policy staff see aggregates, never a resident)."""
    decided = Voorziening.objects.filter(
        _terms_q(guideline), archived=False, beschikking__status__in=DECIDED,
        beschikking__decided_on__gte=since, beschikking__decided_on__lte=until)
    if team_id is not None:
        decided = decided.filter(household__team_id=team_id)
    return decided.filter(wet=guideline.wet) if guideline.wet else decided


def spread(*, guidelines, team_id, since, until):
    """Per guideline: decisions granted / partly / refused with amounts, and deviations by status.

    One query per guideline (the number of guidelines, not of households, sets the count). Never per
    professional: no author is read. `team_id` None: every team together.
    """
    rows = []
    for g in guidelines:
        if not g.term_list():
            continue
        figures = spread_decided_qs(g, team_id, since, until).aggregate(
            granted=Count("id", filter=Q(uitkomst=Uitkomst.TOEGEKEND)),
            partly=Count("id", filter=Q(uitkomst=Uitkomst.DEELS)),
            refused=Count("id", filter=Q(uitkomst=Uitkomst.AFGEWEZEN)),
            low=Min("amount"), high=Max("amount"), q_low=Min("quantity"), q_high=Max("quantity"))
        devs = Deviation.objects.filter(guideline=g, created_at__date__gte=since, created_at__date__lte=until)
        devs = (devs.filter(team_id=team_id) if team_id is not None else devs).aggregate(
            deviations=Count("id"), covered=Count("id", filter=Q(status=DeviationStatus.GEDEKT)))
        rows.append({"guideline": g, **figures, **devs})
    return rows


def decided_beschikkingen_exist(team_id):
    return Beschikking.objects.filter(household__team_id=team_id, status__in=DECIDED).exists()
