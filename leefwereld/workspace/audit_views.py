"""The team leader's audit view: who looked at or changed what, with filters and a CSV export."""
import csv

from django import forms
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.actions import ACTIONS
from leefwereld.access.views import requires
from leefwereld.accounts.models import User
from leefwereld.audit.selectors import audit_events_for_team
from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.residents.selectors import persons_by_pks

PAGE_SIZE = 100


class AuditFilterForm(LeefwereldFormMixin, forms.Form):
    actor = forms.ModelChoiceField(label=gettext_lazy("Wie"), queryset=User.objects.none(), required=False,
                                   empty_label=gettext_lazy("Iedereen"))
    action = forms.ChoiceField(label=gettext_lazy("Handeling"), required=False)
    date_from = forms.DateField(label=gettext_lazy("Vanaf"), required=False, widget=DateInput)
    date_to = forms.DateField(label=gettext_lazy("Tot en met"), required=False, widget=DateInput)

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


def _events(request):
    form = AuditFilterForm(request.GET or None, team=request.user.team)
    filters = {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = {"actor_pk": getattr(data.get("actor"), "pk", None), "action": data.get("action") or None,
                   "date_from": data.get("date_from"), "date_to": data.get("date_to")}
    return form, audit_events_for_team(team_pk=request.user.team_id, **filters)


@requires("audit.view_team")
def team_audit(request):
    form, events = _events(request)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    people = persons_by_pks(actor=request.user, pks={e.person_pk for e in page if e.person_pk})
    rows = [(e, people.get(e.person_pk), ACTIONS.get(e.action)) for e in page]
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "workspace/team_audit.html",
                  {"form": form, "page": page, "rows": rows, "query": query.urlencode()})


class _Echo:
    def write(self, value):
        return value


@requires("audit.view_team")
def team_audit_csv(request):
    _form, events = _events(request)

    def rows():
        writer = csv.writer(_Echo())
        yield writer.writerow(["tijdstip", "wie", "rol", "handeling", "persoon_id", "huishouden_id", "gegeven",
                               "kenmerk", "reden", "vanaf_adres"])
        for e in events.iterator(chunk_size=2000):
            yield writer.writerow([timezone.localtime(e.at).isoformat(), e.actor_name, e.actor_role, e.action,
                                   e.person_pk or "", e.household_pk or "", e.object_type, e.object_ref,
                                   e.reason, e.ip or ""])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="logboek-{timezone.localdate()}.csv"'
    return response
