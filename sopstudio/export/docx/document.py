"""Assemble DOCX documents from layout geometry: one native table per page, shapes on top.

Every layout page becomes an anchor paragraph (holding the page's DrawingML shapes, so they
stay on the page of their table) followed by the page's tables at the layout's positions.
Pages follow each other by `pageBreakBefore`; a change of paper size, orientation or margins
starts a new section. We paginate ourselves, so every table fits its page. Flowing content
(a decree body, which Word paginates) gets a section of its own through `add_flow`.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter
from lxml import etree

from sopstudio.export.docx import oxml
from sopstudio.export.page_footer import (
    DRAFT_ANGLE,
    DRAFT_COLOR,
    DRAFT_SIZE,
    FOOTER_SIZE,
    footer_baseline,
    footer_font,
)
from sopstudio.model.export_gate import DRAFT_MARK
from sopstudio.model.jsonio import write_atomic
from sopstudio.model.layout.fonts import ascent, descent, font_key, line_height, string_width
from sopstudio.model.layout.geometry import (
    STEP_FIELD_BY_ROLE,
    Align,
    Cell,
    Page,
    SopLayout,
    Table,
    TextBlock,
    TextLine,
    connector_path,
)
from sopstudio.model.sop import Sop
from sopstudio.model.style import Margins, PageSettings

#: Height of the paragraph that anchors a page's shapes, in points. Word needs some
#: paragraph before a table to hold the anchors; it sits in the top margin's last point.
ANCHOR_HEIGHT = 1.0
#: Room left below the bottom margin for the paragraph Word requires after a table.
TRAILER_HEIGHT = 1.0
#: The longest text core property python-docx writes (it raises ValueError beyond).
CORE_TEXT_MAX = 255

_ALIGN = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
_FACES = {"Bold": (True, False), "Italic": (False, True), "BoldItalic": (True, True)}


def font_face(key: str) -> tuple[str, bool, bool]:
    """Split a layout font key ("Arial-Bold") into (family, bold, italic)."""
    family, _, face = key.rpartition("-")
    if family and face in _FACES:
        return (family, *_FACES[face])
    return (key, False, False)


@dataclass(frozen=True)
class Para:
    """One paragraph rebuilt from wrapped lines.

    `text` may hold a tab after a list marker ("1.\tText"); `font` is a layout font key;
    indents and the space before it are in points.
    """

    text: str
    font: str
    size: float
    indent_left: float = 0.0
    hanging: float = 0.0
    space_before: float = 0.0


@dataclass(frozen=True)
class _Row:
    """A visual line: one TextLine, or a list marker and its text on the same baseline."""

    x: float
    text_x: float
    marker: str | None
    text: str
    font: str
    size: float
    baseline: float


def _rows(block: TextBlock) -> list[_Row]:
    """Group the block's lines that share a baseline (a list number and its item text)."""
    groups: list[list[TextLine]] = []
    for line in block.lines:
        if groups and abs(groups[-1][0].baseline - line.baseline) < 0.01 * line.size:
            groups[-1].append(line)
        else:
            groups.append([line])
    rows = []
    for pieces in groups:
        last = pieces[-1]
        marker = pieces[0].text if len(pieces) > 1 else None
        body = pieces[1:] if marker is not None else pieces
        rows.append(
            _Row(
                pieces[0].x,
                body[0].x,
                marker,
                " ".join(p.text for p in body),
                last.font,
                last.size,
                last.baseline,
            )
        )
    return rows


def paragraphs(block: TextBlock) -> list[Para]:
    """Rejoin a text block's wrapped lines into the paragraphs they came from.

    A line continues the previous one when it follows at one line pitch in the same font
    and its first word would not have fitted on the previous line (the layout wraps
    greedily with the same font metrics); otherwise the source had a paragraph break
    there. A list marker sharing a baseline with its text becomes "marker<TAB>text" with
    a hanging indent; a gap wider than the line pitch becomes space before the paragraph.
    """
    groups: list[list[_Row]] = []
    for row in _rows(block):
        if groups and _continues(groups[-1][-1], row, block):
            groups[-1].append(row)
        else:
            groups.append([row])
    result: list[Para] = []
    previous: _Row | None = None
    left_aligned = block.align in (Align.LEFT, Align.JUSTIFY)
    for group in groups:
        first = group[0]
        text = " ".join(row.text for row in group)
        indent = hanging = 0.0
        if first.marker is not None:
            text = f"{first.marker}\t{text}"
            indent, hanging = first.text_x - block.rect.x, first.text_x - first.x
        elif left_aligned and len(group) > 1:
            indent, hanging = group[1].x - block.rect.x, group[1].x - first.x
        elif left_aligned:
            indent = first.x - block.rect.x
        space = 0.0
        if previous is not None:
            space = max(first.baseline - previous.baseline - line_height(first.size), 0.0)
        result.append(
            Para(text, first.font, first.size, round(indent, 2), round(hanging, 2), round(space, 2))
        )
        previous = group[-1]
    return result


def _continues(prev: _Row, row: _Row, block: TextBlock) -> bool:
    """True when `row` is a soft wrap of `prev` (see `paragraphs`)."""
    if row.marker is not None or not row.text or not prev.text:
        return False
    if row.font != prev.font or row.size != prev.size:
        return False
    if abs(row.baseline - prev.baseline - line_height(row.size)) > 0.05 * row.size:
        return False
    if block.align in (Align.LEFT, Align.JUSTIFY) and row.x < prev.text_x - 0.5:
        return False  # outdented: a new item starts
    word = row.text.split(" ", 1)[0]
    needed = string_width(prev.text + " " + word, prev.font, prev.size)
    return prev.text_x + needed > block.rect.right + 0.01


@dataclass(frozen=True)
class _Geometry:
    """Section geometry of a page: size and (top, right, bottom, left) margins in points."""

    width: float
    height: float
    margins: tuple[float, float, float, float]


class DocxBuilder:
    """A DOCX document under construction; add layouts, then `save` or `to_bytes`."""

    def __init__(
        self,
        family: str = "Arial",
        size: float = 8.0,
        margins: Margins | None = None,
        title: str = "",
        page_numbers: bool = True,
        creation_date: datetime.datetime | None = None,
        draft: bool = False,
    ):
        self.margins = margins or Margins()
        self.document = docx.Document()
        #: Stamped on the core properties and every zip entry: a fixed date gives
        #: byte-identical files.
        self.creation_date = (creation_date or datetime.datetime.now(datetime.UTC)).replace(
            microsecond=0
        )
        self._body = self.document.element.body
        self._current: _Geometry | None = None
        self._pages = 0
        #: True while flowing content is the last thing added: the next page breaks before.
        self._flowing = False
        self._finished = False
        self._shape_id = 0
        self._family = family
        self._size = size
        self._page_numbers = page_numbers
        #: A draft shows DRAFT_MARK across every page (from the header, which all inherit).
        self._draft = draft
        oxml.document_defaults(self.document.styles.element, family, size)
        oxml.set_compatibility_mode(self.document.settings.element, 15)
        properties = self.document.core_properties
        self.set_core_text(language=oxml.LANG, author="SOP Studio", title=title, comments="")
        properties.created = properties.modified = self.creation_date.replace(tzinfo=None)
        # python-docx's template carries a thumbnail of some other document: drop it.
        package_rels = self.document.part.package.rels
        for r_id, rel in list(package_rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del package_rels[r_id]
        # The template's own paragraphs (none in python-docx's default) and its sectPr go;
        # every section is written by `_start_page`.
        for child in list(self._body):
            self._body.remove(child)

    # -- public API ---------------------------------------------------------------------

    def set_core_text(self, **values: str) -> None:
        """Set text core properties (title, subject, author, ...), each cut to the 255
        characters python-docx allows: only this metadata is shortened, never the text."""
        for name, value in values.items():
            if len(value) > CORE_TEXT_MAX:
                value = value[: CORE_TEXT_MAX - 1] + "\u2026"
            setattr(self.document.core_properties, name, value)

    def add_layout(self, layout: SopLayout, sop: Sop | None = None) -> None:
        """Append every page of an SOP layout, each starting on a new page.

        With the laid-out `sop`, step cells take their paragraph breaks from the source
        text instead of inferring them from the wrapped lines.
        """
        for page in layout.pages:
            self.add_page(page, sop)

    def add_page(self, page: Page, sop: Sop | None = None) -> None:
        """Append one layout page: its shapes, free texts and tables at their positions."""
        if self._finished:
            raise RuntimeError("document already written; create a new DocxBuilder")
        geometry = self._geometry(page.width, page.height)
        tables = sorted(page.tables, key=lambda t: (t.row_y[0], t.col_x[0]))
        top = tables[0].row_y[0] if tables else geometry.margins[0] + ANCHOR_HEIGHT
        anchor = self._start_page(geometry, max(top - geometry.margins[0], ANCHOR_HEIGHT))
        self._add_shapes(anchor, page)
        bottom = None
        for tbl in tables:
            if bottom is not None:
                oxml.tiny_paragraph(self._body, max(tbl.row_y[0] - bottom, ANCHOR_HEIGHT))
            self._add_table(tbl, geometry, sop)
            bottom = tbl.row_y[-1]
        self._pages += 1

    def add_flow(self, size: tuple[float, float], margins: Margins) -> etree._Element:
        """Start flowing content on new pages of `size` (width, height) with `margins`.

        Returns the body element: the caller appends paragraphs and tables to it, which Word
        paginates itself. Layout pages added afterwards start on a new page.
        """
        if self._finished:
            raise RuntimeError("document already written; create a new DocxBuilder")
        geometry = _Geometry(*size, (margins.top, margins.right, margins.bottom, margins.left))
        if self._current is not None and geometry != self._current:
            self._close_section()
        elif self._current is not None:
            oxml.tiny_paragraph(self._body, ANCHOR_HEIGHT, page_break_before=True)
        self._current = geometry
        self._flowing = True
        return self._body

    def to_bytes(self) -> bytes:
        """The finished document as DOCX bytes."""
        self._finish()
        buffer = io.BytesIO()
        package = self.document.part.package
        for part in package.parts:
            part.before_marshal()
        # python-docx's PackageWriter.write, with a writer that dates every entry itself
        # (zipping once instead of zipping and re-zipping with the date).
        writer = _StampedZip(buffer, self.creation_date)
        PackageWriter._write_content_types_stream(writer, package.parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        # _StampedZip has the interface PackageWriter uses (write, close), not its class.
        PackageWriter._write_parts(writer, package.parts)  # type: ignore[arg-type]
        writer.close()
        return buffer.getvalue()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the document atomically (temporary file, then rename)."""
        write_atomic(Path(path), self.to_bytes())

    # -- pages and sections ---------------------------------------------------------------

    def _geometry(self, width: float, height: float) -> _Geometry:
        """Section geometry of a page of this size with the builder's margins."""
        m = self.margins
        # The anchor paragraph takes the last point of the top margin, and the paragraph
        # Word requires after a table needs room above the bottom margin.
        return _Geometry(
            width,
            height,
            (m.top - ANCHOR_HEIGHT, m.right, max(m.bottom - TRAILER_HEIGHT, 0.0), m.left),
        )

    def _start_page(self, geometry: _Geometry, anchor_height: float) -> etree._Element:
        """Close the previous section if the geometry changes; return the anchor paragraph."""
        new_section = self._current is not None and geometry != self._current
        if new_section:
            self._close_section()
        page_break = (self._pages > 0 or self._flowing) and not new_section
        self._current = geometry
        self._flowing = False
        return oxml.tiny_paragraph(self._body, anchor_height, page_break_before=page_break)

    def _close_section(self) -> None:
        """End the current section with a paragraph carrying its properties."""
        closing = oxml.tiny_paragraph(self._body, TRAILER_HEIGHT)
        assert self._current is not None, "only an open section is closed"
        closing[0].append(self._section_properties(self._current))

    def _section_properties(self, geometry: _Geometry) -> etree._Element:
        # The footer's baseline sits where the PDF's does; Word's footer distance is to the
        # bottom of its line, below the baseline by the descent and half the extra leading.
        font = footer_font(self._family)
        baseline = footer_baseline(self.margins)
        size = FOOTER_SIZE
        leading = (line_height(size) - ascent(font, size) - descent(font, size)) / 2
        footer = baseline - descent(font, size) - leading
        return oxml.section_properties(geometry.width, geometry.height, geometry.margins, footer)

    def _finish(self) -> None:
        """End the body: the paragraph Word requires after a table, then the last sectPr."""
        if self._finished:
            return
        self._finished = True
        oxml.tiny_paragraph(self._body, TRAILER_HEIGHT)
        if self._current is None:
            self._current = self._geometry(*PageSettings().size)
        self._body.append(self._section_properties(self._current))
        if self._page_numbers:
            self._add_page_number_footer()
        if self._draft:
            self._add_draft_mark(self._current)

    def _own_part(self, kind: str) -> etree._Element:
        """The emptied "header" or "footer" of the first section (later sections inherit it)."""
        part = getattr(self.document.sections[0], kind)
        part.is_linked_to_previous = False
        element = part._element
        for child in list(element):
            element.remove(child)
        return element

    def _add_page_number_footer(self) -> None:
        """Give every page the page-number footer."""
        element = self._own_part("footer")
        oxml.page_number_paragraph(element, self._family, FOOTER_SIZE, line_height(FOOTER_SIZE))

    def _add_draft_mark(self, geometry: _Geometry) -> None:
        """Give every page the draft mark, from a header."""
        element = self._own_part("header")
        width, height = geometry.width, geometry.height
        size = min(width, height) * DRAFT_SIZE
        anchor = oxml.draft_mark_anchor(
            self._next_id(), DRAFT_MARK, self._family, size, DRAFT_ANGLE, DRAFT_COLOR
        )
        oxml.drawing_run(oxml.paragraph(element), anchor)

    # -- shapes ---------------------------------------------------------------------------

    def _next_id(self) -> int:
        self._shape_id += 1
        return self._shape_id

    def _add_shapes(self, anchor: etree._Element, page: Page) -> None:
        """Anchor the page's free texts, connectors, labels, symbols and pictures in `anchor`."""
        for block in page.texts:
            shape_id = self._next_id()
            r = block.rect
            element = oxml.text_box_anchor(
                shape_id, r.x, r.y, r.w, r.h, shape_id, _lines(block), _ALIGN[block.align]
            )
            oxml.drawing_run(anchor, element)
        # Connectors first so symbols and labels sit on top of line ends.
        for connector in page.connectors:
            shape_id = self._next_id()
            element = oxml.connector_anchor(
                shape_id, connector_path(connector), shape_id, connector.pen, connector.arrow
            )
            oxml.drawing_run(anchor, element)
        for symbol in page.symbols:
            shape_id = self._next_id()
            r = symbol.rect
            if symbol.label_text is not None:
                lines = _lines(symbol.label_text)
            elif symbol.label:
                lines = [(symbol.label, self._family, self._size, False, False)]
            else:
                lines = []
            element = oxml.symbol_anchor(
                shape_id, symbol.kind.value, r.x, r.y, r.w, r.h, shape_id, lines
            )
            oxml.drawing_run(anchor, element)
        for picture in page.pictures:
            r_id, _image = self.document.part.get_or_add_image(io.BytesIO(picture.png))
            r = picture.rect
            element = oxml.picture_anchor(self._next_id(), r_id, r.x, r.y, r.w, r.h)
            oxml.drawing_run(anchor, element)
        for connector in page.connectors:
            if connector.label is None:
                continue
            shape_id = self._next_id()
            block = connector.label.text
            r = block.rect
            element = oxml.text_box_anchor(
                shape_id, r.x, r.y, r.w, r.h, shape_id, _lines(block), _ALIGN[block.align]
            )
            oxml.drawing_run(anchor, element)

    # -- tables ---------------------------------------------------------------------------

    def _add_table(self, tbl: Table, geometry: _Geometry, sop: Sop | None) -> None:
        """Append a native table with the layout's grid, merges, heights and padding."""
        col_edges = [oxml.twips(x) for x in tbl.col_x]
        row_edges = [oxml.twips(y) for y in tbl.row_y]
        widths = [b - a for a, b in pairwise(col_edges)]
        margins = _padding(tbl.cells[0]) if tbl.cells else (0, 0, 0, 0)
        indent = col_edges[0] - oxml.twips(geometry.margins[3])
        starts = {(cell.row, cell.col): cell for cell in tbl.cells}
        # (row, col) -> the merged cell covering it from an earlier row.
        covered: dict[tuple[int, int], Cell] = {}
        for spanning in tbl.cells:
            for row in range(spanning.row + 1, spanning.row + spanning.row_span):
                covered[(row, spanning.col)] = spanning
        ncols = len(widths)
        empty = oxml.tiny_paragraph_xml(ANCHOR_HEIGHT)
        rows = []
        for row in range(len(row_edges) - 1):
            cells = []
            col = 0
            while col < ncols:
                cell = starts.get((row, col))
                if cell is not None:
                    span = cell.col_span
                    merge = "restart" if cell.row_span > 1 else None
                    padding = _padding(cell)
                    cells.append(
                        oxml.table_cell_xml(
                            col_edges[col + span] - col_edges[col],
                            grid_span=span,
                            v_merge=merge,
                            fill=cell.fill,
                            v_align=_v_align(cell),
                            margins=None if padding == margins else padding,
                            content=self._cell_text(cell.text, _source_paragraphs(cell, sop)),
                        )
                    )
                    col += span
                    continue
                above = covered.get((row, col))
                span = above.col_span if above is not None else 1
                cells.append(
                    oxml.table_cell_xml(
                        col_edges[col + span] - col_edges[col],
                        grid_span=span,
                        v_merge="continue" if above is not None else None,
                        content=empty,
                    )
                )
                col += span
            rows.append(
                oxml.table_row_xml(
                    row_edges[row + 1] - row_edges[row], row < tbl.header_rows, "".join(cells)
                )
            )
        oxml.append(self._body, oxml.table_xml(widths, indent, margins, "".join(rows)))

    def _cell_text(self, block: TextBlock, source: list[str] | None) -> str:
        """The markup of the block's paragraphs in a cell (an empty cell still needs one w:p).

        `source` is the cell's text split at its newlines, when known.
        """
        if source is not None:
            font = block.lines[0].font if block.lines else font_key(self._family)
            size = block.lines[0].size if block.lines else self._size
            paras = [Para(text, font, size) for text in source]
        else:
            paras = paragraphs(block)
        if not paras:
            return oxml.tiny_paragraph_xml(ANCHOR_HEIGHT)
        markup = []
        for para in paras:
            family, bold, italic = font_face(para.font)
            markup.append(
                oxml.paragraph_xml(
                    align=_ALIGN[block.align],
                    line_exact=line_height(para.size),
                    indent_left=para.indent_left,
                    hanging=para.hanging,
                    space_before=para.space_before,
                    content=oxml.run_xml(para.text, family, para.size, bold, italic),
                )
            )
        return "".join(markup)


def _source_paragraphs(cell: Cell, sop: Sop | None) -> list[str] | None:
    """The paragraphs of a step cell's source text (whitespace collapsed as the layout
    does), or None when the cell is not a step field or the SOP is not given."""
    field = STEP_FIELD_BY_ROLE.get(cell.role)
    if sop is None or field is None or cell.step_id is None:
        return None
    try:
        text = getattr(sop.step(cell.step_id), field)
    except KeyError:
        return None
    return [" ".join(part.split()) for part in text.split("\n")] if text else []


def _lines(block: TextBlock) -> list[tuple[str, str, float, bool, bool]]:
    """The (text, family, size, bold, italic) of each line of a block, for text boxes."""
    return [(line.text, *_face_and_size(line.font, line.size)) for line in block.lines]


def _face_and_size(key: str, size: float) -> tuple[str, float, bool, bool]:
    family, bold, italic = font_face(key)
    return (family, size, bold, italic)


def _padding(cell: Cell) -> tuple[int, int, int, int]:
    """The cell's (top, left, bottom, right) padding in twips: text box inset in its rect."""
    outer, inner = cell.rect, cell.text.rect
    return (
        oxml.twips(max(inner.y - outer.y, 0.0)),
        oxml.twips(max(inner.x - outer.x, 0.0)),
        oxml.twips(max(outer.bottom - inner.bottom, 0.0)),
        oxml.twips(max(outer.right - inner.right, 0.0)),
    )


def _v_align(cell: Cell) -> str:
    """ "center" when the layout centred the lines vertically in the cell, else "top"."""
    lines = cell.text.lines
    if not lines:
        return "top"
    inner = cell.text.rect
    first = lines[0]
    pitch = line_height(first.size)
    leading = (pitch - ascent(first.font, first.size) - descent(first.font, first.size)) / 2
    above = first.baseline - ascent(first.font, first.size) - leading - inner.y
    below = inner.bottom - (above + inner.y + pitch * len(lines))
    return "center" if above > 0.5 and abs(above - below) < 1.0 else "top"


class _StampedZip:
    """python-docx's physical package writer (write, close) dating every entry `when`:
    python-docx stamps the current time, so a fixed date gives byte-identical files."""

    def __init__(self, file: io.BytesIO, when: datetime.datetime) -> None:
        self._zip = zipfile.ZipFile(file, "w")
        self._stamp = when.timetuple()[:6]

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=self._stamp)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        self._zip.writestr(entry, blob)

    def close(self) -> None:
        self._zip.close()
