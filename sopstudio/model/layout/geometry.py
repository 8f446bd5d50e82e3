"""The layout engine's output: plain, immutable geometry in points.

Coordinates are page coordinates in PostScript points (1/72 inch) with the origin at the
TOP-LEFT corner of the page and y growing DOWN (as in Qt and in Word's page anchors).
The PDF renderer flips y itself (reportlab's origin is bottom-left).

The canvas, the PDF writer and the DOCX writer draw exactly these objects and compute no
geometry of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import pairwise


@dataclass(frozen=True)
class Point:
    """A position on the page."""

    x: float
    y: float


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box: top-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: Rect, tolerance: float = 0.0) -> bool:
        """True when the interiors overlap by more than `tolerance` on both axes."""
        return (
            min(self.right, other.right) - max(self.x, other.x) > tolerance
            and min(self.bottom, other.bottom) - max(self.y, other.y) > tolerance
        )

    def contains(self, point: Point, tolerance: float = 0.0) -> bool:
        """True when the point lies inside (or within `tolerance` of) the box."""
        return (
            self.x - tolerance <= point.x <= self.right + tolerance
            and self.y - tolerance <= point.y <= self.bottom + tolerance
        )


class Align(str, Enum):
    """Horizontal alignment of text in its box."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class TextLine:
    """One already-wrapped line of text.

    `x` is the left end of the line as placed (alignment already applied), `baseline` the
    y of its baseline, `width` its measured advance width. `font` is a key of
    `sopstudio.model.layout.fonts.FONT_FILES` (e.g. "Arial", "Arial-Bold"); every renderer
    resolves it to the same bundled TTF.
    """

    text: str
    x: float
    baseline: float
    width: float
    font: str
    size: float


@dataclass(frozen=True)
class TextBlock:
    """Wrapped text inside a box (a table cell's padding box, a label, a header line)."""

    rect: Rect
    lines: tuple[TextLine, ...]
    align: Align = Align.LEFT


class CellRole(str, Enum):
    """What a table cell holds; renderers may style by role (e.g. bold headers)."""

    HEADER = "header"
    COLUMN_NUMBER = "column_number"
    NO = "no"
    KEGIATAN = "kegiatan"
    LANE = "lane"
    KELENGKAPAN = "kelengkapan"
    WAKTU = "waktu"
    OUTPUT = "output"
    KETERANGAN = "keterangan"
    FIELD_LABEL = "field_label"
    FIELD_VALUE = "field_value"
    LIST = "list"
    OTHER = "other"


#: The Step attribute each step cell shows, in table (and Tab) order: renderers that edit
#: or rebuild a cell's source text read it from here.
STEP_FIELD_BY_ROLE: dict[CellRole, str] = {
    CellRole.KEGIATAN: "text",
    CellRole.KELENGKAPAN: "kelengkapan",
    CellRole.WAKTU: "waktu",
    CellRole.OUTPUT: "output",
    CellRole.KETERANGAN: "keterangan",
}

#: Stroke widths in points that every renderer uses: the table grid and symbol outlines
#: (connectors carry their own `ConnectorPen`, heavier than the grid).
GRID_LINE = 0.5
SYMBOL_LINE = 0.75


@dataclass(frozen=True)
class Cell:
    """A bordered table cell with its wrapped text.

    `row` and `col` index the page's table grid (`Table.col_x`, `Table.row_y`), and
    `row_span`/`col_span` give merges, so DOCX can rebuild the native table.
    """

    rect: Rect
    text: TextBlock
    role: CellRole
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    step_id: str | None = None
    fill: str | None = None  # "#rrggbb" background, None for none


@dataclass(frozen=True)
class Table:
    """A grid of cells on one page.

    `col_x` has one more entry than there are columns (the right edge last); `row_y` the
    same for rows. `header_rows` is how many leading rows repeat on every page.
    """

    col_x: tuple[float, ...]
    row_y: tuple[float, ...]
    cells: tuple[Cell, ...]
    header_rows: int = 0

    @property
    def rect(self) -> Rect:
        return Rect(
            self.col_x[0],
            self.row_y[0],
            self.col_x[-1] - self.col_x[0],
            self.row_y[-1] - self.row_y[0],
        )


class SymbolKind(str, Enum):
    """The official flowchart shapes (the arrow is a `Connector`)."""

    TERMINATOR = "terminator"  # capsule: Mulai / Selesai
    PROCESS = "process"  # rectangle
    DECISION = "decision"  # diamond
    OFFPAGE = "offpage"  # pentagon pointing down (home plate)


#: Where the sides of the off-page pentagon turn towards its point, as a fraction of its
#: height from the top. 0.8 is DrawingML's `flowChartOffpageConnector`, so Word, the PDF and
#: the canvas draw the same home plate.
OFFPAGE_SHOULDER = 0.8


def offpage_outline(rect: Rect) -> tuple[Point, ...]:
    """The off-page connector's pentagon (home plate pointing down), clockwise from top-left."""
    shoulder = rect.y + rect.h * OFFPAGE_SHOULDER
    return (
        Point(rect.x, rect.y),
        Point(rect.right, rect.y),
        Point(rect.right, shoulder),
        Point(rect.center.x, rect.bottom),
        Point(rect.x, shoulder),
    )


def diamond_outline(rect: Rect) -> tuple[Point, ...]:
    """The decision diamond: the midpoints of the box's edges, clockwise from the top."""
    c = rect.center
    return (Point(c.x, rect.y), Point(rect.right, c.y), Point(c.x, rect.bottom), Point(rect.x, c.y))


@dataclass(frozen=True)
class Symbol:
    """A flowchart symbol. `step_id` is None for off-page connectors and for the extra
    Mulai/Selesai rows of houses that draw separate terminator rows; `label` is the text
    drawn inside (off-page letter/number, or "Mulai"/"Selesai" for those extra rows)."""

    kind: SymbolKind
    rect: Rect
    step_id: str | None = None
    label: str = ""
    label_text: TextBlock | None = None


@dataclass(frozen=True)
class Label:
    """A connector label (Ya / Tidak) placed in its own box."""

    text: TextBlock


@dataclass(frozen=True)
class ConnectorPen:
    """How every renderer strokes a connector, in points: line width, arrowhead length and
    half base width, and the radius of the semicircular hop drawn where it jumps another."""

    width: float = 1.0
    arrow_length: float = 5.0
    arrow_half_width: float = 2.5
    jump_radius: float = 3.0


#: The pen of every connector: 1 pt, clearly heavier than the 0.5 pt table grid.
CONNECTOR_PEN = ConnectorPen()


@dataclass(frozen=True)
class Connector:
    """An orthogonal polyline from a source to a target, arrowhead at the last point.

    `source_step`/`target_step` name the linked steps (for a link broken across pages, the
    piece on each page names both ends and `offpage` names the label shared by the pair of
    off-page symbols it runs to or from). `port` is "next", "yes" or "no". `jumps` are the
    points of its own segments where it crosses another connector and hops over it.
    """

    points: tuple[Point, ...]
    source_step: str | None
    target_step: str | None
    port: str
    arrow: bool = True
    label: Label | None = None
    offpage: str | None = None
    jumps: tuple[Point, ...] = ()
    pen: ConnectorPen = CONNECTOR_PEN


@dataclass(frozen=True)
class Hop:
    """A semicircle from `start` to `end` (a jump): centre halfway, bulging up on a horizontal
    segment and left on a vertical one. `start_angle`/`sweep` are in degrees, counter-clockwise
    as seen on the page (0 points right, 90 up), the convention of Qt's and reportlab's arcs."""

    start: Point
    end: Point
    radius: float
    start_angle: float
    sweep: float

    @property
    def centre(self) -> Point:
        return Point((self.start.x + self.end.x) / 2, (self.start.y + self.end.y) / 2)


def connector_path(connector: Connector) -> tuple[Point | Hop, ...]:
    """The drawn path of a connector: its points, with a `Hop` replacing each jump's stretch
    of segment (renderers draw a Point as a line to it and a Hop as a line to its start and
    then the arc). The arrowhead sits at the last point."""
    r = connector.pen.jump_radius
    points = connector.points
    path: list[Point | Hop] = [points[0]] if points else []
    for a, b in pairwise(points):
        horizontal = abs(a.y - b.y) < 1e-6
        along = (lambda p: p.x) if horizontal else (lambda p: p.y)
        sign = 1.0 if along(b) >= along(a) else -1.0
        on = [j for j in connector.jumps if _on_segment(j, a, b, r)]
        on.sort(key=lambda j: sign * along(j))
        for j in on:
            if horizontal:
                start, end = Point(j.x - sign * r, j.y), Point(j.x + sign * r, j.y)
                # Over the top: from the left end (180 deg) clockwise, or from the right end.
                angle, sweep = (180.0, -180.0) if sign > 0 else (0.0, 180.0)
            else:
                start, end = Point(j.x, j.y - sign * r), Point(j.x, j.y + sign * r)
                # Round the left: from the top (90 deg, y down is -90) counter-clockwise.
                angle, sweep = (90.0, 180.0) if sign > 0 else (270.0, -180.0)
            path.append(Hop(start, end, r, angle, sweep))
        path.append(b)
    return tuple(path)


def _on_segment(p: Point, a: Point, b: Point, margin: float) -> bool:
    """Whether p lies on the axis-parallel segment a-b at least `margin` from both ends."""
    eps = 1e-6
    if abs(a.y - b.y) < eps:
        along, ends, off = p.x, (a.x, b.x), abs(p.y - a.y)
    else:
        along, ends, off = p.y, (a.y, b.y), abs(p.x - a.x)
    return off < eps and min(ends) + margin - eps <= along <= max(ends) - margin + eps


@dataclass(frozen=True)
class Picture:
    """An image placed on the page (the letterhead's emblem): PNG bytes stretched to `rect`."""

    rect: Rect
    png: bytes


class PageKind(str, Enum):
    IDENTITY = "identity"
    FLOWCHART = "flowchart"


@dataclass(frozen=True)
class Page:
    """One printed page of an SOP."""

    kind: PageKind
    width: float
    height: float
    tables: tuple[Table, ...] = ()
    symbols: tuple[Symbol, ...] = ()
    connectors: tuple[Connector, ...] = ()
    texts: tuple[TextBlock, ...] = ()  # free text: unit header lines, captions
    pictures: tuple[Picture, ...] = ()  # the letterhead's emblem


@dataclass(frozen=True)
class SopLayout:
    """All pages of one SOP: identity page(s) first, then flowchart pages."""

    sop_id: str
    pages: tuple[Page, ...]
    #: step id -> (page index, row rectangle of that step on the page)
    step_rows: tuple[tuple[str, int, Rect], ...] = ()
    #: actor id -> (left x, right x) of its lane column, the same on every flowchart page
    lanes: tuple[tuple[str, float, float], ...] = ()
    #: Problems the layout could not solve and the user should know (Bahasa Indonesia), e.g. a
    #: step whose text does not fit on one page even at the smallest size
    warnings: tuple[str, ...] = ()
