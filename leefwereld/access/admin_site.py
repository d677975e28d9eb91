"""The functional administrator's screens: Django's admin, as the default admin.site, at /beheer/.

Who may enter is decided by the role (Role.BEHEERDER), not by is_staff or is_superuser:
the role is what the access table, the matrix and docs/authorisation.md describe, so a
flag set by hand cannot open the admin to anyone else. Log-in goes through the app's own
login page (and so through whatever that page asks, such as a second factor). See ADR 0006.
"""
import inspect
from functools import wraps

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.urls import URLResolver, reverse
from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Role

from .admin_audit import AuditedAdmin
from .policy import guard
from .views import ATTRIBUTE, requires

ACTION = "beheer.manage"


def _declare(patterns):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            _declare(entry.url_patterns)
        elif not hasattr(entry.callback, ATTRIBUTE) and not inspect.ismethod(entry.callback):
            setattr(entry.callback, ATTRIBUTE, ACTION)


class BeheerSite(admin.AdminSite):
    site_header = _("Leefwereld beheer")
    site_title = _("Leefwereld beheer")
    index_title = _("Beheer")
    site_url = None  # the werkvoorraad is not the administrator's: no "view site" link

    def register(self, model_or_iterable, admin_class=None, **options):
        """Every admin class gets the role check and the audit: ours, and other apps' (django-axes, …),
        which would otherwise check Django permissions the administrator does not have, unaudited."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, AuditedAdmin):
            admin_class = type(admin_class.__name__, (AuditedAdmin, admin_class),
                               {"__module__": admin_class.__module__})
        super().register(model_or_iterable, admin_class, **options)

    def has_permission(self, request):
        user = request.user
        return user.is_active and user.is_authenticated and user.role == Role.BEHEERDER

    def admin_view(self, view, cacheable=False):
        """A logged-in user of another role gets a 404, as everywhere else (no log-in loop)."""
        inner = super().admin_view(view, cacheable)

        @wraps(inner)
        def wrapped(request, *args, **kwargs):
            if request.user.is_authenticated and not self.has_permission(request):
                raise Http404
            return inner(request, *args, **kwargs)

        return wrapped

    def get_urls(self):
        """Every admin page declares beheer.manage, so the system check (E001) and the matrix know it."""
        urls = super().get_urls()
        _declare(urls)
        return urls

    @requires("public")
    def login(self, request, extra_context=None):
        """No second login form: send everyone to the app's own login page."""
        if request.user.is_authenticated and not self.has_permission(request):
            raise Http404
        return redirect_to_login(request.GET.get("next") or self.index_url(), settings.LOGIN_URL)

    def index_url(self):
        return reverse("admin:index", current_app=self.name)

    def password_change(self, request, extra_context=None):
        """The administrator's own password: audited like every other change in the admin."""
        with transaction.atomic():
            response = super().password_change(request, extra_context)
            if request.method == "POST" and response.status_code == 302:
                guard(request.user, ACTION, obj=request.user,
                      detail={"change": "password", "model": request.user._meta.label_lower,
                              "object": str(request.user)})
        return response
