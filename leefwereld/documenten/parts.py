"""Which part of the file a document belongs to, and the action that part is read with.

A document is as visible as its part: whoever may read the plan may read the plan's documents, a partner
only the documents of a verwijzing given to their own organisation while a ground holds. The rule itself
stays in access.policy; this table only names which of its actions applies (ADR 0037).
"""
from leefwereld.access.policy import role_allows
from leefwereld.coordination.models import Referral
from leefwereld.decisions.models import Beschikking
from leefwereld.plans.models import Plan
from leefwereld.residents.models import Household, Person

from .models import Onderdeel

READ_ACTION = {
    Onderdeel.HUISHOUDEN: "households.view",
    Onderdeel.PERSOON: "persons.view",
    Onderdeel.PLAN: "plans.view",
    Onderdeel.BESLUIT: "beschikkingen.view",
    Onderdeel.VERWIJZING: "referrals.view",
}
MODELS = {Onderdeel.HUISHOUDEN: Household, Onderdeel.PERSOON: Person, Onderdeel.PLAN: Plan,
          Onderdeel.BESLUIT: Beschikking, Onderdeel.VERWIJZING: Referral}
FIELD = {Onderdeel.PERSOON: "person", Onderdeel.PLAN: "plan", Onderdeel.BESLUIT: "beschikking",
         Onderdeel.VERWIJZING: "referral"}


def readable_parts(actor):
    """The parts whose read action the actor's role allows at all (the household check comes after)."""
    return [part for part, action in READ_ACTION.items() if role_allows(actor, action)]


def part_of(target):
    """(part, fields for the Document row) for a household, person, plan, besluit or verwijzing."""
    for part, model in MODELS.items():
        if isinstance(target, model):
            if part == Onderdeel.HUISHOUDEN:
                return part, {}
            fields = {FIELD[part]: target}
            if part == Onderdeel.BESLUIT:  # a besluit is about one person: their document, in their inzage
                fields["person_id"] = target.person_id
            return part, fields
    raise TypeError(f"A document cannot belong to {type(target).__name__}.")
