"""The anonymiser of case stories: deduce, what the household file knows, and our own rules.

`anonymise(story, known=…)` returns the anonymised text and every replacement as a span of the
original and of the result, so a page can show both side by side with the replacements marked.
"""
from dataclasses import dataclass

from . import engine, kinds, words
from . import known as known_names
from .placeholders import Numbering, anchor_of, placeholder
from .rules import ages, dates, numbers, places
from .spans import Found, resolve

__all__ = ["Found", "Replacement", "Result", "anonymise", "find", "kinds"]


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    kind: str
    source: str
    original: str
    placeholder: str
    new_start: int
    new_end: int


@dataclass(frozen=True)
class Result:
    original: str
    text: str
    replacements: tuple


def find(story, *, known=None, use_deduce=True, use_rules=True, deduce_path=None):
    """Every identifier found, overlaps resolved (the file beats a rule, a rule beats deduce)."""
    common = words.common_words()
    finds = []
    if use_deduce:
        finds += _ages_with_unit(engine.find(story, deduce_path), story)
    if use_rules:
        finds += numbers.find(story) + dates.find(story) + ages.find(story) + places.find(story)
        finds += places.find_places(story, common)
    if known is not None:
        finds += known_names.find(story, known, common)
    if use_rules:
        finds += _not_a_person(places.find_guessed(story, common), finds)
    return [f for f in resolve(finds, story) if not _loose_word(f, story, common)]


def _not_a_person(guesses, finds):
    """"bij Henk Visser" is a person, not an institution: a guess gives way to a name the file knows, and
    to deduce's name unless the guess is wider ("Het Hooghuis", "Bo-Ex": deduce saw only "Hooghuis", "Bo")."""
    people = [f for f in finds if f.kind == kinds.PERSOON]

    def beaten(g, p):
        overlap = p.start < g.end and g.start < p.end
        return overlap and (p.source != "deduce" or not (g.start <= p.start and p.end <= g.end and
                                                         (g.end - g.start) > (p.end - p.start)))
    return [g for g in guesses if not any(beaten(g, p) for p in people)]


def _loose_word(found, story, common):
    """What is left of deduce's find after a stronger one took the name: "Buurman", "Adres"."""
    text = found.text(story).lower().rstrip(".")
    return found.source == "deduce" and (text in words.RELATIONS or text in common)


def _ages_with_unit(finds, story):
    """Deduce marks the number of "43 jaar"; the band replaces the unit too."""
    out = []
    for f in finds:
        if f.kind == kinds.LEEFTIJD:
            rest = story[f.end:f.end + 8]
            for unit in (" jaar", "-jarige", " jarige", " jr"):
                if rest.lower().startswith(unit):
                    f = Found(f.start, f.end + len(unit), f.kind, f.source)
                    break
        out.append(f)
    return out


def anonymise(story, *, known=None, added=(), removed=(), reference=None, use_deduce=True, use_rules=True,
              deduce_path=None):
    """The story with placeholders. `added` are (start, end, kind) the professional marked by hand;
    `removed` are (start, end) of finds the professional said are not identifying."""
    finds = find(story, known=known, use_deduce=use_deduce, use_rules=use_rules, deduce_path=deduce_path)
    gone = {(s, e) for s, e in removed}
    finds = [f for f in finds if (f.start, f.end) not in gone]
    finds = resolve(finds + [Found(s, e, k, "handmatig") for s, e, k in added], story)
    return render(story, finds, reference)


def render(story, finds, reference=None):
    numbering, anchor = Numbering(), anchor_of(finds, story, reference)
    out, replacements, last = [], [], 0
    length = 0
    for f in finds:
        out.append(story[last:f.start])
        length += f.start - last
        text = placeholder(f, story, numbering, anchor)
        replacements.append(Replacement(f.start, f.end, f.kind, f.source, f.text(story), text,
                                        length, length + len(text)))
        out.append(text)
        length += len(text)
        last = f.end
    out.append(story[last:])
    return Result(story, "".join(out), tuple(replacements))
