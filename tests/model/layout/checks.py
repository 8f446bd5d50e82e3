"""Geometry checks the layout tests share: overlaps, crossings and overflow, measured directly."""

from __future__ import annotations

from sopstudio.model.layout.geometry import Connector, Page, Point, Rect

EPS = 0.01


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


def _collinear_overlap(s: tuple[Point, Point], t: tuple[Point, Point]) -> bool:
    (a, b), (c, d) = s, t
    if abs(a.x - b.x) < EPS and abs(c.x - d.x) < EPS and abs(a.x - c.x) < EPS:
        return min(max(a.y, b.y), max(c.y, d.y)) - max(min(a.y, b.y), min(c.y, d.y)) > EPS
    if abs(a.y - b.y) < EPS and abs(c.y - d.y) < EPS and abs(a.y - c.y) < EPS:
        return min(max(a.x, b.x), max(c.x, d.x)) - max(min(a.x, b.x), min(c.x, d.x)) > EPS
    return False


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
            for s in segs:
                for t in segments(other):
                    if _collinear_overlap(s, t):
                        found.append(f"overlap {c.source_step}->{c.target_step} / {other.source_step}->{other.target_step}")
    labels = [c.label.text.rect for c in page.connectors if c.label]
    for i, rect in enumerate(labels):
        for s in symbols:
            if rect.intersects(s.rect):
                found.append(f"label overlaps symbol {s.step_id}")
        for other in labels[i + 1 :]:
            if rect.intersects(other):
                found.append("labels overlap")
        for c in page.connectors:
            for a, b in segments(c):
                if _segment_hits(a, b, rect, 0.0):
                    found.append(f"label crossed by {c.source_step}->{c.target_step}")
    for table in page.tables:
        for cell in table.cells:
            for line in cell.text.lines:
                r = cell.rect
                if line.x < r.x - EPS or line.x + line.width > r.right + EPS or line.baseline > r.bottom + EPS or line.baseline - line.size < r.y - EPS:
                    found.append(f"text overflows cell: {line.text!r}")
    return found
