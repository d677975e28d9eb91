"""The spread per guideline as a server-rendered SVG: stacked bars, the same numbers in a table beside it."""
from django.utils.translation import gettext_lazy as _

WIDTH, LABEL, ROW, TOP = 640, 200, 34, 24
PARTS = (("granted", "#2e7d32", _("toegekend")), ("partly", "#f0a202", _("deels")),
         ("refused", "#b3261e", _("afgewezen")), ("deviations", "#24578f", _("afwijkingen")))


def spread_chart(rows):
    """Bars scaled to the largest total, so guidelines compare at a glance; no professional in sight."""
    totals = [sum(r[k] or 0 for k, _c, _l in PARTS) for r in rows]
    largest = max(totals, default=0) or 1
    bars = []
    for n, (r, total) in enumerate(zip(rows, totals, strict=True)):
        x, y, parts = LABEL, TOP + n * ROW, []
        for key, colour, label in PARTS:
            # Whole numbers: the template would write 12.5 with a Dutch decimal comma, and the bar would vanish.
            width = round((WIDTH - LABEL - 40) * (r[key] or 0) / largest)
            if width:
                parts.append({"x": x, "width": width, "colour": colour, "label": label, "n": r[key]})
            x += width
        bars.append({"label": str(r["guideline"]), "y": y, "text_y": y + 15, "parts": parts, "total": total,
                     "total_x": x + 6})
    legend = [{"x": LABEL + i * 110, "colour": c, "label": label} for i, (_k, c, label) in enumerate(PARTS)]
    return {"width": WIDTH, "height": TOP + len(rows) * ROW + 30, "bars": bars, "legend": legend,
            "legend_y": TOP + len(rows) * ROW + 12}
