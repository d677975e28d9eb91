"""What the team leader is shown of noodtoegang in their team (ADR 0038)."""
from leefwereld.access.policy import show
from leefwereld.core.errors import NotFoundOrNotAllowed

from .models import Noodtoegang

CARD_ROWS = 10


def _team_open(actor):
    return Noodtoegang.objects.filter(by_team_id=actor.team_id, lead_seen_at__isnull=True)


def lead_card(*, actor):
    """Openings by the leader's team members not yet seen: one query, and none for anyone but a team leader.

    The card shows the colleague, the time and the reason, not the resident: the household is another team's.
    The row of the werkvoorraad still names the households, because the reason may speak of them.
    """
    if not actor.is_teamleider or not actor.team_id:
        return []
    rows = list(_team_open(actor).select_related("by").order_by("opened_at", "id")[:CARD_ROWS])
    if rows:
        show(actor, "werkvoorraad.view", households=sorted({r.household_id for r in rows}))
    return rows


def lead_opening_get(*, actor, public_id):
    found = _team_open(actor).filter(public_id=public_id).first() if actor.is_teamleider and actor.team_id else None
    if found is None:
        raise NotFoundOrNotAllowed("not found")
    return found
