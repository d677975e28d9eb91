"""Noodtoegang (a professional, from an exact BSN search), its flag to the team leader, and the privacy
officer's report of unusual access with its drill-down to the audit rows (ADR 0038)."""
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.actions import ACTIONS
from leefwereld.access.policy import guard
from leefwereld.access.views import requires
from leefwereld.accounts.models import User
from leefwereld.core.forms import save_with_form

from . import report, selectors, services
from .forms import NoodtoegangForm, ReportFilterForm

PAGE_SIZE = 50
DEFAULT_DAYS = 7


@require_POST
@requires("noodtoegang.open")
def noodtoegang(request):
    """From the search's "noodtoegang aanvragen" (the BSN only): the reason form, which shows nobody. With the
    reason: the file opens, or the page says nobody has this BSN. Both are logged with the reason."""
    if "reason" not in request.POST:
        form = NoodtoegangForm(initial={"bsn": request.POST.get("bsn", "")})
        return render(request, "toezicht/noodtoegang.html", {"form": form})
    form = NoodtoegangForm(request.POST)
    found = []

    def call():
        found.extend(services.noodtoegang_open(actor=request.user, bsn=form.cleaned_data["bsn"],
                                               reason=form.cleaned_data["reason"]))

    if form.is_valid() and save_with_form(form, call):
        person, opening = found
        if person is not None:
            if opening is None:
                messages.info(request, _("U mag dit dossier al inzien: er is geen noodtoegang nodig."))
            else:
                messages.info(request, _("Noodtoegang tot %(until)s. Uw teamleider en de privacyfunctionaris "
                                         "krijgen een melding; de inwoner ziet de reden.") % {
                    "until": timezone.localtime(opening.until).strftime("%H:%M")})
            return redirect("workspace:person", person.public_id)
        return render(request, "toezicht/noodtoegang.html", {"form": form, "nobody": True})
    return render(request, "toezicht/noodtoegang.html", {"form": form})


@require_POST
@requires("noodtoegang.seen")
def noodtoegang_seen(request, public_id):
    opening = selectors.lead_opening_get(actor=request.user, public_id=public_id)
    services.noodtoegang_seen(actor=request.user, noodtoegang=opening)
    messages.success(request, _("Gezien. De noodtoegang staat niet meer op uw werkvoorraad."))
    return redirect("workspace:werkvoorraad")


def _period(request):
    today = timezone.localdate()
    form = ReportFilterForm(request.GET or None, initial={"date_from": today - timedelta(days=DEFAULT_DAYS),
                                                         "date_to": today})
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    return form, today - timedelta(days=DEFAULT_DAYS), today


@requires("toezicht.report")
def report_page(request):
    form, date_from, date_to = _period(request)
    found = report.unusual_access(date_from=date_from, date_to=date_to)
    with transaction.atomic():  # opening the report is itself logged, with its period
        guard(request.user, "toezicht.report", detail={"van": str(date_from), "tot": str(date_to)})
    start, end = settings.LEEFWERELD_WERKTIJD
    explain = {k: str(v) % {"n": settings.LEEFWERELD_TOEZICHT_VEEL_PER_UUR, "van": start, "tot": end}
               for k, v in report.EXPLAIN.items()}
    kinds = [{"slug": k, "label": label, "explain": explain[k], "lines": found[k]} for k, label in report.KINDS.items()]
    return render(request, "toezicht/report.html", {
        "form": form, "kinds": kinds, "date_from": date_from, "date_to": date_to, "limit": report.LIMIT})


@requires("toezicht.report")
def report_rows(request, kind):
    """The audit rows behind one line: ?wie=<user id>&van=…&tot=…(&uur=<ISO hour> for "veel")."""
    form, date_from, date_to = _period(request)
    who = request.GET.get("wie", "")
    person = User.objects.filter(pk=int(who)).first() if who.isdigit() else None
    hour = _hour(request.GET.get("uur", "")) if kind == "veel" else None
    events = report.rows(kind=kind, actor_pk=getattr(person, "pk", -1), date_from=date_from, date_to=date_to,
                         hour=hour)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    labels = {name: a.label for name, a in ACTIONS.items()}
    lines = [(e, labels.get(e.action, e.action)) for e in page]  # read before this opening's own row
    with transaction.atomic():
        guard(request.user, "toezicht.report", detail={"soort": kind, "wie": getattr(person, "pk", None),
                                                       "van": str(date_from), "tot": str(date_to),
                                                       "uur": hour.isoformat() if hour else None})
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "toezicht/report_rows.html", {
        "kind": report.KINDS[kind], "who": person, "lines": lines, "page": page, "query": query.urlencode(),
        "date_from": date_from, "date_to": date_to, "hour": hour})


def _hour(value):
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
