"""Writes on costs, budgets and contributions. Each calls guard(); nothing negative, every cost with its law."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions.models import Uitkomst, Wet
from leefwereld.ruimte.consistency import differs_from_usual

from .models import Bijdrage, BijdrageKind, BijdrageRegel, BijdrageRegelVersie, Budget, Cost, CostKind, CostLine

CENT = Decimal("0.01")


def _euro(value):
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def one_off_limit():
    """Up to this amount one-off help is booked without a decision letter (the verordening's own limit)."""
    return Decimal(str(getattr(settings, "LEEFWERELD_EENMALIG_MAX", "250")))


def _check_wet(wet):
    if wet not in Wet.values:
        raise ApplicationError(_("Kies de wet die dit betaalt."), field="wet")


def _lines(lines):
    """Each line: an amount, or unit price × quantity × periods. Nothing negative."""
    result = []
    for line in lines:
        what = (line.get("what") or "").strip()
        unit_price, quantity, periods = line.get("unit_price"), line.get("quantity"), line.get("periods") or 1
        amount = line.get("amount")
        if not what and amount is None and unit_price is None:
            continue
        if any(v is not None and v < 0 for v in (unit_price, quantity, amount)) or periods < 1:
            raise ApplicationError(_("Kosten kunnen niet negatief zijn."), field="amount")
        if amount is None:
            if unit_price is None:
                raise ApplicationError(_("Vul een bedrag in, of een prijs per eenheid met een aantal."),
                                       field="amount")
            amount = unit_price * (quantity if quantity is not None else 1) * periods
        if not what:
            raise ApplicationError(_("Schrijf bij elk bedrag waarvoor het is."), field="what")
        result.append({"what": what[:200], "unit_price": unit_price, "quantity": quantity, "periods": periods,
                       "amount": _euro(amount)})
    if not result:
        raise ApplicationError(_("Vul minstens één bedrag in."), field="amount")
    return result


def _book(actor, *, person, kind, what, wet, lines, booked_on, action, plan=None, voorziening=None, guideline=None,
          from_free_part=False, why_differs=""):
    total = sum((line["amount"] for line in lines), Decimal("0"))
    guard(actor, action, person=person, detail={"kind": kind, "wet": wet, "total": str(total)})
    cost = Cost.objects.create(household_id=person.household_id, person=person, plan=plan, kind=kind, what=what[:200],
                               wet=wet, year=booked_on.year, booked_on=booked_on, total=total,
                               voorziening=voorziening, guideline=guideline, from_free_part=from_free_part,
                               team_id=person.household.team_id, why_differs=why_differs, by=actor)
    CostLine.objects.bulk_create([CostLine(household_id=person.household_id, cost=cost, **line) for line in lines])
    return cost


def unit_price_of(voorziening):
    """What one unit costs the municipality: for a provision chosen from the sociale kaart, the maatwerk
    entry's price (the tariff as it stands when booked); otherwise the price the provision states."""
    if voorziening.kaart_entry_id is not None:
        return voorziening.kaart_entry.unit_price
    return voorziening.unit_price


def periods_of(voorziening):
    """How many weeks or months a provision runs (by its unit), within its dates; 1 when it has no period."""
    unit = (voorziening.unit or (voorziening.kaart_entry.unit if voorziening.kaart_entry_id else "")).lower()
    starts, ends = voorziening.starts_on, voorziening.ends_on
    if not (starts and ends):
        return 1
    days = (ends - starts).days + 1
    if "week" in unit:
        return max(1, round(days / 7))
    if "maand" in unit:
        return max(1, round(days / 30.4375))
    return 1


def cost_book_voorziening(*, actor, voorziening):
    """Book what a granted provision costs: its amount, or unit price × quantity × period."""
    if voorziening.uitkomst == Uitkomst.AFGEWEZEN:
        raise ApplicationError(_("Een afgewezen voorziening kost niets."))
    if Cost.objects.filter(voorziening=voorziening).exists():
        raise ApplicationError(_("De kosten van deze voorziening zijn al geboekt."))
    b = voorziening.beschikking
    if b.decided_on is None:
        raise ApplicationError(_("Boek de kosten als het besluit is vastgesteld."))
    line = {"what": voorziening.product, "amount": voorziening.amount, "unit_price": unit_price_of(voorziening),
            "quantity": voorziening.quantity, "periods": periods_of(voorziening)}
    if line["amount"] is not None:
        line.update(unit_price=None, quantity=None, periods=1)
    with transaction.atomic():
        return _book(actor, person=b.person, kind=CostKind.VOORZIENING, what=voorziening.product,
                     wet=voorziening.wet, lines=_lines([line]), booked_on=voorziening.starts_on or b.decided_on,
                     action="costs.book", plan=b.plan, voorziening=voorziening)


def help_book(*, actor, person, what, lines, wet=Wet.PARTICIPATIEWET, guideline=None, plan=None,
              from_free_part=False, why_differs="", usual=None, booked_on=None):
    """Small one-off help, booked in seconds without a decision letter, up to the verordening's limit.

    `usual` is what the team usually gives for this guideline (ruimte.consistency.usual_outcome); an
    amount far from it asks one sentence on why."""
    _check_wet(wet)
    if not (what or "").strip():
        raise ApplicationError(_("Schrijf op waarvoor de hulp is."), field="what")
    lines = _lines(lines)
    total = sum((line["amount"] for line in lines), Decimal("0"))
    if total > one_off_limit():
        raise ApplicationError(_("Boven € %(max)s is een beschikking nodig.") % {"max": one_off_limit()},
                               field="amount")
    if differs_from_usual(total, usual) and not (why_differs or "").strip():
        raise ApplicationError(_("Dit bedrag wijkt af van wat het team meestal geeft. Zeg in één zin waarom."),
                               field="why_differs")
    with transaction.atomic():
        return _book(actor, person=person, kind=CostKind.EENMALIG, what=what, wet=wet, lines=lines,
                     booked_on=booked_on or timezone.localdate(), action="costs.book", plan=plan,
                     guideline=guideline, from_free_part=from_free_part, why_differs=why_differs)


def budget_set(*, actor, year, wet, amount, free_amount=Decimal("0"), team=None, population="", social_goal=""):
    """A budget line for a year and a law (and a neighbourhood's population). A new figure is a new line
    per year, law and team; changing it is recorded in the audit log with what it was."""
    _check_wet(wet)
    if year is None or not 2000 <= year <= 2100:
        raise ApplicationError(_("Vul een jaar in."), field="year")
    if amount is None or amount < 0:
        raise ApplicationError(_("Een budget kan niet negatief zijn."), field="amount")
    free_amount = free_amount or Decimal("0")
    if free_amount < 0 or free_amount > amount:
        raise ApplicationError(_("Het vrije deel ligt tussen nul en het hele budget."), field="free_amount")
    with transaction.atomic():
        existing = Budget.objects.select_for_update().filter(year=year, wet=wet, team=team).first()
        guard(actor, "budgets.manage", obj=existing, detail={
            "year": year, "wet": wet, "team": getattr(team, "pk", None), "amount": str(amount),
            "was": str(existing.amount) if existing else None})
        if existing:
            Budget.objects.filter(pk=existing.pk).update(amount=amount, free_amount=free_amount,
                                                         population=population, social_goal=social_goal, by=actor)
            existing.refresh_from_db()
            return existing
        return Budget.objects.create(year=year, wet=wet, team=team, population=population, social_goal=social_goal,
                                     amount=amount, free_amount=free_amount, by=actor)


def _check_rule_text(monthly_amount, words, valid_from, reason):
    if monthly_amount is None or monthly_amount < 0:
        raise ApplicationError(_("Een bedrag kan niet negatief zijn."), field="monthly_amount")
    if not (words or "").strip():
        raise ApplicationError(_("Leg de regel uit in gewone woorden."), field="words")
    if valid_from is None:
        raise ApplicationError(_("Vul in vanaf wanneer de regel geldt."), field="valid_from")
    if not (reason or "").strip():
        raise ApplicationError(_("Schrijf op waarom de regel verandert."), field="reason")


def bijdrage_regel_create(*, actor, name, kind, monthly_amount, words, valid_from, wet=""):
    """A new contribution rule with its first version (the functional administrator's)."""
    if not (name or "").strip():
        raise ApplicationError(_("Geef de regel een naam."), field="name")
    if kind not in BijdrageKind.values:
        raise ApplicationError(_("Kies: eigen bijdrage, korting of terugbetaling."), field="kind")
    if wet:
        _check_wet(wet)
    _check_rule_text(monthly_amount, words, valid_from, _("Eerste versie"))
    if BijdrageRegel.objects.filter(name__iexact=name.strip()).exists():
        raise ApplicationError(_("Er is al een regel met deze naam. Maak daar een nieuwe versie van."), field="name")
    with transaction.atomic():
        regel = BijdrageRegel.objects.create(name=name.strip(), kind=kind, wet=wet)
        guard(actor, "budgets.manage", obj=regel, detail={"bijdrageregel": regel.name})
        BijdrageRegelVersie.objects.create(regel=regel, number=1, monthly_amount=_euro(monthly_amount), words=words,
                                           valid_from=valid_from, reason=_("Eerste versie"), by=actor)
    return regel


def bijdrage_regel_version_add(*, actor, regel, monthly_amount, words, valid_from, reason):
    """A new version from its effective date. The old versions stay as they were: a contribution decided
    before keeps the version it was decided under; one decided from `valid_from` on gets this one."""
    _check_rule_text(monthly_amount, words, valid_from, reason)
    with transaction.atomic():
        BijdrageRegel.objects.select_for_update().get(pk=regel.pk)  # one new version at a time per rule
        latest = regel.versions.order_by("-valid_from").first()
        if latest and valid_from <= latest.valid_from:
            raise ApplicationError(_("Een nieuwe versie begint na de vorige (die geldt vanaf %(day)s).") % {
                "day": latest.valid_from.strftime("%d-%m-%Y")}, field="valid_from")
        guard(actor, "budgets.manage", obj=regel, detail={
            "bijdrageregel": regel.name, "from": str(latest.monthly_amount) if latest else None,
            "to": str(_euro(monthly_amount)), "valid_from": valid_from.isoformat()})
        return BijdrageRegelVersie.objects.create(
            regel=regel, number=(latest.number if latest else 0) + 1, monthly_amount=_euro(monthly_amount),
            words=words, valid_from=valid_from, reason=reason, by=actor)


def bijdrage_add(*, actor, person, kind, scheme, monthly_amount, starts_on, ends_on=None, wet="", rule=None):
    if kind not in BijdrageKind.values:
        raise ApplicationError(_("Kies: eigen bijdrage, korting of terugbetaling."), field="kind")
    if not (scheme or "").strip():
        raise ApplicationError(_("Schrijf op waarvoor."), field="scheme")
    if monthly_amount is None or monthly_amount < 0:
        raise ApplicationError(_("Een bedrag kan niet negatief zijn."), field="monthly_amount")
    if starts_on is None:
        raise ApplicationError(_("Vul in vanaf wanneer."), field="starts_on")
    if ends_on and ends_on < starts_on:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="ends_on")
    version = rule.version_on(starts_on) if rule is not None else None
    if rule is not None and version is None:
        raise ApplicationError(_("Deze regel gold op die dag nog niet. Kies een latere datum of geen regel."),
                               field="starts_on")
    with transaction.atomic():
        guard(actor, "contributions.manage", person=person, detail={
            "kind": kind, "monthly": str(monthly_amount), "rule_version": version.pk if version else None})
        return Bijdrage.objects.create(household_id=person.household_id, person=person, kind=kind, scheme=scheme,
                                       wet=wet, rule=rule, rule_version=version, monthly_amount=_euro(monthly_amount),
                                       starts_on=starts_on, ends_on=ends_on, by=actor)


def year_start(year):
    return dt.date(year, 1, 1)
