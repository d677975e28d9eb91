"""The werkvoorraad's lists: a first screenful of each with its count, and each list in full, paged.

Each list is a queryset from its app's selectors (which start from access.visible(), or from the
rule's own branch for "mijn mensen"); here they are cut into screens. Long lists page by keyset
(the sort values of the last row shown, looked up from its id), so page 40 costs what page 1 costs
and no name travels in a URL. Every screen reports whom it showed: one audit row per page view.
"""
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.access.policy import show
from leefwereld.intake import selectors as intake_selectors
from leefwereld.plans import selectors as plan_selectors
from leefwereld.residents import selectors as resident_selectors

FIRST_SCREEN = 10
PAGE_SIZE = 50
COUNT_CAP = 100  # "meer dan 100": past that, an exact count costs more than it tells anyone


@dataclass(frozen=True)
class Worklist:
    slug: str
    title: str
    build: object  # actor -> ordered queryset
    order: tuple  # the sort fields, ending in "id": the keyset
    about: str  # "person" or "household": whom a row shows


WORKLISTS = {w.slug: w for w in [
    Worklist("nieuw", _("Nieuw in het team"), intake_selectors.vragen_unpicked_qs, ("received_on", "id"), "person"),
    Worklist("opgepakt", _("Door mij opgepakt"), intake_selectors.vragen_open_qs, ("received_on", "id"), "person"),
    Worklist("opvolgen", _("Opvolgen"), intake_selectors.followups_due_qs, ("due_on", "id"), "person"),
    Worklist("mensen", _("Mijn mensen"), resident_selectors.my_people_qs, ("family_name", "given_name", "id"),
             "self"),
    Worklist("vervanger", _("Ik ben vervanger voor"), resident_selectors.standing_in_qs,
             ("family_name", "given_name", "id"), "self"),
    Worklist("meekijken", _("Meekijken (vier-ogen)"), plan_selectors.reviews_to_do_qs, ("created_at", "id"),
             "household"),
    Worklist("teruggestuurd", _("Teruggestuurd met opmerkingen"), plan_selectors.plans_returned_qs,
             ("updated_at", "id"), "household"),
    Worklist("evalueren", _("Te evalueren"), plan_selectors.plans_to_evaluate_qs, ("evaluate_on", "id"),
             "household"),
    Worklist("overname", _("Tijdelijke overname loopt af"), plan_selectors.takeovers_ending_qs,
             ("takeover_until", "id"), "household"),
]}


def _whom(worklist, rows):
    if worklist.about == "self":
        return {"persons": [r.pk for r in rows]}
    if worklist.about == "person":
        return {"persons": [r.person_id for r in rows]}
    return {"households": [r.household_id for r in rows]}


def _report(actor, shown):
    persons, households = [], []
    for worklist, rows in shown:
        whom = _whom(worklist, rows)
        persons += whom.get("persons", [])
        households += whom.get("households", [])
    show(actor, "werkvoorraad.view", persons=persons, households=households)


def _counts(querysets):
    """Every list's count, capped at COUNT_CAP + 1, in ONE query: counting stops where nobody reads on."""
    parts, params = [], []
    for i, qs in enumerate(querysets):
        if qs.query.is_empty():  # .none(): the role may not see the list
            parts.append("0")
            continue
        sql, more = qs.order_by().values("pk")[:COUNT_CAP + 1].query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted_{i})")  # noqa: S608 (SQL compiled by the ORM)
        params += more
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        return list(cursor.fetchone())


def worklists_first_screen(*, actor, size=FIRST_SCREEN):
    """Every list's first rows and its count: {slug: (rows, count)}. One query per list, one for the counts."""
    querysets = {slug: worklist.build(actor=actor) for slug, worklist in WORKLISTS.items()}
    counts = dict(zip(querysets, _counts(querysets.values()), strict=True))
    screens, shown = {}, []
    for slug, qs in querysets.items():
        rows = list(qs[:size])
        screens[slug] = (rows, counts[slug])
        shown.append((WORKLISTS[slug], rows))
    _report(actor, shown)
    return screens


def _after(qs, order, cursor):
    """Rows after the row with id `cursor`, in the list's order (a keyset: (a, b, id) > (a0, b0, id0))."""
    last = qs.filter(pk=cursor).values(*order).first()
    if last is None:  # not in this list (any more): start at the top
        return qs
    later = Q()
    for i, field in enumerate(order):
        step = Q(**{f"{field}__gt": last[field]})
        for earlier in order[:i]:
            step &= Q(**{earlier: last[earlier]})
        later |= step
    return qs.filter(later)


def worklist_page(*, actor, slug, cursor=None, size=PAGE_SIZE):
    """One screen of a full list: (rows, count, cursor of the next screen or None)."""
    worklist = WORKLISTS[slug]
    qs = worklist.build(actor=actor)
    count = qs[:COUNT_CAP + 1].count()
    page = _after(qs, worklist.order, cursor) if cursor else qs
    rows = list(page[:size + 1])
    more = len(rows) > size
    rows = rows[:size]
    _report(actor, [(worklist, rows)])
    return rows, count, (rows[-1].pk if more else None)
