"""Small cells hidden, and hidden for good: the council's figures (ADR 0025).

The council sees one table per measure: teams (rows) by categories (columns) for a year, with the row
totals, the column totals and the grand total. A cell of 1 to 4 is suppressed (a zero names nobody and
stays). A suppressed cell could still be worked out by subtraction when it is the only hidden number in
a row or a column with its total; so whenever a line (cells plus its total) has exactly one hidden
number, the smallest other non-zero number on that line is hidden too, until no line has exactly one. Every view
the council can open (the whole municipality, one team) is cut from this one protected table, so two
views never differ by a hidden cell either.
"""
from dataclasses import dataclass

SMALL = 5
TOTAL = "__total__"


@dataclass
class Protected:
    rows: list  # row keys (teams)
    columns: list  # column keys (categories)
    values: dict  # (row, column) -> int or None (suppressed); TOTAL as a row or column key for margins

    def get(self, row, column):
        return self.values.get((row, column), 0)


def protect(cells, rows, columns):
    """cells: {(row, column): count}. Returns the table with margins, small cells and their partners hidden."""
    values = {(r, c): cells.get((r, c), 0) for r in rows for c in columns}
    for r in rows:
        values[(r, TOTAL)] = sum(values[(r, c)] for c in columns)
    for c in columns:
        values[(TOTAL, c)] = sum(values[(r, c)] for r in rows)
    values[(TOTAL, TOTAL)] = sum(values[(r, TOTAL)] for r in rows)
    hidden = {key for key, v in values.items() if 0 < v < SMALL}
    lines = ([[(r, c) for c in [*columns, TOTAL]] for r in [*rows, TOTAL]]
             + [[(r, c) for r in [*rows, TOTAL]] for c in [*columns, TOTAL]])
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for key in line if key in hidden) == 1:
                shown = [key for key in line if key not in hidden]
                if shown:
                    # The smallest partner that is not zero (a hidden zero in a line that adds up to zero
                    # gives itself away); a cell before a total, so totals stay visible where they can.
                    partner = min(shown, key=lambda key: (values[key] == 0, TOTAL in key, values[key]))
                    hidden.add(partner)
                    changed = True
    return Protected(list(rows), list(columns), {k: (None if k in hidden else v) for k, v in values.items()})
