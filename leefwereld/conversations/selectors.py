"""Reads of gesprekken and assessments, from access.visible(); a file read is logged."""
from django.db.models import OuterRef, Prefetch, Sum

from leefwereld.access.policy import show, visible_one, within
from leefwereld.accounts.models import names
from leefwereld.core.errors import NotFoundOrNotAllowed, uuid_or_404
from leefwereld.residents.selectors import blanco_leave_found, blanco_subquery

from .contact import Contactmoment, Side
from .models import Assessment, AssessmentScore, Gesprek, Instrument


def gesprek_get(*, actor, public_id, action="gesprekken.view", blanco=False):
    """One gesprek; with blanco=True its page leads to the blanco view while the actor prepares its
    person blanco (asked in the gesprek's own query, before anything is shown)."""
    qs = Gesprek.objects.select_related("person", "person__household", "author", "vraag")
    if blanco:
        qs = qs.annotate(blanco_for=blanco_subquery(actor, person=OuterRef("person_id")))
    gesprek = visible_one(actor, qs, action, public_id=public_id)
    if gesprek is None:
        raise NotFoundOrNotAllowed("not found")
    blanco_leave_found(gesprek)
    show(actor, action, person=gesprek.person, obj=gesprek)
    return gesprek


def gesprekken_for_person(*, actor, person):
    return list(within(actor, person.household_id, Gesprek.objects.filter(person=person), "persons.view")
                .select_related("author").order_by("-held_on", "-id"))


def assessments_for_person(*, actor, person):
    scores = AssessmentScore.objects.select_related("domain", "level", "resident_level").order_by("domain__order")
    return number_same_day(list(
        within(actor, person.household_id, Assessment.objects.filter(person=person), "persons.view")
        .select_related("instrument", "author").prefetch_related(Prefetch("scores", queryset=scores))
        .order_by("-taken_on", "-id")
    ))


def number_same_day(assessments):
    """Tell apart measurements of one day: each gets `day_number` (1, 2, …, in the order they were
    taken) and `day_count`, so a page can say "2e meting van 5 december"."""
    by_day = {}
    for a in sorted(assessments, key=lambda a: a.pk):
        by_day.setdefault(a.taken_on, []).append(a)
    for same_day in by_day.values():
        for number, a in enumerate(same_day, start=1):
            a.day_number, a.day_count = number, len(same_day)
    return assessments


def instruments_active():
    return list(Instrument.objects.filter(active=True).prefetch_related("domains", "levels").order_by("name"))


def instrument_get(*, public_id):
    instrument = Instrument.objects.filter(public_id=uuid_or_404(public_id), active=True).prefetch_related(
        "domains", "levels").first()
    if instrument is None:
        raise NotFoundOrNotAllowed("not found")
    return instrument


def assessments_for_household_qs(*, actor, household):
    """Measurements of the household's members, newest first, as a queryset for form choices."""
    return (within(actor, household, Assessment.objects.all(), "persons.view")
            .select_related("instrument", "person", "author").order_by("-taken_on", "-id"))


CONTACT_LIMIT = 50


def contactmomenten_for_person(*, actor, person, limit=CONTACT_LIMIT):
    """The latest contact moments about a person, newest first (capped; the file says how many)."""
    return list(within(actor, person.household_id, Contactmoment.objects.filter(person=person), "persons.view")
                .select_related("author")
                .only("public_id", "household_id", "person_id", "on", "kind", "with_whom", "note", *names("author"))
                .order_by("-on", "-id")[:limit])


def contact_time_for_person(*, actor, person):
    """Minutes with the resident and minutes coordinating around them, in one query."""
    rows = (within(actor, person.household_id, Contactmoment.objects.filter(person=person), "persons.view")
            .values("side").annotate(total=Sum("minutes")))
    totals = {row["side"]: row["total"] or 0 for row in rows}
    return {"inwoner": totals.get(Side.INWONER, 0), "coordinatie": totals.get(Side.COORDINATIE, 0)}
