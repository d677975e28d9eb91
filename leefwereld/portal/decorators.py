"""The portal's pages: only a resident, signed in through the broker, with a file open (ADR 0029, 0030)."""
from functools import wraps

from django.shortcuts import redirect

from leefwereld.access.views import requires

from . import context


def portal_page(action, *, needs_file=True):
    """requires(action, resident=True), then the open file as request.portal; no file chosen: to the choice."""
    def decorator(view):
        @wraps(view)
        def inner(request, *args, **kwargs):
            request.portal = context.resolve(request)
            if request.portal is None and needs_file:
                return redirect("portal:kies")
            return view(request, *args, **kwargs)

        # Not signed in: to the portal's own start page, not the professionals' log-in. The broker's
        # sign-in is the resident's second factor (DigiD), so the professionals' code step does not apply.
        inner.login_url = "portal:start"
        inner.verification_required = False
        wrapped = requires(action, resident=True)(inner)
        wrapped.login_url, wrapped.verification_required = inner.login_url, False
        return wrapped

    return decorator
