"""Bringing the kompas's figures up to date: the months from `since` on are counted again (ADR 0025).

Incremental by month: a run recounts the months since the previous run's month (work is dated when it
happens, so older months rarely change); `kompas_refresh --all` recounts everything, e.g. weekly.
"""
import datetime as dt
import time

from django.db import transaction

from .measures import MEASURES
from .models import Figure, Refresh

BATCH = 5000
EPOCH = dt.date(2000, 1, 1)


def _month_start(day):
    return day.replace(day=1)


def default_since():
    last = Refresh.objects.order_by("-at").first()
    if last is None:
        return EPOCH
    start = _month_start(last.at.date())
    return _month_start(start - dt.timedelta(days=1))  # the month before too: late entries for last month


def kompas_refresh(*, since=None, measures=None):
    """Recount the figures from the month of `since` on; returns the Refresh row."""
    since = _month_start(since or default_since())
    started = time.monotonic()
    chosen = {k: v for k, v in MEASURES.items() if measures is None or k in measures}
    with transaction.atomic():
        Figure.objects.filter(period__gte=since, measure__in=list(chosen)).delete()
        batch, total = [], 0
        for measure, count in chosen.items():
            for month, team, area, category, value in count(since):
                batch.append(Figure(period=month, team_id=team, area=area, measure=measure, category=category,
                                    value=value))
                if len(batch) >= BATCH:
                    Figure.objects.bulk_create(batch)
                    total, batch = total + len(batch), []
        Figure.objects.bulk_create(batch)
        total += len(batch)
        return Refresh.objects.create(since=since, rows=total, seconds=round(time.monotonic() - started, 2))
