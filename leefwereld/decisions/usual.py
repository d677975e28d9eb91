"""The team's usual outcome for a provision: a seam for an app above decisions (ADR 0046).

Decisions sits below ruimte, which knows the guidelines and the team's similar earlier decisions. So
decisions declares what it needs and ruimte registers it from its AppConfig.ready(), as coordination
does for access's grants. Without a registered source nothing is comparable and nothing is asked.
"""
from decimal import Decimal

# How far a figure may lie from the team's usual (median) before one sentence on why is asked.
DIFFERS_BY = Decimal("0.25")

_sources = []


def register_source(source):
    """source(*, actor, household_id, text, wet) -> {"amount": median or None, "quantity": median or None, …}
    or None when there is nothing to compare with. Called once, from an AppConfig.ready()."""
    if source not in _sources:
        _sources.append(source)


def usual_for(*, actor, household_id, text, wet):
    """What the team usually decides for a provision like this one (the first source that knows), or None."""
    for source in _sources:
        usual = source(actor=actor, household_id=household_id, text=text, wet=wet)
        if usual:
            return usual
    return None


def differs_from_usual(figure, usual, key="amount"):
    """True when a figure lies more than DIFFERS_BY from the team's median: then ask one sentence on why."""
    if figure is None or not usual or usual.get(key) in (None, 0):
        return False
    median = Decimal(usual[key])
    return abs(Decimal(figure) - median) > median * DIFFERS_BY


def differs(values, usual):
    """A provision differs when its amount or its quantity (hours are decided more often than euros) does."""
    return differs_from_usual(values.get("amount"), usual) or \
        differs_from_usual(values.get("quantity"), usual, key="quantity")
