"""Declaring the action of every view. The system check in checks.py enforces it."""
from functools import wraps

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import redirect

from leefwereld.accounts.models import Role
from leefwereld.core.errors import LeaveFor

from .actions import PUBLIC, get_action
from .policy import page_view, page_write, role_allows

ATTRIBUTE = "leefwereld_action"


def _admits(user, action_name, resident):
    """Residents and professionals never meet: a resident reaches only the portal's pages (resident=True),
    whatever roles an action lists for the services behind them (ADR 0029)."""
    is_resident = getattr(user, "role", None) == Role.INWONER
    return role_allows(user, action_name) and is_resident == resident


def declared_actions(callback) -> dict:
    """{method or "*": action} a view declares: one action for a page, one per method for an API
    endpoint (leefwereld.api), where GET reads and POST or PATCH writes the same resource."""
    declared = getattr(callback, ATTRIBUTE, None)
    if declared is None:
        return {}
    return dict(declared) if isinstance(declared, dict) else {"*": declared}


def action_for(callback, method):
    """The action a view declares for this request method, or None."""
    declared = declared_actions(callback)
    return declared.get("*") or declared.get("GET" if method == "HEAD" else method)


def requires(action_name, *, resident=False):
    """Declare a view's action; refuse (404) an actor whose role may not do it at all.

    A view of an audited action leaves exactly one audit row for every page it sends that shows
    resident data (ADR 0007): what its selectors showed, gathered by access.show(). A redirect
    shows nothing: the service that ran before it wrote its own row, in its own transaction.
    """
    action = get_action(action_name)

    def decorator(view):
        if action.scope == PUBLIC:
            wrapped = login_not_required(view)
        elif not action.audited:
            @wraps(view)
            def wrapped(request, *args, **kwargs):
                if not _admits(request.user, action_name, resident):
                    raise Http404
                try:
                    return view(request, *args, **kwargs)
                except LeaveFor as leave:
                    return redirect(leave.url)
        else:
            @wraps(view)
            def wrapped(request, *args, **kwargs):
                if not _admits(request.user, action_name, resident):
                    raise Http404
                with page_view(request.user, action_name) as page:
                    try:
                        response = view(request, *args, **kwargs)
                    except LeaveFor as leave:  # e.g. an open blanco preparation: the page shows nothing
                        return redirect(leave.url)
                if page.used and not response.has_header("Location"):
                    page_write(page)
                return response

        setattr(wrapped, ATTRIBUTE, action_name)
        return wrapped

    return decorator
