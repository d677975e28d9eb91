"""The sociale kaart as CSV, for Dutch Excel (semicolon, UTF-8 with BOM): the columns, reading and writing.

Reading checks every row and reports every bad one by line number; the service saves only when none is
bad, so a file is imported whole or not at all.
"""
import csv
import decimal
import io

from django.utils.translation import gettext as _

from leefwereld.conversations.models import Domain

from .models import KaartEntry, Law, Level, Organisation, OrganisationKind, Wijk

COLUMNS = ["naam", "niveau", "organisatie", "soort_organisatie", "omschrijving", "leefgebieden", "wijken",
           "contact", "wachttijd_weken", "kosten", "talen", "burgerinitiatief", "wet", "artikel", "eenheid",
           "prijs_per_eenheid"]
MAX_BYTES = 2 * 1024 * 1024  # a kaart of a few thousand rows; anything larger is not a kaart
LIST_SEP = "|"
YES = {"ja", "j", "yes", "1", "waar"}
NO = {"nee", "n", "no", "0", "onwaar", ""}


class Row:
    def __init__(self, line, fields, domains, wijken):
        self.line, self.fields, self.domains, self.wijken = line, fields, domains, wijken


def _split(value):
    return [v.strip() for v in (value or "").split(LIST_SEP) if v.strip()]


def _decode(data: bytes):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read(data: bytes):
    """(rows, errors): rows ready to save, or errors as (line, message). Line 1 is the header."""
    if len(data) > MAX_BYTES:
        return [], [(0, _("Het bestand is te groot: maximaal 2 MB."))]
    text = _decode(data)
    if text is None:
        return [], [(0, _("Dit is geen tekstbestand (CSV)."))]
    sample = text[:2000]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(_("ontbreekt: %(cols)s") % {"cols": ", ".join(missing)})
        if unknown:
            parts.append(_("onbekend: %(cols)s") % {"cols": ", ".join(unknown)})
        return [], [(1, _("De kolommen kloppen niet (%(what)s). Verwacht: %(cols)s.") % {
            "what": "; ".join(parts), "cols": ";".join(COLUMNS)})]
    reader.fieldnames = header
    domains = {}
    for d in Domain.objects.filter(instrument__active=True).only("pk", "name"):
        domains.setdefault(d.name.lower(), []).append(d.pk)
    wijken = {w.name.lower(): w.pk for w in Wijk.objects.all()}
    organisations = {o.name.lower(): o for o in Organisation.objects.all()}
    rows, errors = [], []
    try:
        for line, raw in enumerate(reader, start=2):
            if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
                continue
            if None in raw:  # more cells than columns
                errors.append((line, _("Meer cellen dan kolommen.")))
                continue
            row_errors = []
            row = _row(line, {k: (v or "").strip() for k, v in raw.items()}, domains, wijken, organisations,
                       row_errors)
            errors.extend((line, e) for e in row_errors)
            if not row_errors:
                rows.append(row)
    except csv.Error as exc:
        errors.append((reader.line_num, _("Dit is geen geldige CSV: %(error)s") % {"error": exc}))
    if not rows and not errors:
        errors.append((0, _("Het bestand bevat geen regels.")))
    return rows, errors


def _choice(value, choices, label, errors):
    found = {v.lower(): v for v in choices.values} | {str(lbl).lower(): v for v, lbl in choices.choices}
    if value.lower() not in found:
        errors.append(_("%(label)s “%(value)s” bestaat niet. Kies uit: %(options)s.") % {
            "label": label, "value": value, "options": ", ".join(choices.values)})
        return None
    return found[value.lower()]


def _row(line, raw, domains, wijken, organisations, errors):
    f = {"name": raw["naam"], "description": raw["omschrijving"], "contact": raw["contact"], "cost": raw["kosten"],
         "languages": raw["talen"], "article": raw["artikel"], "unit": raw["eenheid"]}
    if not f["name"]:
        errors.append(_("De naam ontbreekt."))
    for key, limit in (("name", 200), ("description", 2000), ("contact", 300), ("cost", 200), ("languages", 200),
                       ("article", 60), ("unit", 60)):
        if len(f[key]) > limit:
            errors.append(_("“%(col)s” is te lang: maximaal %(n)d tekens.") % {"col": key, "n": limit})
    f["level"] = _choice(raw["niveau"], Level, _("Niveau"), errors)
    f["law"] = _choice(raw["wet"], Law, _("Wet"), errors) if raw["wet"] else ""
    f["organisation"] = None
    if raw["organisatie"]:
        f["organisation"] = organisations.get(raw["organisatie"].lower())
        if f["organisation"] is None:
            kind = _choice(raw["soort_organisatie"] or "anders", OrganisationKind, _("Soort organisatie"), errors)
            f["organisation"] = Organisation(name=raw["organisatie"][:200], kind=kind or "anders")
            organisations[raw["organisatie"].lower()] = f["organisation"]
    f["waiting_weeks"] = None
    if raw["wachttijd_weken"]:
        if not raw["wachttijd_weken"].isdigit() or int(raw["wachttijd_weken"]) > 520:
            errors.append(_("Wachttijd: een heel aantal weken, bijvoorbeeld 0 of 6."))
        else:
            f["waiting_weeks"] = int(raw["wachttijd_weken"])
    f["unit_price"] = None
    if raw["prijs_per_eenheid"]:
        try:
            f["unit_price"] = _amount(raw["prijs_per_eenheid"])
            if f["unit_price"] < 0 or f["unit_price"] >= 10_000_000:
                raise decimal.InvalidOperation
        except decimal.InvalidOperation:
            errors.append(_("Prijs per eenheid: een bedrag, bijvoorbeeld 32,50."))
    value = raw["burgerinitiatief"].lower()
    if value not in YES | NO:
        errors.append(_("Burgerinitiatief: ja of nee."))
    f["citizens_initiative"] = value in YES
    if f["level"]:
        errors.extend(entry_problems(f))
    found_domains, found_wijken = [], []
    for name in _split(raw["leefgebieden"]):
        if name.lower() not in domains:
            errors.append(_("Leefgebied “%(name)s” bestaat niet.") % {"name": name})
        found_domains.extend(domains.get(name.lower(), []))
    for name in _split(raw["wijken"]):
        if name.lower() not in wijken:
            errors.append(_("Wijk “%(name)s” bestaat niet.") % {"name": name})
        else:
            found_wijken.append(wijken[name.lower()])
    return Row(line, f, found_domains, found_wijken)


def _amount(text):
    """32,50 or € 1.032,50 (Dutch) or 32.50."""
    text = text.replace("€", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return decimal.Decimal(text)


def entry_problems(f):
    """The rules of an entry, shared by the CSV and the beheer form."""
    problems = []
    if f["level"] == Level.MAATWERK:
        if not (f.get("law") and f.get("article") and f.get("unit") and f.get("unit_price") is not None):
            problems.append(_("Maatwerk heeft een wet, een artikel, een eenheid en een prijs per eenheid nodig."))
    elif f.get("law") or f.get("unit_price") is not None:
        problems.append(_("Wet en prijs horen alleen bij maatwerk."))
    if f.get("citizens_initiative") and f["level"] != Level.INFORMEEL:
        problems.append(_("Een burgerinitiatief staat op het informele niveau."))
    return problems


def _price(value):
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def write(entries, out):
    """Write entries (with organisation, domains and wijken prefetched) as CSV to a text stream."""
    writer = csv.writer(out, delimiter=";")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow([_safe(v) for v in [
            e.name, e.level, e.organisation.name if e.organisation else "",
            e.organisation.kind if e.organisation else "", e.description,
            LIST_SEP.join(sorted({d.name for d in e.domains.all()})), LIST_SEP.join(w.name for w in e.wijken.all()),
            e.contact, "" if e.waiting_weeks is None else e.waiting_weeks, e.cost, e.languages,
            "ja" if e.citizens_initiative else "nee", e.law, e.article, e.unit, _price(e.unit_price)]])


def _safe(value):
    """No formulas in a cell Excel would run (=, +, -, @)."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def entries_for_export():
    return KaartEntry.objects.select_related("organisation").prefetch_related("domains", "wijken").order_by(
        "level", "name")
