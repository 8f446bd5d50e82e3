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
from dataclasses import dataclass, field

from lxml import etree

from sopstudio.model.importers.report import ImportFailed, ImportReport
from sopstudio.model.importers.raw import RawSop
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
_SKIP = {f"{{{W}}}drawing", f"{{{W}}}pict", f"{{{MC}}}AlternateContent", f"{{{W}}}del",
         f"{{{W}}}instrText", f"{{{W}}}txbxContent", f"{{{W}}}pPr", f"{{{W}}}rPr"}


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
            if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise ImportFailed("Isi dokumen Word terlalu besar atau mencurigakan (zip bom).")
            with package.open(info) as part:
                content = part.read(MAX_PART_BYTES + 1)
            if len(content) > MAX_PART_BYTES:
                raise ImportFailed("Isi dokumen Word terlalu besar.")
            return content
    except ImportFailed:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            NotImplementedError, RuntimeError, ValueError) as exc:
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
    """The lines of the text boxes anchored in a paragraph (DrawingML, or VML fallback)."""
    lines: list[str] = []
    for box in p.iter(_w("txbxContent")):
        if _under_fallback(box):
            continue
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


@dataclass(frozen=True)
class Shape:
    """A flowchart symbol found in the document; `x`, `y` are its centre in twips when known."""

    kind: StepKind
    x: float | None = None
    y: float | None = None
    relative_x: str = ""
    relative_y: str = ""


def _symbol_kind(element: etree._Element) -> StepKind | None:
    """The step kind a DrawingML or VML shape draws, or None for other shapes."""
    for geom in element.iter(f"{{{A}}}prstGeom"):
        return PRESET_KINDS.get(geom.get("prst", ""))
    local = etree.QName(element).localname if isinstance(element.tag, str) else ""
    if element.tag in (f"{{{V}}}{t}" for t in _VML_TAGS):
        return _VML_TAGS[local]
    if element.tag == f"{{{V}}}shape":
        spt = element.get(f"{{urn:schemas-microsoft-com:office:office}}spt") or ""
        type_ = (element.get("type") or "").rsplit("t", 1)[-1]
        return VML_TYPES.get(spt or type_)
    return None


def shapes_in(element: etree._Element) -> list[Shape]:
    """The flowchart symbols drawn in `element`, with their page position when anchored."""
    found: list[Shape] = []
    for anchor in element.iter(f"{{{WP}}}anchor", f"{{{WP}}}inline"):
        if _under_fallback(anchor):
            continue
        kinds = [k for k in (_symbol_kind(wsp) for wsp in anchor.iter(
            "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp")) if k]
        if not kinds:
            continue
        found.append(_positioned(anchor, kinds[0]))
    for tag in ("shape", "roundrect", "rect"):
        for vml in element.iter(f"{{{V}}}{tag}"):
            if _under_fallback(vml):
                continue
            kind = _symbol_kind(vml)
            if kind is not None:
                found.append(Shape(kind))
    return found


def _positioned(anchor: etree._Element, kind: StepKind) -> Shape:
    if anchor.tag != f"{{{WP}}}anchor":
        return Shape(kind)
    extent = anchor.find(f"{{{WP}}}extent")
    try:
        cx = int(extent.get("cx", "0")) if extent is not None else 0
        cy = int(extent.get("cy", "0")) if extent is not None else 0
        h = anchor.find(f"{{{WP}}}positionH")
        v = anchor.find(f"{{{WP}}}positionV")
        hx = h.findtext(f"{{{WP}}}posOffset") if h is not None else None
        vy = v.findtext(f"{{{WP}}}posOffset") if v is not None else None
        if hx is None or vy is None:
            return Shape(kind)
        return Shape(
            kind,
            (int(hx) + cx / 2) / _EMU_PER_TWIP,
            (int(vy) + cy / 2) / _EMU_PER_TWIP,
            h.get("relativeFrom", ""),
            v.get("relativeFrom", ""),
        )
    except ValueError:
        return Shape(kind)


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
    indent = _int(tbl.find(f"{_w('tblPr')}/{_w('tblInd')}").get(_w("w"))) if tbl.find(
        f"{_w('tblPr')}/{_w('tblInd')}") is not None else 0
    edges = [indent]
    for width in widths:
        edges.append(edges[-1] + width)
    grid.col_edges = edges
    for tr in tbl.findall(_w("tr")):
        texts: list[str] = []
        symbols: list[StepKind | None] = []
        for tc in tr.findall(_w("tc")):
            pr = tc.find(_w("tcPr"))
            span = 1
            merged = False
            if pr is not None:
                span_el = pr.find(_w("gridSpan"))
                span = max(1, min(_int(span_el.get(_w("val")), 1), 64)) if span_el is not None else 1
                merge = pr.find(_w("vMerge"))
                merged = merge is not None and merge.get(_w("val"), "continue") != "restart"
            text = "" if merged else cell_text(tc)
            inside = [s for s in shapes_in(tc) if s.relative_x in ("", "column", "character")]
            texts.extend([text] + [""] * (span - 1))
            symbols.extend([inside[0].kind if inside else None] + [None] * (span - 1))
        height = tr.find(f"{_w('trPr')}/{_w('trHeight')}")
        exact = height is not None and height.get(_w("hRule")) == "exact"
        grid.heights.append(_int(height.get(_w("val"))) if exact else None)
        grid.texts.append(texts)
        grid.symbols.append(symbols)
    return grid


def place_page_shapes(
    grid: _Grid, shapes: list[Shape], margin_left: int, top: int | None, report: ImportReport,
    where: str,
) -> None:
    """Put page-anchored symbols into the grid cells under them (x by columns, y by rows)."""
    anchored = [s for s in shapes if s.x is not None and s.y is not None]
    if not anchored:
        return
    if top is None or any(h is None for h in grid.heights):
        report.problem(
            "SHAPES_UNPLACED",
            "Simbol tergambar di luar tabel tanpa ukuran baris tetap; jalur tidak terbaca.",
            where,
        )
        return
    row_edges = [top]
    for height in grid.heights:
        row_edges.append(row_edges[-1] + (height or 0))
    col_edges = [margin_left + e for e in grid.col_edges]
    for shape in anchored:
        x = shape.x + (margin_left if shape.relative_x in ("margin", "column") else 0)
        y = shape.y + (top if shape.relative_y == "paragraph" else 0)
        row = _bucket(row_edges, y)
        col = _bucket(col_edges, x)
        if row is None or col is None:
            continue
        cells = grid.symbols[row]
        if col < len(cells) and cells[col] is None:
            cells[col] = shape.kind


def _bucket(edges: list[int], value: float) -> int | None:
    for index, (low, high) in enumerate(zip(edges, edges[1:])):
        if low <= value < high:
            return index
    return None


# -- body -----------------------------------------------------------------------------------


@dataclass
class _Section:
    margin_left: int
    margin_top: int


def _sections(body: etree._Element) -> list[tuple[int, _Section]]:
    """(index of the body child ending the section, its margins) in order."""
    found: list[tuple[int, _Section]] = []
    for index, child in enumerate(body):
        sect = child if child.tag == _w("sectPr") else child.find(f"{_w('pPr')}/{_w('sectPr')}")
        if sect is None:
            continue
        margins = sect.find(_w("pgMar"))
        left = _int(margins.get(_w("left")), 1440) if margins is not None else 1440
        top_ = _int(margins.get(_w("top")), 1440) if margins is not None else 1440
        found.append((index, _Section(left, top_)))
    return found


def _section_for(sections: list[tuple[int, _Section]], index: int) -> _Section:
    for end, section in sections:
        if index <= end:
            return section
    return sections[-1][1] if sections else _Section(1440, 1440)


def _exact_height(p: etree._Element) -> int | None:
    spacing = p.find(f"{_w('pPr')}/{_w('spacing')}")
    if spacing is None or spacing.get(_w("lineRule")) != "exact":
        return None
    return _int(spacing.get(_w("line"))) + _int(spacing.get(_w("before")))


def read_docx(data: bytes, report: ImportReport) -> list[RawSop]:
    """The raw SOPs in the bytes of a .docx file."""
    root = parse_part(read_package_part(data))
    body = root.find(_w("body"))
    if body is None:
        raise ImportFailed("Dokumen Word tanpa isi (w:body).")
    reader = RowReader(report)
    sections = _sections(body)
    pending: list[Shape] = []
    # Height above the next table on its page, when every paragraph since the page began has
    # an exact height (the exporter's anchor paragraph); None when unknown.
    above: int | None = 0
    tables = paragraphs = 0
    for index, child in enumerate(body):
        if child.tag == _w("p"):
            paragraphs += 1
            where = f"paragraf {paragraphs}"
            if child.find(f"{_w('pPr')}/{_w('pageBreakBefore')}") is not None or any(
                br.get(_w("type")) == "page" for br in child.iter(_w("br"))
            ):
                pending, above = [], 0
            for line in text_box_lines(child):
                reader.feed(where, [line])
            text = paragraph_text(child)
            for line in text.split("\n"):
                if line.strip():
                    reader.feed(where, [line.strip()])
            pending.extend(shapes_in(child))
            height = _exact_height(child)
            above = above + height if above is not None and height is not None else None
            if child.find(f"{_w('pPr')}/{_w('sectPr')}") is not None:
                pending, above = [], 0
        elif child.tag == _w("tbl"):
            tables += 1
            grid = expand_table(child)
            section = _section_for(sections, index)
            top = section.margin_top + above if above is not None else None
            place_page_shapes(
                grid, pending, section.margin_left, top, report, f"tabel {tables}"
            )
            for row, (texts, symbols) in enumerate(zip(grid.texts, grid.symbols), start=1):
                reader.feed(f"tabel {tables} baris {row}", texts, symbols)
            pending, above = [], None
    return reader.finish()
