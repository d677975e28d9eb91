"""A barrier outside the reporter's team: its free text as learning's anonymiser leaves it (ADR 0047).

The reporter and their team read what was typed; policy staff, an owner elsewhere, the register and its
export for them read the copy made when the text was written. Without a copy (the anonymiser's tables
missing, an old row not yet filled by `manage.py barriers_anonymise`) they read that the text is held back,
never the original.
"""
import logging

from django.utils.translation import gettext as _

from leefwereld.accounts.models import Role
from leefwereld.learning import anonymiser
from leefwereld.learning.anonymiser import kinds
from leefwereld.learning.anonymiser.engine import AnonymiserNotBuilt
from leefwereld.learning.anonymiser.known import Known
from leefwereld.learning.services import known_from_file

FIELDS = ("title", "cost_time", "cost_situation", "tried", "proposal")
STEP_FIELDS = ("words",)
log = logging.getLogger(__name__)


def known_for(actor, barrier):
    """What the file knows, when the barrier came from a deviation and the writer may see that file."""
    deviation = barrier.deviation if barrier.deviation_id else None
    if deviation is None:
        return Known()
    return known_from_file(actor=actor, household=deviation.household_id)


def anonymised(text, known):
    """The text without people, addresses, dates and numbers. Organisations stay: a barrier is about a
    partner or a rule ("Regiotaxi", "jeugd-GGZ"), and its owner must know which (ADR 0047)."""
    result = anonymiser.anonymise(text, known=known)
    kept = [(r.start, r.end) for r in result.replacements if r.kind == kinds.INSTELLING]
    return anonymiser.anonymise(text, known=known, removed=kept).text if kept else result.text


def copies(row, fields, known):
    """{field: anonymised text} for a barrier or a step; None when the anonymiser's tables are missing
    (they are built at install time, never here)."""
    try:
        return {f: anonymised(getattr(row, f), known) if getattr(row, f) else "" for f in fields}
    except AnonymiserNotBuilt:
        log.warning("anonymiser tables missing: barrier text held back outside the team until filled")
        return None


def sees_original(actor, barrier):
    """The reporter and their team; never policy staff, never another team (also not as owner)."""
    if actor.pk == barrier.reporter_id:
        return True
    return actor.role != Role.BELEID and barrier.team_id is not None and actor.team_id == barrier.team_id


def _mask(row, fields):
    copy = row.anonymised or {}
    for f in fields:
        if getattr(row, f):
            setattr(row, f, copy.get(f) if f in copy else _("(tekst nog niet geanonimiseerd)"))
    row.masked = True


def for_viewer(actor, barriers):
    """Put the anonymised copy in the fields of every barrier this actor may not read as typed."""
    for b in barriers:
        b.anonymous_view = not sees_original(actor, b)
        if b.anonymous_view:
            _mask(b, FIELDS)
    return barriers


def steps_for_viewer(actor, barrier, steps):
    """A step's words as typed for the team and for whoever wrote them; the copy for everyone else."""
    original = sees_original(actor, barrier)
    for s in steps:
        if not original and s.by_id != actor.pk:
            _mask(s, STEP_FIELDS)
    return steps
