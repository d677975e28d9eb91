"""Every Dutch string has an English translation, compiled and used."""
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

PO = Path(settings.BASE_DIR) / "leefwereld" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def _entries(text):
    for block in text.split("\n\n")[1:]:  # the first block is the header
        if "msgid" in block:
            yield block


def test_english_po_has_no_fuzzy_or_empty_translations():
    problems = []
    for block in _entries(PO.read_text(encoding="utf-8")):
        strs = re.findall(r'^msgstr(?:\[\d\])? (".*"(?:\n".*")*)', block, flags=re.M)
        empty = any(re.sub(r'"\s*\n?"?', "", s).strip('"') == "" for s in strs)
        if "#, fuzzy" in block or empty:
            problems.append(block.splitlines()[0:2])
    assert problems == []


def test_english_is_used_when_chosen():
    with translation.override("en"):
        assert translation.gettext("Werkvoorraad") == "Work queue"
    with translation.override("nl"):
        assert translation.gettext("Werkvoorraad") == "Werkvoorraad"
