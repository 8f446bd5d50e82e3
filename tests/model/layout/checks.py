"""Geometry checks the layout tests share: overlaps, crossings and overflow, measured directly."""

from __future__ import annotations

from sopstudio.model.layout.geometry import Connector, Page, Point, Rect, Symbol
from sopstudio.model.layout.quality import outline

EPS = 0.01
#: Horizontal runs keep this far from row borders and from cell text (printed closer, an arrow
#: merges with the grid line and reads as an unconnected stub).
RUN_CLEARANCE = 4.0
#: Collinear runs of different connectors closer than this end to end read as one line.
MIN_GAP = 3.0
#: Labels keep this far from every connector, their own included, and from every symbol.
LABEL_CLEARANCE = 0.5


def segments(connector: Connector) -> list[tuple[Point, Point]]:
    """Consecutive point pairs of a connector."""
    return list(zip(connector.points, connector.points[1:]))


def _segment_rect(a: Point, b: Point) -> Rect:
    return Rect(min(a.x, b.x), min(a.y, b.y), abs(a.x - b.x), abs(a.y - b.y))


def _segment_hits(a: Point, b: Point, rect: Rect, tol: float = 0.5) -> bool:
    """True when the axis-parallel segment a-b runs through the interior of `rect`."""
    if abs(a.x - b.x) < EPS:
        return rect.x + tol < a.x < rect.right - tol and min(a.y, b.y) < rect.bottom - tol and max(a.y, b.y) > rect.y + tol
    return rect.y + tol < a.y < rect.bottom - tol and min(a.x, b.x) < rect.right - tol and max(a.x, b.x) > rect.x + tol


def _collinear_overlap(s: tuple[Point, Point], t: tuple[Point, Point], gap: float = -EPS) -> bool:
    """True when two axis-parallel segments lie on one line (within half a point) and overlap,
    or come closer than `gap` end to end."""
    (a, b), (c, d) = s, t
    if abs(a.x - b.x) < EPS and abs(c.x - d.x) < EPS and abs(a.x - c.x) < 0.5:
        return min(max(a.y, b.y), max(c.y, d.y)) - max(min(a.y, b.y), min(c.y, d.y)) > -gap
    if abs(a.y - b.y) < EPS and abs(c.y - d.y) < EPS and abs(a.y - c.y) < 0.5:
        return min(max(a.x, b.x), max(c.x, d.x)) - max(min(a.x, b.x), min(c.x, d.x)) > -gap
    return False


def _touches_outline(rect: Rect, symbol: Symbol) -> bool:
    """True when `rect` overlaps the symbol's real outline (a label may sit by a diamond's
    slanted edge, inside its bounding box); separating axes of the rect and the outline."""
    shape = outline(symbol)
    axes = [(1.0, 0.0), (0.0, 1.0)]
    axes += [(b.y - a.y, a.x - b.x) for a, b in zip(shape, shape[1:] + shape[:1])]
    corners = [Point(rect.x, rect.y), Point(rect.right, rect.y), Point(rect.x, rect.bottom),
               Point(rect.right, rect.bottom)]
    for nx, ny in axes:
        p = [nx * v.x + ny * v.y for v in shape]
        q = [nx * v.x + ny * v.y for v in corners]
        if min(max(p), max(q)) - max(min(p), min(q)) <= 0:
            return False
    return True


def _grows(rect: Rect, by: float) -> Rect:
    return Rect(rect.x - by, rect.y - by, rect.w + 2 * by, rect.h + 2 * by)


def _shared_arrival(c: Connector, other: Connector) -> bool:
    """Two connectors ending in the same point of one target (their last stubs may touch)."""
    end, other_end = c.points[-1], other.points[-1]
    same_point = abs(end.x - other_end.x) < EPS and abs(end.y - other_end.y) < EPS
    return c.target_step == other.target_step and same_point


def run_clearance_problems(page: Page) -> list[str]:
    """Horizontal runs closer than RUN_CLEARANCE to a body row border or to cell text."""
    found = []
    for table in page.tables:
        borders = table.row_y[table.header_rows :]
        text_boxes = [
            Rect(line.x, line.baseline - line.size, line.width, 1.2 * line.size)
            for cell in table.cells for line in cell.text.lines
        ]
        for c in page.connectors:
            for a, b in segments(c):
                if abs(a.y - b.y) > EPS or abs(a.x - b.x) < EPS:
                    continue
                near = [y for y in borders if abs(a.y - y) < RUN_CLEARANCE - EPS]
                if near:
                    found.append(f"{c.source_step}->{c.target_step} runs at y={a.y:.1f}, "
                                 f"{abs(a.y - near[0]):.1f} pt from a row border")
                run = Rect(min(a.x, b.x), a.y, abs(a.x - b.x), 0.0)
                halos = (_grows(box, RUN_CLEARANCE - EPS) for box in text_boxes)
                if any(halo.intersects(run, -1.0) for halo in halos):
                    found.append(f"{c.source_step}->{c.target_step} runs at y={a.y:.1f} by cell text")
    return found


def problems(page: Page) -> list[str]:
    """Every defect found on the page, described; empty when the page is clean."""
    found = []
    symbols = page.symbols
    for i, s in enumerate(symbols):
        for t in symbols[i + 1 :]:
            if s.rect.intersects(t.rect):
                found.append(f"symbols overlap: {s.rect} {t.rect}")
    for k, c in enumerate(page.connectors):
        segs = segments(c)
        for n, (a, b) in enumerate(segs):
            if abs(a.x - b.x) > EPS and abs(a.y - b.y) > EPS:
                found.append(f"diagonal segment in {c.source_step}->{c.target_step}")
            for s in symbols:
                own = (n == 0 and s.rect.contains(c.points[0], 0.01)) or (
                    n == len(segs) - 1 and s.rect.contains(c.points[-1], 0.01)
                )
                if not own and _segment_hits(a, b, s.rect):
                    found.append(f"{c.source_step}->{c.target_step} crosses symbol {s.step_id or s.label}")
        for other in page.connectors[k + 1 :]:
            for n, s in enumerate(segs):
                for m, t in enumerate(segments(other)):
                    # Two arrows into one entry point may share a short last stub.
                    last = n == len(segs) - 1 and m == len(other.points) - 2
                    gap = EPS if (last and _shared_arrival(c, other)) else MIN_GAP
                    if _collinear_overlap(s, t, gap):
                        found.append(f"overlap {c.source_step}->{c.target_step} / {other.source_step}->{other.target_step}")
    labels = [c.label.text.rect for c in page.connectors if c.label]
    for i, rect in enumerate(labels):
        halo = _grows(rect, LABEL_CLEARANCE)
        for s in symbols:
            if _touches_outline(halo, s):
                found.append(f"label touches symbol {s.step_id}")
        for other in labels[i + 1 :]:
            if rect.intersects(other):
                found.append("labels overlap")
        for c in page.connectors:  # its own connector included
            for a, b in segments(c):
                if _segment_hits(a, b, halo, 0.0):
                    found.append(f"label touched by {c.source_step}->{c.target_step}")
    for table in page.tables:
        for cell in table.cells:
            for line in cell.text.lines:
                r = cell.rect
                if line.x < r.x - EPS or line.x + line.width > r.right + EPS or line.baseline > r.bottom + EPS or line.baseline - line.size < r.y - EPS:
                    found.append(f"text overflows cell: {line.text!r}")
    return found + run_clearance_problems(page)
