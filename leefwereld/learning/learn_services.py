"""Writes of casusoverleg and intervisie, reflections and lessons: each through guard(), each logged.

They hold no resident data: they point to shared, anonymised stories. A lesson that leaves the team is
read once more by the anonymiser first; what it would replace must be looked at (ADR 0024).
"""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

from . import anonymiser
from .anonymiser.known import Known
from .overleg import (
    DIMENSIONS,
    QUESTIONS,
    Dilemma,
    FollowUpKind,
    Lesson,
    LessonKind,
    Mensbeeld,
    Overleg,
    OverlegKind,
    Participant,
    Reflection,
    ReflectionScope,
    Stance,
    Strategy,
    Waarde,
)


def _team_of(actor):
    if actor.team_id is None:
        raise ApplicationError(_("Je hoort niet bij een wijkteam; vraag de beheerder je aan een team toe te voegen."))
    return actor.team


def _checked(values, allowed, field, message):
    values = list(dict.fromkeys(values or []))
    if any(v not in allowed for v in values):
        raise ApplicationError(message, field=field)
    return values


def overleg_record(*, actor, kind, held_on, participants, stories, question, learned="",
                   follow_up=FollowUpKind.GEEN, follow_up_text=""):
    """Record a casusoverleg or intervisie of the actor's team."""
    if kind not in OverlegKind.values:
        raise ApplicationError(_("Kies casusoverleg of intervisie."), field="kind")
    participants = _checked(participants, Participant.values, "participants", _("Kies wie er meededen."))
    if not participants:
        raise ApplicationError(_("Kies wie er meededen."), field="participants")
    if follow_up not in FollowUpKind.values:
        raise ApplicationError(_("Kies het vervolg."), field="follow_up")
    if follow_up not in (FollowUpKind.GEEN,) and not follow_up_text.strip():
        raise ApplicationError(_("Schrijf op wat het vervolg is."), field="follow_up_text")
    if not question.strip():
        raise ApplicationError(_("Schrijf de vraag op."), field="question")
    with transaction.atomic():
        team = _team_of(actor)
        overleg = Overleg.objects.create(team=team, kind=kind, held_on=held_on, participants=participants,
                                         question=question, learned=learned, follow_up=follow_up,
                                         follow_up_text=follow_up_text, author=actor)
        overleg.stories.set(stories)
        guard(actor, "overleg.record", obj=overleg, detail={"kind": kind, "stories": len(stories)})
        return overleg


def reflection_write(*, actor, situation, scope=ReflectionScope.EIGEN, story=None, overleg=None, dimensions=None,
                     mensbeelden=(), waarden=(), strategy="", dilemmas=(), stance=(), questions=None,
                     anders_kijken=""):
    """A reflection with the framework; only the situation is needed, every other part is a choice."""
    if not situation.strip():
        raise ApplicationError(_("Beschrijf de situatie."), field="situation")
    if scope not in ReflectionScope.values:
        raise ApplicationError(_("Kies voor wie de reflectie is."), field="scope")
    if strategy and strategy not in Strategy.values:
        raise ApplicationError(_("Kies een van de vier strategieën."), field="strategy")
    dilemmas = _checked(dilemmas, Dilemma.values, "dilemmas", _("Kies dilemma's uit de lijst."))
    stance = _checked(stance, Stance.values, "stance", _("Kies uit de basishouding."))
    keys = {k for k, *_rest in DIMENSIONS}
    dimensions = {k: v.strip() for k, v in (dimensions or {}).items() if k in keys and v and v.strip()}
    question_keys = {k for k, _q in QUESTIONS}
    questions = {k: v.strip() for k, v in (questions or {}).items() if k in question_keys and v and v.strip()}
    waarden = [w for w in waarden if w.mensbeeld.active]
    with transaction.atomic():
        team = _team_of(actor)
        if overleg is not None and overleg.team_id != team.pk:
            raise NotFoundOrNotAllowed("not found")
        reflection = Reflection.objects.create(
            author=actor, team=team, scope=scope, story=story, overleg=overleg, situation=situation,
            dimensions=dimensions, strategy=strategy, dilemmas=dilemmas, stance=stance, questions=questions,
            anders_kijken=anders_kijken,
            shared_at=timezone.now() if scope == ReflectionScope.TEAM else None)
        reflection.mensbeelden.set([m for m in mensbeelden if isinstance(m, Mensbeeld) and m.active])
        reflection.waarden.set([w for w in waarden if isinstance(w, Waarde)])
        guard(actor, "reflections.write", obj=reflection, detail={"scope": scope})
        return reflection


def reflection_share(*, actor, reflection):
    """The author shares a private reflection with the team; the moment is kept."""
    with transaction.atomic():
        locked = Reflection.objects.select_for_update().get(pk=reflection.pk)
        if locked.author_id != actor.pk:
            raise NotFoundOrNotAllowed("not found")
        if locked.shared_at is None:
            locked.shared_at = timezone.now()
            locked.save(update_fields=["shared_at", "updated_at"])
        guard(actor, "reflections.write", obj=locked, detail={"shared": True})
        return locked


def lesson_record(*, actor, kind, title, situation="", text="", stories=(), overleg=None):
    if kind not in LessonKind.values:
        raise ApplicationError(_("Kies wat voor les het is."), field="kind")
    if not title.strip():
        raise ApplicationError(_("Schrijf de les in één zin."), field="title")
    with transaction.atomic():
        team = _team_of(actor)
        if overleg is not None and overleg.team_id != team.pk:
            raise NotFoundOrNotAllowed("not found")
        lesson = Lesson.objects.create(team=team, author=actor, kind=kind, title=title, situation=situation,
                                       text=text, overleg=overleg)
        lesson.stories.set(stories)
        guard(actor, "lessons.write", obj=lesson, detail={"kind": kind, "stories": len(stories)})
        return lesson


def lesson_findings(lesson):
    """What the anonymiser would replace in a lesson's own words: names, places, dates, numbers."""
    found = []
    for text in (lesson.title, lesson.situation, lesson.text):
        result = anonymiser.anonymise(text or "", known=Known())
        found += [r.original for r in result.replacements]
    return list(dict.fromkeys(found))


def lesson_share(*, actor, lesson, confirmed=False):
    """Share a lesson of the own team with every team, management and policy.

    The lesson's own words are read by the anonymiser first: when it finds something that looks like a
    name, an address or a date, the author must look again and confirm nobody can be recognised.
    """
    if lesson.team_id != actor.team_id:
        raise NotFoundOrNotAllowed("not found")
    findings = lesson_findings(lesson)
    if findings and not confirmed:
        raise ApplicationError(_("Deze woorden lijken op namen, plaatsen, datums of nummers: %(found)s. Pas de les "
                                 "aan, of bevestig dat niemand erin te herkennen is.") % {"found": ", ".join(findings)},
                               field="confirmed")
    with transaction.atomic():
        locked = Lesson.objects.select_for_update().get(pk=lesson.pk)
        if locked.shared_at is None:
            locked.shared_at, locked.shared_by = timezone.now(), actor
            locked.save(update_fields=["shared_at", "shared_by", "updated_at"])
        guard(actor, "lessons.write", obj=locked, detail={"shared": True, "findings_confirmed": len(findings)})
        return locked
