"""The change per life domain between two measurements, as numbers and as a small server-rendered SVG."""
from dataclasses import dataclass

ROW = 34
LEFT = 190
WIDTH = 560
TOP = 30


@dataclass
class DomainChange:
    domain: str
    before: int | None
    after: int | None

    @property
    def delta(self):
        return None if self.before is None or self.after is None else self.after - self.before


def domain_changes(before, after):
    """Rows for every domain scored in either measurement (professional's level), in domain order."""
    def levels(assessment):
        return {s.domain_id: (s.domain, s.level.value if s.level else None) for s in assessment.scores.all()}

    first, second = levels(before), levels(after)
    domains = {**{k: v[0] for k, v in first.items()}, **{k: v[0] for k, v in second.items()}}
    ordered = sorted(domains.values(), key=lambda d: (d.order, d.name))
    return [DomainChange(d.name, first.get(d.pk, (None, None))[1], second.get(d.pk, (None, None))[1])
            for d in ordered]


def chart(rows, max_level=5):
    """Coordinates for the SVG: one line per domain from the first to the second level."""
    span = (WIDTH - LEFT - 30) / max(max_level - 1, 1)

    def x(level):
        # Whole numbers: the template must not format them with a Dutch decimal comma.
        return round(LEFT + (level - 1) * span)

    drawn = []
    for i, row in enumerate(rows):
        y = TOP + i * ROW
        drawn.append({"label": row.domain, "y": y, "text_y": y + 5,
                      "x1": x(row.before) if row.before else None, "x2": x(row.after) if row.after else None,
                      "delta": row.delta})
    ticks = [{"x": x(level), "label": level} for level in range(1, max_level + 1)]
    return {"width": WIDTH, "height": TOP + len(rows) * ROW, "rows": drawn, "ticks": ticks,
            "axis_y": TOP - 18}
