"""Layout quality report: geometric defects of a laid-out SOP, measured on the geometry itself.

The checks look only at the drawn geometry (`SopLayout`), never at what the router meant,
so they catch router bugs instead of repeating them. Each page is checked on its own.

Decisions worth knowing:

* Symbols are tested with their real outline: a rectangle for a process, a diamond for a
  decision, a capsule (rounded ends, radius half the short side) for a terminator and a
  home plate pointing down for an off-page connector (`geometry.offpage_outline`). Interiors are
  shrunk by `TOLERANCE`, so a line that merely touches an outline does not cross it.
* A connector's first point must touch its source symbol's outline and its last point its
  target's (within `TOUCH`); for one piece of a link broken across pages, the end that is
  not on this page touches the off-page symbol carrying the connector's `offpage` label.
  Connectors without a source or target step start or end at a step-less terminator
  (the separate Mulai/Selesai rows some houses draw).
* Two segments of DIFFERENT connectors that are collinear and share more than `TOLERANCE`
  of length overlap; so do collinear segments less than `MIN_GAP` apart end to end, since
  the eye reads them as one line (a Ya arrow seeming to run into the next step while it
  really turns away). Crossing at a point is fine. The one accepted case is a shared
  arrival: both connectors end at the same point of the same target, the shared part is
  the last segment of each and ends at that point, and it is at most `SHARED_STUB` long (a
  short common stub into one entry point reads as a merge) or ends at a decision's top
  vertex (where all arrows into a decision merge). Pieces of one connector are
  never compared with each other. No exemption is needed for a shared source port: a port
  has one link, and its two pieces (if broken) lie on different pages.
* A text line's box runs from `baseline - ascent` to `baseline + descent`, using the
  embedded font's ascender/descender (`fonts.ascent`/`fonts.descent`, the values the PDF
  uses), across its measured width.
* A connector label must not overlap a symbol, another label, a segment of ANOTHER
  connector, or any text line on the page; the label's own connector may touch it.

Readability (what makes loop-heavy charts hard to trace, measured the same way):

* `crossings`: a horizontal and a vertical segment of different connectors crossing at a point
  inside both, where neither connector records a jump (`Connector.jumps`) there. Crossings
  drawn with a jump are counted in `jumps` (a figure, not a defect).
* `near_parallel`: parallel segments of different connectors between `TOLERANCE` and
  `PARALLEL_GAP` apart alongside each other for more than `PARALLEL_RUN` (one cannot tell
  which line goes where).
* `diamond_off_vertex`: a connector end on a decision's outline but not at one of its four
  vertices; `diamond_shared_vertex`: two connector ends at one vertex that do not arrive
  along one shared final segment (two arrowheads side by side).
* `offpage_by_terminator`: an off-page symbol directly above or below a terminator (within
  `ADJACENT`, overlapping it horizontally) that no connector joins to it: it reads as if
  the terminator flowed into it.
* `connector_length` and `back_route_length` (figures): the drawn length of all connectors,
  and of those running back to an earlier step (loops), summed over the pages.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from itertools import pairwise
from typing import Any

from sopstudio.model.layout import fonts
from sopstudio.model.layout.geometry import (
    Connector,
    Page,
    Point,
    Rect,
    SopLayout,
    Symbol,
    SymbolKind,
    TextLine,
    diamond_outline,
    offpage_outline,
)
from sopstudio.model.sop import Sop

#: Overlaps thinner than this (points) are drawing noise, not defects.
TOLERANCE = 0.5
#: An endpoint this close (points) to a symbol outline touches it.
TOUCH = 1.0
#: Collinear segments of different connectors closer than this (points) end to end read as
#: one line, so they count as overlapping.
MIN_GAP = 3.0
#: Longest common final stub (points) two connectors into the same target may share.
SHARED_STUB = 24.0
#: Parallel connectors closer than this (points) alongside each other read as one bundle...
PARALLEL_GAP = 6.0
#: ...when they run alongside each other for more than this (points).
PARALLEL_RUN = 10.0
#: An off-page symbol this close (points) above or below a terminator reads as joined to it.
ADJACENT = 30.0
#: Segments per quarter circle when a terminator's rounded ends are made a polygon.
_ARC_STEPS = 4
_EPS = 1e-6

Polygon = tuple[Point, ...]
Segment = tuple[Point, Point]


# -- reports ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QualityReport:
    """Counts of geometric defects in a layout, with one human-readable detail per defect."""

    pages: int
    symbol_overlaps: int = 0
    connector_symbol_crossings: int = 0
    connector_overlaps: int = 0
    text_overflows: int = 0
    label_overlaps: int = 0
    non_orthogonal: int = 0
    detached_ends: int = 0
    crossings: int = 0
    near_parallel: int = 0
    diamond_off_vertex: int = 0
    diamond_shared_vertex: int = 0
    offpage_by_terminator: int = 0
    details: tuple[str, ...] = ()
    #: The count each detail adds to, in the same order.
    kinds: tuple[str, ...] = ()
    #: Figures, not defects: crossings drawn with a jump, connector lengths (points).
    jumps: int = 0
    connector_length: float = 0.0
    back_route_length: float = 0.0

    def counts(self) -> dict[str, int]:
        """The defect counts by name (pages, details and figures excluded)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("pages", "details", "kinds", *FIGURES)
        }

    def details_except(self, *kinds: str) -> tuple[str, ...]:
        """The details of every defect not of these kinds."""
        return tuple(
            d for d, kind in zip(self.details, self.kinds, strict=True) if kind not in kinds
        )

    def figures(self) -> dict[str, float]:
        """The figures by name: jumps drawn and connector lengths (to a tenth of a point)."""
        return {name: round(getattr(self, name), 1) for name in FIGURES}

    @property
    def ok(self) -> bool:
        """True when no defect was found."""
        return not any(self.counts().values())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: pages, counts and details."""
        return {
            "pages": self.pages,
            "counts": self.counts(),
            "figures": self.figures(),
            "details": list(self.details),
        }


FIGURES = ("jumps", "connector_length", "back_route_length")


@dataclass(frozen=True)
class LinkCoverage:
    """How the model's links are drawn: each exactly once, or as one matching off-page pair."""

    links: int
    missing: int = 0
    duplicate: int = 0
    broken_offpage: int = 0
    extra: int = 0
    details: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        """The problem counts by name (the number of links excluded)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("links", "details")
        }

    @property
    def ok(self) -> bool:
        """True when every link is drawn exactly once and nothing else is drawn."""
        return not any(self.counts().values())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: number of links, counts and details."""
        return {"links": self.links, "counts": self.counts(), "details": list(self.details)}


class _Findings:
    """Accumulates counts and details while checking."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.details: list[str] = []
        self.kinds: list[str] = []
        self.figures: dict[str, float] = dict.fromkeys(FIGURES, 0)

    def add(self, kind: str, page: int, message: str) -> None:
        self.counts[kind] += 1
        self.details.append(f"hal. {page + 1}: {message}")
        self.kinds.append(kind)


# -- public entry points ---------------------------------------------------------------------


def quality_report(layout: SopLayout) -> QualityReport:
    """Check every page of a layout and count its geometric defects."""
    found = _Findings()
    order = {step_id: n for n, (step_id, _, _) in enumerate(layout.step_rows)}
    for index, page in enumerate(layout.pages):
        _check_page(page, index, found)
        _measure_lengths(page, order, found)
    # Keyword arguments named by the checks: typed Any, as mypy cannot match names to fields.
    measured: dict[str, Any] = {**found.counts, **found.figures}
    return QualityReport(
        pages=len(layout.pages),
        details=tuple(found.details),
        kinds=tuple(found.kinds),
        **measured,
    )


def link_coverage(sop: Sop, layout: SopLayout) -> LinkCoverage:
    """Check that every model link (step, port, target) is drawn exactly once.

    A link is drawn either as one connector with `offpage` None, or as exactly two pieces on
    different pages sharing an `offpage` label that no other link uses, each page holding
    exactly one OFFPAGE symbol with that label. Links to steps that do not exist are the
    validator's business and are not expected. Connectors from or to the step-less Mulai/
    Selesai terminators are not model links and are ignored.
    """
    step_ids = {step.id for step in sop.steps}
    expected = [
        (step.id, port.value, target)
        for step in sop.steps
        for port, target in step.links()
        if target in step_ids
    ]
    drawn: dict[tuple[str, str, str], list[tuple[int, Connector]]] = defaultdict(list)
    label_links: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for index, page in enumerate(layout.pages):
        for conn in page.connectors:
            if conn.source_step is None or conn.target_step is None:
                continue
            key = (conn.source_step, conn.port, conn.target_step)
            drawn[key].append((index, conn))
            if conn.offpage is not None:
                label_links[conn.offpage].add(key)

    counts: Counter[str] = Counter()
    details: list[str] = []

    def problem(kind: str, key: tuple[str, str, str], message: str) -> None:
        counts[kind] += 1
        details.append(f"tautan {key[0]} -[{key[1]}]-> {key[2]}: {message}")

    for key in expected:
        pieces = drawn.get(key, [])
        labels = {conn.offpage for _, conn in pieces}
        if not pieces:
            problem("missing", key, "tidak digambar")
        elif len(pieces) == 1 and labels == {None}:
            continue
        elif len(pieces) > 2 or labels == {None}:
            problem("duplicate", key, f"digambar {len(pieces)} kali")
        else:
            reason = _offpage_pair_problem(layout, pieces, label_links)
            if reason:
                problem("broken_offpage", key, reason)
    expected_keys = set(expected)
    for key, pieces in drawn.items():
        if key not in expected_keys:
            problem("extra", key, f"digambar {len(pieces)} kali tetapi tidak ada di model")
    return LinkCoverage(links=len(expected), details=tuple(details), **counts)


def _offpage_pair_problem(
    layout: SopLayout,
    pieces: list[tuple[int, Connector]],
    label_links: dict[str, set[tuple[str, str, str]]],
) -> str | None:
    """Why the pieces of one link are not a proper off-page pair (None when they are)."""
    if len(pieces) != 2:
        return "hanya satu potongan dari pasangan penghubung antarhalaman"
    (page_a, conn_a), (page_b, conn_b) = pieces
    label = conn_a.offpage
    if label is None or conn_b.offpage != label:
        return f"label antarhalaman tidak sama ({conn_a.offpage!r}, {conn_b.offpage!r})"
    if page_a == page_b:
        return f"kedua potongan berada di halaman yang sama ({page_a + 1})"
    if len(label_links[label]) > 1:
        return f"label antarhalaman {label!r} dipakai juga oleh tautan lain"
    for page in (page_a, page_b):
        marks = [
            s
            for s in layout.pages[page].symbols
            if s.kind is SymbolKind.OFFPAGE and s.label == label
        ]
        if len(marks) != 1:
            return f"halaman {page + 1} memuat {len(marks)} simbol antarhalaman berlabel {label!r}"
    return None


# -- per-page checks ---------------------------------------------------------------------------


def _check_page(page: Page, index: int, found: _Findings) -> None:
    symbols = page.symbols
    outlines = [outline(s) for s in symbols]
    _check_symbol_overlaps(symbols, index, found)
    segments = _check_connector_shapes(page.connectors, index, found)
    _check_crossings(segments, symbols, outlines, index, found)
    _check_connector_overlaps(page, segments, index, found)
    _check_ends(page, outlines, index, found)
    _check_text(page, index, found)
    _check_labels(page, segments, outlines, index, found)
    _check_connector_pairs(page.connectors, segments, index, found)
    _check_diamond_ends(page, index, found)
    _check_offpage_by_terminator(page, index, found)


def _symbol_name(symbol: Symbol) -> str:
    if symbol.step_id is not None:
        return f"simbol langkah {symbol.step_id}"
    return f"simbol {symbol.kind.value} {symbol.label!r}"


def _check_symbol_overlaps(symbols: tuple[Symbol, ...], page: int, found: _Findings) -> None:
    for i, a in enumerate(symbols):
        for b in symbols[i + 1 :]:
            if a.rect.intersects(b.rect, TOLERANCE):
                found.add(
                    "symbol_overlaps", page, f"{_symbol_name(a)} dan {_symbol_name(b)} bertumpuk"
                )


def _check_connector_shapes(
    connectors: tuple[Connector, ...], page: int, found: _Findings
) -> list[tuple[int, int, Point, Point]]:
    """Count diagonal segments and return every non-degenerate segment (conn, index, a, b)."""
    segments: list[tuple[int, int, Point, Point]] = []
    for ci, conn in enumerate(connectors):
        pieces = [(a, b) for a, b in pairwise(conn.points) if _length(a, b) > _EPS]
        if not pieces:
            found.add("non_orthogonal", page, f"{_conn_name(conn)} tidak punya ruas garis")
            continue
        for si, (a, b) in enumerate(pieces):
            if abs(a.x - b.x) > _EPS and abs(a.y - b.y) > _EPS:
                found.add(
                    "non_orthogonal",
                    page,
                    f"{_conn_name(conn)}: ruas {_fmt(a)}-{_fmt(b)} tidak tegak lurus",
                )
            segments.append((ci, si, a, b))
    return segments


def _check_crossings(
    segments: list[tuple[int, int, Point, Point]],
    symbols: tuple[Symbol, ...],
    outlines: list[Polygon],
    page: int,
    found: _Findings,
) -> None:
    for _, _, a, b in segments:
        box = _segment_box(a, b)
        for symbol, shape in zip(symbols, outlines, strict=True):
            if not box.intersects(symbol.rect, -TOLERANCE):
                continue
            inside = _inside_length(a, b, shape, TOLERANCE)
            if inside > _EPS:
                found.add(
                    "connector_symbol_crossings",
                    page,
                    f"ruas {_fmt(a)}-{_fmt(b)} menembus {_symbol_name(symbol)} "
                    f"sepanjang {inside:.1f} pt",
                )


def _check_connector_overlaps(
    page_: Page,
    segments: list[tuple[int, int, Point, Point]],
    page: int,
    found: _Findings,
) -> None:
    connectors = page_.connectors
    # Arrows into a decision all enter at its top vertex: merged, their common stub may run
    # the whole gap above it.
    tops = [diamond_outline(s.rect)[0] for s in page_.symbols if s.kind is SymbolKind.DECISION]
    last_index: dict[int, int] = {}
    for ci, si, _, _ in segments:
        last_index[ci] = max(si, last_index.get(ci, -1))
    # Bucket axis-parallel segments by orientation; diagonals are reported elsewhere.
    horizontal, vertical = _by_axis(segments)
    for group, along, across in ((horizontal, "x", "y"), (vertical, "y", "x")):
        group = sorted(group, key=lambda s: getattr(s[2], across))
        for i, (ci, si, a1, b1) in enumerate(group):
            level = getattr(a1, across)
            lo1, hi1 = sorted((getattr(a1, along), getattr(b1, along)))
            for cj, sj, a2, b2 in group[i + 1 :]:
                if getattr(a2, across) - level > TOLERANCE:
                    break
                if ci == cj:
                    continue
                lo2, hi2 = sorted((getattr(a2, along), getattr(b2, along)))
                shared = min(hi1, hi2) - max(lo1, lo2)  # negative: the gap between them
                if shared <= -MIN_GAP:
                    continue
                c1, c2 = connectors[ci], connectors[cj]
                if _shared_arrival(
                    c1,
                    c2,
                    si == last_index[ci] and sj == last_index[cj],
                    max(lo1, lo2),
                    min(hi1, hi2),
                    along,
                    shared,
                    tops,
                ):
                    continue
                if shared > TOLERANCE:
                    what = f"berimpit sepanjang {shared:.1f} pt"
                else:
                    gap = max(0.0, -shared)
                    what = f"segaris dan hanya berjarak {gap:.1f} pt (tampak bersambung)"
                found.add(
                    "connector_overlaps",
                    page,
                    f"{_conn_name(c1)} dan {_conn_name(c2)} {what} di {across}={level:.1f}",
                )


def _shared_arrival(
    c1: Connector,
    c2: Connector,
    both_last: bool,
    lo: float,
    hi: float,
    along: str,
    shared: float,
    tops: list[Point],
) -> bool:
    """True when an overlap is the accepted common stub into one target point: short, or
    into a decision's top vertex (where every arrow into the decision merges)."""
    into_vertex = any(_length(c1.points[-1], top) <= TOUCH for top in tops)
    if not both_last or (shared > SHARED_STUB and not into_vertex) or c1.target_step is None:
        return False
    if c1.target_step != c2.target_step:
        return False
    end1, end2 = c1.points[-1], c2.points[-1]
    if _length(end1, end2) > TOUCH:
        return False
    end = getattr(end1, along)
    return abs(end - lo) <= TOUCH or abs(end - hi) <= TOUCH


def _check_ends(page: Page, outlines: list[Polygon], index: int, found: _Findings) -> None:
    by_step: dict[str, list[Polygon]] = defaultdict(list)
    stepless: list[Polygon] = []
    offpage: dict[str, list[Polygon]] = defaultdict(list)
    for symbol, shape in zip(page.symbols, outlines, strict=True):
        if symbol.kind is SymbolKind.OFFPAGE:
            offpage[symbol.label].append(shape)
        elif symbol.step_id is None:
            stepless.append(shape)
        else:
            by_step[symbol.step_id].append(shape)

    def shapes_of(step: str | None) -> list[Polygon]:
        return stepless if step is None else by_step.get(step, [])

    for conn in page.connectors:
        if not conn.points:
            continue
        start, end = conn.points[0], conn.points[-1]
        sources, targets = shapes_of(conn.source_step), shapes_of(conn.target_step)
        if conn.offpage is not None:
            marks = offpage.get(conn.offpage, [])
            if not marks:
                found.add(
                    "detached_ends",
                    index,
                    f"{_conn_name(conn)}: tidak ada simbol antarhalaman {conn.offpage!r}",
                )
                continue
            outgoing = _touches_any(start, sources) and _touches_any(end, marks)
            incoming = _touches_any(start, marks) and _touches_any(end, targets)
            if not (outgoing or incoming):
                found.add(
                    "detached_ends",
                    index,
                    f"{_conn_name(conn)}: ujung tidak menyentuh sumber/tujuan dan simbol "
                    f"antarhalaman {conn.offpage!r}",
                )
            continue
        for point, shapes, role in ((start, sources, "awal"), (end, targets, "akhir")):
            if not _touches_any(point, shapes):
                where = "tidak ada di halaman ini" if not shapes else "tidak disentuh"
                found.add(
                    "detached_ends",
                    index,
                    f"{_conn_name(conn)}: titik {role} {_fmt(point)}, simbolnya {where}",
                )


def _check_text(page: Page, index: int, found: _Findings) -> None:
    boxes: list[tuple[str, Rect, tuple[TextLine, ...]]] = []
    for table in page.tables:
        for cell in table.cells:
            name = f"sel ({cell.row},{cell.col}) {cell.role.value}"
            boxes.append((name, cell.rect, cell.text.lines))
    for symbol in page.symbols:
        if symbol.label_text is not None:
            boxes.append((_symbol_name(symbol), symbol.rect, symbol.label_text.lines))
    for conn in page.connectors:
        if conn.label is not None:
            block = conn.label.text
            boxes.append((f"label {_conn_name(conn)}", block.rect, block.lines))
    for block in page.texts:
        boxes.append(("teks halaman", block.rect, block.lines))
    for name, rect, lines in boxes:
        for line in lines:
            box = line_box(line)
            if not _contains(rect, box, TOLERANCE):
                found.add(
                    "text_overflows",
                    index,
                    f"baris {line.text[:30]!r} ({_fmt_rect(box)}) keluar dari {name} "
                    f"({_fmt_rect(rect)})",
                )


def _check_labels(
    page: Page,
    segments: list[tuple[int, int, Point, Point]],
    outlines: list[Polygon],
    index: int,
    found: _Findings,
) -> None:
    labelled = [(ci, c) for ci, c in enumerate(page.connectors) if c.label is not None]
    text_lines = [line for table in page.tables for cell in table.cells for line in cell.text.lines]
    text_lines += [line for block in page.texts for line in block.lines]
    line_boxes = [(line, line_box(line)) for line in text_lines]
    for n, (ci, conn) in enumerate(labelled):
        block = conn.label.text  # type: ignore[union-attr]
        rect = block.rect
        words = " ".join(line.text for line in block.lines)
        name = f"label {words!r} dari {_conn_name(conn)}"
        shape = _rect_polygon(rect)
        for symbol, outline_ in zip(page.symbols, outlines, strict=True):
            if rect.intersects(symbol.rect, TOLERANCE) and _polygons_overlap(
                shape, outline_, TOLERANCE
            ):
                found.add("label_overlaps", index, f"{name} menimpa {_symbol_name(symbol)}")
        for _, other in labelled[n + 1 :]:
            if rect.intersects(other.label.text.rect, TOLERANCE):  # type: ignore[union-attr]
                found.add("label_overlaps", index, f"{name} menimpa label {_conn_name(other)}")
        for cj, _, a, b in segments:
            if cj != ci and _inside_length(a, b, shape, TOLERANCE) > _EPS:
                found.add(
                    "label_overlaps",
                    index,
                    f"{name} menimpa ruas {_fmt(a)}-{_fmt(b)} dari "
                    f"{_conn_name(page.connectors[cj])}",
                )
        for line, box in line_boxes:
            if rect.intersects(box, TOLERANCE):
                found.add("label_overlaps", index, f"{name} menimpa teks {line.text[:30]!r}")


def _by_axis(segments: list[tuple[int, int, Point, Point]]) -> tuple[list, list]:
    """The horizontal and the vertical segments (diagonals are reported elsewhere)."""
    horizontal = [s for s in segments if abs(s[2].y - s[3].y) <= _EPS]
    vertical = [s for s in segments if abs(s[2].x - s[3].x) <= _EPS]
    return horizontal, vertical


def _measure_lengths(page: Page, order: dict[str, int], found: _Findings) -> None:
    """Add the page's connector length, and that of connectors back to an earlier step."""
    for conn in page.connectors:
        length = sum(_length(a, b) for a, b in pairwise(conn.points))
        found.figures["connector_length"] += length
        source = order.get(conn.source_step) if conn.source_step is not None else None
        target = order.get(conn.target_step) if conn.target_step is not None else None
        if source is not None and target is not None and target <= source:
            found.figures["back_route_length"] += length


def _check_connector_pairs(
    connectors: tuple[Connector, ...],
    segments: list[tuple[int, int, Point, Point]],
    page: int,
    found: _Findings,
) -> None:
    """Count crossings of different connectors (as jumps where one hops the other) and their
    parallel segments running too close for too long."""
    horizontal, vertical = _by_axis(segments)
    _check_crossing_connectors(connectors, horizontal, vertical, page, found)
    _check_near_parallel(connectors, horizontal, vertical, page, found)


def _check_crossing_connectors(
    connectors: tuple[Connector, ...], horizontal: list, vertical: list, page: int, found: _Findings
) -> None:
    """Count crossings of different connectors, as jumps where one hops the other."""
    for ci, _, a, b in horizontal:
        x0, x1 = sorted((a.x, b.x))
        for cj, _, c, d in vertical:
            if ci == cj:
                continue
            y0, y1 = sorted((c.y, d.y))
            # Strictly inside both: a corner or an end on the other line is a junction.
            inside = x0 + TOLERANCE < c.x < x1 - TOLERANCE and y0 + TOLERANCE < a.y < y1 - TOLERANCE
            if not inside:
                continue
            point = Point(c.x, a.y)
            jumped = any(
                _length(point, j) <= TOUCH for j in connectors[ci].jumps + connectors[cj].jumps
            )
            if jumped:
                found.figures["jumps"] += 1
            else:
                found.add(
                    "crossings",
                    page,
                    f"{_conn_name(connectors[ci])} dan {_conn_name(connectors[cj])} bersilang "
                    f"tanpa lompatan di {_fmt(point)}",
                )


def _check_near_parallel(
    connectors: tuple[Connector, ...], horizontal: list, vertical: list, page: int, found: _Findings
) -> None:
    """Count parallel segments of different connectors running too close for too long."""
    for group, along, across in ((horizontal, "x", "y"), (vertical, "y", "x")):
        for n, (ci, _, a1, b1) in enumerate(group):
            lo1, hi1 = sorted((getattr(a1, along), getattr(b1, along)))
            for cj, _, a2, b2 in group[n + 1 :]:
                if ci == cj:
                    continue
                gap = abs(getattr(a1, across) - getattr(a2, across))
                if not TOLERANCE < gap < PARALLEL_GAP - 0.01:
                    continue
                lo2, hi2 = sorted((getattr(a2, along), getattr(b2, along)))
                side_by_side = min(hi1, hi2) - max(lo1, lo2)
                if side_by_side > PARALLEL_RUN:
                    found.add(
                        "near_parallel",
                        page,
                        f"{_conn_name(connectors[ci])} dan {_conn_name(connectors[cj])} sejajar "
                        f"{gap:.1f} pt berdampingan sepanjang {side_by_side:.1f} pt",
                    )


def _check_diamond_ends(page: Page, index: int, found: _Findings) -> None:
    """Connector ends on a decision: at a vertex, and never two side by side at one vertex."""
    for symbol in page.symbols:
        if symbol.kind is not SymbolKind.DECISION:
            continue
        shape = diamond_outline(symbol.rect)
        at_vertex: dict[int, list[tuple[Point, Point]]] = defaultdict(list)  # (end, neighbour)
        for conn in page.connectors:
            if len(conn.points) < 2:
                continue
            ends = ((conn.points[0], conn.points[1]), (conn.points[-1], conn.points[-2]))
            for end, neighbour in ends:
                if _distance_to_outline(end, shape) > TOUCH:
                    continue
                vertex = next((v for v, p in enumerate(shape) if _length(end, p) <= TOUCH), None)
                if vertex is None:
                    found.add(
                        "diamond_off_vertex",
                        index,
                        f"{_conn_name(conn)} menyentuh sisi miring {_symbol_name(symbol)} "
                        f"di {_fmt(end)}, bukan sudutnya",
                    )
                else:
                    at_vertex[vertex].append((end, neighbour))
        for vertex, arrivals in at_vertex.items():
            # Ends arriving along one line (a merged stub) read as one arrow.
            directions = {_direction(end, neighbour) for end, neighbour in arrivals}
            if len(directions) > 1:
                found.add(
                    "diamond_shared_vertex",
                    index,
                    f"{len(arrivals)} konektor berdampingan di sudut {_fmt(shape[vertex])} "
                    f"{_symbol_name(symbol)}",
                )


def _direction(end: Point, neighbour: Point) -> tuple[int, int]:
    """The unit axis direction from a connector's end towards its neighbouring point."""
    dx, dy = neighbour.x - end.x, neighbour.y - end.y
    return (0, 1 if dy > 0 else -1) if abs(dx) <= _EPS else (1 if dx > 0 else -1, 0)


def _check_offpage_by_terminator(page: Page, index: int, found: _Findings) -> None:
    """Off-page symbols directly above or below a terminator that no connector joins to it."""
    terminators = [s for s in page.symbols if s.kind is SymbolKind.TERMINATOR]
    marks = [s for s in page.symbols if s.kind is SymbolKind.OFFPAGE]
    for mark in marks:
        joined = {
            step
            for c in page.connectors
            if c.offpage == mark.label
            for step in (c.source_step, c.target_step)
        }
        for term in terminators:
            if min(mark.rect.right, term.rect.right) - max(mark.rect.x, term.rect.x) <= TOLERANCE:
                continue
            distance = max(mark.rect.y - term.rect.bottom, term.rect.y - mark.rect.bottom)
            if 0 <= distance <= ADJACENT and term.step_id not in joined:
                found.add(
                    "offpage_by_terminator",
                    index,
                    f"simbol antarhalaman {mark.label!r} tepat di dekat {_symbol_name(term)}",
                )


# -- shapes ------------------------------------------------------------------------------------


def outline(symbol: Symbol) -> Polygon:
    """The convex outline of a symbol as a polygon (terminator arcs approximated inside)."""
    r = symbol.rect
    if symbol.kind is SymbolKind.DECISION:
        return diamond_outline(r)
    if symbol.kind is SymbolKind.OFFPAGE:
        return offpage_outline(r)
    if symbol.kind is SymbolKind.TERMINATOR:
        return _rounded_rect(r, min(r.w, r.h) / 2)
    return _rect_polygon(r)


def line_box(line: TextLine) -> Rect:
    """The box a text line occupies: measured width, font ascender above to descender below."""
    above = fonts.ascent(line.font, line.size)
    below = fonts.descent(line.font, line.size)
    return Rect(line.x, line.baseline - above, line.width, above + below)


def _rect_polygon(r: Rect) -> Polygon:
    return (Point(r.x, r.y), Point(r.right, r.y), Point(r.right, r.bottom), Point(r.x, r.bottom))


def _rounded_rect(r: Rect, radius: float) -> Polygon:
    """A rectangle with circular corners, arcs replaced by inscribed chords."""
    corners = (
        (r.right - radius, r.y + radius, -90.0),
        (r.right - radius, r.bottom - radius, 0.0),
        (r.x + radius, r.bottom - radius, 90.0),
        (r.x + radius, r.y + radius, 180.0),
    )
    points: list[Point] = []
    for cx, cy, start in corners:
        for step in range(_ARC_STEPS + 1):
            angle = math.radians(start + 90.0 * step / _ARC_STEPS)
            point = Point(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
            if not points or _length(points[-1], point) > _EPS:
                points.append(point)
    if len(points) > 1 and _length(points[0], points[-1]) <= _EPS:
        points.pop()
    return tuple(points)


def _halfplanes(shape: Polygon) -> list[tuple[float, float, float]]:
    """(nx, ny, c) with unit inward normals: a point p is inside when nx*px + ny*py >= c."""
    area = sum(a.x * b.y - b.x * a.y for a, b in zip(shape, shape[1:] + shape[:1], strict=True))
    sign = 1.0 if area > 0 else -1.0
    planes = []
    for a, b in zip(shape, shape[1:] + shape[:1], strict=True):
        length = _length(a, b)
        if length <= _EPS:
            continue
        # For a counter-clockwise polygon (positive area in these axes) the inward normal of
        # edge a->b is the edge direction turned left.
        nx, ny = -(b.y - a.y) / length * sign, (b.x - a.x) / length * sign
        planes.append((nx, ny, nx * a.x + ny * a.y))
    return planes


def _inside_length(a: Point, b: Point, shape: Polygon, inset: float) -> float:
    """Length of segment a-b inside the convex shape shrunk by `inset` (Cyrus-Beck)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b.x - a.x, b.y - a.y
    planes = _halfplanes(shape)
    if len(planes) < 3:
        return 0.0
    for nx, ny, c in planes:
        start = nx * a.x + ny * a.y - c - inset
        slope = nx * dx + ny * dy
        if abs(slope) <= _EPS:
            if start < 0:
                return 0.0
            continue
        t = -start / slope
        if slope > 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return 0.0
    return (t1 - t0) * math.hypot(dx, dy)


def _polygons_overlap(p: Polygon, q: Polygon, tolerance: float) -> bool:
    """True when two convex polygons overlap by more than `tolerance` on every axis (SAT)."""
    for shape in (p, q):
        for nx, ny, _ in _halfplanes(shape):
            p_proj = [nx * v.x + ny * v.y for v in p]
            q_proj = [nx * v.x + ny * v.y for v in q]
            if min(max(p_proj), max(q_proj)) - max(min(p_proj), min(q_proj)) <= tolerance:
                return False
    return True


def _touches_any(point: Point, shapes: list[Polygon]) -> bool:
    return any(_distance_to_outline(point, shape) <= TOUCH for shape in shapes)


def _distance_to_outline(point: Point, shape: Polygon) -> float:
    return min(
        _point_segment_distance(point, a, b)
        for a, b in zip(shape, shape[1:] + shape[:1], strict=True)
    )


def _point_segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b.x - a.x, b.y - a.y
    span = dx * dx + dy * dy
    t = 0.0 if span <= _EPS else max(0.0, min(1.0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / span))
    return math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))


def _contains(outer: Rect, inner: Rect, tolerance: float) -> bool:
    return (
        inner.x >= outer.x - tolerance
        and inner.y >= outer.y - tolerance
        and inner.right <= outer.right + tolerance
        and inner.bottom <= outer.bottom + tolerance
    )


def _segment_box(a: Point, b: Point) -> Rect:
    return Rect(min(a.x, b.x), min(a.y, b.y), abs(a.x - b.x), abs(a.y - b.y))


def _length(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _conn_name(conn: Connector) -> str:
    piece = f" (antarhalaman {conn.offpage!r})" if conn.offpage is not None else ""
    return f"konektor {conn.source_step} -[{conn.port}]-> {conn.target_step}{piece}"


def _fmt(p: Point) -> str:
    return f"({p.x:.1f}, {p.y:.1f})"


def _fmt_rect(r: Rect) -> str:
    return f"{r.x:.1f},{r.y:.1f} {r.w:.1f}x{r.h:.1f}"
