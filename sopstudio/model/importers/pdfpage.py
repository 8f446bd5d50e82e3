"""What one PDF page draws, read with pypdfium2: text runs, ruling lines, flowchart symbols,
arrows.

Coordinates are points from the page's top-left corner, y down (as the layout engine uses).
Paths are split into sub-paths and each is classified by its outline: a closed curve is a
capsule (terminator), a closed axis-aligned quadrilateral a rectangle (a process, or a table
cell when it shares an edge with another line), a quadrilateral with its corners on the
middles of its box a diamond, a closed pentagon an off-page connector, a small triangle an
arrowhead, and a straight line a ruling line unless an arrowhead ends it (then it is an arrow,
like any open polyline ending at an arrowhead). A connector's jump over one it crosses (a
small semicircle on a straight run) is read as the run going straight on.
"""

from __future__ import annotations

import ctypes
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sopstudio.model.sop import StepKind

Point = tuple[float, float]
#: (left, top, right, bottom), y down.
Box = tuple[float, float, float, float]

#: Two coordinates closer than this (points) are the same line.
SAME = 1.2
#: A rectangle thinner than this is a ruling line drawn as a filled bar (Word does that).
THIN = 2.0
#: Largest arrowhead, and how far an arrow's end may stop short of its head's tip.
ARROWHEAD = 12.0
ARROW_GAP = 8.0
#: Longest jump (a connector's semicircular hop over another it crosses), points.
HOP = 10.0
#: Largest flowchart symbol (width, height), points.
MAX_SYMBOL = (200.0, 100.0)

_LINE, _BEZIER, _MOVE = (
    pdfium_c.FPDF_SEGMENT_LINETO,
    pdfium_c.FPDF_SEGMENT_BEZIERTO,
    (pdfium_c.FPDF_SEGMENT_MOVETO),
)


class _Boxed:
    """Something drawn in a box: its centre."""

    box: Box

    @property
    def centre(self) -> Point:
        """The centre of the box."""
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2


@dataclass(frozen=True)
class TextRun(_Boxed):
    """A run of text on one line, with its box."""

    text: str
    box: Box


@dataclass(frozen=True)
class Segment:
    """An axis-aligned ruling line: horizontal at `at` from `low` to `high` in x, or vertical
    at x = `at` from `low` to `high` in y."""

    horizontal: bool
    at: float
    low: float
    high: float


@dataclass(frozen=True)
class Symbol(_Boxed):
    """A drawn flowchart symbol: its step kind (None for an off-page connector) and box."""

    kind: StepKind | None
    box: Box


@dataclass(frozen=True)
class Frame:
    """The page as displayed: PDF user space (y up, mediabox origin) turned by the page's
    /Rotate into points from the displayed top-left corner, y down."""

    rotation: int
    #: The mediabox: left, bottom, width, height (unrotated).
    x0: float
    y0: float
    width: float
    height: float

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> Frame:
        """The frame of a pypdfium2 page."""
        left, bottom, right, top = page.get_mediabox()
        return cls(page.get_rotation() % 360, left, bottom, right - left, top - bottom)

    def point(self, x: float, y: float) -> Point:
        """A PDF user-space point on the displayed page."""
        x, y = x - self.x0, y - self.y0
        if self.rotation == 90:
            return y, x
        if self.rotation == 180:
            return self.width - x, y
        if self.rotation == 270:
            return self.height - y, self.width - x
        return x, self.height - y

    def box(self, left: float, bottom: float, right: float, top: float) -> Box:
        """A PDF user-space box on the displayed page."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def pdf_box(self, box: Box) -> tuple[float, float, float, float]:
        """A displayed box in PDF user space: (left, bottom, right, top)."""
        left, top, right, bottom = box
        if self.rotation == 90:
            xs, ys = (top, bottom), (left, right)
        elif self.rotation == 180:
            xs, ys = (self.width - right, self.width - left), (top, bottom)
        elif self.rotation == 270:
            xs, ys = (
                (self.width - bottom, self.width - top),
                (self.height - right, self.height - left),
            )
        else:
            xs, ys = (left, right), (self.height - bottom, self.height - top)
        return (min(xs) + self.x0, min(ys) + self.y0, max(xs) + self.x0, max(ys) + self.y0)


@dataclass
class PageContent:
    """Everything read from one page."""

    frame: Frame
    rulings: list[Segment] = field(default_factory=list)
    symbols: list[Symbol] = field(default_factory=list)
    #: Arrow polylines, tail first, ending at the arrowhead's tip.
    arrows: list[tuple[Point, ...]] = field(default_factory=list)
    #: The page has no text but draws an image: a scan.
    scanned: bool = False


def _subpaths(obj: pdfium.PdfObject, frame: Frame) -> list[tuple[list[Point], bool, bool]]:
    """(points, closed, curved) of each sub-path of a path object, in page coordinates; on an
    open sub-path each jump (`_hops_straightened`) is read as the line running straight on."""
    a, b, c, d, e, f = obj.get_matrix().get()
    x, y = ctypes.c_float(), ctypes.c_float()
    raw: list[tuple[list[tuple[Point, bool]], bool]] = []
    points: list[tuple[Point, bool]] = []
    closed = False
    for index in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, index)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        point = frame.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVE and points:
            raw.append((points, closed))
            points, closed = [], False
        points.append((point, kind == _BEZIER))
        closed = closed or bool(pdfium_c.FPDFPathSegment_GetClose(seg))
    if points:
        raw.append((points, closed))
    out: list[tuple[list[Point], bool, bool]] = []
    for points, closed in raw:
        if not closed:
            points = _hops_straightened(points)
        out.append(([p for p, _ in points], closed, any(bezier for _, bezier in points)))
    return out


def _hops_straightened(points: list[tuple[Point, bool]]) -> list[tuple[Point, bool]]:
    """The (point, on a curve) of an open path with each jump replaced by a straight line.

    A jump is a run of curve points leaving a straight line and landing back on it at most
    `HOP` further on, bulging no more than its own length off it (the semicircle a connector
    draws where it crosses another); any other curve is kept."""
    out: list[tuple[Point, bool]] = []
    i = 0
    while i < len(points):
        if not points[i][1] or not out:
            out.append(points[i])
            i += 1
            continue
        end = i
        while end < len(points) and points[end][1]:
            end += 1
        start, land = out[-1][0], points[end - 1][0]
        chord = _distance(start, land)
        if (
            _line(start, land) is not None
            and 0 < chord <= HOP
            and all(
                _distance(p, start) + _distance(p, land) <= 2.5 * chord for p, _ in points[i:end]
            )
        ):
            out.append((land, False))  # from the jump's start straight to its end
        else:
            out.extend(points[i:end])
        i = end
    return out


def _vertices(points: list[Point], closed: bool) -> tuple[list[Point], bool]:
    """The distinct corners of a polyline, and whether it is closed."""
    kept: list[Point] = []
    for p in points:
        if not kept or abs(p[0] - kept[-1][0]) > 0.05 or abs(p[1] - kept[-1][1]) > 0.05:
            kept.append(p)
    if (
        len(kept) > 2
        and abs(kept[0][0] - kept[-1][0]) < 0.05
        and abs(kept[0][1] - kept[-1][1]) < 0.05
    ):
        kept.pop()
        closed = True
    return kept, closed


def _bounds(points: list[Point]) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _axis_aligned(points: list[Point]) -> bool:
    ring = points + points[:1]
    return all(abs(p[0] - q[0]) < 0.1 or abs(p[1] - q[1]) < 0.1 for p, q in pairwise(ring))


def _is_diamond(points: list[Point], box: Box) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    tol = max(box[2] - box[0], box[3] - box[1]) * 0.08
    middles = [(cx, box[1]), (box[2], cy), (cx, box[3]), (box[0], cy)]
    return all(min(abs(p[0] - m[0]) + abs(p[1] - m[1]) for p in points) <= tol for m in middles)


def _rect_edges(box: Box) -> list[Segment]:
    left, top, right, bottom = box
    return [
        Segment(True, top, left, right),
        Segment(True, bottom, left, right),
        Segment(False, left, top, bottom),
        Segment(False, right, top, bottom),
    ]


def _line(p: Point, q: Point) -> Segment | None:
    if abs(p[1] - q[1]) < 0.1:
        return Segment(True, p[1], min(p[0], q[0]), max(p[0], q[0]))
    if abs(p[0] - q[0]) < 0.1:
        return Segment(False, p[0], min(p[1], q[1]), max(p[1], q[1]))
    return None


class _EdgeIndex:
    """Ruling segments indexed by their rounded coordinate, to find collinear neighbours."""

    def __init__(self) -> None:
        self.index: dict[tuple[bool, int], list[tuple[Segment, int]]] = defaultdict(list)

    def add(self, segment: Segment, owner: int) -> None:
        self.index[segment.horizontal, round(segment.at)].append((segment, owner))

    def extended(self, segment: Segment, owner: int) -> bool:
        """True when another owner's segment on the same line touches this one and reaches
        past one of its ends (a grid line running on beyond one cell)."""
        key = round(segment.at)
        for k in (key - 1, key, key + 1):
            for other, who in self.index.get((segment.horizontal, k), ()):
                if (
                    who != owner
                    and abs(other.at - segment.at) <= SAME
                    and (other.low <= segment.high + SAME and segment.low <= other.high + SAME)
                    and (other.low < segment.low - SAME or other.high > segment.high + SAME)
                ):
                    return True
        return False


def _tip(triangle: list[Point]) -> tuple[Point, Point]:
    """(tip, base centre) of an arrowhead: the tip faces its shortest side."""
    best = None
    for i in range(3):
        p, q, r = triangle[i], triangle[(i + 1) % 3], triangle[(i + 2) % 3]
        side = (q[0] - r[0]) ** 2 + (q[1] - r[1]) ** 2
        if best is None or side < best[0]:
            best = (side, p, ((q[0] + r[0]) / 2, (q[1] + r[1]) / 2))
    assert best is not None
    return best[1], best[2]


def _distance(p: Point, q: Point) -> float:
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def read_paths(page: pdfium.PdfPage, content: PageContent) -> None:
    """Classify the page's path objects into rulings, symbols and arrows."""
    rects: list[Box] = []
    lines: list[Segment] = []
    polylines: list[list[Point]] = []
    heads: list[tuple[Point, Point]] = []
    symbols: dict[tuple[int, int, int, int], Symbol] = {}

    def add_symbol(kind: StepKind | None, box: Box) -> None:
        # The fill and the stroke of one symbol are often two paths: keep one.
        key = (round(box[0]), round(box[1]), round(box[2]), round(box[3]))
        symbols.setdefault(key, Symbol(kind, box))

    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=4):
        for points, closed, curved in _subpaths(obj, content.frame):
            corners, closed = _vertices(points, closed)
            if len(corners) < 2:
                continue
            box = _bounds(corners)
            w, h = box[2] - box[0], box[3] - box[1]
            if curved:
                if closed and w >= 8 and h >= 5 and w > 1.3 * h:
                    add_symbol(StepKind.START, box)
                continue
            if closed and len(corners) == 3 and max(w, h) <= ARROWHEAD:
                heads.append(_tip(corners))
            elif closed and len(corners) == 4 and _axis_aligned(corners):
                if w < THIN or h < THIN:
                    # A thin filled rectangle drawn as a rule: its centre line.
                    lines.append(
                        Segment(True, (box[1] + box[3]) / 2, box[0], box[2])
                        if h < THIN
                        else Segment(False, (box[0] + box[2]) / 2, box[1], box[3])
                    )
                else:
                    rects.append(box)
            elif closed and len(corners) == 4 and w >= 8 and _is_diamond(corners, box):
                add_symbol(StepKind.DECISION, box)
            elif closed and len(corners) == 5 and w >= 6 and not _axis_aligned(corners):
                add_symbol(None, box)
            elif not closed and len(corners) == 2 and (line := _line(*corners)) is not None:
                lines.append(line)
            elif not closed:
                polylines.append(corners)
    # Straight lines and open polylines ending at an arrowhead are arrows; other lines rule.
    rulings: list[Segment] = []
    for line in lines:
        ends = (
            ((line.low, line.at), (line.high, line.at))
            if line.horizontal
            else ((line.at, line.low), (line.at, line.high))
        )
        if any(
            _distance(end, base) <= ARROW_GAP or _distance(end, tip) <= ARROW_GAP
            for end in ends
            for tip, base in heads
        ):
            polylines.append(list(ends))
        else:
            rulings.append(line)
    for poly in polylines:
        arrow = _as_arrow(poly, heads)
        if arrow is not None:
            content.arrows.append(arrow)
    # A rectangle is a table cell when grid lines run on past one of its horizontal edges
    # and one of its vertical edges (or it is too big for a symbol); else a process symbol,
    # which may touch one grid line (a symbol sitting on its row's bottom line).
    # The fill and the stroke of one rectangle may be two paths: one rectangle.
    rects = list({tuple(round(v, 1) for v in box): box for box in rects}.values())
    index = _EdgeIndex()
    for number, line in enumerate(rulings):
        index.add(line, -1 - number)
    for number, box in enumerate(rects):
        for edge in _rect_edges(box):
            index.add(edge, number)
    for number, box in enumerate(rects):
        edges = _rect_edges(box)
        big = box[2] - box[0] > MAX_SYMBOL[0] or box[3] - box[1] > MAX_SYMBOL[1]
        if big or (
            any(index.extended(e, number) for e in edges[:2])
            and any(index.extended(e, number) for e in edges[2:])
        ):
            rulings.extend(edges)
        else:
            add_symbol(StepKind.PROCESS, box)
    content.rulings = rulings
    content.symbols = list(symbols.values())


def _as_arrow(poly: list[Point], heads: list[tuple[Point, Point]]) -> tuple[Point, ...] | None:
    """The polyline as an arrow ending at its head's tip, turned round if drawn head first.

    Its head is the nearest one to its end: arrows into one target end side by side (or on
    one line), each at its own head."""
    best: tuple[float, tuple[Point, ...]] | None = None
    for points in (poly, poly[::-1]):
        end = points[-1]
        for tip, base in heads:
            gap = min(_distance(end, tip), _distance(end, base))
            if gap <= ARROW_GAP and (best is None or gap < best[0]):
                best = (gap, (*points[:-1], tip) if _distance(end, tip) > 0.5 else tuple(points))
    return best[1] if best else None


def _clean(text: str) -> str:
    """A run's text on one line; pdfium's mark of a hyphen at a line break back to "-"."""
    return " ".join(text.replace("\x02", "-").replace("\ufffe", "").split())


def read_runs(textpage: pdfium.PdfTextPage, frame: Frame) -> list[TextRun]:
    """The page's text runs (pdfium's text rectangles: one line of one text object)."""
    runs: list[TextRun] = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = _clean(textpage.get_text_bounded(left, bottom, right, top))
        if text:
            runs.append(TextRun(text, frame.box(left, bottom, right, top)))
    return runs


def split_run(
    textpage: pdfium.PdfTextPage, run: TextRun, cuts: list[float], frame: Frame
) -> list[TextRun]:
    """A run cut at the x positions of ruling lines it crosses (text of two cells)."""
    bounds = [run.box[0], *cuts, run.box[2]]
    pieces = []
    for left, right in pairwise(bounds):
        piece = (left, run.box[1], right, run.box[3])
        text = _clean(textpage.get_text_bounded(*frame.pdf_box(piece)))
        if text:
            pieces.append(TextRun(text, (left, run.box[1], right, run.box[3])))
    return pieces


def is_scanned(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> bool:
    """True for a page without a text layer that draws an image (a scan)."""
    if textpage.count_chars() > 0:
        return False
    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4))
