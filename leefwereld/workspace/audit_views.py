"""The team leader's audit view: who looked at or changed what, with filters and a CSV export.

Looking at the log is itself logged (one row per page, ADR 0007). A resident is picked by name
through a POST, so no name lands in a URL; the filter then carries only their public id.
"""
import csv
import itertools

from django import forms
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.actions import ACTIONS
from leefwereld.access.policy import show
from leefwereld.access.views import requires
from leefwereld.accounts.models import User
from leefwereld.audit.selectors import audit_events_for_team
from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.residents.selectors import person_by_public_id, person_search

from .audit_lines import lines, safe_cell

PAGE_SIZE = 100
CSV_BATCH = 500


class AuditFilterForm(LeefwereldFormMixin, forms.Form):
    actor = forms.ModelChoiceField(label=gettext_lazy("Wie"), queryset=User.objects.none(), required=False,
                                   empty_label=gettext_lazy("Iedereen"))
    action = forms.ChoiceField(label=gettext_lazy("Handeling"), required=False)
    date_from = forms.DateField(label=gettext_lazy("Vanaf"), required=False, widget=DateInput)
    date_to = forms.DateField(label=gettext_lazy("Tot en met"), required=False, widget=DateInput)
    inwoner = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = User.objects.filter(team=team).order_by("first_name")
        self.fields["action"].choices = [("", _("Alle handelingen"))] + [
            (name, a.label) for name, a in ACTIONS.items() if a.audited
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum."))
        return cleaned


class ResidentPickForm(LeefwereldFormMixin, forms.Form):
    naam = forms.CharField(label=gettext_lazy("Inwoner zoeken op naam"), max_length=120)


def _filters(request):
    """The filter form, the resident it names (or None), and the filters for the selector."""
    form = AuditFilterForm(request.GET or None, team=request.user.team)
    if not (form.is_bound and form.is_valid()):
        return form, None, {}
    data = form.cleaned_data
    resident = None
    if data.get("inwoner"):
        resident = person_by_public_id(actor=request.user, public_id=data["inwoner"])
        if resident is None:
            form.add_error(None, _("Deze inwoner is niet gevonden in uw team."))
            return form, None, {"person_pk": -1}  # nothing matches rather than everything
    filters = {"actor_pk": getattr(data.get("actor"), "pk", None), "action": data.get("action") or None,
               "date_from": data.get("date_from"), "date_to": data.get("date_to"),
               "person_pk": getattr(resident, "pk", None), "household_pk": getattr(resident, "household_id", None)}
    return form, resident, filters


def _logged_filters(filters):
    return {k: str(v) for k, v in filters.items() if v}


@requires("audit.view_team")
def team_audit(request):
    form, resident, filters = _filters(request)
    pick = ResidentPickForm(request.POST or None)
    candidates = None
    if request.method == "POST" and pick.is_valid():
        candidates = person_search(actor=request.user, name=pick.cleaned_data["naam"])
    events = audit_events_for_team(team_pk=request.user.team_id, **filters)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    rows = lines(actor=request.user, events=page)
    # The log's reader is logged too, with the filter and the people this page names.
    show(request.user, "audit.view_team", person=resident,
         detail={"filters": _logged_filters(filters), "page": page.number},
         persons=[r.person.pk for r in rows if r.person],
         households=[r.household_obj.pk for r in rows if r.household_obj])
    query = request.GET.copy()
    query.pop("pagina", None)
    without_resident = query.copy()
    without_resident.pop("inwoner", None)
    return render(request, "workspace/team_audit.html", {
        "form": form, "pick": pick, "candidates": candidates, "resident": resident, "page": page, "rows": rows,
        "query": query.urlencode(), "query_without_resident": without_resident.urlencode(),
    })


class _Echo:
    def write(self, value):
        return value


CSV_HEADER = [gettext_lazy("Tijdstip"), gettext_lazy("Wie"), gettext_lazy("Rol"), gettext_lazy("Handeling"),
              gettext_lazy("Over wie"), gettext_lazy("Huishouden"), gettext_lazy("Soort gegeven"),
              gettext_lazy("Aantal getoonde personen"), gettext_lazy("Reden"), gettext_lazy("IP-adres")]


@requires("audit.view_team")
def team_audit_csv(request):
    """For Dutch Excel: ; as separator and a byte-order mark, so accents and columns come out right."""
    _form, resident, filters = _filters(request)
    events = audit_events_for_team(team_pk=request.user.team_id, **filters)
    actor = request.user
    # Which rows were exported follows from the filter and the time: the log only ever grows.
    show(actor, "audit.view_team", person=resident, detail={"filters": _logged_filters(filters), "export": "csv"})

    def rows():
        writer = csv.writer(_Echo(), delimiter=";")
        yield "\ufeff" + writer.writerow([str(h) for h in CSV_HEADER])
        iterator = events.iterator(chunk_size=CSV_BATCH)
        while batch := list(itertools.islice(iterator, CSV_BATCH)):
            for line in lines(actor=actor, events=batch):
                e = line.event
                yield writer.writerow([safe_cell(v) for v in [
                    timezone.localtime(e.at).strftime("%d-%m-%Y %H:%M:%S"), e.actor_name, line.role, line.what,
                    line.about, line.household, line.kind, line.shown or "", e.reason, e.ip or ""]])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="logboek-{timezone.localdate()}.csv"'
    return response
