"""Side-by-side comparison of two plan snapshots, goal by goal.

Snapshots hold choices as codes (services/versions.py); older snapshots held the label
in the language of the day. Both are read back to a code before comparing, and shown
as a label in the reader's language.
"""
from django.utils import translation

from leefwereld.core.datum import datum

from .models import ActionStatus, ActorKind, GoalOwner, RegieKind


def _code(choices, value):
    """The code for a stored value that may be a code or a label in any of our languages."""
    if value in choices.values:
        return value
    for language in ("nl", "en"):
        with translation.override(language):
            for code, label in choices.choices:
                if str(label) == value:
                    return code
    return value


def _label(choices, value):
    code = _code(choices, value)
    return choices(code).label if code in choices.values else value


def _owner(goal):
    """Older snapshots hold no owner code: a name was a household member, no name the whole household."""
    return goal.get("owner") or (GoalOwner.LID if goal["who"] else GoalOwner.HUISHOUDEN)


def _normalised(goal):
    return {**goal, "owner": _owner(goal),
            "actions": [{**a, "kind": _code(ActorKind, a["kind"]), "status": _code(ActionStatus, a["status"])}
                        for a in goal["actions"]]}


def goal_lines(goal):
    who = goal["who"]
    if who and _owner(goal) == GoalOwner.NETWERK:
        who = f"{who}, {GoalOwner.NETWERK.label.lower()}"
    lines = [f"{who + ': ' if who else ''}{goal['words']}"]
    if goal.get("domains"):
        lines.append(", ".join(goal["domains"]))
    for action in goal["actions"]:
        when = " – ".join(filter(None, [datum(action["starts_on"], "kort"), datum(action["ends_on"], "kort")]))
        actor = f" ({action['actor']})" if action["actor"] else ""
        kind, status = _label(ActorKind, action["kind"]), _label(ActionStatus, action["status"])
        lines.append(f"• {action['what']} — {kind}{actor}{', ' + when if when else ''} [{status}]")
    return lines


def _regie(snapshot):
    """(code, holder) of the regie; bulk-made first versions hold no regie yet."""
    regie = snapshot.get("regie") or {}
    return _code(RegieKind, regie.get("kind", "")), regie.get("holder", "")


def _regie_line(snapshot):
    code, holder = _regie(snapshot)
    return f"{_label(RegieKind, code)}: {holder}" if code else holder


def compare(left: dict, right: dict):
    """Rows of (left lines, right lines, changed) for every goal in either version, and the regie.

    "Changed" compares codes and words, never the labels shown.
    """
    rows = [{"left": [_regie_line(left)], "right": [_regie_line(right)], "changed": _regie(left) != _regie(right)}]
    left_goals = {g["id"]: _normalised(g) for g in left["goals"]}
    right_goals = {g["id"]: _normalised(g) for g in right["goals"]}
    for goal_id in list(left_goals) + [g for g in right_goals if g not in left_goals]:
        a, b = left_goals.get(goal_id), right_goals.get(goal_id)
        rows.append({"left": goal_lines(a) if a else [], "right": goal_lines(b) if b else [], "changed": a != b})
    return rows
