"""The guideline's room where a professional decides: inclusion tags that lower apps' templates load.

Lower apps never import ruimte in Python (the layers hold); their templates name these tags (ADR 0022).
The active guidelines are read once per request, so a plan with many maatwerk actions asks once.
"""
from django import template

from ..consistency import differs_from_usual, similar_decisions, usual_outcome
from ..selectors import active_guidelines, match_guidelines

register = template.Library()


def _guidelines(context):
    request = context.get("request")
    if request is None:
        return active_guidelines()
    if not hasattr(request, "_lw_guidelines"):
        request._lw_guidelines = active_guidelines()
    return request._lw_guidelines


@register.inclusion_tag("ruimte/_room.html", takes_context=True)
def guideline_room(context, text, wet="", person=None, similar_for=None, amount=None, quantity=None):
    """The room of every guideline whose words appear in `text`; a deviation can start from it. With
    `similar_for` (the household deciding), the team's similar earlier decisions are shown beside it,
    and whether `amount` or `quantity` (hours are decided more often than euros) differs from the usual."""
    found = match_guidelines(_guidelines(context), text, wet)
    result = {"guidelines": found, "person": person, "request": context.get("request"), "similar": None}
    if similar_for is not None and found and context.get("request") is not None:
        similar = similar_decisions(actor=context["request"].user, guideline=found[0],
                                    exclude_household=getattr(similar_for, "pk", similar_for))
        usual = usual_outcome(similar)
        differs = differs_from_usual(amount, usual) or differs_from_usual(quantity, usual, key="quantity")
        result.update(similar=similar, usual=usual, differs=differs)
    return result


@register.inclusion_tag("ruimte/_room_short.html", takes_context=True)
def guideline_room_short(context, text, wet=""):
    """One line per guideline for a maatwerk action: its name and the start of its room."""
    return {"guidelines": match_guidelines(_guidelines(context), text, wet)}
