"""The role x action table, as data for tests and as docs/authorisation.md."""
from django.utils import translation

from leefwereld.accounts.models import Role

from .actions import ACTIONS, HOUSEHOLD, NONE, PUBLIC
from .checks import iter_views, own_views
from .views import ATTRIBUTE, declared_actions

SCOPE_TEXT = {
    PUBLIC: "no log-in",
    NONE: "no resident file",
    HOUSEHOLD: "household visible to the actor (own wijkteam, or assigned as vaste contactpersoon or stand-in; "
               "a partner: a ground for sharing in force with their organisation)",
}


def matrix():
    """{action name: {role: allowed}} for every action and role."""
    return {name: {role.value: role.value in a.roles for role in Role} for name, a in ACTIONS.items()}


def views_by_action():
    result = {}
    own = set()
    for route, _name, callback in own_views():
        own.add(route)
        # An API endpoint declares an action per method: listed under each, with its method.
        for method, action in declared_actions(callback).items():
            where = f"`/{route}`" if method == "*" else f"`{method} /{route}`"
            result.setdefault(action, []).append(where)
    # Django's admin pages are not our modules but declare their action too (access/admin_site.py):
    # one line for the whole mount point rather than every generated admin URL.
    for route, _name, callback in iter_views():
        action = getattr(callback, ATTRIBUTE, None)
        if action and route not in own:
            entry = f"`/{route.split('/')[0]}/…`"
            if entry not in result.setdefault(action, []):
                result[action].append(entry)
    return result


def authorisation_markdown():
    with translation.override("nl"):
        views = views_by_action()
        roles = list(Role)
        lines = [
            "# Authorisation",
            "",
            "Generated from `leefwereld/access/actions.py` by `python manage.py authorisation_doc`;",
            "a test fails when this file is out of date. Do not edit by hand.",
            "",
            "Not allowed and not found look the same: the answer is 404, and the household is absent",
            "from lists and search. Every audited action writes an audit event in the same transaction",
            "as the change (see docs/architecture.md).",
            "",
            "| action | what | " + " | ".join(str(r.label) for r in roles) + " | on | logged | views |",
            "|---|---|" + "---|" * len(roles) + "---|---|---|",
        ]
        for name, action in ACTIONS.items():
            marks = " | ".join("yes" if r.value in action.roles else "–" for r in roles)
            logged = "yes, with reason" if action.reason_required else ("yes" if action.audited else "no")
            lines.append(
                f"| `{name}` | {action.label} | {marks} | {SCOPE_TEXT[action.scope]} | {logged} | "
                f"{', '.join(sorted(views.get(name, []))) or '–'} |"
            )
        return "\n".join(lines) + "\n"
