"""Reads of the adviesraad: meetings, the advice register with late answers, and protected figures."""
import datetime as dt

from django.db.models import Prefetch, Sum

from leefwereld.accounts.models import Team
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.learning.models import Audience, SharedStory

from .council import Advice, AdviceStep, AgendaItem, Contribution, Meeting, StepKind
from .models import Figure, Measure
from .suppress import protect
from .tables import LABELS, ORDER

COUNCIL_MEASURES = [Measure.GEHOLPEN, Measure.WIE_DOET, Measure.TERMIJN, Measure.DOELEN]


def meetings(limit=50):
    return list(Meeting.objects.all()[:limit])


def meeting_get(public_id):
    found = (Meeting.objects.filter(public_id=public_id).prefetch_related(
        Prefetch("items", queryset=AgendaItem.objects.prefetch_related("stories")),
        Prefetch("contributions", queryset=Contribution.objects.select_related("author")), "advices").first())
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return found


def council_stories(limit=50):
    """The newest stories shared with the council, as a queryset a form can still check a choice against."""
    newest = SharedStory.objects.filter(audience=Audience.ADVIESRAAD).order_by("-shared_at").values("pk")[:limit]
    return SharedStory.objects.filter(pk__in=newest).order_by("-shared_at")


def _with_state(advice, today):
    kinds = {s.kind for s in advice.steps.all()}
    advice.answered = StepKind.ANTWOORD in kinds
    advice.late = not advice.answered and advice.answer_due < today
    advice.decided, advice.changed = StepKind.BESLUIT in kinds, StepKind.VERANDERD in kinds
    return advice


def advices(limit=100):
    today = dt.date.today()
    qs = Advice.objects.prefetch_related(Prefetch("steps", queryset=AdviceStep.objects.order_by("on", "id")))
    return [_with_state(a, today) for a in qs[:limit]]


def advice_get(public_id):
    found = (Advice.objects.filter(public_id=public_id).prefetch_related(
        Prefetch("steps", queryset=AdviceStep.objects.select_related("by").order_by("on", "id")),
        Prefetch("contributions", queryset=Contribution.objects.select_related("author"))).first())
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return _with_state(found, dt.date.today())


def protected_figures(year):
    """{measure: Protected} over every team for the year: one query, then the protection (suppress.py)."""
    teams = list(Team.objects.order_by("name"))
    cells = {}
    for row in (Figure.objects.filter(period__year=year, measure__in=COUNCIL_MEASURES)
                .values("measure", "team_id", "category").annotate(v=Sum("value")).order_by()):
        cells.setdefault(row["measure"], {})[(row["team_id"], row["category"])] = row["v"]
    out = {}
    for measure in COUNCIL_MEASURES:
        columns = ORDER.get(measure) or sorted({c for _t, c in cells.get(measure, {})})
        table = protect(cells.get(measure, {}), [t.pk for t in teams], columns)
        table.labels = {c: LABELS.get(measure, {}).get(c, c) for c in columns}
        out[measure] = table
    return teams, out
