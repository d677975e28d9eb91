"""Refused attempts on resident data leave a row in the security log.

A NotFoundOrNotAllowed (a file that is absent or not the actor's), or any 404 from a view whose
action is on a household, is recorded as `security.refused` with the path and the actor. Both cases
write the same kind of row and get the same 404 page, so neither the page nor the log row's shape
tells whether the file exists. This runs after the view's transaction has been rolled back, and
security_record() commits on its own.
"""
from django.http import Http404

from leefwereld.audit.security import security_record
from leefwereld.core.errors import NotFoundOrNotAllowed

from .actions import ACTIONS, HOUSEHOLD
from .views import action_for


class RefusedAttemptMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404):
            return None
        match = getattr(request, "resolver_match", None)
        action = ACTIONS.get(action_for(getattr(match, "func", None), request.method))
        on_household = action is not None and action.scope == HOUSEHOLD
        if isinstance(exception, NotFoundOrNotAllowed) or on_household:
            user = request.user if request.user.is_authenticated else None
            security_record(action="security.refused", actor=user,
                            detail={"path": request.path, "method": request.method,
                                    "action": action.name if action else ""})
        return None
