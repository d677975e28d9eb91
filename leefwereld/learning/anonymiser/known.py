"""What the household file knows: the names of its members and their network, their roepnamen and other
spellings, their street and town. Found again in the story exactly, in a known variant, or misspelt."""
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from . import kinds
from .nicknames import variants
from .spans import Found

PREFIXES = (r"(?:van\s+der|van\s+den|van\s+de|van\s+'t|van|de|der|den|ter|ten|te|in\s+'t|'t|op\s+den|"
            r"le|la|el|al|da|di|du)")
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+(?:-[A-Za-zÀ-ÿ]+)*")
DIMINUTIVES = ("tje", "je", "pje", "kje", "ke", "ie", "y", "tjes", "mie", "sie")


@dataclass
class KnownPerson:
    key: str
    given: list[str] = field(default_factory=list)  # first names, roepnamen, other spellings
    family: list[str] = field(default_factory=list)  # family names with their tussenvoegsel ("de Vries")


@dataclass
class Known:
    persons: list[KnownPerson] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)


def split_name(full):
    """"Sandra de Vries" -> ("Sandra", "de Vries"); one word is a first name."""
    words = full.split()
    if len(words) == 1:
        return words[0], ""
    rest = " ".join(words[1:])
    return words[0], rest


def _family_core(family):
    m = re.match(rf"^{PREFIXES}\s+(.+)$", family, re.I)
    return m.group(1) if m else family


def _family_pattern(family, common):
    core = _family_core(family)
    prefix = family[: len(family) - len(core)].strip()
    core_re = re.escape(core)
    if core.lower() not in common:
        core_re = f"(?i:{core_re})"
    spaced = r"\s+".join(re.escape(w) for w in prefix.split())
    prefix_re = rf"(?:(?i:{spaced})\s+)?" if prefix else ""
    return prefix_re + core_re


def _patterns(person, common):
    givens = set()
    for given in person.given:
        givens |= variants(given)
    given_re = "|".join(re.escape(g) for g in sorted(givens, key=len, reverse=True) if g)
    family_re = "|".join(_family_pattern(f, common) for f in person.family if f)
    initials = r"(?:[A-Z]\.\s?){1,4}"
    found = []
    if family_re:
        found.append(re.compile(rf"(?<![\w])(?:(?:{given_re})\s+|{initials}\s?)?(?:{family_re})(?![\w])"
                                if given_re else rf"(?<![\w])(?:{initials}\s?)?(?:{family_re})(?![\w])"))
    if given_re:
        found.append(re.compile(rf"(?<![\w])(?:{given_re})(?:{'|'.join(DIMINUTIVES)})?(?![\w])"))
    return found, givens


def _close(token, name):
    """A misspelling: one edit for names up to 6 letters, two for longer ones; short names only exactly."""
    if len(name) < 4 or len(token) < 4:
        return False
    allowed = 1 if len(name) <= 6 else 2
    return OSA.distance(token.lower(), name.lower(), score_cutoff=allowed) <= allowed


def find(story, known: Known, common_words=frozenset()):
    found = []
    singles = []
    for person in known.persons:
        patterns, givens = _patterns(person, common_words)
        for pattern in patterns:
            for m in pattern.finditer(story):
                found.append(Found(m.start(), m.end(), kinds.PERSOON, "dossier", identity=person.key))
        singles += [(g, person.key) for g in givens] + [(_family_core(f), person.key) for f in person.family if f]
        singles += [(f.replace(" ", ""), person.key) for f in person.family if " " in f]
    for m in _WORD.finditer(story):
        token = m.group()
        if token.lower() in common_words or not token[0].isupper():
            continue
        for name, key in singles:
            if token != name and _close(token, name):
                found.append(Found(m.start(), m.end(), kinds.PERSOON, "dossier", identity=key))
                break
    for place in known.places:
        for m in re.finditer(rf"(?<![\w])(?:'s-)?{re.escape(place)}(?![\w])", story, re.I):
            found.append(Found(m.start(), m.end(), kinds.PLAATS, "dossier", identity=place.lower()))
    for street in known.streets:
        for m in re.finditer(rf"(?<![\w]){re.escape(street)}(?:\s+\d{{1,5}}(?:\s?-?\s?(?:bis|[a-zA-Z]\b|\d{{1,4}}))?)?",
                             story, re.I):
            found.append(Found(m.start(), m.end(), kinds.ADRES, "dossier"))
    return found
