"""Signing in (docs/adr/0005): password, then a code from the authenticator app or a recovery code.

The first time, the code step is linking the app (QR code and typed secret), followed by recovery
codes shown once. Every step writes its security event through accounts.services / two_factor.
These views never run inside a request-wide transaction, so those rows always stay.
"""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from leefwereld.access.views import requires
from leefwereld.accounts import services, two_factor
from leefwereld.accounts.forms import CodeForm, EnrolForm, LoginForm, PasswordForm
from leefwereld.accounts.middleware import LAST_SEEN, SIGNED_IN, verification_not_required

from .landing import LANDING

FRESH_CODES = "leefwereld_fresh_recovery_codes"
# Where each role lands after signing in when no page was asked for. Keep this the one place.
def landing_url(user):
    """Where the role works (workspace/landing.py keeps the one mapping)."""
    return resolve_url(LANDING.get(getattr(user, "role", None), settings.LOGIN_REDIRECT_URL))


def _next(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    ok = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return url if ok else ""


def _with_next(request, name):
    url = reverse(name)
    return f"{url}?{urlencode({'next': _next(request)})}" if _next(request) else url


class _PasswordStep(auth_views.LoginView):
    template_name = "workspace/login.html"
    form_class = LoginForm

    def form_valid(self, form):
        super().form_valid(form)  # Django's login(); the session is not verified yet
        now = int(timezone.now().timestamp())
        self.request.session[SIGNED_IN] = now
        self.request.session[LAST_SEEN] = now
        user = form.get_user()
        return redirect(_with_next(self.request, "workspace:login_code" if two_factor.has_app(user)
                                   else "workspace:enrol"))

    def form_invalid(self, form):
        # A lock-out is recorded by locked_out() below; here only a wrong name or password.
        if form.has_error("__all__", "invalid_login") and not getattr(self.request, "axes_locked_out", False):
            services.login_failed_record(username=self.request.POST.get("username", ""))
        return super().form_invalid(form)


@requires("public")
@transaction.non_atomic_requests
@never_cache
def login(request):
    if request.user.is_authenticated and request.user.is_verified():
        return HttpResponseRedirect(_next(request) or landing_url(request.user))
    return _PasswordStep.as_view()(request)


def locked_out(request, original_response=None, credentials=None):
    """django-axes calls this for every attempt while locked out (AXES_LOCKOUT_CALLABLE)."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    services.locked_out_record(username=username)
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "workspace/login.html", {"form": LoginForm(request), "locked_minutes": minutes},
                  status=429)


@verification_not_required
@requires("account.self")
@transaction.non_atomic_requests
def logout(request):
    if request.method == "POST":
        services.logout_record(actor=request.user)
    return auth_views.LogoutView.as_view()(request)


@verification_not_required
@requires("account.verify")
@transaction.non_atomic_requests
@never_cache
def login_code(request):
    user = request.user
    if user.is_verified():
        return HttpResponseRedirect(_next(request) or landing_url(user))
    if not two_factor.has_app(user):
        return redirect(_with_next(request, "workspace:enrol"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        throttled = two_factor.is_throttled(user)
        if two_factor.verify_code(request=request, user=user, code=form.cleaned_data["code"]):
            return HttpResponseRedirect(_next(request) or landing_url(user))
        form.add_error("code", _("U heeft te vaak een onjuiste code ingevuld. Wacht een minuut en probeer het "
                                 "dan opnieuw.") if throttled else
                       _("Deze code klopt niet. Vul de code in die de app nu laat zien, of een herstelcode die u "
                         "nog niet gebruikt heeft."))
    return render(request, "workspace/login_code.html", {"form": form, "next": _next(request)})


@verification_not_required
@requires("account.verify")
@transaction.non_atomic_requests
@never_cache
def enrol(request):
    user = request.user
    if two_factor.has_app(user):
        return redirect(_with_next(request, "workspace:account" if user.is_verified() else "workspace:login_code"))
    device = two_factor.enrolment_device(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.enrol_confirm(request=request, user=user, code=form.cleaned_data["code"])
        if codes:
            request.session[FRESH_CODES] = codes
            messages.success(request, _("De app is gekoppeld. Bewaar nu uw herstelcodes."))
            return redirect(_with_next(request, "workspace:recovery_codes"))
        form.add_error("code", _("Deze code klopt niet. Kijk of de app de code voor Leefwereld laat zien en "
                                 "vul de 6 cijfers in die nu op het scherm staan."))
    return render(request, "workspace/enrol.html", {
        "form": form, "next": _next(request), "secret": two_factor.secret_for_typing(device)})


@verification_not_required
@requires("account.verify")
@never_cache
def enrol_qr(request):
    """The QR code of the app being linked, as an image (only for its own user, only before linking)."""
    device = two_factor.enrolment_device(request.user)
    if device is None:
        raise Http404
    response = HttpResponse(two_factor.qr_svg(device), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@requires("account.security")
@transaction.non_atomic_requests
@never_cache
def recovery_codes(request):
    if request.method == "POST":
        request.session[FRESH_CODES] = two_factor.recovery_codes_renew(actor=request.user)
        return redirect("workspace:recovery_codes")
    return render(request, "workspace/recovery_codes.html", {
        "codes": request.session.pop(FRESH_CODES, None), "next": _next(request) or landing_url(request.user)})


@requires("account.security")
def account(request):
    return render(request, "workspace/account.html", {"has_app": two_factor.has_app(request.user)})


class _PasswordChange(auth_views.PasswordChangeView):
    template_name = "workspace/password_change.html"
    form_class = PasswordForm
    success_url = reverse_lazy("workspace:account")

    def form_valid(self, form):
        response = super().form_valid(form)
        services.password_changed_record(actor=self.request.user)
        messages.success(self.request, _("Uw wachtwoord is gewijzigd."))
        return response


@requires("account.security")
@transaction.non_atomic_requests
def password_change(request):
    return _PasswordChange.as_view()(request)
