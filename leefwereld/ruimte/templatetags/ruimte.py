"""The guideline's room where a professional decides: one inclusion tag that lower apps' templates load.

Lower apps never import ruimte in Python (the layers hold); their templates name this tag (ADR 0022).
"""
from django import template

from ..selectors import guidelines_for

register = template.Library()


@register.inclusion_tag("ruimte/_room.html", takes_context=True)
def guideline_room(context, text, wet="", person=None):
    """The room of every guideline whose words appear in `text`; a deviation can start from it."""
    return {"guidelines": guidelines_for(text, wet), "person": person, "request": context.get("request")}
