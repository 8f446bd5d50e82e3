"""Geometry checks the layout tests share: `quality_report` on one page, plus the clearances
it does not measure (runs away from row borders and cell text, labels off their own line)."""

from __future__ import annotations

from itertools import pairwise

from sopstudio.model.layout.geometry import Page, Point, Rect, SopLayout
from sopstudio.model.layout.quality import quality_report

EPS = 0.01
#: Horizontal runs keep this far from row borders and from cell text (printed closer, an arrow
#: merges with the grid line and reads as an unconnected stub).
RUN_CLEARANCE = 4.0
#: Labels keep this far from their own connector too (quality_report lets it touch).
LABEL_CLEARANCE = 0.5


#: What random charts may lack: they can pack more links into one gutter or onto one symbol
#: than fit PARALLEL_SPACING apart, and the router then packs them closer rather than overlap
#: them. The real and loop-heavy corpora hold it at zero (test_routing_readability.py).
CROWDING = ("near_parallel",)


def problems(page: Page, allow: tuple[str, ...] = ()) -> list[str]:
    """Every defect found on the page (but those of the kinds in `allow`), described; empty
    when the page is clean."""
    report = quality_report(SopLayout(sop_id="", pages=(page,)))
    return [
        *report.details_except(*allow),
        *run_clearance_problems(page),
        *own_label_problems(page),
    ]


def run_clearance_problems(page: Page) -> list[str]:
    """Horizontal runs closer than RUN_CLEARANCE to a body row border or to cell text."""
    found = []
    for table in page.tables:
        borders = table.row_y[table.header_rows :]
        text_boxes = [
            Rect(line.x, line.baseline - line.size, line.width, 1.2 * line.size)
            for cell in table.cells
            for line in cell.text.lines
        ]
        for c in page.connectors:
            for a, b in _segments(c.points):
                if abs(a.y - b.y) > EPS or abs(a.x - b.x) < EPS:
                    continue
                near = [y for y in borders if abs(a.y - y) < RUN_CLEARANCE - EPS]
                if near:
                    found.append(
                        f"{c.source_step}->{c.target_step} runs at y={a.y:.1f}, "
                        f"{abs(a.y - near[0]):.1f} pt from a row border"
                    )
                run = Rect(min(a.x, b.x), a.y, abs(a.x - b.x), 0.0)
                halos = (_grown(box, RUN_CLEARANCE - EPS) for box in text_boxes)
                if any(halo.intersects(run, -1.0) for halo in halos):
                    found.append(
                        f"{c.source_step}->{c.target_step} runs at y={a.y:.1f} by cell text"
                    )
    return found


def own_label_problems(page: Page) -> list[str]:
    """Labels closer than LABEL_CLEARANCE to a segment of their own connector."""
    found = []
    for c in page.connectors:
        if c.label is None:
            continue
        halo = _grown(c.label.text.rect, LABEL_CLEARANCE)
        if any(_runs_through(a, b, halo) for a, b in _segments(c.points)):
            found.append(f"label touched by its own {c.source_step}->{c.target_step}")
    return found


def _segments(points: tuple[Point, ...]) -> list[tuple[Point, Point]]:
    return list(pairwise(points))


def _grown(rect: Rect, by: float) -> Rect:
    return Rect(rect.x - by, rect.y - by, rect.w + 2 * by, rect.h + 2 * by)


def _runs_through(a: Point, b: Point, rect: Rect) -> bool:
    """True when the axis-parallel segment a-b runs through the interior of `rect`."""
    if abs(a.x - b.x) < EPS:
        return rect.x < a.x < rect.right and min(a.y, b.y) < rect.bottom and max(a.y, b.y) > rect.y
    return rect.y < a.y < rect.bottom and min(a.x, b.x) < rect.right and max(a.x, b.x) > rect.x
