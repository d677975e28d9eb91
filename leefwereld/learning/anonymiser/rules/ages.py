"""Ages, in digits or Dutch words ("12 jaar", "een 84-jarige", "zoon (14)", "zeventien jaar oud")."""
import re

from .. import kinds
from ..spans import Found

_UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
          "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_TENS = {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig",
         90: "negentig"}


def _words():
    words = {w: n for n, w in enumerate(_UNITS)}
    words["één"] = 1
    for tens, word in _TENS.items():
        words[word] = tens
        for unit in range(1, 10):
            joint = "ën" if _UNITS[unit].endswith("e") else "en"
            words[f"{_UNITS[unit]}{joint}{word}"] = tens + unit
    return words


NUMBER_WORDS = _words()
_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_PATTERNS = [
    # "84-jarige", "12 jarige", "zestienjarige"
    re.compile(rf"\b{_NUM}[- ]?jarige?n?\b", re.I),
    # "12 jaar oud", "12 jr.", "(12 jaar)", "is 43 jaar", "van 17 jaar", "bijna 18 jaar", "wordt 18"
    re.compile(rf"\b{_NUM}\s*(?:jaar|jr\.?)(?=\s+oud\b)(?:\s+oud)?", re.I),
    re.compile(rf"(?<=\()\s*{_NUM}\s*(?:jaar|jr\.?)?\s*(?=\))", re.I),
    re.compile(rf"(?:\b(?:is|was|ben|bent|wordt|werd|worden|zijn|van|bijna|pas|net|ruim|leeftijd van|"
               rf"leeftijd|leeftijd:|inmiddels|al)\s+){_NUM}(?:\s*(?:jaar|jr\.?))(?!\s+(?:geleden|lang|"
               rf"getrouwd|samen|bij|in|op|gewerkt|daar|schulden|niet|woont|werkt|eerder|later|terug)\b)",
               re.I),
    re.compile(rf"\b(?:wordt|werd|worden)\s+{_NUM}\b(?!\s*(?:keer|euro|uur|%|minuten|dagen|weken|maanden))", re.I),
    re.compile(rf"\b(?:leeftijd|lft\.?)\s*:?\s*{_NUM}\b", re.I),
    # "is 31 en zwanger", "beiden 79.", "net 18 geworden": a bare number right after a verb of being
    re.compile(rf"\b(?:is|was|ben|beiden|allebei|net|pas|bijna|inmiddels)\s+{_NUM}(?:\s*(?:jaar|jr\.?))?"
               rf"(?=\s*(?:en\b|,|\.(?!\d)|;|geworden|oud\b))", re.I),
]
# "Gerrit en Hilda (81 en 79)": two ages in one bracket, in the order of the names before it.
_PAIR = re.compile(rf"\(\s*{_NUM}\s*(?:,|en|&)\s*{_NUM}(?:\s*(?:jaar|jr\.?))?\s*\)", re.I)
# A baby's age in months or weeks is an age too; it becomes the youngest band.
_MONTHS = re.compile(rf"\b{_NUM}\s+(?:maanden|maand|weken|week)(?=\s+oud\b|\s*[.,;)]|\s+en\b)(?:\s+oud)?", re.I)
_MONTHS_CONTEXT = re.compile(r"\b(?:is|was|van|baby|zoontje|dochtertje|kind)\s*$", re.I)


def _number(text):
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text.lower())


def find(story):
    found = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(story):
            age = _number(m.group(1))
            if age is None or age > 115:
                continue
            # The placeholder replaces the number and its unit, not a leading verb ("is 43 jaar").
            found.append(Found(m.start(1), m.end(), kinds.LEEFTIJD, "regel", value=age))
    for m in _PAIR.finditer(story):
        for group in (1, 2):
            age = _number(m.group(group))
            if age is not None and age <= 115:
                found.append(Found(m.start(group), m.end(group), kinds.LEEFTIJD, "regel", value=age))
    for m in _MONTHS.finditer(story):
        if _MONTHS_CONTEXT.search(story[max(0, m.start() - 15):m.start()]) and _number(m.group(1)) is not None:
            found.append(Found(m.start(), m.end(), kinds.LEEFTIJD, "regel", value=0))
    return found


def band(age: int) -> str:
    """Ages become bands wide enough not to point at one child in a class or one person in a street."""
    if age < 4:
        return "0-3 jaar"
    if age < 12:
        return "4-11 jaar"
    if age < 18:
        return "12-17 jaar"
    if age < 23:
        return "18-22 jaar"
    if age >= 80:
        return "80+ jaar"
    low = age // 10 * 10
    return f"{max(low, 23)}-{low + 9} jaar"
