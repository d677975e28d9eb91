"""Writes of the kompas: an interpretation next to an indicator, a shared story placed beside it."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.learning.models import Audience

from .models import IndicatorStory, Interpretation

# Stories shared for management or the council may stand beside a figure; casusoverleg stories stay in teams.
STORY_AUDIENCES = (Audience.MANAGEMENT, Audience.ADVIESRAAD)


def interpretation_add(*, actor, indicator, team, year, text):
    """What the number means here, by whom and when; appended, the newest is shown."""
    if not text.strip():
        raise ApplicationError(_("Schrijf op wat dit getal hier betekent."), field="text")
    with transaction.atomic():
        interpretation = Interpretation.objects.create(indicator=indicator, team=team, year=year, text=text,
                                                       author=actor)
        guard(actor, "kompas.interpret", obj=interpretation,
              detail={"indicator": str(indicator.public_id), "team": getattr(team, "pk", None), "year": year})
        return interpretation


def indicator_story_link(*, actor, indicator, story):
    if story.audience not in STORY_AUDIENCES:
        raise ApplicationError(_("Alleen verhalen die gedeeld zijn met management of de adviesraad kunnen bij een "
                                 "cijfer staan."), field="story")
    with transaction.atomic():
        link, created = IndicatorStory.objects.get_or_create(indicator=indicator, story=story,
                                                             defaults={"added_by": actor})
        guard(actor, "kompas.stories", obj=link, detail={"indicator": str(indicator.public_id), "new": created})
        return link
