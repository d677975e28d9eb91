"""Reads of casusoverleg, reflections and lessons: the team's own, the author's own, or shared.

No resident data is read here (only shared, anonymised stories), so nothing is logged (ADR 0024).
"""
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from leefwereld.core.errors import NotFoundOrNotAllowed

from .overleg import Lesson, Overleg, Reflection

LESSON_FORMAT = "leefwereld-lessen/1"


def overleggen(*, actor, limit=50):
    if actor.team_id is None:
        return []
    return list(Overleg.objects.filter(team_id=actor.team_id).prefetch_related("stories")[:limit])


def overleg_get(*, actor, public_id):
    found = (Overleg.objects.filter(team_id=actor.team_id, public_id=public_id)
             .select_related("author").prefetch_related("stories", "reflections", "lessons").first())
    if found is None or actor.team_id is None:
        raise NotFoundOrNotAllowed("not found")
    return found


def _reflections(actor):
    if actor.team_id is None:
        return Reflection.objects.filter(author=actor)
    return Reflection.objects.filter(Q(author=actor) | Q(team_id=actor.team_id, shared_at__isnull=False))


def reflections(*, actor, limit=50):
    return list(_reflections(actor).select_related("author", "story")[:limit])


def reflection_get(*, actor, public_id):
    found = (_reflections(actor).filter(public_id=public_id).select_related("author", "story", "overleg")
             .prefetch_related("mensbeelden", "waarden").first())
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return found


def _lessons(actor):
    shared = Q(shared_at__isnull=False)
    if actor.team_id is not None and actor.role in ("professional", "teamleider"):
        return Lesson.objects.filter(shared | Q(team_id=actor.team_id))
    return Lesson.objects.filter(shared)


def lessons(*, actor, kind="", limit=100):
    qs = _lessons(actor).select_related("team")
    if kind:
        qs = qs.filter(kind=kind)
    return list(qs[:limit])


def lesson_get(*, actor, public_id):
    found = (_lessons(actor).filter(public_id=public_id).select_related("team", "author", "overleg")
             .prefetch_related("stories").first())
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return found


def lessons_export(*, actor):
    """Every shared lesson as plain data in the open format of docs/lessons-format.md.

    No names of professionals: another municipality needs the lesson and its stories, not who wrote it.
    """
    rows = (Lesson.objects.filter(shared_at__isnull=False).select_related("team").prefetch_related("stories")
            .order_by("shared_at"))
    return {
        "format": LESSON_FORMAT,
        "municipality": getattr(settings, "LEEFWERELD_MUNICIPALITY", ""),
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "lessons": [{
            "id": str(lesson.public_id),
            "kind": lesson.kind,
            "title": lesson.title,
            "situation": lesson.situation,
            "text": lesson.text,
            "team": lesson.team.name,
            "shared_on": lesson.shared_at.date().isoformat(),
            "stories": [{"id": str(s.public_id), "audience": s.audience, "text": s.text,
                         "shared_on": s.shared_at.date().isoformat()} for s in lesson.stories.all()],
        } for lesson in rows],
    }
