"""Sessions that pass BIO: a verified second factor on every page, and timeouts.

VerifiedSessionMiddleware sends a logged-in user who has not given a code yet to the code step
(or to linking an app, the first time). Public pages (login_not_required) and the pages of the
sign-in flow itself (verification_not_required) stay open.

SessionTimeoutMiddleware logs out after SESSION_IDLE_TIMEOUT seconds without a request, and after
SESSION_COOKIE_AGE seconds since signing in whatever happens (Django's own expiry slides along
whenever the session is saved, so it is not absolute by itself).
"""
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, resolve_url
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services, two_factor

LAST_SEEN = "leefwereld_last_seen"
SIGNED_IN = "leefwereld_signed_in"
# Writing the session on every request costs a query; a minute's precision is enough for a timeout.
TOUCH_EVERY = 60


def verification_not_required(view):
    """Mark a view of the sign-in flow: reachable after the password, before the code."""
    view.verification_required = False
    return view


def _to(request, url_name):
    url = resolve_url(url_name)
    if request.method == "GET":
        url += "?" + urlencode({"next": request.get_full_path()})
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


class VerifiedSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "login_required", True) or not getattr(view_func, "verification_required", True):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        return _to(request, "workspace:login_code" if two_factor.has_app(user) else "workspace:enrol")


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(timezone.now().timestamp())
            session = request.session
            signed_in = session.setdefault(SIGNED_IN, now)
            last_seen = session.get(LAST_SEEN, now)
            if now - last_seen > settings.SESSION_IDLE_TIMEOUT:
                return self._end(request, "idle", _("U bent uitgelogd omdat u een tijd niets heeft gedaan. "
                                                    "Log opnieuw in."))
            if now - signed_in > settings.SESSION_COOKIE_AGE:
                return self._end(request, "absolute", _("U bent uitgelogd omdat u lang ingelogd was. "
                                                        "Log opnieuw in."))
            if now - last_seen >= TOUCH_EVERY or LAST_SEEN not in session:
                session[LAST_SEEN] = now
        return self.get_response(request)

    def _end(self, request, reason, message):
        services.logout_record(actor=request.user, reason=reason)
        logout(request)
        messages.info(request, message)
        return _to(request, settings.LOGIN_URL)
