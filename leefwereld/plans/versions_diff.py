"""Side-by-side comparison of two plan snapshots, goal by goal."""


def goal_lines(goal):
    lines = [f"{goal['who'] + ': ' if goal['who'] else ''}{goal['words']}"]
    if goal.get("domains"):
        lines.append(", ".join(goal["domains"]))
    for action in goal["actions"]:
        when = " – ".join(filter(None, [action["starts_on"], action["ends_on"]]))
        actor = f" ({action['actor']})" if action["actor"] else ""
        lines.append(f"• {action['what']} — {action['kind']}{actor}{', ' + when if when else ''} [{action['status']}]")
    return lines


def compare(left: dict, right: dict):
    """Rows of (left lines, right lines, changed) for every goal in either version, and the regie."""
    rows = []
    left_regie = f"{left['regie']['kind']}: {left['regie']['holder']}"
    right_regie = f"{right['regie']['kind']}: {right['regie']['holder']}"
    rows.append({"left": [left_regie], "right": [right_regie], "changed": left_regie != right_regie})
    left_goals = {g["id"]: g for g in left["goals"]}
    right_goals = {g["id"]: g for g in right["goals"]}
    for goal_id in list(left_goals) + [g for g in right_goals if g not in left_goals]:
        a = goal_lines(left_goals[goal_id]) if goal_id in left_goals else []
        b = goal_lines(right_goals[goal_id]) if goal_id in right_goals else []
        rows.append({"left": a, "right": b, "changed": a != b})
    return rows
