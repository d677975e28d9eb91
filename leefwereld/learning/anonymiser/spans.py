"""A found identifier, and how overlapping finds become one non-overlapping set."""
import re
from dataclasses import dataclass, replace

# Who found it, strongest first: what the household file knows beats a rule, a rule beats deduce.
SOURCES = ("handmatig", "dossier", "regel", "deduce")
EDGE_WORDS = {"van", "de", "der", "den", "het", "en", "bij", "op", "te", "in", "aan", "met", "voor", "uit",
              "naar", "om", "of", "een", "'t", "is", "was", "die", "dat"}
# A title left over from a name is not a name: "mevrouw" of deduce's "mevrouw Sandra de Vries".
TITLES = {"mevrouw", "mevr", "mw", "meneer", "dhr", "de heer", "heer", "mr", "dr", "juf", "meester", "zoon",
          "dochter", "moeder", "vader"}
_EDGE = re.compile(r"^[\s,.;:()\-'\"“”]+|[\s,.;:()\-'\"“”]+$")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    source: str
    identity: str = ""  # the same identity gets the same placeholder number
    label: str = ""  # placeholder word when it is not the kind's own ("school", "ziekenhuis")
    value: object = None  # a parsed date or age, for dates made relative and ages made bands

    def text(self, story):
        return story[self.start:self.end]


def _trim(found, story):
    """Drop loose words and punctuation at the edges of a fragment; None when nothing is left."""
    start, end = found.start, found.end
    while True:
        piece = story[start:end]
        stripped = _EDGE.sub("", piece)
        lead = piece.find(stripped) if stripped else len(piece)
        start, end = start + lead, start + lead + len(stripped)
        words = story[start:end].split()
        if found.source in ("dossier", "handmatig"):
            break
        # Only lowercase loose words go: "van" of "Bakker van Stichting", not "Van" of "Van Dam".
        if words and words[0] in EDGE_WORDS and len(words) > 1:
            start += story[start:end].find(words[1])
            continue
        if words and words[-1] in EDGE_WORDS and len(words) > 1:
            end = start + story[start:end].rfind(words[-1])
            continue
        break
    piece = story[start:end]
    if not re.search(r"\w", piece) or piece.lower() in EDGE_WORDS or piece.lower().rstrip(".") in TITLES:
        return None
    return replace(found, start=start, end=end)


def resolve(finds, story):
    """Non-overlapping spans: stronger sources keep theirs, weaker finds keep only what is left over."""
    order = sorted(finds, key=lambda f: (SOURCES.index(f.source), -(f.end - f.start), f.start))
    taken: list[Found] = []
    for found in order:
        for piece in _subtract(found, taken):
            trimmed = _trim(piece, story)
            if trimmed is not None:
                taken.append(trimmed)
    return sorted(taken, key=lambda f: f.start)


def _subtract(found, taken):
    pieces = [found]
    for other in taken:
        rest = []
        for p in pieces:
            if p.end <= other.start or p.start >= other.end:
                rest.append(p)
                continue
            if p.start < other.start:
                rest.append(replace(p, end=other.start))
            if p.end > other.end:
                rest.append(replace(p, start=other.end))
        pieces = rest
    return pieces
