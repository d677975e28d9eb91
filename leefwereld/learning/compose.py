"""The first draft of a case story, from the parts of the file the professional chose."""
from django.utils import translation
from django.utils.translation import gettext as _

from leefwereld.conversations.selectors import gesprekken_for_person
from leefwereld.core.datum import datum
from leefwereld.plans import selectors as plan_selectors

PARTS = ("verhaal", "plan", "uitkomst")
_GESPREK_FIELDS = ("levensloop", "wat_belangrijk", "toekomstbeeld", "eigen_kracht", "nodig")


def compose(*, actor, person, parts):
    """Plain text, in Dutch (the story is written for Dutch readers), with dates written out."""
    with translation.override("nl"):
        blocks = []
        if "verhaal" in parts:
            for gesprek in reversed(gesprekken_for_person(actor=actor, person=person)):
                lines = [getattr(gesprek, f) for f in _GESPREK_FIELDS if getattr(gesprek, f, "")]
                if lines:
                    blocks.append(_("Gesprek op %(d)s.") % {"d": datum(gesprek.held_on)} + "\n" + "\n".join(lines))
        plan = plan_selectors.open_plan_for_household(actor=actor, household=person.household) or next(
            iter(plan_selectors.plans_for_household(actor=actor, household=person.household)), None)
        if plan is not None and "plan" in parts:
            goals = plan_selectors.plan_goals(actor=actor, plan=plan)
            if goals:
                blocks.append(_("Het plan:") + "\n" + "\n".join(f"- {g.words}" for g in goals))
        if plan is not None and "uitkomst" in parts:
            for e in plan_selectors.plan_evaluations(actor=actor, plan=plan):
                words = " ".join(x for x in (e.resident_words, e.matters_now, e.close_reason) if x)
                blocks.append(_("Evaluatie op %(d)s: %(o)s.") % {"d": datum(e.held_on), "o": e.get_outcome_display()}
                              + (f"\n{words}" if words else ""))
        return "\n\n".join(blocks)
