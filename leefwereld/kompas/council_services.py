"""Writes of the adviesraad: meetings (casuïstiek first), stories on the agenda, contributions, the advice
register; the municipality writes its answer, decision and what changed. Each through guard()."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.learning.models import Audience

from .council import Advice, AdviceKind, AdviceStep, AgendaItem, Contribution, ItemKind, Meeting, SpeaksAs, StepKind


def meeting_plan(*, actor, held_on, title):
    if not title.strip():
        raise ApplicationError(_("Geef de vergadering een titel."), field="title")
    with transaction.atomic():
        meeting = Meeting.objects.create(held_on=held_on, title=title, created_by=actor)
        AgendaItem.objects.create(meeting=meeting, kind=ItemKind.CASUISTIEK, title=str(ItemKind.CASUISTIEK.label),
                                  order=0)
        guard(actor, "council.meetings", obj=meeting)
        return meeting


def agenda_item_add(*, actor, meeting, kind, title):
    if kind not in ItemKind.values or kind == ItemKind.CASUISTIEK:
        raise ApplicationError(_("Kies het soort agendapunt."), field="kind")
    if not title.strip():
        raise ApplicationError(_("Schrijf het onderwerp op."), field="title")
    with transaction.atomic():
        item = AgendaItem.objects.create(meeting=meeting, kind=kind, title=title,
                                         order=meeting.items.count() + 1)
        guard(actor, "council.meetings", obj=meeting, detail={"item": title})
        return item


def agenda_story_add(*, actor, meeting, story):
    """A story shared with the adviesraad goes on the fixed casuïstiek item."""
    if story.audience != Audience.ADVIESRAAD:
        raise ApplicationError(_("Alleen verhalen die met de adviesraad zijn gedeeld kunnen op de agenda."),
                               field="story")
    with transaction.atomic():
        item = meeting.items.filter(kind=ItemKind.CASUISTIEK).first()
        item.stories.add(story)
        guard(actor, "council.meetings", obj=meeting, detail={"story": str(story.public_id)})
        return item


def contribution_add(*, actor, text, speaks_as, meeting=None, advice=None):
    if not text.strip():
        raise ApplicationError(_("Schrijf je bijdrage op."), field="text")
    if speaks_as not in SpeaksAs.values:
        raise ApplicationError(_("Kies als wie je dit inbrengt."), field="speaks_as")
    with transaction.atomic():
        contribution = Contribution.objects.create(meeting=meeting, advice=advice, author=actor, speaks_as=speaks_as,
                                                   text=text)
        guard(actor, "council.contribute", obj=contribution, detail={"speaks_as": speaks_as})
        return contribution


def advice_register(*, actor, kind, title, text, sent_on, answer_due=None, meeting=None):
    if kind not in AdviceKind.values:
        raise ApplicationError(_("Kies gevraagd of ongevraagd advies."), field="kind")
    if not title.strip() or not text.strip():
        raise ApplicationError(_("Schrijf het onderwerp en het advies op."), field="text")
    due = answer_due or Advice.default_due(sent_on)
    if due < sent_on:
        raise ApplicationError(_("Het antwoord kan niet eerder verwacht worden dan het advies is verstuurd."),
                               field="answer_due")
    with transaction.atomic():
        advice = Advice.objects.create(kind=kind, title=title, text=text, sent_on=sent_on, answer_due=due,
                                       meeting=meeting, registered_by=actor)
        guard(actor, "advice.register", obj=advice)
        return advice


def advice_step(*, actor, advice, kind, on, text):
    """The municipality's answer, its decision, or what changed: a new step, never an edit."""
    if kind not in StepKind.values:
        raise ApplicationError(_("Kies de stap."), field="kind")
    if not text.strip():
        raise ApplicationError(_("Schrijf op wat er is geantwoord, besloten of veranderd."), field="text")
    if on < advice.sent_on:
        raise ApplicationError(_("Deze datum ligt voor de datum van het advies."), field="on")
    with transaction.atomic():
        step = AdviceStep.objects.create(advice=advice, kind=kind, on=on, text=text, by=actor)
        guard(actor, "advice.answer", obj=advice, detail={"step": kind})
        return step
