"""The security log: log-ins, failures, lock-outs and refused attempts.

The team leader reads the events of their own team's members; the privacy officer
(privacyfunctionaris) reads all of them. Opening the page leaves a row itself.
"""
from django import forms
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.policy import guard
from leefwereld.access.views import requires
from leefwereld.accounts.models import Role, User
from leefwereld.audit.security import SECURITY_EVENTS, security_events
from leefwereld.core.forms import DateInput, LeefwereldFormMixin

PAGE_SIZE = 50


class SecurityFilterForm(LeefwereldFormMixin, forms.Form):
    actor = forms.ModelChoiceField(label=gettext_lazy("Wie"), queryset=User.objects.none(), required=False,
                                   empty_label=gettext_lazy("Iedereen"))
    action = forms.ChoiceField(label=gettext_lazy("Soort"), required=False)
    date_from = forms.DateField(label=gettext_lazy("Vanaf"), required=False, widget=DateInput)
    date_to = forms.DateField(label=gettext_lazy("Tot en met"), required=False, widget=DateInput)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = people
        self.fields["action"].choices = [("", _("Alles"))] + [(k, v) for k, v in SECURITY_EVENTS.items()]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            self.add_error("date_to", _("De einddatum ligt voor de begindatum."))
        return cleaned


def _scope(actor):
    """(team_pk or None for everything, the people the filter offers)."""
    people = User.objects.order_by("first_name", "last_name")
    if actor.role == Role.PRIVACY:
        return None, people
    team_pk = actor.team_id or -1  # a team leader without a team sees nothing
    return team_pk, people.filter(team_id=team_pk)


@requires("security.view_log")
def security_log(request):
    actor = request.user
    team_pk, people = _scope(actor)
    form = SecurityFilterForm(request.GET or None, people=people)
    filters = {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = {"actor_pk": getattr(data.get("actor"), "pk", None), "action": data.get("action") or None,
                   "date_from": data.get("date_from"), "date_to": data.get("date_to")}
    events = security_events(team_pk=team_pk, **filters)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    rows = [(e, SECURITY_EVENTS.get(e.action, e.action)) for e in page]  # read before this opening's own row
    with transaction.atomic():
        guard(actor, "security.view_log", detail={k: str(v) for k, v in filters.items() if v})
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "workspace/security_log.html", {
        "form": form, "page": page, "rows": rows, "query": query.urlencode(), "everything": team_pk is None})
