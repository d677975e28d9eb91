"""Deduce, loaded from the lookup tables that `manage.py anonymiser_build` made at install time.

Deduce builds its lookup structures (two minutes, 77 MB) on first use when it finds no cache, and
by default keeps that cache inside its own package folder. We keep it in ANONYMISER_CACHE_DIR, build
it in `make install`, and refuse to build it here: a page never waits two minutes (ADR 0020).
"""
import functools
import gc
import importlib.metadata
import logging
import re
from pathlib import Path

from . import kinds
from .spans import Found

STAMP = "gebouwd-met-deduce-{version}"


class AnonymiserNotBuilt(RuntimeError):
    """The lookup tables are missing: run `python manage.py anonymiser_build` (make install does)."""


def deduce_version():
    return importlib.metadata.version("deduce")


def cache_dir():
    from django.conf import settings
    return Path(settings.ANONYMISER_CACHE_DIR)


def is_built(path=None):
    path = Path(path or cache_dir())
    return (path / STAMP.format(version=deduce_version())).exists() and (
        path / "cache" / "lookup_structs.pickle").exists()


def _import_deduce():
    # deduce calls logging.basicConfig(level=DEBUG) on import; keep the root logger as it was.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import deduce
    root.handlers[:], root.level = handlers, level
    return deduce


def build(path=None):
    """Build the lookup tables into `path` (install time only)."""
    path = Path(path or cache_dir())
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob(STAMP.format(version="*")):
        old.unlink()
    _import_deduce().Deduce(cache_path=path, build_lookup_structs=True)
    (path / STAMP.format(version=deduce_version())).touch()
    return path


@functools.cache
def model(path=None):
    path = Path(path or cache_dir())
    if not is_built(path):
        raise AnonymiserNotBuilt(f"No deduce lookup tables in {path}: run `python manage.py anonymiser_build`.")
    deduce = _import_deduce()
    gc.disable()  # unpickling 77 MB of small objects is twice as fast without the collector
    try:
        return deduce.Deduce(cache_path=path)
    finally:
        gc.enable()


_POSTCODE = re.compile(r"^\d{4}\s?[A-Za-z]{2}$")


def _kind(tag, text):
    kind = kinds.DEDUCE_TAGS.get(tag.split("+")[0] if "+" in tag else tag)
    if kind is None:
        kind = kinds.PERSOON if "naam" in tag or "persoon" in tag or "patient" in tag else None
    if kind == kinds.PLAATS:
        if _POSTCODE.match(text.strip()):
            return kinds.POSTCODE
        if re.search(r"\d", text):
            return kinds.ADRES
    return kind


def find(story, path=None):
    """What plain deduce finds, in our kinds."""
    document = model(path).deidentify(story)
    found = []
    for a in document.annotations:
        kind = _kind(a.tag, a.text)
        if kind:
            found.append(Found(a.start_char, a.end_char, kind, "deduce"))
    return found
