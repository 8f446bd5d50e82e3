"""Typeset a `FormDocument` (monitoring, evaluation, redline) as PDF with reportlab platypus."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sopstudio import __version__
from sopstudio.export.form_style import FONT, FONT_BOLD, MARGIN, MARK_COLOURS, SIZE, page_size
from sopstudio.export.xml_text import escape
from sopstudio.model.forms import FormDocument, FormTable, Mark
from sopstudio.model.jsonio import write_atomic
from sopstudio.model.layout.fonts import ensure_registered
from sopstudio.model.style import Paper

_BODY = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=SIZE * 1.25)
_HEAD = ParagraphStyle("head", parent=_BODY, fontName=FONT_BOLD, alignment=TA_CENTER)
_TITLE = ParagraphStyle("title", parent=_HEAD, fontSize=SIZE + 2, leading=(SIZE + 2) * 1.3)


def _para(text: str, style: ParagraphStyle, mark: Mark = Mark.NONE) -> Paragraph:
    body = escape(text).replace("\n", "<br/>")
    if mark is Mark.REMOVED and body:
        body = f"<strike>{body}</strike>"
    return Paragraph(body, style)


def _table(table: FormTable, width: float) -> Table:
    total = sum(table.widths)
    widths = [width * w / total for w in table.widths]
    data = [[_para(h, _HEAD) for h in table.header]]
    data += [[_para(c.text, _BODY, c.mark) for c in row] for row in table.rows]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ]
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row):
            if cell.mark is not Mark.NONE:
                style.append(
                    ("BACKGROUND", (c, r), (c, r), colors.HexColor(MARK_COLOURS[cell.mark]))
                )
    result = Table(data, colWidths=widths, repeatRows=1)
    result.setStyle(TableStyle(style))
    return result


def write_form_pdf(
    form: FormDocument, path: str | os.PathLike[str], paper: Paper = Paper.F4, title: str = ""
) -> None:
    """Write the form as a PDF, atomically (nothing at `path` until it is complete)."""
    ensure_registered()
    size = page_size(paper, form.landscape)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
        title=title or form.title[0],
        creator=f"SOP Studio {__version__}",
    )
    story: list = [_para(line, _TITLE) for line in form.title] + [Spacer(1, 10)]
    if form.info:
        info = Table(
            [[_para(k, _BODY), _para(":", _BODY), _para(v, _BODY)] for k, v in form.info],
            colWidths=[doc.width * 0.22, 10, doc.width * 0.78 - 10],
            hAlign="LEFT",
        )
        info.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        story += [info, Spacer(1, 8)]
    for table in form.tables:
        story += [_table(table, doc.width), Spacer(1, 8)]
    story += [_para(note, _BODY) for note in form.notes]
    if form.signature:
        block = Table(
            [[_para(line, _BODY)] for line in form.signature],
            colWidths=[doc.width * 0.4],
            hAlign="RIGHT",
        )
        story += [Spacer(1, 12), block]
    doc.build(story)
    write_atomic(Path(path), buffer.getvalue())
