"""The privacy officer's report of unusual access (NEN 7513): five kinds, each a fixed query on the audit log.

Each kind is a condition on AuditEvent plus how its rows are grouped: per professional, and for "many files"
per professional and hour. The report counts; the drill-down (rows()) lists the audit rows behind a count with
the same condition. Every query starts from the period (the index on `at`), so it reads the period's rows only.
"""
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import ExtractHour, ExtractIsoWeekDay, TruncHour
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.audit.models import AuditEvent

OVERRIDES = ("sharing.safety", "persons.open_file")  # safety over consent; a blanco file opened on purpose
LIMIT = 50  # lines per kind; the drill-down has every row


def _about_a_file():
    return Q(household_pk__isnull=False, actor__isnull=False)


def _outside_hours():
    start, end = settings.LEEFWERELD_WERKTIJD
    return Q(local_hour__lt=start) | Q(local_hour__gte=end) | Q(local_weekday__gte=6)


KINDS = {
    "veel": _("Veel dossiers in korte tijd"),
    "ander_team": _("Dossiers van een ander team"),
    "noodtoegang": _("Noodtoegang"),
    "voorrang": _("Veiligheid ging voor, of een blanco dossier toch geopend"),
    "buiten_werktijd": _("Buiten werktijd"),
}
EXPLAIN = {
    "veel": _("Wie in één uur %(n)s of meer verschillende huishoudens bekeek of veranderde."),
    "ander_team": _("Wie een dossier opende van een huishouden dat bij een ander wijkteam hoort."),
    "noodtoegang": _("Wie een dossier buiten het eigen team opende in een noodsituatie, met de reden."),
    "voorrang": _("Wie zonder toestemming deelde omdat veiligheid voorging, of een blanco voorbereiding doorbrak."),
    "buiten_werktijd": _("Wie een dossier opende voor %(van)s uur, na %(tot)s uur of in het weekend."),
}


def period_bounds(date_from, date_to):
    tz = timezone.get_current_timezone()
    return (timezone.make_aware(datetime.combine(date_from, time.min), tz),
            timezone.make_aware(datetime.combine(date_to + timedelta(days=1), time.min), tz))


def _events(kind, start, end):
    qs = AuditEvent.objects.filter(at__gte=start, at__lt=end)
    if kind == "noodtoegang":
        return qs.filter(action="noodtoegang.open")
    if kind == "voorrang":
        return qs.filter(action__in=OVERRIDES)
    qs = qs.filter(_about_a_file())
    if kind == "ander_team":
        return qs.filter(household_team_pk__isnull=False, actor_team_pk__isnull=False).exclude(
            household_team_pk=F("actor_team_pk")).exclude(action__startswith="noodtoegang.")
    if kind == "buiten_werktijd":
        return qs.annotate(local_hour=ExtractHour("at"), local_weekday=ExtractIsoWeekDay("at")).filter(
            _outside_hours())
    return qs  # "veel" groups these per hour


def kind_query(kind, start, end):
    """The grouped query of one kind: one line per professional (and hour, for "veel")."""
    qs = _events(kind, start, end)
    if kind == "veel":
        return (qs.annotate(hour=TruncHour("at")).values("actor_id", "actor_name", "hour")
                .annotate(n=Count("household_pk", distinct=True), first=Min("at"), last=Max("at"))
                .filter(n__gte=settings.LEEFWERELD_TOEZICHT_VEEL_PER_UUR).order_by("-n", "hour", "actor_id"))
    return (qs.values("actor_id", "actor_name").annotate(n=Count("id"), first=Min("at"), last=Max("at"))
            .order_by("-n", "actor_id"))


def unusual_access(*, date_from, date_to):
    """{kind: [line, ...]} for the period: one query per kind, whatever the size of the log."""
    start, end = period_bounds(date_from, date_to)
    return {kind: list(kind_query(kind, start, end)[:LIMIT]) for kind in KINDS}


def rows(*, kind, actor_pk, date_from, date_to, hour=None):
    """The audit rows behind one line of the report, newest first."""
    start, end = period_bounds(date_from, date_to)
    if hour is not None:  # a line of "veel": that hour only
        start, end = max(start, hour), min(end, hour + timedelta(hours=1))
    return _events(kind, start, end).filter(actor_id=actor_pk).order_by("-at", "-id")
