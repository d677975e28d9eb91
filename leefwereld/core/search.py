"""The search seam: find names despite small spelling differences, on PostgreSQL and on SQLite.

PostgreSQL uses pg_trgm: a name matches a word when their trigram similarity passes the
threshold ("Gerit" finds Gerrit, "Jansen" finds Janssen) or when it contains the word; both are
answered from GIN trigram indexes (migration residents 0005) and ranked by similarity. SQLite,
the embedded default, has no trigrams: a name matches when it contains the word, case-insensitively.
"""
import unicodedata

from django.db import connection
from django.db.models import CharField, FloatField, Lookup, Q
from django.db.models.functions import Greatest


@CharField.register_lookup
class TrigramMatch(Lookup):
    """`name %> word` (pg_trgm word similarity, indexable) or `name ILIKE '%word%'` (indexable too)."""

    lookup_name = "lw_trigram"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        like = "'%%' || " + rhs + " || '%%'"
        return f"({lhs} %% {rhs} OR {lhs} ILIKE {like})", lhs_params + rhs_params + lhs_params + rhs_params


def normalise(text):
    """Lower case without accents or double spaces: "  Özdemİr " and "ozdemir" are the same word."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def trigrams_available():
    return connection.vendor == "postgresql"


def name_matches(words, fields):
    """A condition: every word is found in one of the name fields."""
    condition = Q()
    lookup = "lw_trigram" if trigrams_available() else "icontains"
    for word in words:
        one = Q()
        for field in fields:
            one |= Q(**{f"{field}__{lookup}": word})
        condition &= one
    return condition


def rank_by_name(queryset, words, fields):
    """Best match first (similarity on PostgreSQL; name order on SQLite)."""
    if not trigrams_available() or not words:
        return queryset
    from django.contrib.postgres.search import TrigramSimilarity

    text = " ".join(words)
    scores = [TrigramSimilarity(field, text) for field in fields]
    score = Greatest(*scores, output_field=FloatField()) if len(scores) > 1 else scores[0]
    return queryset.annotate(name_score=score).order_by("-name_score", *queryset.query.order_by)
