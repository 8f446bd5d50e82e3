"""Export a whole decree to one PDF: the portrait body and Lampiran front matter typeset from
`decree_blocks` with reportlab platypus, then every SOP's landscape layout pages.

The body is flowing text, so it is the one place where this package breaks lines itself;
the blocks decide what is said, this module only how it looks. SOPs are laid out and drawn
one at a time, so a 74-SOP decree never holds more than one SOP's pages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageBreak, Paragraph, Spacer
from reportlab.platypus import Table as RlTable
from reportlab.platypus.doctemplate import LayoutError

from sopstudio.export.decree_style import (
    BLOCK_GAP,
    BODY_MARGINS,
    BODY_SIZE,
    CELL_PADDING,
    COLON_WIDTH,
    LEADING,
    MARKER_GAP,
    SIDE_BLOCK,
    SIGNING_SPACE,
    decree_house_style,
    decree_metadata,
)
from sopstudio.export.pdf.document import PdfDocument
from sopstudio.export.xml_text import escape
from sopstudio.model import decree_blocks as b
from sopstudio.model.decree import Decree
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.fonts import drawable, ensure_registered, font_key, string_width
from sopstudio.model.style import Paper, StyleCatalog

#: Space a heading, a caption or a line ending in ":" needs below it so it is not left alone
#: at the foot of a page; also the least part of a list that may stay before a page break.
KEEP_WITH_NEXT = 3 * LEADING
TABLE_LINE = 0.5

Progress = Callable[[int, int], None]


def write_decree_pdf(
    decree: Decree,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    creation_date: datetime | None = None,
    progress: Progress | None = None,
    styles: StyleCatalog | None = None,
    draft: bool = False,
) -> int:
    """Write the decree body, its Lampiran front matter and every SOP of the Lampiran as one
    PDF (F4 unless told otherwise); returns the number of pages written.

    `progress(done, total)` is called after the body and after each SOP (total = SOPs + 1).
    Each SOP prints in its house style from `styles` (the presets by default); a `draft` is
    marked DRAF on every page.
    """
    styles = styles or StyleCatalog()
    style = decree_house_style(decree, styles)
    paper = paper or style.paper
    total = len(decree.lampiran.sops) + 1
    with PdfDocument(
        path,
        family=style.fonts.family,
        creation_date=creation_date,
        draft=draft,
        **decree_metadata(decree),
    ) as document:
        blocks = [*b.decree_body_blocks(decree), *b.lampiran_front_blocks(decree)]
        typeset(document, blocks, paper, style.fonts.family)
        if progress:
            progress(1, total)
        for done, sop in enumerate(decree.lampiran.sops, start=2):
            document.add_layout(layout_sop(sop, styles.style_of(sop.style), paper=paper))
            if progress:
                progress(done, total)
    return document.page_count


def typeset(document: PdfDocument, blocks: Iterable[b.Block], paper: Paper, family: str) -> None:
    """Set decree blocks as flowing text on numbered portrait pages of `paper`."""
    ensure_registered()
    width, height = paper.portrait_size
    m = BODY_MARGINS
    text_width = width - m.left - m.right
    story = _Story(family, text_width).flowables(blocks)
    room = height - m.top - m.bottom
    for flowable in story:
        # What keeps with a heading taller than a page cannot stay together: keep a few lines.
        if isinstance(flowable, _NeedSpace) and flowable.needed > room:
            flowable.needed = KEEP_WITH_NEXT
    while story:
        frame = Frame(
            m.left,
            m.bottom,
            text_width,
            height - m.top - m.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        document.add_drawn_page((width, height), partial(_fill, frame, story))


def _fill(frame: Frame, story: list[Flowable], canvas: Canvas) -> None:
    """Draw flowables from the front of `story` into `frame` until it is full, splitting the
    one that does not fit when it can be split (paragraphs, tables between rows)."""
    placed = False
    while story:
        head = story[0]
        if isinstance(head, PageBreak):
            story.pop(0)
            if placed:
                return
            continue  # already at the top of a fresh page
        if frame.add(head, canvas, trySplit=1):
            story.pop(0)
            placed = True
            continue
        parts = frame.split(head, canvas)
        if parts and frame.add(parts[0], canvas, trySplit=1):
            story[0:1] = parts[1:]
            placed = True
        if not placed:
            if isinstance(head, RlTable):
                story[0:1] = _unboxed(head)  # a row taller than a page: let its text flow
                continue
            raise LayoutError(f"{type(head).__name__} does not fit on an empty page")
        return


def _unboxed(table: RlTable) -> list[Flowable]:
    """The flowables of a table's cells, row by row (for a row no page can hold)."""
    cells = [cell for row in table._cellvalues for cell in row]
    return [
        f
        for cell in cells
        if not isinstance(cell, str)
        for f in (cell if isinstance(cell, (list, tuple)) else [cell])
    ]


class _NeedSpace(Flowable):
    """Moves what follows to the next page unless `needed` points are left on this one."""

    def __init__(self, needed: float) -> None:
        super().__init__()
        self.needed = needed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Claiming more than is left makes the frame refuse it; on a fresh page it fits.
        return (0, 0) if availHeight >= self.needed else (0, availHeight + 1)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        pass


_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class _Story:
    """Turns blocks into platypus flowables in one font family at the body size."""

    def __init__(self, family: str, text_width: float) -> None:
        self.regular = font_key(family)
        self.bold = font_key(family, bold=True)
        # Paragraph markup (<b>, <u>) resolves bold through the registered family.
        registerFontFamily(
            self.regular,
            normal=self.regular,
            bold=self.bold,
            italic=font_key(family, italic=True),
            boldItalic=font_key(family, bold=True, italic=True),
        )
        self.width = text_width
        self.label_width = 0.0

    def flowables(self, blocks: Iterable[b.Block]) -> list[Flowable]:
        """The flowables of every block, in order."""
        blocks = list(blocks)
        # One label column for every clause, so all colons line up down the body.
        labels = [blk.label for blk in blocks if isinstance(blk, b.Clause) and blk.label]
        widest = max((string_width(t, self.bold, BODY_SIZE) for t in labels), default=0)
        self.label_width = widest + 4
        parts = [self._block(block) for block in blocks]
        # A heading keeps the start of what follows on its page: all of a short block, six
        # lines of a long one, and of a heading ("BAB II" then "Pasal 2") what that one keeps.
        # Walking backwards, the next heading's need is already final.
        for i in reversed(range(len(blocks) - 1)):
            if not isinstance(blocks[i], b.Heading):
                continue
            following = parts[i + 1]
            if isinstance(blocks[i + 1], b.Heading):
                after = following[0].needed
            else:
                shown = [f for f in following if not isinstance(f, _NeedSpace)]
                after = min(sum(f.wrap(self.width, 1e6)[1] for f in shown), 2 * KEEP_WITH_NEXT)
            parts[i][0].needed += after - KEEP_WITH_NEXT
        return [flow for flows in parts for flow in flows]

    # -- styles ------------------------------------------------------------------------

    def style(
        self, align: str = "justify", bold: bool = False, indent: float = 0
    ) -> ParagraphStyle:
        return ParagraphStyle(
            f"decree-{align}-{bold}-{indent}",
            fontName=self.bold if bold else self.regular,
            fontSize=BODY_SIZE,
            leading=LEADING,
            alignment=_ALIGN[align],
            leftIndent=indent,
            allowWidows=0,  # never carry a paragraph's last line alone to the next page
        )

    def markup(self, text: str) -> str:
        """Paragraph markup of plain text, characters the font lacks made visible."""
        return escape(drawable(text, self.regular))

    def cell_font(self) -> tuple:
        """The table style command for plain (empty) cells, which reportlab would otherwise
        set in Helvetica, a font we do not embed."""
        return ("FONT", (0, 0), (-1, -1), self.regular, BODY_SIZE)

    def para(
        self, text: str, align: str = "justify", bold: bool = False, indent: float = 0
    ) -> Paragraph:
        # Justified capitals ("Menetapkan : KEPUTUSAN GUBERNUR ...") open wide gaps between
        # their few long words, so text in upper case is set flush left instead.
        if align == "justify" and text.isupper():
            align = "left"
        return Paragraph(self.markup(text), self.style(align, bold, indent))

    # -- blocks ------------------------------------------------------------------------

    def _block(self, block: b.Block) -> list[Flowable]:
        if isinstance(block, b.Heading):
            return self._heading(block)
        if isinstance(block, b.Paragraph):
            para = self.para(block.text, block.align, block.bold, block.indent * 2 * BODY_SIZE)
            # A line that introduces what follows ("Tembusan:") stays with it.
            introduces = block.text.rstrip().endswith(":")
            keep = [_NeedSpace(LEADING + KEEP_WITH_NEXT)] if introduces else []
            return [*keep, para, Spacer(0, BLOCK_GAP / 2)]
        if isinstance(block, b.Clause):
            table = self._clause(block)
            # A short list is not split at all, a long one not before its first lines.
            _, height = table.wrap(self.width, 1e6)
            return [_NeedSpace(min(height, KEEP_WITH_NEXT)), table, Spacer(0, BLOCK_GAP / 2)]
        if isinstance(block, b.Signature):
            return [Spacer(0, BLOCK_GAP), self._signature(block), Spacer(0, BLOCK_GAP)]
        if isinstance(block, b.Table):
            return self._table(block)
        if isinstance(block, b.RightBlock):
            return [self._right_block(block), Spacer(0, 2 * BLOCK_GAP)]
        if isinstance(block, b.PageBreak):
            return [PageBreak()]
        raise TypeError(f"unknown decree block {block!r}")

    def _heading(self, block: b.Heading) -> list[Flowable]:
        lines: list[Flowable] = [
            self.para(line, "center", block.bold) if line else Spacer(0, LEADING / 2)
            for line in block.lines
        ]
        height = sum(f.wrap(self.width, 1e6)[1] for f in lines)
        return [_NeedSpace(height + KEEP_WITH_NEXT), *lines, Spacer(0, BLOCK_GAP)]

    def _clause(self, clause: b.Clause) -> RlTable:
        """The hanging layout: label | ":" | marker | text, one table row per list item."""
        markers = [item.marker for item in clause.items if item.marker]
        marker_width = max((string_width(m, self.regular, BODY_SIZE) for m in markers), default=0)
        marker_width = marker_width + MARKER_GAP if markers else 0
        labelled = bool(clause.label)
        head = [self.label_width, COLON_WIDTH] if labelled else []
        widths = [*head, marker_width, self.width - sum(head) - marker_width]
        text_col = len(head)  # where a text without a marker starts (it spans the marker column)
        label_cells = lambda first: (
            (  # noqa: E731
                [self.para(clause.label, "left", clause.bold_label), self.para(":", "left")]
                if first
                else ["", ""]
            )
            if labelled
            else []
        )
        rows: list[list[object]] = []
        spans: list[tuple[int, int]] = []  # (row, first column) of cells spanning to the end
        if clause.text or not clause.items:
            rows.append([*label_cells(True), self.para(clause.text), ""])
            spans.append((0, text_col))
        for item in clause.items:
            first = not rows
            text = self._item_text(item)
            if item.marker:
                rows.append([*label_cells(first), self.para(item.marker, "left"), text])
            else:
                rows.append([*label_cells(first), text, ""])
                spans.append((len(rows) - 1, text_col))
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            self.cell_font(),
        ]
        commands += [("SPAN", (col, row), (-1, row)) for row, col in spans]
        return RlTable(rows, colWidths=widths, style=commands, hAlign="LEFT", splitInRow=1)

    def _item_text(self, item: b.Item) -> Flowable | list[Flowable]:
        if not item.sub:
            return self.para(item.text)
        indent = 2 * BODY_SIZE
        subs = [
            Paragraph(self.markup(sub.text), self.style(indent=indent), bulletText=sub.marker)
            for sub in item.sub
        ]
        return [self.para(item.text), *subs]

    def _signature(self, sig: b.Signature) -> RlTable:
        """One unsplittable cell at the right (or left) half: place and date, office, space to
        sign, the name bold and underlined, pangkat and NIP."""
        lines: list[Flowable] = [self.para(t, "left") for t in sig.lines_before if t]
        lines.append(Spacer(0, LEADING / 2))
        lines += [self.para(t, "left", bold=True) for t in sig.office]
        lines.append(Spacer(0, SIGNING_SPACE))
        lines.append(Paragraph(f"<u>{self.markup(sig.nama)}</u>", self.style("left", bold=True)))
        lines += [self.para(t, "left") for t in sig.details]
        align = "RIGHT" if sig.side == "right" else "LEFT"
        return RlTable(
            [[lines]],
            colWidths=[self.width * SIDE_BLOCK],
            style=[
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                self.cell_font(),
            ],
            hAlign=align,
        )

    def _table(self, table: b.Table) -> list[Flowable]:
        """Caption, then a bordered table whose header row repeats on each page."""
        out: list[Flowable] = [_NeedSpace(KEEP_WITH_NEXT)]
        out += [self.para(line, "center", bold=True) for line in table.caption]
        if table.caption:
            out.append(Spacer(0, BLOCK_GAP))
        header = [self.para(h, "center", bold=True) if h else "" for h in table.headers]
        body = [
            [self.para(cell, "center" if _is_number(cell) else "left") for cell in row]
            for row in table.rows
        ]
        commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), TABLE_LINE, "black"),
            self.cell_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        # An empty header cell joins the one on its left ("PARAF HIERARKI" over two columns).
        start = 0
        for col in range(1, len(table.headers) + 1):
            if col == len(table.headers) or table.headers[col]:
                if col - 1 > start:
                    commands.append(("SPAN", (start, 0), (col - 1, 0)))
                start = col
        widths = [w * self.width for w in table.widths]
        out.append(
            RlTable([header, *body], colWidths=widths, style=commands, repeatRows=1, hAlign="LEFT")
        )
        out.append(Spacer(0, BLOCK_GAP * 1.5))
        return out

    def _right_block(self, block: b.RightBlock) -> RlTable:
        """The Lampiran header: label | ":" | value rows in the right half; a label without a
        value is a line of its own."""
        labels = [label for label, value in block.lines if value]
        label_width = max((string_width(t, self.regular, BODY_SIZE) for t in labels), default=0) + 4
        width = self.width * SIDE_BLOCK
        rows: list[list[object]] = []
        spans = []
        for label, value in block.lines:
            if value:
                rows.append([self.para(t, "left") for t in (label, ":", value)])
            else:
                rows.append([self.para(label, "left"), "", ""])
                spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        return RlTable(
            rows,
            colWidths=[label_width, COLON_WIDTH, width - label_width - COLON_WIDTH],
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                self.cell_font(),
                *spans,
            ],
            hAlign="RIGHT",
        )


def _is_number(text: str) -> bool:
    """Cells holding only a row number are centred."""
    return text.strip().isdigit()
