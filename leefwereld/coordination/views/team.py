"""Team figures, never identifying: signals for collective work, and coordination time per month."""
import datetime as dt

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from leefwereld.access.views import requires
from leefwereld.core.forms import DateInput, LeefwereldFormMixin
from leefwereld.core.replica import replica_reads

from .. import clock, collective


class PeriodForm(LeefwereldFormMixin, forms.Form):
    once = False
    since = forms.DateField(label=_("Vanaf"), required=False, widget=DateInput)
    until = forms.DateField(label=_("Tot en met"), required=False, widget=DateInput)


@requires("collectief.view")
@replica_reads
def signals(request):
    today = clock.today()
    form = PeriodForm(request.GET or None)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    since = data.get("since") or today - dt.timedelta(days=91)
    until = data.get("until") or today
    if until < since:
        since, until = until, since
    return render(request, "coordination/collectief.html", {
        "form": form, "since": since, "until": until, "small": collective.SMALL_CELL,
        "rows": collective.signals_for_collective(since=since, until=until)})


@requires("coordinatietijd.view")
@replica_reads
def team_time(request):
    return render(request, "coordination/team_time.html", {
        "months": collective.time_for_team(team_id=request.user.team_id) if request.user.team_id else []})
