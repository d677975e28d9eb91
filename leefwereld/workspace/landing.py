"""Where each role lands after log-in: the page where it can work (LOGIN_REDIRECT_URL = "home").

One mapping, so a new role (a privacy officer landing on the security log) is one line.
"""
from django.http import Http404
from django.shortcuts import redirect

from leefwereld.access.views import requires
from leefwereld.accounts.models import Role

LANDING = {
    Role.PROFESSIONAL: "workspace:werkvoorraad",
    Role.TEAMLEIDER: "workspace:werkvoorraad",
    Role.BEHEERDER: "admin:index",
    Role.PRIVACY: "toezicht:ongebruikelijk",
    Role.PARTNER: "coordination:inbox",
    Role.BELEID: "kompas:home",
    Role.ADVIESRAAD: "raad:home",
    Role.INWONER: "portal:home",
}


@requires("account.self")
def home(request):
    landing = LANDING.get(request.user.role)
    if landing is None:
        raise Http404
    return redirect(landing)
