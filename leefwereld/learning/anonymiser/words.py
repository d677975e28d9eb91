"""Common Dutch words (deduce's own list plus the words of the work), never taken for a name or a place."""
import functools
import re
from pathlib import Path

_OURS = frozenset(re.split(r"\s+", """
aan af al als bij dan dat de die dit door een en er geen had heb heeft het hij hoe hun ik in is ja je
kan kon maar me meer met mijn na naar nee niet nog nu of om omdat ook op over te tot uit van veel voor
want was wat we wel werd wie wij wil zal ze zei zij zich zo zou zijn
moeder vader zoon dochter broer zus oma opa buurvrouw buurman tante oom neef nicht vriend vriendin
school werk thuis huis gesprek afspraak plan hulp zorg gemeente wijkteam team week maand jaar dag
bakker visser smid molenaar schipper mulder dam wit zwart groot klein
mevrouw meneer vandaag morgen gisteren verder samen daarna eerst toen later
""".strip()))


@functools.cache
def common_words():
    from .engine import _import_deduce
    deduce = _import_deduce()  # its package holds the word list; importing it is cheap
    root = Path(deduce.__file__).parent / "data" / "lookup" / "src" / "whitelist"
    words = set(_OURS)
    for name in ("lst_common_word", "lst_stop_word"):
        path = root / name / "items.txt"
        if path.exists():
            words |= {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}
    return frozenset(words)


# Relations and roles that start a sentence ("Buurman Henk Visser belde"): never a name themselves.
RELATIONS = frozenset(re.split(r"\s+", """
buurman buurvrouw buren vriend vriendin kraamvriendin broer zus zuster nicht nichtje neef neefje oom tante
opa oma moeder vader zoon dochter zoontje dochtertje ex partner man vrouw schoonmoeder schoonvader
huisbezoek adres telefoon mail gesprek afspraak overleg intake melding mevrouw meneer dhr mw mevr
""".strip()))
