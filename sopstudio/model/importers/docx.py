"""Reading SOPs from a Word document (.docx), safely.

The package is opened with size limits (each part, the total, the compression ratio) and
`word/document.xml` is parsed by an XML parser that loads no DTD, resolves no entity and
touches no network; a DOCTYPE or ENTITY declaration is refused outright. The body is walked
in order: paragraph and text-box lines, and table rows (merged cells expanded over the
grid) go to the shared `RowReader`. Flowchart symbols are read from DrawingML shapes
(``wps:wsp`` with a ``flowChart*`` preset) and VML shapes, either inside a lane cell or
anchored to the page, in which case their position is mapped to the table's grid.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from lxml import etree

from sopstudio.model.importers.columns import is_number_row
from sopstudio.model.importers.limits import (
    MAX_COLUMNS,
    MAX_PAGE_SHAPES,
    MAX_ROWS,
    MAX_SECTIONS,
    MAX_SHAPES,
    MAX_TABLES,
    check,
)
from sopstudio.model.importers.raw import RawDocument, step_number
from sopstudio.model.importers.report import ImportFailed, ImportReport
from sopstudio.model.importers.rows import RowReader
from sopstudio.model.sop import StepKind

#: Largest part read from the package, and largest sum of parts listed in it.
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: A part inflating more than this many times its compressed size is a zip bomb.
MAX_RATIO = 200
#: Parts of a package at most (a real document has a few dozen).
MAX_PARTS = 2000

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_EMU_PER_TWIP = 635

#: DrawingML presets of the flowchart symbols (the off-page connector is not a step).
PRESET_KINDS: dict[str, StepKind] = {
    "flowChartTerminator": StepKind.START,
    "flowChartProcess": StepKind.PROCESS,
    "flowChartAlternateProcess": StepKind.PROCESS,
    "flowChartPredefinedProcess": StepKind.PROCESS,
    "flowChartDecision": StepKind.DECISION,
    "roundRect": StepKind.START,
    "rect": StepKind.PROCESS,
    "diamond": StepKind.DECISION,
}
#: VML shape types (``#_x0000_tNNN``) of the same symbols.
VML_TYPES: dict[str, StepKind] = {
    "116": StepKind.START,
    "176": StepKind.PROCESS,
    "109": StepKind.PROCESS,
    "112": StepKind.PROCESS,
    "110": StepKind.DECISION,
    "4": StepKind.DECISION,
}
_VML_TAGS = {"roundrect": StepKind.START, "rect": StepKind.PROCESS}
#: Elements whose text is not the paragraph's own (drawings, text boxes, deleted text).
_SKIP = {
    f"{{{W}}}drawing",
    f"{{{W}}}pict",
    f"{{{MC}}}AlternateContent",
    f"{{{W}}}del",
    f"{{{W}}}instrText",
    f"{{{W}}}txbxContent",
    f"{{{W}}}pPr",
    f"{{{W}}}rPr",
}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# -- package ------------------------------------------------------------------------------


def read_package_part(data: bytes, name: str = "word/document.xml") -> bytes:
    """One part of a DOCX package, read within the size limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > MAX_PARTS:
                raise ImportFailed("Dokumen Word berisi terlalu banyak bagian.")
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise ImportFailed("Dokumen Word terlalu besar setelah dibuka.")
            try:
                info = package.getinfo(name)
            except KeyError:
                raise ImportFailed(
                    "Berkas zip ini bukan dokumen Word (.docx): word/document.xml tidak ada."
                ) from None
            check(info.file_size, MAX_PART_BYTES, "bita isi dokumen Word")
            if info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ImportFailed("Isi dokumen Word terlalu besar atau mencurigakan (zip bom).")
            with package.open(info) as part:
                content = part.read(MAX_PART_BYTES + 1)
            if len(content) > MAX_PART_BYTES:
                raise ImportFailed("Isi dokumen Word terlalu besar.")
            return content
    except ImportFailed:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise ImportFailed(f"Dokumen Word rusak atau tidak dapat dibuka ({exc}).") from exc


_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_part(content: bytes) -> etree._Element:
    """The root element of an XML part, parsed without DTDs, entities or network access."""
    if _DECLARATION.search(content):
        raise ImportFailed("Dokumen Word berisi deklarasi DOCTYPE/ENTITY; ditolak demi keamanan.")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(content, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ImportFailed(f"XML dokumen Word rusak ({exc}).") from exc
    # The byte scan above misses declarations in UTF-16/32 text; the parsed tree does not.
    if root is not None and (
        root.getroottree().docinfo.doctype or root.getroottree().docinfo.internalDTD is not None
    ):
        raise ImportFailed("Dokumen Word berisi deklarasi DOCTYPE/ENTITY; ditolak demi keamanan.")
    if root is None or root.tag != _w("document"):
        raise ImportFailed("Bagian utama dokumen Word tidak dikenali.")
    return root


# -- text -----------------------------------------------------------------------------------


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's own text: runs, tabs as spaces, breaks as new lines; no shape text."""
    out: list[str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _w("t"):
                out.append(child.text or "")
            elif tag in (_w("tab"), _w("ptab")):
                out.append(" ")
            elif tag in (_w("br"), _w("cr")):
                out.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(out).strip()


def cell_text(tc: etree._Element) -> str:
    """The text of a table cell, one line per paragraph (nested tables included)."""
    lines = [paragraph_text(p) for p in tc.iter(_w("p")) if not _in_text_box(p, tc)]
    return "\n".join(line for line in lines if line)


def _in_text_box(p: etree._Element, stop: etree._Element) -> bool:
    parent = p.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP:
            return True
        parent = parent.getparent()
    return False


def text_box_lines(p: etree._Element) -> list[str]:
    """The lines of the free text boxes anchored in a paragraph (not text inside symbols)."""
    lines: list[str] = []
    boxes = [
        box
        for wsp in p.iter(f"{{{WPS}}}wsp")
        if _is_text_box(wsp)
        for box in wsp.iter(_w("txbxContent"))
    ]
    boxes += [box for vml in p.iter(f"{{{V}}}textbox") for box in vml.iter(_w("txbxContent"))]
    for box in boxes:
        if not _under_fallback(box):
            lines.extend(t for t in (paragraph_text(q) for q in box.iter(_w("p"))) if t)
    return lines


def _under_fallback(element: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == f"{{{MC}}}Fallback":
            return True
        parent = parent.getparent()
    return False


# -- shapes ---------------------------------------------------------------------------------

WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
OFFPAGE = "flowChartOffpageConnector"
#: A box (left, top, right, bottom) and a point (x, y), in twips.
Box = tuple[float, float, float, float]
Point = tuple[float, float]
#: Connector labels that name a decision's exits.
PORT_LABELS = {"ya": "yes", "tidak": "no"}


@dataclass(frozen=True)
class Shape:
    """A flowchart symbol (or off-page connector) found in the document.

    `box` is (left, top, right, bottom) in twips when the shape is anchored to the page
    (or margin); `text` is what is written inside it (an off-page connector's label).
    """

    kind: StepKind | None
    box: Box | None = None
    text: str = ""
    offpage: bool = False
    #: False when the box's top is measured from the anchoring paragraph, not the page.
    page_y: bool = True

    @property
    def centre(self) -> Point | None:
        """The centre of the box, if known."""
        if self.box is None:
            return None
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2


@dataclass(frozen=True)
class Connector:
    """A drawn arrow: its polyline in page twips, first point at the tail."""

    points: tuple[Point, ...]


@dataclass
class Drawing:
    """The shapes, arrows and arrow labels anchored in the paragraphs before a table."""

    shapes: list[Shape] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    labels: list[tuple[str, Point]] = field(default_factory=list)

    def extend(self, other: Drawing) -> None:
        """Add another paragraph's drawing."""
        self.shapes.extend(other.shapes)
        self.connectors.extend(other.connectors)
        self.labels.extend(other.labels)


def _symbol_kind(element: etree._Element) -> StepKind | None:
    """The step kind a DrawingML or VML shape draws, or None for other shapes."""
    for geom in element.iter(f"{{{A}}}prstGeom"):
        return PRESET_KINDS.get(geom.get("prst", ""))
    if element.tag in (f"{{{V}}}roundrect", f"{{{V}}}rect"):
        return _VML_TAGS[etree.QName(element).localname]
    if element.tag == f"{{{V}}}shape":
        spt = element.get("{urn:schemas-microsoft-com:office:office}spt") or ""
        type_ = (element.get("type") or "").rsplit("t", 1)[-1]
        return VML_TYPES.get(spt or type_)
    return None


def _box(anchor: etree._Element, margin: tuple[int, int]) -> Box | None:
    """An anchored shape's box in page twips (None when not placed against page or margin)."""
    if anchor.tag != f"{{{WP}}}anchor":
        return None
    extent = anchor.find(f"{{{WP}}}extent")
    h = anchor.find(f"{{{WP}}}positionH")
    v = anchor.find(f"{{{WP}}}positionV")
    if extent is None or h is None or v is None:
        return None
    # Against the page, or the margin/text column; a vertical offset from the anchoring
    # paragraph or line is kept as is: it still orders the shapes of one paragraph.
    offsets = {"page": 0, "margin": 1, "column": 1, "paragraph": 0, "line": 0}
    if h.get("relativeFrom") not in offsets or v.get("relativeFrom") not in offsets:
        return None
    try:
        x = int(h.findtext(f"{{{WP}}}posOffset") or "") / _EMU_PER_TWIP
        y = int(v.findtext(f"{{{WP}}}posOffset") or "") / _EMU_PER_TWIP
        w = int(extent.get("cx", "0")) / _EMU_PER_TWIP
        ht = int(extent.get("cy", "0")) / _EMU_PER_TWIP
    except ValueError:
        return None
    x += margin[0] * offsets[h.get("relativeFrom")]
    y += margin[1] * offsets[v.get("relativeFrom")]
    return x, y, x + w, y + ht


def _page_y(anchor: etree._Element) -> bool:
    v = anchor.find(f"{{{WP}}}positionV")
    return v is not None and v.get("relativeFrom") in ("page", "margin")


def _polyline(wsp: etree._Element, box: Box) -> Connector | None:
    """The page polyline of a freeform (custGeom) arrow."""
    path = wsp.find(f".//{{{A}}}path")
    if path is None:
        return None
    w = _int(path.get("w"), 0) or 1
    h = _int(path.get("h"), 0) or 1
    sx = (box[2] - box[0]) / w
    sy = (box[3] - box[1]) / h
    points = []
    for pt in path.iter(f"{{{A}}}pt"):
        points.append((box[0] + _int(pt.get("x")) * sx, box[1] + _int(pt.get("y")) * sy))
    if len(points) < 2:
        return None
    return Connector(tuple(points))


def _straight(anchor: etree._Element, box: Box) -> Connector:
    """A straight connector (line preset) from its box and flip flags."""
    xfrm = anchor.find(f".//{{{A}}}xfrm")
    flip_h = xfrm is not None and xfrm.get("flipH") == "1"
    flip_v = xfrm is not None and xfrm.get("flipV") == "1"
    x0, x1 = (box[2], box[0]) if flip_h else (box[0], box[2])
    y0, y1 = (box[3], box[1]) if flip_v else (box[1], box[3])
    return Connector(((x0, y0), (x1, y1)))


def drawing_in(element: etree._Element, margin: tuple[int, int] = (0, 0)) -> Drawing:
    """The flowchart symbols, arrows and labels drawn in `element` (a paragraph or a cell)."""
    drawing = Drawing()
    for anchor in element.iter(f"{{{WP}}}anchor", f"{{{WP}}}inline"):
        if _under_fallback(anchor):
            continue
        box = _box(anchor, margin)
        for wsp in anchor.iter(f"{{{WPS}}}wsp"):
            text = " ".join(t for t in (paragraph_text(p) for p in wsp.iter(_w("p"))) if t)
            geom = wsp.find(f".//{{{A}}}prstGeom")
            preset = geom.get("prst", "") if geom is not None else ""
            page_y = _page_y(anchor)
            if preset == OFFPAGE:
                drawing.shapes.append(Shape(None, box, text, offpage=True, page_y=page_y))
            elif (kind := _symbol_kind(wsp)) is not None and not _is_text_box(wsp):
                drawing.shapes.append(Shape(kind, box, text, page_y=page_y))
            elif box is not None and wsp.find(f".//{{{A}}}custGeom") is not None:
                if (line := _polyline(wsp, box)) is not None:
                    drawing.connectors.append(line)
            elif box is not None and preset in ("line", "straightConnector1", "bentConnector3"):
                drawing.connectors.append(_straight(anchor, box))
            elif box is not None and text.casefold().strip(" .") in PORT_LABELS:
                centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                drawing.labels.append((PORT_LABELS[text.casefold().strip(" .")], centre))
    for tag in ("shape", "roundrect", "rect"):
        for vml in element.iter(f"{{{V}}}{tag}"):
            if not _under_fallback(vml) and (kind := _symbol_kind(vml)) is not None:
                drawing.shapes.append(Shape(kind))
    return drawing


def _is_text_box(wsp: etree._Element) -> bool:
    props = wsp.find(f"{{{WPS}}}cNvSpPr")
    return props is not None and props.get("txBox") == "1"


def is_port_label(line: str) -> bool:
    """True for a text box that only labels an arrow ("Ya", "Tidak")."""
    return line.casefold().strip(" .") in PORT_LABELS


# -- tables ---------------------------------------------------------------------------------


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(float(value)) if value is not None else default
    except ValueError:
        return default


@dataclass
class _Grid:
    """A table expanded over its grid: texts, cell symbols and row geometry."""

    texts: list[list[str]] = field(default_factory=list)
    symbols: list[list[StepKind | None]] = field(default_factory=list)
    heights: list[int | None] = field(default_factory=list)
    col_edges: list[int] = field(default_factory=list)


def expand_table(tbl: etree._Element) -> _Grid:
    """The rows of a w:tbl over its grid columns; a merged cell's text sits at its first column."""
    grid = _Grid()
    widths = [_int(c.get(_w("w"))) for c in tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}")]
    indent_el = tbl.find(f"{_w('tblPr')}/{_w('tblInd')}")
    edges = [_int(indent_el.get(_w("w"))) if indent_el is not None else 0]
    for width in widths:
        edges.append(edges[-1] + width)
    grid.col_edges = edges
    for tr in tbl.findall(_w("tr")):
        texts: list[str] = []
        symbols: list[StepKind | None] = []
        cells = tr.findall(_w("tc"))
        check(len(cells), MAX_COLUMNS, "kolom dalam satu baris")
        for tc in cells:
            pr = tc.find(_w("tcPr"))
            span, merged = 1, False
            if pr is not None:
                span_el = pr.find(_w("gridSpan"))
                if span_el is not None:
                    span = max(1, min(_int(span_el.get(_w("val")), 1), 64))
                merge = pr.find(_w("vMerge"))
                merged = merge is not None and merge.get(_w("val"), "continue") != "restart"
            text = "" if merged else cell_text(tc)
            inside = [sh.kind for sh in drawing_in(tc).shapes if sh.kind is not None]
            texts.extend([text] + [""] * (span - 1))
            symbols.extend([inside[0] if inside else None] + [None] * (span - 1))
        height = tr.find(f"{_w('trPr')}/{_w('trHeight')}")
        exact = height is not None and height.get(_w("hRule")) == "exact"
        check(len(texts), MAX_COLUMNS, "kolom dalam satu baris")
        grid.heights.append(_int(height.get(_w("val"))) if exact else None)
        grid.texts.append(texts)
        grid.symbols.append(symbols)
    return grid


def _bucket(edges: Sequence[float], value: float) -> int | None:
    for index, (low, high) in enumerate(pairwise(edges)):
        if low <= value < high:
            return index
    return None


def place_symbols(
    grid: _Grid, drawing: Drawing, margin_left: int, top: int | None
) -> dict[int, int] | None:
    """Put anchored symbols into the grid cells under them; shape index -> table row.

    The column comes from the symbol's x. The row comes from its y when the page position of
    every row is known (fixed row heights, as the exporter writes); otherwise the symbols,
    taken top to bottom, go one per step row if their count matches. None when neither works.
    """
    symbols = [
        (i, sh, centre)
        for i, sh in enumerate(drawing.shapes)
        if (centre := sh.centre) is not None and not sh.offpage and sh.kind is not None
    ]
    if not symbols:
        return {}
    col_edges = [margin_left + e for e in grid.col_edges]
    rows: dict[int, int] = {}
    if (
        top is not None
        and all(h is not None for h in grid.heights)
        and all(sh.page_y for _i, sh, _c in symbols)
    ):
        row_edges: list[float] = [top]
        for height in grid.heights:
            row_edges.append(row_edges[-1] + (height or 0))
        for index, _sh, centre in symbols:
            row = _bucket(row_edges, centre[1])
            if row is not None:
                rows[index] = row
    else:
        steps = [
            r
            for r, texts in enumerate(grid.texts)
            if texts and step_number(texts[0]) is not None and not is_number_row(texts)
        ]
        if len(steps) != len(symbols):
            return None
        ordered = sorted(symbols, key=lambda item: item[2][1])
        rows = {index: row for (index, _sh, _c), row in zip(ordered, steps, strict=True)}
    placed: dict[int, int] = {}
    centres = {index: centre for index, _sh, centre in symbols}
    for index, row in rows.items():
        col = _bucket(col_edges, centres[index][0])
        if col is None or col >= len(grid.symbols[row]):
            continue
        if grid.symbols[row][col] is None:
            grid.symbols[row][col] = drawing.shapes[index].kind
        placed[index] = row
    return placed


# -- arrows ---------------------------------------------------------------------------------

#: How far (twips) an arrow end or a label may sit from what it belongs to: 20 pt.
NEAR = 400.0

Node = tuple[str, str]  # ("row", where) or ("offpage", label)


def _box_distance(box: Box, point: Point) -> float:
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[3])
    return (dx * dx + dy * dy) ** 0.5


def _segment_distance(point: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = point, a, b
    length = (bx - ax) ** 2 + (by - ay) ** 2
    along = (px - ax) * (bx - ax) + (py - ay) * (by - ay)
    t = 0.0 if length == 0 else max(0.0, min(1.0, along / length))
    cx, cy = ax + t * (bx - ax), ay + t * (by - ay)
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


def drawn_edges(drawing: Drawing, nodes: dict[int, Node]) -> list[tuple[Node, Node, str]]:
    """(tail node, head node, port) of each arrow joining two known nodes.

    The port is "yes"/"no" when a Ya/Tidak label sits nearest this arrow, else "".
    """

    def nearest(point: Point) -> Node | None:
        best: tuple[float, Node] | None = None
        for index, node in nodes.items():
            box = drawing.shapes[index].box
            if box is None:
                continue
            distance = _box_distance(box, point)
            if distance <= NEAR and (best is None or distance < best[0]):
                best = (distance, node)
        return best[1] if best else None

    ports: dict[int, str] = {}
    for port, centre in drawing.labels:
        scored = [
            (min(_segment_distance(centre, a, b) for a, b in pairwise(c.points)), i)
            for i, c in enumerate(drawing.connectors)
        ]
        if scored and min(scored)[0] <= NEAR:
            ports[min(scored)[1]] = port
    edges = []
    for index, connector in enumerate(drawing.connectors):
        tail, head = nearest(connector.points[0]), nearest(connector.points[-1])
        if tail is not None and head is not None and tail != head:
            edges.append((tail, head, ports.get(index, "")))
    return edges


def resolve_offpage(edges: list[tuple[Node, Node, str]]) -> list[tuple[str, list[str], str]]:
    """(tail row, candidate head rows, port) of each arrow leaving a step.

    An arrow into an off-page connector continues from its twin, the connector with the same
    label: the candidates are the rows the twins lead to, nearest later one first, then the
    earlier ones (a loop back to a previous page).
    """
    out = []
    for position, (tail, head, port) in enumerate(edges):
        if tail[0] != "row":
            continue
        if head[0] == "row":
            out.append((tail[1], [head[1]], port))
            continue
        later = [h[1] for t, h, _p in edges[position + 1 :] if t == head and h[0] == "row"]
        earlier = [h[1] for t, h, _p in reversed(edges[:position]) if t == head and h[0] == "row"]
        out.append((tail[1], later + earlier, port))
    return out


# -- body -----------------------------------------------------------------------------------


@dataclass
class _Section:
    margin_left: int
    margin_top: int


#: Tags counted in the raw XML (with Word's usual prefixes) before a tree is built of it.
_COUNTED = (
    (re.compile(rb"<w:tbl[\s>]"), MAX_TABLES, "tabel"),
    (re.compile(rb"<w:tr[\s>]"), MAX_ROWS, "baris tabel"),
    (re.compile(rb"<w:sectPr[\s>]"), MAX_SECTIONS, "bagian (section)"),
    (re.compile(rb"<wps:wsp[\s>]"), MAX_SHAPES, "bentuk gambar"),
)


def _precheck(content: bytes) -> None:
    """Refuse a part with too many tables, rows, sections or shapes by counting their tags,
    before the parser builds a tree of it (which takes memory); `_check_size` counts again
    in the tree, whatever the prefixes."""
    for pattern, limit, what in _COUNTED:
        check(sum(1 for _ in pattern.finditer(content)), limit, what)


def _check_size(body: etree._Element) -> None:
    """Refuse a body with more tables, rows or shapes than `limits` allow, before reading."""
    check(sum(1 for _ in body.iter(_w("tbl"))), MAX_TABLES, "tabel")
    check(sum(1 for _ in body.iter(_w("sectPr"))), MAX_SECTIONS, "bagian (section)")
    check(sum(1 for _ in body.iter(_w("tr"))) + len(body), MAX_ROWS, "baris tabel dan paragraf")
    check(_shape_count(body), MAX_SHAPES, "bentuk gambar")


#: Elements that draw a shape: DrawingML and VML.
_SHAPE_TAGS = (
    f"{{{WPS}}}wsp",
    *(
        f"{{{V}}}{tag}"
        for tag in ("shape", "rect", "roundrect", "oval", "line", "polyline", "arc", "curve")
    ),
)


def _shape_count(element: etree._Element) -> int:
    """The shapes drawn inside an element (counted without reading them)."""
    return sum(1 for _ in element.iter(*_SHAPE_TAGS))


def _sections(body: etree._Element) -> list[tuple[int, _Section]]:
    """(index of the body child ending the section, its margins) in order."""
    found: list[tuple[int, _Section]] = []
    for index, child in enumerate(body):
        sect = child if child.tag == _w("sectPr") else child.find(f"{_w('pPr')}/{_w('sectPr')}")
        if sect is None:
            continue
        margins = sect.find(_w("pgMar"))
        left = _int(margins.get(_w("left")), 1440) if margins is not None else 1440
        top = _int(margins.get(_w("top")), 1440) if margins is not None else 1440
        found.append((index, _Section(left, top)))
    return found


def _section_of_each(body: etree._Element) -> list[_Section]:
    """The section (margins) each body child belongs to, in one pass: a child belongs to
    the first section ending at or after it; children after the last end take the last."""
    sections = _sections(body)
    out: list[_Section] = []
    start = 0
    for end, section in sections:
        out.extend([section] * (end + 1 - start))
        start = end + 1
    last = sections[-1][1] if sections else _Section(1440, 1440)
    out.extend([last] * (len(body) - start))
    return out


def _exact_height(p: etree._Element) -> int | None:
    spacing = p.find(f"{_w('pPr')}/{_w('spacing')}")
    if spacing is None or spacing.get(_w("lineRule")) != "exact":
        return None
    return _int(spacing.get(_w("line"))) + _int(spacing.get(_w("before")))


def _starts_page(p: etree._Element) -> bool:
    return p.find(f"{_w('pPr')}/{_w('pageBreakBefore')}") is not None or any(
        br.get(_w("type")) == "page" for br in p.iter(_w("br"))
    )


def read_docx(data: bytes, report: ImportReport) -> RawDocument:
    """The raw SOPs in the bytes of a .docx file."""
    content = read_package_part(data)
    _precheck(content)
    root = parse_part(content)
    body = root.find(_w("body"))
    if body is None:
        raise ImportFailed("Dokumen Word tanpa isi (w:body).")
    _check_size(body)
    reader = RowReader(report)
    sections = _section_of_each(body)
    drawing = Drawing()
    # Height above the next table on its page while every paragraph since the page began
    # has an exact height (as the exporter writes its shape-anchor paragraph); else None.
    above: int | None = 0
    tables = paragraphs = 0
    edges: list[tuple[Node, Node, str]] = []
    for child, section in zip(body, sections, strict=True):
        if child.tag == _w("p"):
            paragraphs += 1
            where = f"paragraf {paragraphs}"
            if _starts_page(child):
                drawing, above = Drawing(), 0
            check(
                len(drawing.shapes) + _shape_count(child),
                MAX_PAGE_SHAPES,
                "bentuk gambar pada satu halaman",
            )
            for line in text_box_lines(child):
                if not is_port_label(line):
                    reader.feed(where, [line])
            for line in paragraph_text(child).split("\n"):
                if line.strip():
                    reader.feed(where, [line.strip()])
            drawing.extend(drawing_in(child, (section.margin_left, section.margin_top)))
            height = _exact_height(child)
            above = above + height if above is not None and height is not None else None
            if child.find(f"{_w('pPr')}/{_w('sectPr')}") is not None:
                drawing, above = Drawing(), 0
        elif child.tag == _w("tbl"):
            tables += 1
            grid = expand_table(child)
            top = section.margin_top + above if above is not None else None
            placed = place_symbols(grid, drawing, section.margin_left, top)
            if placed is None:
                report.problem(
                    "SHAPES_UNPLACED",
                    "Simbol tergambar di atas tabel tidak dapat dicocokkan dengan barisnya; "
                    "jalur langkah dibaca dari teks.",
                    f"tabel {tables}",
                )
            if placed:
                nodes: dict[int, Node] = {
                    i: ("row", f"tabel {tables} baris {row + 1}") for i, row in placed.items()
                }
                for i, shape in enumerate(drawing.shapes):
                    if shape.offpage and shape.text:
                        nodes[i] = ("offpage", f"{shape.text}")
                edges.extend(drawn_edges(drawing, nodes))
            for row, (texts, symbols) in enumerate(
                zip(grid.texts, grid.symbols, strict=True), start=1
            ):
                reader.feed(f"tabel {tables} baris {row}", texts, symbols)
            drawing, above = Drawing(), None
    return attach_links(reader.finish(), edges)


def attach_links(document: RawDocument, edges: list[tuple[Node, Node, str]]) -> RawDocument:
    """Give each raw SOP the drawn arrows between its own rows (off-page pairs resolved)."""
    links = resolve_offpage(edges)
    for raw in document.sops:
        rows = {row.where for table in raw.tables for row in table.rows}
        for tail, heads, port in links:
            inside = [head for head in heads if head in rows]
            if tail in rows and inside:
                raw.links.append((tail, inside[0], port))
    return document
