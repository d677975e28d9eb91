"""Small cells hidden, and no way to get them back by subtraction, in one view or across two."""
import random

from leefwereld.kompas.suppress import TOTAL, protect


def _lines(table):
    rows, columns = [*table.rows, TOTAL], [*table.columns, TOTAL]
    return [[(r, c) for c in columns] for r in rows] + [[(r, c) for r in rows] for c in columns]


def test_small_cells_are_hidden_and_zeros_stay():
    table = protect({("a", "x"): 3, ("a", "y"): 10, ("b", "x"): 20, ("b", "y"): 0}, ["a", "b"], ["x", "y"])
    assert table.get("a", "x") is None
    assert table.get("b", "y") == 0 or table.get("b", "y") is None


def test_no_line_has_exactly_one_hidden_number_random_tables():
    rng = random.Random(19)
    for _ in range(300):
        rows = [f"t{n}" for n in range(rng.randint(1, 5))]
        columns = [f"c{n}" for n in range(rng.randint(1, 6))]
        cells = {(r, c): rng.choice([0, 1, 2, 4, 5, 7, 12, 40]) for r in rows for c in columns}
        table = protect(cells, rows, columns)
        for line in _lines(table):
            hidden = sum(1 for r, c in line if table.get(r, c) is None)
            assert hidden != 1, (cells, line)
        for key, value in cells.items():
            if 0 < value < 5:
                assert table.get(*key) is None


def test_the_two_views_cannot_be_subtracted():
    """Team A has 3 light-route answers, team B 10: the municipality total minus team B would give A away."""
    table = protect({("A", "licht"): 3, ("B", "licht"): 10, ("A", "plan"): 8, ("B", "plan"): 9},
                    ["A", "B"], ["licht", "plan"])
    municipality = table.get(TOTAL, "licht")
    team_b = table.get("B", "licht")
    assert table.get("A", "licht") is None
    assert municipality is None or team_b is None  # never both: 13 - 10 would be 3
    team_a_total, team_a_plan = table.get("A", TOTAL), table.get("A", "plan")
    assert team_a_total is None or team_a_plan is None  # 11 - 8 would be 3 too


def test_a_zero_is_not_a_partner_that_gives_itself_away():
    """Hiding team A's empty third column would not protect its 3: that column adds up to 0 in the total."""
    table = protect({("A", "licht"): 3, ("A", "plan"): 8, ("B", "licht"): 10, ("B", "plan"): 9},
                    ["A", "B"], ["licht", "plan", "besluit"])
    assert table.get("A", "plan") is None and table.get("A", "besluit") == 0
