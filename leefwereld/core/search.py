"""The search seam: find names despite small spelling differences, on PostgreSQL and on SQLite.

PostgreSQL uses pg_trgm on ONE expression, the whole name ("given prefix family"), with one GIN
trigram index on exactly that expression (migration residents 0006). A word matches when its word
similarity to the name passes pg_trgm's threshold ("Gerit" finds Gerrit, "Jansen" finds Janssen)
or when the name contains it; the matches are ranked by word-similarity distance. One expression,
not three columns OR-ed together: the planner answers it from the index and ranks only the matches
(the OR over three columns made it scan the table). SQLite, the embedded default, has no trigrams: a
name matches when one of its parts contains the word, case-insensitively, in name order.
"""
import unicodedata

from django.db import connection
from django.db.models import BooleanField, FloatField, Q
from django.db.models.expressions import RawSQL


def normalise(text):
    """Lower case without accents or double spaces: "  Özdemİr " and "ozdemir" are the same word."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def trigrams_available():
    return connection.vendor == "postgresql"


def name_expression(table, fields):
    """The SQL of the whole name, written exactly as the index on it (so the planner uses the index)."""
    return "(" + " || ' ' || ".join(f'"{table}"."{field}"' for field in fields) + ")"


def _like(word):
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def name_matches(words, fields, model):
    """A condition: every word is found in the name (in one of the name fields on SQLite)."""
    if not trigrams_available():
        condition = Q()
        for word in words:
            one = Q()
            for field in fields:
                one |= Q(**{f"{field}__icontains": word})
            condition &= one
        return condition
    name = name_expression(model._meta.db_table, fields)
    condition = Q()
    for word in words:
        condition &= Q(RawSQL(f"(%s <%% {name} OR {name} ILIKE %s)", [word, _like(word)],  # noqa: S611
                              output_field=BooleanField()))
    return condition


def rank_by_name(queryset, words, fields):
    """Best match first (word-similarity distance on PostgreSQL; name order on SQLite)."""
    if not trigrams_available() or not words:
        return queryset
    name = name_expression(queryset.model._meta.db_table, fields)
    distance = RawSQL(f"%s <<-> {name}", [" ".join(words)], output_field=FloatField())  # noqa: S611
    return queryset.annotate(name_distance=distance).order_by("name_distance", *queryset.query.order_by)
