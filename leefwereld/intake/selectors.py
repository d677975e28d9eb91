"""Reads for the one door and the werkvoorraad, each starting from access.visible()."""
import datetime as dt

from django.db.models import Q
from django.utils import timezone

from leefwereld.access.policy import show, visible, visible_one, within
from leefwereld.accounts.models import names
from leefwereld.core.errors import NotFoundOrNotAllowed

from .models import FollowUp, Status, Vraag


def vraag_get(*, actor, public_id, action="vragen.view"):
    vraag = (
        visible_one(actor, Vraag.objects.select_related("person", "person__household", "registered_by",
                                                        "picked_up_by"), action, public_id=public_id)
    )
    if vraag is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=vraag.person, obj=vraag)
    return vraag


# A list row shows a name and a date: fetch those, not whole people and users (ADR 0012).
PERSON_NAME = ("person_id", "household_id", "person__public_id", "person__given_name", "person__prefix",
               "person__family_name")


def vragen_unpicked_qs(*, actor):
    """New questions and signals of the actor's team that nobody has picked up yet, oldest first."""
    return (visible(actor, Vraag.objects.filter(team_id=actor.team_id, status=Status.NIEUW), "werkvoorraad.view")
            .select_related("person", "registered_by")
            .only("public_id", "kind", "received_on", "words", *PERSON_NAME, "registered_by__first_name",
                  "registered_by__last_name")
            .order_by("received_on", "id"))


def vragen_open_qs(*, actor):
    return (visible(actor, Vraag.objects.filter(picked_up_by=actor, status=Status.OPGEPAKT), "werkvoorraad.view")
            .select_related("person").only("public_id", "kind", "received_on", "words", *PERSON_NAME)
            .order_by("received_on", "id"))


def followups_due_qs(*, actor, days_ahead=7):
    """Follow-ups of the actor that are due, or due within a week."""
    horizon = timezone.localdate() + dt.timedelta(days=days_ahead)
    return (visible(actor, FollowUp.objects.filter(owner=actor, done_at__isnull=True, due_on__lte=horizon),
                    "werkvoorraad.view")
            .select_related("person").only("public_id", "what", "due_on", *PERSON_NAME).order_by("due_on", "id"))


def _listed(actor, rows):
    show(actor, "werkvoorraad.view", persons=[r.person_id for r in rows])
    return rows


def vragen_unpicked_for_team(*, actor, limit=50):
    return _listed(actor, list(vragen_unpicked_qs(actor=actor)[:limit]))


def vragen_open_for(*, actor, limit=50):
    return _listed(actor, list(vragen_open_qs(actor=actor)[:limit]))


def followups_due_for(*, actor, days_ahead=7, limit=50):
    return _listed(actor, list(followups_due_qs(actor=actor, days_ahead=days_ahead)[:limit]))


def vragen_for_person(*, actor, person):
    return list(
        within(actor, person.household_id, Vraag.objects.filter(person=person), "persons.view")
        .select_related("registered_by", "picked_up_by")
        # The file's timeline shows these; fetching no more keeps the page's cost down (issue 14).
        .only("public_id", "household_id", "person_id", "kind", "words", "received_on", "closed_on", "outcome",
              "outcome_words", *names("registered_by"), *names("picked_up_by"))
        .order_by("-received_on", "-id")
    )


def followups_for_person(*, actor, person):
    return list(
        within(actor, person.household_id, FollowUp.objects.filter(person=person), "persons.view")
        .filter(Q(done_at__isnull=True)).select_related("owner")
        .only("public_id", "household_id", "person_id", "what", "due_on", *names("owner")).order_by("due_on")
    )


def followup_get(*, actor, public_id):
    followup = visible_one(actor, FollowUp.objects.select_related("person", "person__household"), "followups.done",
                           public_id=public_id)
    if followup is None:
        raise NotFoundOrNotAllowed("not found")
    return followup
