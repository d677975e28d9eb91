"""The anonymiser benchmark: recall per kind and overall, and precision, on Dutch case notes.

    .venv/bin/python bench/anonymiser.py            # every configuration, dev and held-out apart
    .venv/bin/python bench/anonymiser.py --misses   # also print what the full pipeline missed

The notes are in bench/anonymiser/*.txt, every identifier marked [[kind:text]] (see dev.txt's header).
An identifier counts as found when every letter and digit of it is inside a replacement (a street
replaced without its "-bis" leaks, so it is a miss); a replacement counts as right when it overlaps an
identifier. Kinds are not compared: what matters is that the identifier is gone.
"""
import argparse
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefwereld.conf.dev")

import django  # noqa: E402

django.setup()

from leefwereld.learning.anonymiser import find, kinds  # noqa: E402
from leefwereld.learning.anonymiser.known import Known, KnownPerson, split_name  # noqa: E402

MARK = re.compile(r"\[\[(\w+):(.*?)\]\]")
CONFIGS = {
    "deduce": {"use_deduce": True, "use_rules": False, "with_file": False},
    "deduce + regels": {"use_deduce": True, "use_rules": True, "with_file": False},
    "deduce + regels + dossier": {"use_deduce": True, "use_rules": True, "with_file": True},
}


def parse(path):
    notes, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("### "):
            continue
        if line.startswith("### "):
            current = {"id": line[4:].strip(), "dossier": "", "lines": []}
            notes.append(current)
        elif current is not None and line.startswith("dossier:"):
            current["dossier"] = line[len("dossier:"):]
        elif current is not None and line.strip():
            current["lines"].append(line)
    return [_note(n) for n in notes]


def _note(raw):
    text, gold, pos = "", [], 0
    marked = "\n".join(raw["lines"])
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        if m.group(1) not in kinds.ALL:
            raise SystemExit(f"{raw['id']}: unknown kind {m.group(1)}")
        gold.append((len(text), len(text) + len(m.group(2)), m.group(1)))
        text += m.group(2)
        pos = m.end()
    text += marked[pos:]
    return {"id": raw["id"], "text": text, "gold": gold, "known": _known(raw["dossier"])}


def _known(line):
    """"Sandra de Vries=Sanne; Kees de Vries | netwerk: Henk Visser | plaats: Zandhoven | straat: Dorpsstraat"."""
    known, n = Known(), 0
    for part in line.split("|"):
        label, _, value = part.partition(":") if ":" in part else ("", "", part)
        label = label.strip()
        items = [v.strip() for v in value.split(";") if v.strip()]
        if label == "plaats":
            known.places += items
        elif label == "straat":
            known.streets += items
        else:
            for item in items:
                n += 1
                name, *others = [x.strip() for x in item.split("=")]
                given, family = split_name(name)
                known.persons.append(KnownPerson(f"p{n}", [given, *others], [family] if family else []))
    return known


def _covered(gold, spans, text):
    start, end, _kind = gold
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end) if text[i].isalnum())


def score(notes, config):
    found, total, right, predicted = defaultdict(int), defaultdict(int), 0, 0
    kind_right, kind_predicted = defaultdict(int), defaultdict(int)
    misses, wrong = [], []
    times = []
    for note in notes:
        started = time.perf_counter()
        spans = find(note["text"], known=note["known"] if config["with_file"] else None,
                     use_deduce=config["use_deduce"], use_rules=config["use_rules"])
        times.append((time.perf_counter() - started) * 1000)
        for g in note["gold"]:
            total[g[2]] += 1
            if _covered(g, spans, note["text"]):
                found[g[2]] += 1
            else:
                misses.append((note["id"], g[2], note["text"][g[0]:g[1]]))
        for s in spans:
            predicted += 1
            kind_predicted[s.kind] += 1
            if any(s.start < g[1] and g[0] < s.end for g in note["gold"]):
                right += 1
                kind_right[s.kind] += 1
            else:
                wrong.append((note["id"], s.kind, note["text"][s.start:s.end]))
    # the median: one of Python's full collections over deduce's 77 MB of tables can land in any note
    ms = statistics.median(times) if times else 0.0
    return found, total, right, predicted, misses, wrong, kind_right, kind_predicted, ms


def report(name, notes, show_misses):
    print(f"\n## {name}: {len(notes)} notes, {sum(len(n['gold']) for n in notes)} identifiers\n")
    results = {label: score(notes, config) for label, config in CONFIGS.items()}
    print("| kind | n | " + " | ".join(f"recall {label}" for label in results) + " |")
    print("|---|---|" + "---|" * len(results))
    total = results["deduce"][1]
    for kind in kinds.ALL:
        if total[kind]:
            cells = " | ".join(f"{r[0][kind] / total[kind]:.2f}" for r in results.values())
            print(f"| {kind} | {total[kind]} | {cells} |")
    n = sum(total.values())
    print(f"| **overall** | {n} | " + " | ".join(f"**{sum(r[0].values()) / n:.3f}**" for r in results.values())
          + " |")
    print("| precision | | " + " | ".join(f"{r[2] / max(r[3], 1):.3f} ({r[2]}/{r[3]})" for r in results.values())
          + " |")
    full = results["deduce + regels + dossier"]
    print("\nprecision per kind (full pipeline; a replacement counts as right when it overlaps an identifier):",
          ", ".join(f"{kind} {full[6][kind] / full[7][kind]:.2f} ({full[6][kind]}/{full[7][kind]})"
                    for kind in kinds.ALL if full[7][kind]))
    print("median ms per note:", ", ".join(f"{label} {r[8]:.1f}" for label, r in results.items()))
    if show_misses:
        full = results["deduce + regels + dossier"]
        print("\nmissed:", *[f"  {m}" for m in full[4]], sep="\n")
        print("\nwrongly replaced:", *[f"  {w}" for w in full[5]], sep="\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    find("Opwarmen.")  # loads deduce's tables once, outside the figures
    print(f"deduce loaded in {time.perf_counter() - started:.1f} s")
    folder = ROOT / "bench" / "anonymiser"
    names = {"dev": "development notes", "heldout": "first held-out notes (seen since)",
             "heldout2": "second held-out notes"}
    for name in names:
        path = folder / f"{name}.txt"
        if path.exists():
            started = time.perf_counter()
            report(names[name], parse(path), args.misses)
            print(f"\n({time.perf_counter() - started:.1f} s for three runs over these notes)")


if __name__ == "__main__":
    main()
