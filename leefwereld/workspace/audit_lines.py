"""Audit rows in words a team leader reads: names and Dutch labels, never codes or ids; and a CSV
cell that a spreadsheet cannot run as a formula."""
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext as _

from leefwereld.access.actions import ACTIONS
from leefwereld.accounts.models import Role
from leefwereld.residents.selectors import households_by_pks, persons_by_pks

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditLine:
    event: object
    role: str
    what: str
    kind: str
    about: str
    household: str
    shown: int
    person: object = None
    household_obj: object = None


def _kind(object_type):
    try:
        return str(apps.get_model(object_type)._meta.verbose_name) if object_type else ""
    except (LookupError, ValueError):
        return ""


def _label(value, known):
    return str(known[value]) if value in known else value


def lines(*, actor, events):
    """AuditLine for each event, with the people and households named in two queries."""
    events = list(events)
    people = persons_by_pks(actor=actor, pks={e.person_pk for e in events if e.person_pk})
    households = households_by_pks(actor=actor, pks={e.household_pk for e in events if e.household_pk})
    roles = dict(Role.choices)
    actions = {name: a.label for name, a in ACTIONS.items()}
    result = []
    for e in events:
        person, household = people.get(e.person_pk), households.get(e.household_pk)
        other_team = _("(ander team)")
        about = person.full_name if person else (other_team if e.person_pk else "")
        household_name = household.name if household else (other_team if e.household_pk else "")
        shown = e.detail.get("shown", []) if isinstance(e.detail, dict) else []
        result.append(AuditLine(event=e, role=_label(e.actor_role, roles), what=_label(e.action, actions),
                                kind=_kind(e.object_type), about=about, household=household_name,
                                shown=len(shown) if isinstance(shown, list) else 0, person=person,
                                household_obj=household))
    return result


def safe_cell(value):
    """A cell that starts like a formula (= + - @, tab, return) gets a leading ' so Excel shows it as text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
