"""Placeholders: one number per identity within a story, dates relative to the story's first date,
ages as bands."""
import re

from . import kinds
from .rules import ages, dates

_TITLES = re.compile(r"^(?:mevrouw|mevr\.?|mw\.?|meneer|mr\.?|dhr\.?|de heer|heer|dr\.?|juf|meester)\s+", re.I)
_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]


def _count(n, one, many):
    word = _WORDS[n] if n < len(_WORDS) else str(n)
    return f"{word} {one if n == 1 else many}"


def relative(day, anchor):
    """"drie maanden later", "twee weken eerder", "dezelfde dag"."""
    delta = (day - anchor).days
    if delta == 0:
        return "dezelfde dag"
    way, days = ("later" if delta > 0 else "eerder"), abs(delta)
    if days < 14:
        amount = _count(days, "dag", "dagen")
    elif days < 61:
        amount = _count(round(days / 7), "week", "weken")
    elif days < 700:
        amount = _count(round(days / 30.44), "maand", "maanden")
    else:
        amount = _count(round(days / 365.25), "jaar", "jaar")
    return f"{amount} {way}"


def _person_key(text):
    return _TITLES.sub("", text).strip().lower()


class Numbering:
    """Gives each identity of a kind its own number, in order of first appearance."""

    def __init__(self):
        self.numbers: dict[tuple, int] = {}
        self.counts: dict[str, int] = {}
        self.person_words: dict[str, tuple] = {}

    def number(self, word, identity):
        key = (word, identity)
        if key not in self.numbers:
            self.counts[word] = self.counts.get(word, 0) + 1
            self.numbers[key] = self.counts[word]
        return self.numbers[key]

    def person_identity(self, found, text):
        if found.identity:
            return found.identity
        key = _person_key(text)
        words = key.split()
        # "Kees" after "Kees Visser": the same person; one word shared with an earlier full name.
        for earlier, earlier_words in self.person_words.items():
            if len(words) == 1 and words[0] in earlier_words:
                return earlier
        self.person_words.setdefault(key, tuple(words))
        return key


def anchor_of(spans, story, reference=None):
    """The story's first date that has a year and is not a birth date; the reference date otherwise."""
    for found in spans:
        if found.kind == kinds.DATUM and isinstance(found.value, tuple):
            _parts, has_year, birth = found.value
            day = dates.resolve_value(found.value, None)
            if has_year and not birth and day:
                return day
    return reference


def placeholder(found, story, numbering, anchor):
    text = found.text(story)
    if found.kind == kinds.DATUM:
        return _date_placeholder(found, anchor)
    if found.kind == kinds.LEEFTIJD:
        age = found.value if isinstance(found.value, int) else _age_from(text)
        return f"[{ages.band(age)}]" if age is not None else "[leeftijd]"
    word = found.label or kinds.PLACEHOLDER_WORD[found.kind]
    if found.kind == kinds.PERSOON:
        identity = numbering.person_identity(found, text)
    else:
        identity = found.identity or re.sub(r"\W+", "", text.lower())
    return f"[{word}-{numbering.number(word, identity)}]"


def _age_from(text):
    m = re.search(r"\d{1,3}", text)
    if m:
        return int(m.group())
    words = re.findall(r"[a-zë]+", text.lower())
    return next((ages.NUMBER_WORDS[w] for w in words if w in ages.NUMBER_WORDS), None)


def _date_placeholder(found, anchor):
    if not isinstance(found.value, tuple):
        return "[datum]"
    if found.value[2]:
        return "[geboortedatum]"
    day = dates.resolve_value(found.value, anchor.year if anchor else None)
    if day is None or anchor is None:
        return "[datum]"
    if day == anchor and found.value[1]:
        return "[eerste datum]"
    return f"[{relative(day, anchor)}]"
