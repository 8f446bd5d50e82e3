"""Typeset a `FormDocument` (monitoring, evaluation, redline) as DOCX with python-docx."""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from sopstudio.export.form_style import FAMILY, MARGIN, MARK_COLOURS, SIZE, page_size
from sopstudio.model.forms import FormCell, FormDocument, Mark
from sopstudio.model.jsonio import write_atomic
from sopstudio.model.style import Paper

#: A fixed date keeps the file's bytes the same for the same form.
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def _text(paragraph, text: str, bold: bool = False, strike: bool = False) -> None:
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold, run.font.strike, run.font.size = bold, strike, Pt(SIZE)
        run.font.name = FAMILY
        if index < text.count("\n"):
            run.add_break()


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _fill(cell, value: FormCell | str, bold: bool = False) -> None:
    form_cell = value if isinstance(value, FormCell) else FormCell(value)
    _text(cell.paragraphs[0], form_cell.text, bold, form_cell.mark is Mark.REMOVED)
    if form_cell.mark is not Mark.NONE:
        _shade(cell, MARK_COLOURS[form_cell.mark])


def write_form_docx(
    form: FormDocument, path: str | os.PathLike[str], paper: Paper = Paper.F4, title: str = ""
) -> None:
    """Write the form as a DOCX, atomically."""
    document = Document()
    document.core_properties.title = (title or form.title[0])[:255]
    document.core_properties.created = document.core_properties.modified = _EPOCH
    style = document.styles["Normal"]
    style.font.name, style.font.size = FAMILY, Pt(SIZE)
    section = document.sections[0]
    width, height = page_size(paper, form.landscape)
    section.orientation = WD_ORIENT.LANDSCAPE if form.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(MARGIN))
    for line in form.title:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _text(paragraph, line, bold=True)
    for label, value in form.info:
        _text(document.add_paragraph(), f"{label}\t: {value}")
    usable = width - 2 * MARGIN
    for table in form.tables:
        grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
        grid.style = "Table Grid"
        total = sum(table.widths)
        for c, header in enumerate(table.header):
            _fill(grid.cell(0, c), header, bold=True)
            for cell in grid.columns[c].cells:
                cell.width = Pt(usable * table.widths[c] / total)
        grid.rows[0].repeat_header = True
        for r, row in enumerate(table.rows, start=1):
            for c, entry in enumerate(row):
                _fill(grid.cell(r, c), entry)
        document.add_paragraph()
    for note in form.notes:
        _text(document.add_paragraph(), note)
    for line in form.signature:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(usable * 0.6)
        _text(paragraph, line)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(Path(path), buffer.getvalue())
