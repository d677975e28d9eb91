"""The person's file as one story: a timeline, the story of every gesprek, and the time spent.

Built from lists the selectors already capped, so the page costs the same few queries whatever
the size of the file. The page's one audit row is written by the person read (ADR 0007).
"""
from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from leefwereld.conversations.models import STORY_FIELDS, Gesprek

TIMELINE_LIMIT = 40
LINE_WORDS = 18


@dataclass(frozen=True)
class Entry:
    on: date
    kind: str
    who: str
    line: str
    url: str
    order: int = 0  # within one day: later steps first


def _line(text):
    return Truncator(text or "").words(LINE_WORDS)


def _day(moment):
    return timezone.localdate(moment) if moment else None


def _name(user):
    return user.get_full_name() if user else ""


def _vraag_entries(vragen):
    for v in vragen:
        url = reverse("intake:vraag", args=[v.public_id])
        yield Entry(v.received_on, v.get_kind_display(), _name(v.registered_by), _line(v.words), url)
        if v.closed_on:
            closed = _("Afgesloten: %(how)s") % {"how": v.get_outcome_display() or _("zonder uitkomst")}
            yield Entry(v.closed_on, closed, _name(v.picked_up_by), _line(v.outcome_words), url, 1)


def _plan_entries(milestones):
    for p in milestones["plans"]:
        url = reverse("plans:detail", args=[p.public_id])
        yield Entry(_day(p.created_at), _("Plan gestart"), _name(p.author), "", url)
        if p.closed_on:
            yield Entry(p.closed_on, _("Plan afgesloten"), "", _line(p.closed_reason), url, 3)
    for r in milestones["reviews"]:
        yield Entry(_day(r.decided_at), _("Collega stemt in met het plan"), _name(r.reviewer),
                    _line(r.contribution), reverse("plans:detail", args=[r.plan.public_id]), 1)
    for a in milestones["agreements"]:
        line = _("Akkoord") if a.agrees else _("Niet akkoord: %(words)s") % {"words": _line(a.disagreement)}
        yield Entry(a.on, _("Reactie op het plan"), a.speaker_name, line,
                    reverse("plans:detail", args=[a.plan.public_id]), 2)
    for e in milestones["evaluations"]:
        yield Entry(e.held_on, _("Evaluatie van het plan"), _name(e.by), _line(e.resident_words or e.matters_now),
                    reverse("plans:detail", args=[e.plan.public_id]), 2)


def timeline(*, vragen, gesprekken, contactmomenten, assessments, milestones, limit=TIMELINE_LIMIT):
    """Everything that happened with and around the person, newest first: (entries, capped)."""
    entries = list(_vraag_entries(vragen))
    entries += [Entry(g.held_on, _("Gesprek"), _name(g.author), _line(g.wat_belangrijk or g.levensloop or g.nodig),
                      reverse("conversations:detail", args=[g.public_id])) for g in gesprekken]
    entries += [Entry(c.on, c.get_kind_display(), _name(c.author),
                      _line(" · ".join(x for x in (c.with_whom, c.note) if x)), "") for c in contactmomenten]
    entries += [Entry(a.taken_on, _("Meting: %(name)s") % {"name": a.instrument.name}, _name(a.author),
                      _line(a.note), f"#meting-{a.public_id}") for a in assessments]
    entries += list(_plan_entries(milestones))
    entries = [e for e in entries if e.on is not None]
    entries.sort(key=lambda e: (e.on, e.order), reverse=True)
    return entries[:limit], len(entries) > limit


def whole_story(gesprekken):
    """Every story field of every gesprek, newest gesprek first, each with its date and author."""
    labels = {name: Gesprek._meta.get_field(name).verbose_name for name in STORY_FIELDS}
    story = []
    for g in gesprekken:
        fields = [(labels[name], getattr(g, name)) for name in STORY_FIELDS if getattr(g, name)]
        if fields:
            story.append({"gesprek": g, "fields": fields})
    return story


def duration_words(minutes):
    """'3 uur 15 minuten', '55 minuten', '2 uur'."""
    hours, rest = divmod(minutes or 0, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d uur", "%(n)d uur", hours) % {"n": hours})
    if rest or not hours:
        parts.append(ngettext("%(n)d minuut", "%(n)d minuten", rest) % {"n": rest})
    return " ".join(parts)


def time_spent(*, contact_time, gesprekken):
    """Minutes with the resident (contact moments on their side plus gesprekken) and minutes coordinating."""
    with_resident = contact_time["inwoner"] + sum(g.duration_minutes or 0 for g in gesprekken)
    return {"with_resident": with_resident, "coordinating": contact_time["coordinatie"],
            "with_resident_words": duration_words(with_resident),
            "coordinating_words": duration_words(contact_time["coordinatie"])}
