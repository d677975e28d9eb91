"""Declaring the action of every view. The system check in checks.py enforces it."""
from functools import wraps

from django.contrib.auth.decorators import login_not_required
from django.http import Http404

from .actions import PUBLIC, get_action
from .policy import role_allows

ATTRIBUTE = "leefwereld_action"


def requires(action_name):
    """Declare a view's action; refuse (404) an actor whose role may not do it at all."""
    action = get_action(action_name)

    def decorator(view):
        if action.scope == PUBLIC:
            wrapped = login_not_required(view)
        else:
            @wraps(view)
            def wrapped(request, *args, **kwargs):
                if not role_allows(request.user, action_name):
                    raise Http404
                return view(request, *args, **kwargs)

        setattr(wrapped, ATTRIBUTE, action_name)
        return wrapped

    return decorator
