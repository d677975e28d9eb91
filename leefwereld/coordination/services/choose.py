"""Choosing who acts from the sociale kaart: an action of the plan, linked to the entry it was chosen from."""
from django.db import transaction
from django.utils.translation import gettext as _

from leefwereld.core.errors import ApplicationError
from leefwereld.plans.models import ActorKind
from leefwereld.plans.services import action_add

from ..models import ActionEntry, Level

ACTOR_KIND = {Level.INFORMEEL: ActorKind.VRIJWILLIGER, Level.COLLECTIEF: ActorKind.COLLECTIEF,
              Level.PARTNER: ActorKind.PARTNER, Level.MAATWERK: ActorKind.MAATWERK}


def action_add_from_kaart(*, actor, goal, entry, expected_version, what, starts_on=None, ends_on=None):
    """Add an action to a goal carried by a kaart entry (through plans' own service, so versions and audit hold)."""
    if not entry.active:
        raise ApplicationError(_("Dit staat niet meer op de sociale kaart."))
    name = entry.name if entry.organisation is None else f"{entry.name} ({entry.organisation.name})"
    with transaction.atomic():
        action = action_add(actor=actor, goal=goal, expected_version=expected_version, data={
            "what": what, "actor_kind": ACTOR_KIND[entry.level], "actor_name": name[:200],
            "starts_on": starts_on, "ends_on": ends_on})
        ActionEntry.objects.create(household_id=goal.household_id, action=action, entry=entry)
    return action
