"""Addresses (with additions: "Dorpsstraat 12-bis", "12 A"), places and institutions."""
import re

from .. import kinds
from ..spans import Found
from .gazetteer import ENDINGS, GENERIC_CARE, NAMES, NATIONAL, TYPES

_CAP = r"[A-ZÀ-Ý][\w'’À-ÿ-]*"
_NAME_WORD = rf"(?:{_CAP}|'s|'t|de|der|den|het|van|op|aan|in|en|&|\d+)(?![\w'’])"
_STREET_END = (r"(?:straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|hof|pad|steeg|baan|park|ring|markt|veld|"
               r"erf|wal|plantsoen|akker|burg|haven|zoom|donk|hoeve|boulevard|allee|promenade|passage|"
               r"kamp|brink|wijk|veste|poort|straatweg|berg|rade|horst|hoek|stede|weide|hout|zijde|lei|"
               r"oord|waard|dal|beek|meer)")
# "-bis", "-A", "-2", "-III" (a floor), "hs", "zwart", "bus 3", "kamer 12", "2-hoog".
_ADDITION = (r"(?:\s?-\s?(?:bis|I{1,3}|IV|VI{0,3}|[a-zA-Z]{1,2}|\d{1,4}[a-zA-Z]?)\b|\s?(?:bis|[a-zA-Z])\b(?![\w'’])"
             r"|\s+(?:hs|huis|boven|bov|beneden|rood|zwart|zw|I{1,3}|IV|\d{1,2}(?:e|ste|de)\s+verdieping"
             r"|(?:bus|kamer|unit|app\.?|appartement)\s+\d{1,4}[a-zA-Z]?)\b)?")
_TITLE = r"(?:(?:Dr|Mr|Prof|Burg|Burgemeester|St|Sint|Pr|Prins|Kon|Koning|Koningin|Gen|Generaal|Pastoor|Past)\.?\s+)"
_STREET = re.compile(
    rf"\b{_TITLE}?(?:(?:{_CAP}|van|de|der|den|het|'s)\s+){{0,3}}[A-ZÀ-Ý][\w'’-]*{_STREET_END}\b(?:\s+\d{{1,5}}{_ADDITION})?")
# The street word first: "Boulevard de Schelde 12", "Laan der Verenigde Naties 7", "Plein 1945 nr. 27".
_STREET_FIRST = re.compile(
    rf"\b(?:Boulevard|Laan|Plein|Kade|Dreef|Singel|Hof|Weg|Straatweg|Erf|Park)\s+(?:(?:van|de|der|den|het|'t|op|aan)\s+)*"
    rf"(?:{_CAP}|\d{{4}})(?:\s+{_CAP}){{0,3}}\s+(?:nr\.?\s+)?\d{{1,5}}{_ADDITION}")
_NUMBERED = re.compile(rf"\b(?:woont|wonen|woonde|adres|verhuisd|verhuist|naar|op|aan)\s+(?:de\s+|het\s+)?"
                       rf"((?:{_CAP}\s+){{1,3}}\d{{1,5}}{_ADDITION})")
_PLACE_CONTEXT = re.compile(rf"\b(?:in|uit|naar|te|vanuit|richting|gemeente|woonplaats:?|omgeving)\s+"
                            rf"((?:'s-|Den |De |Het )?{_CAP}(?:[- ](?:aan|op|bij|den|de|an)[- ]{_CAP}|"
                            rf"\s{_CAP})?)")


def _alternatives(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_TYPE_LABEL = {w.lower(): label for label, words in TYPES.items() for w in words}
# Any "…bedrijf", "…praktijk", "…school", "…opvang": the kind of place is in the word's ending.
_TYPE_ENDINGS = {"bedrijf": "werkgever", "praktijk": "zorgaanbieder", "school": "school", "opvang": "zorgaanbieder",
                 "centrum": "instelling", "zorg": "zorgaanbieder", "klas": "school", "kantoor": "werkgever",
                 "stichting": "instelling", "huis": "zorgaanbieder", "bank": "instelling", "verlening": "instelling",
                 "centrale": "zorgaanbieder", "verband": "school", "bureau": "instelling"}
_NOT_TYPES = {"thuis", "bank"}
_TYPED = re.compile(
    rf"\b((?i:{_alternatives(_TYPE_LABEL)}|[a-z]+(?:{'|'.join(_TYPE_ENDINGS)})))\s+[\"'“]?((?:(?:de|het|'t|De|Het|'T)\s+)?{_CAP}(?:\s+{_NAME_WORD}){{0,4}})")
_END_LABEL = {w: label for label, words in ENDINGS.items() for w in words}
_END_LABEL["ziekenhuis"] = "ziekenhuis"  # "het Amphia ziekenhuis": this ending is written small too
_ENDED = re.compile(rf"(?:\b(?:[Hh]et|[Dd]e)\s+)?({_CAP}[\s-](?:(?:{_CAP}|van|der|den|de)[\s-]){{0,3}}"
                    rf"(?:{_alternatives(_END_LABEL)}))(?![\w])")
_NOT_A_STREET_WORD = {"huisbezoek", "adres", "bezoek", "gesprek", "woont", "wonen", "melding", "afspraak", "bij"}
# "werkt bij Hago", "in dienst van Rabobank", "een baan bij de Rabobank": whoever employs them.
_EMPLOYED = re.compile(rf"\b(?:werkt|werkte|werken|werkten|gewerkt|baan|stage|dienst|ontslag|ontslagen)"
                       rf"(?:\s+(?:als\s+\w+|parttime|fulltime|nog|al|daar|sinds\s+kort))?\s+(?:bij|van|in dienst van)"
                       rf"\s+(?:de\s+|het\s+)?({_CAP}(?:\s+{_CAP}){{0,2}})")
_COMPOUND = re.compile(r"\b[A-Z][a-z]+(?:umc|zorg|ggz|ziekenhuis|college|lyceum|school|wonen|groep)\b")
_NAMED_LABEL = {n: label for label, names in NAMES.items() for n in names}


def _first_letter_exact(name):
    """"Vluchtelingenwerk" finds "VluchtelingenWerk" too, but "Plus" never finds "plus"."""
    return re.escape(name[0]) + (f"(?i:{re.escape(name[1:])})" if len(name) > 1 else "")


# A known name and the capitalised words after it: "Humanitas Thuisadministratie", "Lidl Tilburg".
_NAMED_ALTERNATIVES = "|".join(_first_letter_exact(n) for n in sorted(_NAMED_LABEL, key=len, reverse=True))
_NAMED = re.compile(rf"(?<![\w])((?:{_NAMED_ALTERNATIVES})(?:[ -]{_CAP})*)(?![\w])")
_NAMED_LOWER = {n.lower(): label for n, label in _NAMED_LABEL.items()}
# Who helps, houses or employs them, by a capitalised name: "bij Vomar", "via Regiotaxi", "door Limor",
# "op De Fontein" (a capitalised article mid-sentence is a name). Persons are told apart later.
_AFTER_PREPOSITION = re.compile(
    rf"(?<=[a-zà-ÿ,]\s)(?:bij|via|door)\s+(?:de\s+|het\s+)?((?:De |Het |'t )?{_CAP}(?:[ -]{_NAME_WORD}){{0,3}})"
    rf"|(?<=[a-zà-ÿ,]\s)(?:op|naar|van|in)\s+((?:De|Het|'t) {_CAP}(?:\s+{_CAP}){{0,2}})")
# What a service, a landlord or a carer is "of": "de opvang van Partou", "woning van Bo-Ex".
_SERVICE_OF = re.compile(
    rf"\b(?i:\w*(?:opvang|zorg|hulp|begeleiding|team|woning|huis|maaltijden|alarm|dementie|behandeling|reclassering"
    rf"|arts|verpleging|mentor|coach|consulent|bewind|dagbesteding|inloop|therapie|logopedie|school))\s+"
    rf"(?:van|bij|via)\s+(?:de\s+|het\s+)?({_CAP}(?:[ -]{_NAME_WORD}){{0,3}})")
# "Het Zonnelied meldt …" at the start of a sentence: "Het" and a word that is no common word.
_HET_NAME = re.compile(rf"(?:^|(?<=[.!?]\s))(Het|De) ({_CAP}(?:\s+{_CAP}){{0,2}})", re.M)
# Capitalised words that start a name part but end it when they follow: "Stichting Humanitas Zondag".
_STOP_CAPS = {"Zij", "Hij", "Ze", "Het", "De", "Een", "Op", "In", "Met", "Maar", "En", "Daar", "Dat", "Die",
              "Dit", "Er", "Wij", "We", "Ik", "Mevrouw", "Meneer", "Moeder", "Vader"}
# Countries and regions: too wide to point at anyone.
_WIDE = {"Nederland", "Holland", "Brabant", "Limburg", "Friesland", "Zeeland", "Europa", "Turkije", "Marokko",
         "Suriname", "Syrië", "Polen", "Eritrea", "Somalië", "Afghanistan", "Oekraïne", "Duitsland", "België",
         "Spanje", "Irak", "Iran", "Bulgarije", "Roemenië", "Curaçao", "Aruba", "Indonesië", "Engeland"}


def _cut_name(story, start, end):
    """A typed name stops at the first word that begins a sentence or is not part of a name."""
    words = list(re.finditer(r"\S+", story[start:end]))
    keep = start
    for i, w in enumerate(words):
        token = w.group().strip(",.;:()\"”")
        if i and (token in _STOP_CAPS or story[start + w.start() - 2:start + w.start()].strip() in {".", ","}):
            break
        keep = start + w.start() + len(w.group().rstrip(",.;:()\"”"))
        if w.group() != w.group().rstrip(",.;:)\"”"):
            break
    return keep


_STRONG_END = re.compile(r"(?:straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|steeg|plantsoen|boulevard)$")


def _street_ok(text):
    """"Bakker" ends like "Hoge Akker": without a house number only an unmistakable street counts."""
    name = re.sub(r"\s+\d.*$", "", text)
    last = name.split()[-1]
    ending = re.search(_STREET_END + "$", last)
    if ending is None or ending.start() < 3:
        return False
    return bool(re.search(r"\d", text)) or bool(_STRONG_END.search(last))


def find(story):
    found = []
    for m in _STREET.finditer(story):
        start = m.start()
        while story[start:m.end()].split()[0].lower() in _NOT_A_STREET_WORD and " " in story[start:m.end()]:
            start += story[start:m.end()].index(" ") + 1
        if _street_ok(story[start:m.end()]):
            found.append(Found(start, m.end(), kinds.ADRES, "regel"))
    for m in _STREET_FIRST.finditer(story):
        found.append(Found(m.start(), m.end(), kinds.ADRES, "regel"))
    for m in _NUMBERED.finditer(story):
        found.append(Found(m.start(1), m.end(1), kinds.ADRES, "regel"))
    for m in _TYPED.finditer(story):
        end = _cut_name(story, m.start(2), m.end(2))
        typed = m.group(1).lower()
        if typed in _NOT_TYPES:
            continue
        label = _TYPE_LABEL.get(typed) or next(v for k, v in _TYPE_ENDINGS.items() if typed.endswith(k))
        if label == "instelling" and m.group(1).lower() == "gemeente":
            found.append(Found(m.start(2), end, kinds.PLAATS, "regel"))
            continue
        found.append(Found(m.start(), end, kinds.INSTELLING, "regel", label=label))
    for m in _ENDED.finditer(story):
        first = m.group(1).split()[0]
        if first.lower() in GENERIC_CARE or (first in _STOP_CAPS and m.group(1).endswith("ziekenhuis")):
            continue  # "Bemoeizorg van GGZ …" is care given by the GGZ; "Het ziekenhuis" is no name
        ending = next(e for e in sorted(_END_LABEL, key=len, reverse=True) if m.group(1).endswith(e))
        found.append(Found(m.start(1), m.end(1), kinds.INSTELLING, "regel", label=_END_LABEL[ending]))
    for m in _EMPLOYED.finditer(story):
        if m.group(1).split()[0] not in _STOP_CAPS:
            end = _cut_name(story, m.start(1), m.end(1))
            found.append(Found(m.start(1), end, kinds.INSTELLING, "regel", label="werkgever"))
    for m in _COMPOUND.finditer(story):
        if m.group().lower() not in GENERIC_CARE:
            found.append(Found(m.start(), m.end(), kinds.INSTELLING, "regel", label="instelling"))
    for m in _NAMED.finditer(story):
        end = _cut_name(story, m.start(1), m.end(1))
        name = next(n for n in sorted(_NAMED_LOWER, key=len, reverse=True) if m.group(1).lower().startswith(n))
        found.append(Found(m.start(1), end, kinds.INSTELLING, "regel", label=_NAMED_LOWER[name]))
    return found + _same_again(story, found)


def _same_again(story, found):
    """An institution found once is replaced wherever it recurs: "Het Zonnelied meldt" after "van Het Zonnelied"."""
    again, names = [], {f.text(story) for f in found if f.kind == kinds.INSTELLING and len(f.text(story)) > 3}
    for name in names:
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", story):
            again.append(Found(m.start(), m.end(), kinds.INSTELLING, "regel", label="instelling"))
    return again


def find_guessed(story, common_words):
    """Capitalised names where an institution is expected; weaker than a person (see `find`'s caller)."""
    found = []
    for pattern in (_AFTER_PREPOSITION, _SERVICE_OF):
        for m in pattern.finditer(story):
            group = 1 if m.group(1) else 2
            start, end = m.start(group), _cut_name(story, m.start(group), m.end(group))
            name = story[start:end]
            bare = re.sub(r"^(?:De|Het|'t) ", "", name)
            first = bare.split()[0].rstrip(",.")
            # A capitalised article or a second capitalised word makes a common word a name: "De Fontein".
            plain = bare == name and len(bare.split()) == 1
            if (name in NATIONAL or bare in NATIONAL or first in NATIONAL or first in _STOP_CAPS or first in _WIDE
                    or (plain and first.lower() in common_words)):
                continue
            found.append(Found(start, end, kinds.INSTELLING, "regel", label="instelling"))
    for m in _HET_NAME.finditer(story):
        word = m.group(2).split()[0]
        if word.lower().split("-")[-1] not in common_words and word not in _STOP_CAPS and m.group(0) not in NATIONAL:
            end = _cut_name(story, m.start(), m.end())
            found.append(Found(m.start(), end, kinds.INSTELLING, "regel", label="instelling"))
    return found + _same_again(story, found)


def find_places(story, common_words):
    """A capitalised word after "in", "uit", "naar", "te": a place, unless it is a common word."""
    found = []
    for m in _PLACE_CONTEXT.finditer(story):
        words = [w for w in m.group(1).split() if w not in {"Den", "De", "Het"}] or m.group(1).split()
        if words[0].lower() in common_words or words[0] in _STOP_CAPS or words[0] in _WIDE:
            continue
        found.append(Found(m.start(1), m.end(1), kinds.PLAATS, "regel"))
    for m in _AFTER_POSTCODE.finditer(story):
        found.append(Found(m.start(1), m.end(1), kinds.PLAATS, "regel"))
    return found


# "5212 BB Zandhoven": the word after a postcode is the town.
_AFTER_POSTCODE = re.compile(rf"\b[1-9]\d{{3}}\s?[A-Z]{{2}},?\s+((?:'s-)?{_CAP}(?:[- ](?:aan|op|bij)[- ]{_CAP})?)")
