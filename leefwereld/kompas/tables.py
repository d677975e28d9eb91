"""From summed figures to what a page shows: a table per indicator and a bar chart drawn from it.

The chart is server-rendered SVG geometry (no script, no CDN); the same numbers are always in the table.
A suppressed cell (the council's view) is None: shown as "< 5", drawn as no bar.
"""
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Discipline
from leefwereld.decisions.models import Wet
from leefwereld.plans.models import ActorKind, Attainment
from leefwereld.ruimte.models import BarrierStatus, DeviationStatus

from .models import Measure

LABELS = {
    Measure.GEHOLPEN: {"licht": _("Snel antwoord (lichte route)"), "plan": _("Een plan"),
                       "besluit": _("Een besluit (beschikking)")},
    Measure.DOELEN: {str(v): label for v, label in Attainment.choices},
    Measure.WIE_DOET: dict(ActorKind.choices),
    Measure.TERMIJN: {"binnen": _("Binnen de termijn"), "buiten": _("Na de termijn")},
    Measure.TIJD: {"inwoner": _("Met de inwoner"), "coordinatie": _("Afstemmen rond de inwoner")},
}
ORDER = {
    Measure.GEHOLPEN: ["licht", "plan", "besluit"], Measure.DOELEN: ["2", "1", "0", "-1", "-2"],
    Measure.WIE_DOET: list(ActorKind.values), Measure.TERMIJN: ["binnen", "buiten"],
    Measure.TIJD: ["inwoner", "coordinatie"],
}
CHANGES = ["beter", "gelijk", "slechter"]


@dataclass
class Table:
    columns: list
    rows: list = field(default_factory=list)  # (label, [values])
    bar: int = 0  # which column the chart draws
    note: str = ""
    suppressed: bool = False  # a None is a hidden small number ("< 5"), not a missing one

    @property
    def empty(self):
        return not any(v for _label, values in self.rows for v in values if v)

    @property
    def cells(self):
        """Rows with each value beside its column's name (the narrow layout labels every cell)."""
        return [(label, list(zip(self.columns, values, strict=False))) for label, values in self.rows]

    def chart(self):
        return bar_chart([(label, values[self.bar]) for label, values in self.rows])


def _share(part, whole):
    return None if part is None or not whole else round(100 * part / whole)


def _counted(measure, values):
    """Count and share per category, in the measure's order."""
    order = ORDER.get(measure) or sorted(values)
    total = sum(v for v in values.values() if v)
    labels = LABELS.get(measure, {})
    return Table([_("Aantal"), _("Aandeel (%)")],
                 [(labels.get(c, c), [values.get(c, 0), _share(values.get(c, 0), total)]) for c in order])


def table_for(indicator, values, *, tags=None, caseload=None, estimates=None, experience=None, channels=None):
    """The table of one indicator from {category: value} summed over the chosen team, area and year."""
    measure = indicator.measure
    if measure == Measure.ERVARING:
        rows = [(q.label, [answered, agree]) for q, answered, agree, _counts in (experience or [])]
        note = str(_("Uit het cliëntervaringsonderzoek van dit jaar, voor de hele gemeente (anoniem)."))
        if channels:
            note += " " + str(_("Ingevulde vragenlijsten: %(how)s.")) % {
                "how": "; ".join(f"{label}: {n}" for label, n in channels)}
        return Table([_("Beantwoord"), _("(Helemaal) eens (%)")], rows, bar=1, note=note)
    if measure == Measure.TIJD:
        hours = {k: round(v / 60) if v is not None else None for k, v in values.items()}
        table = _counted(measure, hours)
        table.columns = [_("Uren"), _("Aandeel (%)")]
        return table
    if measure == Measure.LEEFGEBIEDEN:
        domains = sorted({c.split("|")[0] for c in values})
        rows = [(d, [values.get(f"{d}|{c}", 0) for c in CHANGES]) for d in domains]
        return Table([_("Beter"), _("Gelijk"), _("Slechter")], rows,
                     note=_("Volgens de inwoner zelf waar die het aangaf, anders volgens de professional."))
    if measure == Measure.UITKOMSTEN:
        rows = [(tag.label, [values.get(str(tag.pk), 0)]) for tag in (tags or [])]
        return Table([_("Aantal")], rows, note=_("Uitkomstlabels van afgesloten vragen en plannen bij dit resultaat."))
    if measure == Measure.CASELOAD:
        return _caseload(caseload or {}, estimates or {})
    return _counted(measure, values)


def _caseload(values, estimates):
    rows = []
    for code, label in Discipline.choices:
        people, staff = values.get(f"mensen|{code}"), values.get(f"professionals|{code}")
        if not people and not staff:
            continue
        per = round(people / staff) if people and staff else None
        rows.append((label, [people, staff, per, estimates.get(code)]))
    return Table([_("Mensen met een vaste contactpersoon"), _("Professionals"), _("Per professional"),
                  _("Eigen schatting van het team")], rows, bar=2,
                 note=_("Een gemiddelde per vakgebied, nooit per persoon. De schatting is die van het team zelf."))


ROW = 30
LEFT = 220
WIDTH = 600
TOP = 8


def bar_chart(points):
    """Horizontal bars: [(label, value or None)] -> geometry for kompas/_chart.html."""
    biggest = max([v for _label, v in points if v] or [1])
    span = WIDTH - LEFT - 60
    bars = []
    for n, (label, value) in enumerate(points):
        y = TOP + n * ROW
        length = round(span * value / biggest) if value else 0
        bars.append({"label": str(label)[:30], "value": value, "y": y, "text_y": y + 19, "bar_y": y + 6,
                     "length": length, "value_x": LEFT + length + 6})
    return {"width": WIDTH, "height": TOP * 2 + ROW * max(len(points), 1), "left": LEFT, "bars": bars}


# Barriers, deviations and costs: cut from a table protected over all teams (suppress.py), as the council's.
TOTAL = "__total__"
PROTECTED = (Measure.BELEMMERINGEN, Measure.AFWIJKINGEN, Measure.KOSTEN)
BARRIER_ROWS = ["gemeld", "aangepast", "afgeschaft", "gehandhaafd"]


def protected_columns(measure, categories):
    """Which categories are counts the protection works on (days and euros follow their counts)."""
    if measure == Measure.BELEMMERINGEN:
        return BARRIER_ROWS
    if measure == Measure.AFWIJKINGEN:
        return list(DeviationStatus.values)
    return sorted({c for c in categories if c.startswith("huishoudens|")} | {f"huishoudens|{w}" for w in Wet.values})


def _average(total, count):
    return None if count is None or total is None or not count else round(total / count)


def protected_table(measure, counts, raw, budgets=None):
    """counts: {category: int or None (hidden)}; raw: {category: int} for days and euros."""
    if measure == Measure.BELEMMERINGEN:
        labels = {"gemeld": _("Gemeld"), **dict(BarrierStatus.choices)}
        rows = [(labels[c], [counts.get(c, 0), None if c == "gemeld" else _average(raw.get(f"dagen|{c}"),
                                                                                      counts.get(c, 0))])
                for c in BARRIER_ROWS]
        return Table([_("Aantal"), _("Gemiddeld dagen tot besluit")], rows, suppressed=True, note=_(
            "Gemeld in de maand van melding, besloten in de maand van de laatste stap. Aantallen onder de 5 "
            "zijn verborgen (< 5), en de getallen waarmee je ze zou kunnen terugrekenen. Per wijkteam of de "
            "hele gemeente, niet per postcodegebied."))
    if measure == Measure.AFWIJKINGEN:
        total = counts.get(TOTAL)
        rows = [(label, [counts.get(code, 0), _share(counts.get(code, 0), total)])
                for code, label in DeviationStatus.choices]
        return Table([_("Aantal"), _("Aandeel (%)")], rows, suppressed=True, note=_(
            "Afwijkingen in de maand waarin ze zijn vastgelegd, naar hun stand nu. Gedekt: de teamleider "
            "staat erachter. Aantallen onder de 5 zijn verborgen (< 5). Per wijkteam of de hele gemeente."))
    rows = []
    for code, label in Wet.choices:
        households = counts.get(f"huishoudens|{code}", 0)
        euros = None if households is None else raw.get(f"euro|{code}", 0)
        budget = (budgets or {}).get(code)
        spent = None if euros is None or not budget else round(100 * euros / budget)
        rows.append((label, [households, euros, _average(euros, households), budget, spent]))
    return Table([_("Huishoudens"), _("Kosten (euro)"), _("Per huishouden (euro)"), _("Budget (euro)"),
                  _("Besteed van het budget (%)")], rows, bar=1, suppressed=True, note=_(
        "Geboekte kosten per wet; een huishouden telt één keer per jaar per wet. Bij minder dan 5 huishoudens "
        "zijn aantal en bedragen verborgen (< 5). Per wijkteam of de hele gemeente, naast het budget van dat "
        "jaar."))
