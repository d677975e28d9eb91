"""Screens for guidelines, deviations, casusoverleg, the consistency spread and the barrier register."""
import csv
import datetime as dt

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.policy import show
from leefwereld.access.views import requires
from leefwereld.accounts.models import Role
from leefwereld.core.datum import datum
from leefwereld.core.forms import save_with_form
from leefwereld.residents import selectors as resident_selectors

from . import charts, consistency, forms, selectors, services
from .models import BarrierSource, BarrierStatus, Deviation, DeviationStatus, Guideline, WordtRegel


def _page(request, template, **context):
    return render(request, f"ruimte/{template}.html", context)


def _form_page(request, form, *, title, back, back_label, intro="", side=None):
    return render(request, "ruimte/form.html", {"form": form, "title": title, "back": back, "back_label": back_label,
                                                "intro": intro, **(side or {})})


# --- Guidelines ---------------------------------------------------------------------------------

@requires("guidelines.view")
def guideline_list(request):
    query = request.GET.get("q", "")[:100]
    return _page(request, "guidelines", guidelines=selectors.guidelines(query=query), query=query)


@requires("guidelines.view")
def guideline_detail(request, code):
    guideline = selectors.guideline_get(code=code)
    return _page(request, "guideline", g=guideline, versions=selectors.guideline_versions(guideline=guideline),
                 may_manage=request.user.role == "beheerder")


@requires("guidelines.manage")
def guideline_new(request):
    form = forms.GuidelineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = {}
        if save_with_form(form, lambda: result.update(g=services.guideline_create(actor=request.user,
                                                                                   **form.cleaned_data))):
            messages.success(request, _("Richtlijn opgeslagen."))
            return redirect("ruimte:guideline", code=result["g"].code)
    return _form_page(request, form, title=_("Nieuwe richtlijn"), back=reverse("ruimte:guidelines"),
                      back_label=_("Richtlijnen"))


def _proposals(guideline):
    """Deviations that say "this should become the rule", anonymised for the administrator: the case by
    its reference, what was done instead with the resident's names taken out."""
    rows = list(Deviation.objects.filter(guideline=guideline, became_rule__isnull=True,
                                         wordt_regel__in=(WordtRegel.JA, WordtRegel.MISSCHIEN))
                .exclude(status=DeviationStatus.GEWEIGERD).select_related("person").order_by("-created_at")[:20])
    for d in rows:
        instead = consistency.without_names(d.instead, d.person)[:120]
        d.proposal_label = f"{services.case_ref(d)} · {d.get_status_display()} · {instead}"
    return rows


@requires("guidelines.manage")
def guideline_version(request, code):
    guideline = selectors.guideline_get(code=code)
    current = guideline.current
    initial = {f: getattr(current, f) for f in services.GUIDELINE_TEXT} if current else {}
    initial["valid_from"] = timezone.localdate()
    form = forms.GuidelineVersionForm(request.POST or None, initial=initial, guideline=guideline,
                                      proposals=_proposals(guideline))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if save_with_form(form, lambda: services.guideline_version_add(actor=request.user, guideline=guideline,
                                                                       deviations=data.pop("deviations", ()),
                                                                       **data)):
            messages.success(request, _("Nieuwe versie van de richtlijn opgeslagen."))
            return redirect("ruimte:guideline", code=guideline.code)
    return _form_page(request, form, title=_("Nieuwe versie: %(t)s") % {"t": guideline.title},
                      back=reverse("ruimte:guideline", args=[guideline.code]), back_label=guideline.title)


# --- Deviations ---------------------------------------------------------------------------------

@requires("deviations.create")
def deviation_new(request, person_id):
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="deviations.create")
    resident_selectors.blanco_leave(actor=request.user, person=person)
    code = request.POST.get("guideline_code") or request.GET.get("richtlijn", "")
    guideline = Guideline.objects.filter(code=code).select_related("current").first() if code else None
    form = forms.DeviationForm(request.POST or None, initial={"guideline": guideline})
    if form.is_bound and form.is_valid() and form.cleaned_data["guideline"]:
        guideline = form.cleaned_data["guideline"]
    # Without a guideline there is nothing to compare with: no panel, rather than "never decided before".
    similar = consistency.similar_decisions(actor=request.user, guideline=guideline,
                                            exclude_household=person.household_id) if guideline else None
    usual = consistency.usual_outcome(similar or [])
    if request.method == "POST" and form.is_valid():
        result = {}
        if save_with_form(form, lambda: result.update(d=services.deviation_record(
                actor=request.user, person=person, usual=usual, **form.cleaned_data))):
            messages.success(request, _("Afwijking vastgelegd. Bespreek haar met een collega of in het casusoverleg."))
            return redirect("ruimte:deviation", public_id=result["d"].public_id)
    return _form_page(request, form, title=_("Afwijking openlijk vastleggen"),
                      back=reverse("workspace:person", args=[person.public_id]), back_label=person.full_name,
                      intro=_("Schrijf op wat je echt doet en waarom. De organisatie draagt dit mee als de teamleider "
                              "dekking geeft."),
                      side={"similar": similar, "usual": usual, "room_guideline": guideline})


@requires("deviations.view")
def deviation_detail(request, public_id):
    d = selectors.deviation_get(actor=request.user, public_id=public_id)
    steps, besprekingen = selectors.deviation_trail(actor=request.user, deviation=d)
    similar = consistency.similar_decisions(actor=request.user, guideline=d.guideline,
                                            exclude_household=d.household_id) if d.guideline_id else None
    return _page(request, "deviation", d=d, steps=steps, besprekingen=besprekingen, similar=similar,
                 usual=consistency.usual_outcome(similar or []),
                 waarden=selectors.deviation_waarden(deviation=d),
                 is_author=d.author_id == request.user.pk, refused=d.status == DeviationStatus.GEWEIGERD,
                 has_barrier=hasattr(d, "barrier"), case_ref=services.case_ref(d))


STEPS = {
    # slug: (action, form, service, title, done)
    "bespreken": ("deviations.discuss", forms.WordsForm, "deviation_discuss", _("Besproken met een collega"),
                  _("Bespreking vastgelegd.")),
    "casusoverleg": ("deviations.discuss", forms.CasusoverlegForm, "casusoverleg_record",
                     _("Besproken in het casusoverleg"), _("Casusoverleg vastgelegd.")),
    "dekking": ("deviations.cover", forms.WordsForm, "deviation_cover", _("Dekking geven"),
                _("Dekking gegeven: de organisatie draagt deze afwijking.")),
    "geen-dekking": ("deviations.cover", forms.WordsForm, "deviation_decline_cover", _("Geen dekking, met reden"),
                     _("Opgeslagen: geen dekking.")),
    "weigeren": ("deviations.cover", forms.RefuseForm, "deviation_refuse", _("Afwijking weigeren"),
                 _("Geweigerd. Je kunt het nu als belemmering melden.")),
}


def _deviation_step(request, public_id, step):
    action, form_class, service, title, done = STEPS[step]
    d = selectors.deviation_get(actor=request.user, public_id=public_id, action=action)
    initial = {"held_on": timezone.localdate()} if step == "casusoverleg" else {}
    form = form_class(request.POST or None, initial=initial)
    call = getattr(services, service)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: call(actor=request.user, deviation=d, **form.cleaned_data)):
        messages.success(request, done)
        return redirect("ruimte:deviation", public_id=d.public_id)
    return _form_page(request, form, title=title, back=reverse("ruimte:deviation", args=[d.public_id]),
                      back_label=d.rule)


@requires("deviations.discuss")
def deviation_discuss(request, public_id, step):
    return _deviation_step(request, public_id, step)


@requires("deviations.cover")
def deviation_cover(request, public_id, step):
    return _deviation_step(request, public_id, step)


@requires("deviations.team")
def team(request):
    return _page(request, "team", deviations=selectors.team_deviations(actor=request.user),
                 overleggen=selectors.casusoverleggen(actor=request.user))


@requires("consistency.spread")
def spread(request):
    form = forms.SpreadForm(request.GET or None)
    today = timezone.localdate()
    since, until = today.replace(month=1, day=1), today
    if form.is_valid():
        since = form.cleaned_data["since"] or since
        until = form.cleaned_data["until"] or until
    # Policy staff see every team together (aggregates, no resident); a team leader sees the own team.
    whole = request.user.role == Role.BELEID
    team_id = None if whole else request.user.team_id
    rows = consistency.spread(guidelines=selectors.guidelines(), team_id=team_id, since=since,
                              until=until) if team_id or whole else []
    show(request.user, "consistency.spread", detail={"since": since.isoformat(), "until": until.isoformat(),
                                                     "team": team_id})
    return _page(request, "spread", form=form, rows=rows, chart=charts.spread_chart(rows), since=since,
                 until=until, has_team=bool(team_id) or whole, whole=whole)


# --- Barriers -----------------------------------------------------------------------------------

@requires("barriers.view")
def barriers(request):
    reported, owned = selectors.my_barriers(actor=request.user)
    return _page(request, "barriers", reported=reported, owned=owned,
                 anonymous=any(b.anonymous_view for b in (*reported, *owned)))


# One B1 line on every form whose words leave the team (ADR 0047).
OUTSIDE_READS_ANONYMISED = gettext_lazy("Mensen buiten uw team lezen een versie zonder namen, adressen en "
                                        "geboortedata.")


def _barrier_form(request, *, initial, deviation=None, back, back_label, intro=""):
    form = forms.BarrierForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        result = {}
        if save_with_form(form, lambda: result.update(b=services.barrier_report(
                actor=request.user, deviation=deviation, **form.cleaned_data))):
            messages.success(request, _("Belemmering gemeld. U ziet op uw werkvoorraad wanneer er antwoord is."))
            return redirect("ruimte:barrier", public_id=result["b"].public_id)
    return _form_page(request, form, title=_("Belemmering melden"), back=back, back_label=back_label,
                      intro=" ".join(str(x) for x in (intro, OUTSIDE_READS_ANONYMISED) if x))


@requires("barriers.report")
def barrier_new(request):
    return _barrier_form(request, initial={"source": BarrierSource.WERKPROCES}, back=reverse("ruimte:barriers"),
                         back_label=_("Belemmeringen"))


@requires("barriers.report")
def barrier_from_deviation(request, public_id):
    """A refused deviation offered as a barrier in one step: the rule and what was tried come along."""
    d = selectors.deviation_get(actor=request.user, public_id=public_id)
    refusal = d.steps.filter(kind="geweigerd").last()
    initial = {"title": _("Geweigerd: %(rule)s") % {"rule": d.rule}, "guideline": d.guideline,
               "source": BarrierSource.LOKALE_REGEL,
               "proposal": d.instead, "tried": refusal.tried if refusal else "",
               "owner": request.user.team and request.user.team.members.filter(role="teamleider").first()}
    return _barrier_form(request, initial=initial, deviation=d, back=reverse("ruimte:deviation", args=[d.public_id]),
                         back_label=d.rule, intro=_("De casus wordt alleen met een kenmerk genoemd (%(ref)s).") % {
                             "ref": services.case_ref(d)})


@requires("barriers.view")
def barrier_detail(request, public_id):
    b = selectors.barrier_get(actor=request.user, public_id=public_id)
    may_answer = services.may_answer(request.user, b) and b.is_open
    form = forms.BarrierMoveForm(current=b.status) if may_answer else None
    return _page(request, "barrier", b=b, steps=selectors.barrier_steps(actor=request.user, barrier=b), form=form,
                 stale=b.is_open and b.moved_at < services.stale_before(),
                 may_hand_over=services.may_hand_over(request.user, b))


@requires("barriers.answer")
def barrier_hand_over(request, public_id):
    """A barrier at the wrong level goes to a new owner; the reporter sees it in the trail."""
    b = selectors.barrier_get(actor=request.user, public_id=public_id)
    form = forms.BarrierHandOverForm(request.POST or None, current_owner=b.owner)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.barrier_hand_over(actor=request.user, barrier=b, **form.cleaned_data)):
        messages.success(request, _("Overgedragen. De nieuwe eigenaar ziet de belemmering op de werkvoorraad."))
        return redirect("ruimte:barrier", public_id=b.public_id)
    return _form_page(request, form, title=_("Belemmering aan een andere eigenaar geven"),
                      back=reverse("ruimte:barrier", args=[b.public_id]), back_label=b.title,
                      intro=" ".join((_("Nu bij: %(name)s.") % {"name": b.owner.get_full_name()},
                                      str(OUTSIDE_READS_ANONYMISED))))


@requires("barriers.answer")
def barrier_answer(request, public_id):
    b = selectors.barrier_get(actor=request.user, public_id=public_id)
    form = forms.BarrierMoveForm(request.POST or None, current=b.status)
    if request.method == "POST" and form.is_valid() and save_with_form(
            form, lambda: services.barrier_move(actor=request.user, barrier=b, **form.cleaned_data)):
        messages.success(request, _("Opgeslagen. Wie het meldde, ziet uw antwoord op de werkvoorraad."))
        return redirect("ruimte:barrier", public_id=b.public_id)
    return _form_page(request, form, title=_("Belemmering beantwoorden"),
                      back=reverse("ruimte:barrier", args=[b.public_id]), back_label=b.title,
                      intro=OUTSIDE_READS_ANONYMISED)


AGE_LABELS = {"weken": gettext_lazy("minder dan 4 weken geleden gemeld"),
              "maanden": gettext_lazy("4 tot 13 weken geleden gemeld"),
              selectors.AGE_OLDEST: gettext_lazy("13 weken of langer geleden gemeld")}


@requires("barriers.register")
def register(request):
    form = forms.RegisterFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows, counts = selectors.register(actor=request.user, source=filters.get("source", ""),
                                      status=filters.get("status", ""), group=filters.get("group") or "source")
    if request.GET.get("export") == "csv":
        return _csv(rows)
    labels = {**dict(BarrierSource.choices), **dict(BarrierStatus.choices), **AGE_LABELS}
    for c in counts:
        key = next(iter(k for k in c if k != "n"))
        c["label"] = labels.get(c[key], c[key])
    if filters.get("group") == "owner":
        from django.contrib.auth import get_user_model

        names = {u.pk: u.get_full_name() for u in get_user_model().objects.filter(pk__in=[c["owner"] for c in counts])}
        for c in counts:
            c["label"] = names.get(c["owner"], "")
    return _page(request, "register", rows=rows, counts=counts, form=form, query=request.GET.urlencode(),
                 anonymous=any(b.anonymous_view for b in rows))


def _csv(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="belemmeringen-{dt.date.today():%Y-%m-%d}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Belemmering"), _("Bron"), _("Stand"), _("Eigenaar"), _("Gemeld op"), _("Laatst bewogen"),
                     _("Dagen oud"), _("Te lang blijven liggen"), _("Wachttijd (weken)"), _("Wachtenden"),
                     _("Kost aan geld"), _("Voorstel")])
    for b in rows:
        writer.writerow([_safe(b.title), b.get_source_display(), b.get_status_display(), b.owner.get_full_name(),
                         datum(b.created_at.date()), datum(b.moved_at.date()), b.age_days,
                         _("ja") if b.stale else _("nee"), b.waiting_weeks or "", b.waiting_count or "",
                         b.cost_money or "", _safe(b.proposal)])
    return response


def _safe(text):
    """No spreadsheet formulas from typed text (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
