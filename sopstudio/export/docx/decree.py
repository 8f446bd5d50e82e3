"""Export a whole decree to one DOCX: the portrait body and Lampiran front matter as native,
editable Word paragraphs and tables typeset from `decree_blocks`, then every SOP's landscape
layout pages through `DocxBuilder`.

The body is flowing text that Word paginates. The typography (size, leading, margins, gaps,
column widths) is the PDF decree's (`sopstudio.export.decree_style`), so both documents look alike and carry the same words
in the same order. Hanging clauses ("Menimbang : a. text") are tab stops plus a hanging
indent, as offices type them: the label, the colon and the marker sit on tab stops and the
justified text wraps under the text column.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable

from lxml import etree

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
from sopstudio.export.docx import oxml
from sopstudio.export.docx.document import DocxBuilder
from sopstudio.model import decree_blocks as b
from sopstudio.model.decree import Decree
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.fonts import font_key, string_width
from sopstudio.model.style import Paper, StyleCatalog

Progress = Callable[[int, int], None]

#: Lists of at most this many rows are kept on one page.
SHORT_LIST = 3

_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def write_decree_docx(
    decree: Decree,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    progress: Progress | None = None,
    creation_date: datetime.datetime | None = None,
    styles: StyleCatalog | None = None,
    draft: bool = False,
) -> None:
    """Write the decree body, its Lampiran front matter and every SOP of the Lampiran as one
    DOCX (F4 unless told otherwise), atomically.

    `progress(done, total)` is called after the body and after each SOP (total = SOPs + 1).
    Each SOP prints in its house style from `styles` (the presets by default); a `draft` is
    marked DRAF on every page.
    """
    styles = styles or StyleCatalog()
    style = decree_house_style(decree, styles)
    paper = paper or style.paper
    family = style.fonts.family
    metadata = decree_metadata(decree)
    builder = DocxBuilder(
        family=family,
        size=style.fonts.body_size,
        title=metadata["title"],
        creation_date=creation_date,
        draft=draft,
    )
    builder.set_core_text(subject=metadata["subject"], author=metadata["author"])
    total = len(decree.lampiran.sops) + 1
    width, height = paper.portrait_size
    body = builder.add_flow((width, height), BODY_MARGINS)
    text_width = width - BODY_MARGINS.left - BODY_MARGINS.right
    blocks = [*b.decree_body_blocks(decree), *b.lampiran_front_blocks(decree)]
    Typesetter(body, family, text_width).add(blocks)
    if progress:
        progress(1, total)
    for done, sop in enumerate(decree.lampiran.sops, start=2):
        builder.add_layout(layout_sop(sop, styles.style_of(sop.style), paper=paper), sop)
        if progress:
            progress(done, total)
    builder.save(path)


class Typesetter:
    """Appends decree blocks to a WordprocessingML body as paragraphs and tables, in one
    font family at the body size."""

    def __init__(self, body: etree._Element, family: str, text_width: float) -> None:
        self.body = body
        self.family = family
        self.regular = font_key(family)
        self.bold = font_key(family, bold=True)
        self.width = text_width
        self.label_width = 0.0
        #: Space (points) the next paragraph leaves above itself.
        self._gap = 0.0
        #: The next paragraph starts a new page.
        self._break = False
        self._started = False

    def add(self, blocks: Iterable[b.Block]) -> None:
        """Append every block, in order."""
        blocks = list(blocks)
        # One label column for every clause, so all colons line up down the body.
        labels = [blk.label for blk in blocks if isinstance(blk, b.Clause) and blk.label]
        widest = max((string_width(t, self.bold, BODY_SIZE) for t in labels), default=0)
        self.label_width = widest + 4
        for block in blocks:
            self._block(block)

    # -- paragraphs and runs ---------------------------------------------------------------

    def _p(
        self,
        parent: etree._Element | None = None,
        align: str = "justify",
        indent: float = 0.0,
        hanging: float = 0.0,
        right: float = 0.0,
        tabs: tuple[float, ...] = (),
        keep_next: bool = False,
    ) -> etree._Element:
        """A new paragraph at the body leading, in `parent` (a table cell) or in the body,
        where it takes the pending gap and page break."""
        before, page_break = 0.0, False
        if parent is None:
            parent = self.body
            # Word keeps space before at the top of a page; a body's first line sits at the top.
            before = self._gap if self._started and not self._break else 0.0
            page_break, self._break, self._gap, self._started = self._break, False, 0.0, True
        return oxml.paragraph(
            parent,
            align=_JC[align],
            line_at_least=LEADING,
            indent_left=indent,
            hanging=hanging,
            indent_right=right,
            space_before=before,
            page_break_before=page_break,
            keep_next=keep_next,
            keep_lines=keep_next,
            widow_control=True,
            tabs=tabs,
        )

    def _run(
        self, p: etree._Element, text: str, bold: bool = False, underline: bool = False
    ) -> None:
        oxml.text_run(p, text, self.family, BODY_SIZE, bold=bold, underline=underline)

    def _text(
        self,
        text: str,
        align: str = "justify",
        bold: bool = False,
        indent: float = 0.0,
        keep_next: bool = False,
        parent: etree._Element | None = None,
    ) -> etree._Element:
        """A paragraph holding one run of text."""
        p = self._p(parent, _align(text, align), indent, keep_next=keep_next)
        self._run(p, text, bold)
        return p

    # -- blocks ----------------------------------------------------------------------------

    def _block(self, block: b.Block) -> None:
        if isinstance(block, b.Heading):
            self._heading(block)
        elif isinstance(block, b.Paragraph):
            # A line that introduces what follows ("Tembusan:") stays with it.
            keep = block.text.rstrip().endswith(":")
            self._text(block.text, block.align, block.bold, block.indent * 2 * BODY_SIZE, keep)
            self._gap += BLOCK_GAP / 2
        elif isinstance(block, b.Clause):
            self._clause(block)
            self._gap += BLOCK_GAP / 2
        elif isinstance(block, b.Signature):
            self._gap += BLOCK_GAP
            self._signature(block)
            self._gap += BLOCK_GAP
        elif isinstance(block, b.Table):
            self._table(block)
        elif isinstance(block, b.RightBlock):
            self._right_block(block)
            self._gap += 2 * BLOCK_GAP
        elif isinstance(block, b.PageBreak):
            self._break = self._started
        else:
            raise TypeError(f"unknown decree block {block!r}")

    def _heading(self, block: b.Heading) -> None:
        """Centred lines kept with what follows; an empty line is half a line of space."""
        for line in block.lines:
            if line:
                self._text(line, "center", block.bold, keep_next=True)
            else:
                self._gap += LEADING / 2
        self._gap += BLOCK_GAP

    def _clause(self, clause: b.Clause) -> None:
        """The hanging layout: label, colon, marker and text on tab stops, one paragraph per
        list item; wrapped lines align under the text."""
        markers = [item.marker for item in clause.items if item.marker]
        marker_width = max((string_width(m, self.regular, BODY_SIZE) for m in markers), default=0)
        marker_width = marker_width + MARKER_GAP if markers else 0
        labelled = bool(clause.label)
        colon_at = self.label_width if labelled else 0.0
        text_col = colon_at + COLON_WIDTH if labelled else 0.0  # where unmarked text starts
        head = (colon_at, text_col) if labelled else ()
        rows = len(clause.items) + (1 if clause.text or not clause.items else 0)
        done = 0

        def row(marker: str | None, text: str) -> None:
            nonlocal done
            start = text_col + (marker_width if marker else 0.0)
            align = _align(text, "justify")
            # A short list is not split at all; a line ending in ":" stays with its list.
            done += 1
            keep = (rows <= SHORT_LIST and done < rows) or text.rstrip().endswith(":")
            if done == 1 and labelled:
                # The first line starts at the margin: label, tab, colon, tab, [marker, tab].
                tabs = (*head, start) if marker else head
                p = self._p(align=align, indent=start, hanging=start, tabs=tabs, keep_next=keep)
                self._run(p, clause.label, bold=clause.bold_label)
                self._run(p, "\t:\t")
            else:
                hanging = start - text_col if marker else 0.0
                p = self._p(
                    align=align, indent=start, hanging=hanging, tabs=(start,), keep_next=keep
                )
            if marker:
                self._run(p, f"{marker}\t")
            self._run(p, text)
            self._gap = 2.0  # the PDF's bottom padding under every row

        if clause.text or not clause.items:
            row(None, clause.text)
        for item in clause.items:
            row(item.marker or None, item.text)
            for sub in item.sub:
                start = text_col + marker_width + 2 * BODY_SIZE
                p = self._p(indent=start, hanging=2 * BODY_SIZE, tabs=(start,))
                self._run(p, f"{sub.marker}\t{sub.text}")

    def _signature(self, sig: b.Signature) -> None:
        """Place and date, office (bold), space to sign, the name bold and underlined,
        pangkat and NIP, in a column at the right (or left) half, kept on one page."""
        beside = self.width * (1 - SIDE_BLOCK)
        indent, right = (beside, 0.0) if sig.side == "right" else (0.0, beside)
        # (text, bold, underlined, space before)
        lines = [(t, False, False, 0.0) for t in sig.lines_before if t]
        lines += [(t, True, False, 0.0 if i else LEADING / 2) for i, t in enumerate(sig.office)]
        lines.append((sig.nama, True, True, SIGNING_SPACE))
        lines += [(t, False, False, 0.0) for t in sig.details]
        for index, (text, bold, underline, before) in enumerate(lines):
            self._gap += before
            keep = index < len(lines) - 1
            p = self._p(align="left", indent=indent, right=right, keep_next=keep)
            self._run(p, text, bold=bold, underline=underline)

    def _table(self, table: b.Table) -> None:
        """Centred bold caption, then a bordered table whose header row repeats on every page."""
        for line in table.caption:
            self._text(line, "center", bold=True, keep_next=True)
        if table.caption:
            self._gap += BLOCK_GAP
        if self._break or (self._gap and self._started):
            # A table cannot carry space before or a page break: a spacer paragraph as tall
            # as the gap does.
            oxml.tiny_paragraph(self.body, max(self._gap, 1.0), page_break_before=self._break)
            self._break, self._gap = False, 0.0
        widths = [oxml.twips(w * self.width) for w in table.widths]
        padding = (
            oxml.twips(CELL_PADDING / 2),
            oxml.twips(CELL_PADDING),
            oxml.twips(CELL_PADDING),
            oxml.twips(CELL_PADDING),
        )
        tbl = oxml.table(self.body, widths, 0, padding)
        # An empty header cell joins the one on its left ("PARAF HIERARKI" over two columns).
        header = oxml.table_row(tbl, None, header=True)
        col = 0
        while col < len(widths):
            span = 1
            while col + span < len(widths) and not table.headers[col + span]:
                span += 1
            width = sum(widths[col : col + span])
            tc = oxml.table_cell(header, width, grid_span=span, v_align="center")
            self._text(table.headers[col], "center", bold=True, parent=tc)
            col += span
        for cells in table.rows:
            tr = oxml.table_row(tbl, None, header=False)
            for width, text in zip(widths, cells, strict=True):
                tc = oxml.table_cell(tr, width)
                self._text(text, "center" if text.strip().isdigit() else "left", parent=tc)
        self._started = True
        self._gap = BLOCK_GAP * 1.5

    def _right_block(self, block: b.RightBlock) -> None:
        """The Lampiran header at the right: label, colon and value on tab stops; a label
        without a value is a line of its own."""
        x = self.width * (1 - SIDE_BLOCK)
        labels = [label for label, value in block.lines if value]
        label_width = max((string_width(t, self.regular, BODY_SIZE) for t in labels), default=0)
        label_width += 4
        colon_at, value_at = x + label_width, x + label_width + COLON_WIDTH
        for label, value in block.lines:
            if value:
                hanging, tabs = value_at - x, (colon_at, value_at)
                p = self._p(align="left", indent=value_at, hanging=hanging, tabs=tabs)
                self._run(p, f"{label}\t:\t{value}")
            else:
                p = self._p(align="left", indent=x)
                self._run(p, label)
            self._gap = 1.0


def _align(text: str, align: str) -> str:
    """Justified capitals ("KEPUTUSAN GUBERNUR ...") open wide gaps between their few long
    words, so text in upper case is set flush left instead (as in the PDF)."""
    return "left" if align == "justify" and text.isupper() else align
