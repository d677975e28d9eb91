"""Reads of the kompas: results with their indicators, each with its figures, stories and interpretation.

Only the aggregate table is read (Figure), with a fixed number of queries whatever the city's size.
"""
import datetime as dt
from dataclasses import dataclass

from django.db.models import Max, Prefetch, Sum

from leefwereld.accounts.models import Team
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.money.models import Budget

from . import survey_selectors
from .models import Figure, Indicator, IndicatorStory, Interpretation, Measure, Refresh, Result, TeamEstimate
from .suppress import TOTAL, protect
from .tables import PROTECTED, protected_columns, protected_table, table_for


@dataclass
class Choice:
    team: Team | None
    area: str
    year: int

    def figures(self):
        qs = Figure.objects.filter(period__year=self.year)
        if self.team is not None:
            qs = qs.filter(team=self.team)
        if self.area:
            qs = qs.filter(area=self.area)
        return qs


def years():
    now = dt.date.today().year
    return list(range(now, now - 5, -1))


def choice_from(params):
    """The team, area and year asked for; anything unknown falls back to the whole municipality, this year."""
    team = None
    if (params.get("team") or "").isdigit():
        team = Team.objects.filter(pk=int(params["team"])).first()
    area = params.get("gebied") or ""
    area = area if area.isdigit() and len(area) == 4 else ""
    year = int(params["jaar"]) if (params.get("jaar") or "").isdigit() and int(params["jaar"]) in years() \
        else dt.date.today().year
    return Choice(team, area, year)


def sums(choice):
    """{measure: {category: value}} for the choice: one query."""
    out = {}
    qs = choice.figures().exclude(measure__in=[Measure.CASELOAD, *PROTECTED])
    for row in qs.values("measure", "category").annotate(v=Sum("value")).order_by():
        out.setdefault(row["measure"], {})[row["category"]] = row["v"]
    return out


def caseload(choice):
    """The latest count of people and professionals (caseload is a snapshot, not summed over months)."""
    qs = Figure.objects.filter(measure=Measure.CASELOAD)
    if choice.team is not None:
        qs = qs.filter(team=choice.team)
    latest = qs.aggregate(m=Max("period"))["m"]
    if latest is None:
        return {}
    return {r["category"]: r["v"] for r in qs.filter(period=latest).values("category").annotate(v=Sum("value"))
            .order_by()}


def protected(choice):
    """{measure: Table} for barriers, deviations and costs: two queries, whatever the city's size.

    Each is cut from one table over every team for the year with small cells and their partners hidden
    (suppress.py), so the municipality and a team never differ by a hidden number; the area is not applied
    (a postcode area would open new margins), and the table says so.
    """
    cells, raw = {}, {}
    for row in (Figure.objects.filter(period__year=choice.year, measure__in=PROTECTED)
                .values("measure", "team_id", "category").annotate(v=Sum("value")).order_by()):
        cells.setdefault(row["measure"], {})[(row["team_id"], row["category"])] = row["v"]
    # A team's own budget; for the municipality its own, or else the teams' budgets added up, per law.
    budgets = Budget.objects.filter(year=choice.year)
    if choice.team:
        budgets = budgets.filter(team=choice.team)
    whole, parts = {}, {}
    for wet, team_id, amount in budgets.values_list("wet", "team_id", "amount"):
        target = whole if team_id is None or choice.team else parts
        target[wet] = target.get(wet, 0) + int(amount)
    budget = {**parts, **whole}
    out, line = {}, choice.team.pk if choice.team else TOTAL
    for measure in PROTECTED:
        found = cells.get(measure, {})
        columns = protected_columns(measure, {c for _t, c in found})
        team_ids = sorted({t for t, _c in found})  # a team without figures is a row of zeros: it hides nothing
        table = protect({k: v for k, v in found.items() if k[1] in columns}, team_ids, columns)
        counts = {c: table.get(line, c) for c in [*columns, TOTAL]}
        raw = {}
        for (team, category), value in found.items():
            if category not in columns and (choice.team is None or team == choice.team.pk):
                raw[category] = raw.get(category, 0) + value
        out[measure] = protected_table(measure, counts, raw, budget)
    return out


def estimates(choice):
    if choice.team is None:
        return {}
    return dict(TeamEstimate.objects.filter(team=choice.team).values_list("discipline", "people"))


def results_with_indicators():
    interpretations = Interpretation.objects.select_related("author", "team").order_by("-created_at")
    return list(Result.objects.filter(active=True).prefetch_related(
        "activities", "outcome_tags",
        Prefetch("indicators", queryset=Indicator.objects.prefetch_related(
            Prefetch("interpretations", queryset=interpretations),
            Prefetch("story_links", queryset=IndicatorStory.objects.select_related("story").order_by("-added_at"))))))


def _latest_interpretation(indicator, choice):
    for i in indicator.interpretations.all():
        if i.year == choice.year and i.team_id == (choice.team.pk if choice.team else None):
            return i
    return None


def kompas(choice):
    """Everything the kompas page shows for a choice: a fixed handful of queries."""
    values, load, own = sums(choice), caseload(choice), estimates(choice)
    results = results_with_indicators()
    guarded = protected(choice) if any(i.measure in PROTECTED for r in results for i in r.indicators.all()) else {}
    experience = channels = None
    if any(i.measure == Measure.ERVARING for r in results for i in r.indicators.all()):
        experience = survey_selectors.results(survey_selectors.year_questions(choice.year))
        channels = survey_selectors.year_channels(choice.year)
    for result in results:
        tags = list(result.outcome_tags.all())
        for indicator in result.indicators.all():
            indicator.table = guarded.get(indicator.measure) or table_for(
                indicator, values.get(indicator.measure, {}), tags=tags, caseload=load, estimates=own,
                experience=experience, channels=channels)
            indicator.chart = indicator.table.chart()
            indicator.interpretation = _latest_interpretation(indicator, choice)
            indicator.stories = [link.story for link in indicator.story_links.all()][:2]
    return results


def indicator_get(public_id):
    found = next((i for r in results_with_indicators() for i in r.indicators.all()
                  if str(i.public_id) == str(public_id)), None)
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return found


def indicator_page(public_id, choice):
    indicator = indicator_get(public_id)
    tags = list(indicator.result.outcome_tags.all())
    experience = channels = None
    if indicator.measure == Measure.ERVARING:
        experience = survey_selectors.results(survey_selectors.year_questions(choice.year))
        channels = survey_selectors.year_channels(choice.year)
    if indicator.measure in PROTECTED:
        indicator.table = protected(choice)[indicator.measure]
    else:
        indicator.table = table_for(indicator, sums(choice).get(indicator.measure, {}), tags=tags,
                                    caseload=caseload(choice), estimates=estimates(choice), experience=experience,
                                    channels=channels)
    indicator.chart = indicator.table.chart()
    indicator.interpretation = _latest_interpretation(indicator, choice)
    indicator.stories = [link.story for link in indicator.story_links.all()]
    return indicator


def last_refresh():
    return Refresh.objects.order_by("-at").first()


def areas():
    """The postcode areas that have figures, for the filter."""
    return list(Figure.objects.exclude(area="").values_list("area", flat=True).distinct().order_by("area")[:500])


def csv_rows(choice):
    """Every indicator's table as flat rows: result, indicator, row, column, value."""
    for result in kompas(choice):
        for indicator in result.indicators.all():
            for label, values in indicator.table.rows:
                for column, value in zip(indicator.table.columns, values, strict=False):
                    yield [result.label, indicator.label, str(label), str(column), "" if value is None else value]
