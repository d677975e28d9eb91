"""Reads of the adviesraad: meetings, the advice register with late answers, and protected figures."""
import datetime as dt

from django.db.models import Case, CharField, Count, Prefetch, Sum, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.accounts.models import Team
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.learning.models import Audience, SharedStory
from leefwereld.ruimte.models import OPEN_BARRIER, Barrier, BarrierSource, BarrierStatus

from .council import Advice, AdviceStep, AgendaItem, Contribution, Meeting, StepKind
from .models import Figure, Measure
from .suppress import TOTAL, protect
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


AGE_BANDS = [("kort", gettext_lazy("Korter dan 3 maanden")), ("jaar", gettext_lazy("3 tot 12 maanden")),
             ("lang", gettext_lazy("Een jaar of langer"))]


def _block(label, cells, rows, columns):
    """One protected table in the shape figures.html prints: (row label, [(column, value)], row total)."""
    table = protect(cells, [code for code, _l in rows], [code for code, _l in columns])
    names = dict(rows)
    out = [(names[r], [(c_label, table.get(r, c)) for c, c_label in columns], table.get(r, TOTAL))
           for r, _l in rows]
    out.append((_("Hele gemeente"), [(c_label, table.get(TOTAL, c)) for c, c_label in columns],
                table.get(TOTAL, TOTAL)))
    return {"label": label, "first": _("Bron"), "columns": [c_label for _c, c_label in columns], "rows": out}


def barrier_register(year):
    """The barrier register in aggregate for the whole municipality: reported in the year by source and
    stand, and the open ones now by how long they have been open. Two queries; no title, team or case.

    Only the municipality is shown (no team cut, no other period), so no second view opens a margin."""
    sources, statuses = list(BarrierSource.choices), list(BarrierStatus.choices)
    cells = {(r["source"], r["status"]): r["n"] for r in Barrier.objects.filter(created_at__year=year).values(
        "source", "status").annotate(n=Count("pk")).order_by()}
    now = timezone.now()
    band = Case(When(created_at__gt=now - dt.timedelta(days=91), then=Value("kort")),
                When(created_at__gt=now - dt.timedelta(days=365), then=Value("jaar")), default=Value("lang"),
                output_field=CharField())
    ages = {(r["source"], r["band"]): r["n"] for r in Barrier.objects.filter(status__in=OPEN_BARRIER).annotate(
        band=band).values("source", "band").annotate(n=Count("pk")).order_by()}
    return [_block(_("Belemmeringen gemeld in %(year)s, naar bron en stand") % {"year": year}, cells, sources,
                   statuses),
            _block(_("Belemmeringen die nu openstaan, naar hoe lang al"), ages, sources, AGE_BANDS)]
