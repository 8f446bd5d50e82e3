"""The geometry decides how lines look: the PDF and the DOCX stroke the same page with the
widths the layout gives (grid, symbol outlines, connector pen), not numbers of their own."""

from __future__ import annotations

import re
import zipfile

import pdfplumber

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model import jsonio
from sopstudio.model.layout.geometry import CONNECTOR_PEN, GRID_LINE, SYMBOL_LINE
from sopstudio.resources import SAMPLES

SAMPLE = SAMPLES / "sops" / "07-pemilihan-penyedia-prakualifikasi.sop.json"


def test_pdf_strokes_come_from_the_geometry(tmp_path):
    out = tmp_path / "sop.pdf"
    write_sop_pdf(jsonio.load(SAMPLE), out)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[1]  # a flowchart page: grid, symbols, connectors
        widths = {round(o["linewidth"], 2) for o in page.rects + page.curves + page.lines}
    assert {GRID_LINE, SYMBOL_LINE, CONNECTOR_PEN.width} <= widths


def test_docx_strokes_come_from_the_geometry(tmp_path):
    out = tmp_path / "sop.docx"
    write_sop_docx(jsonio.load(SAMPLE), out)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    borders = set(
        re.findall(
            r'<w:(?:top|left|bottom|right|insideH|insideV) w:val="single" '
            r'w:sz="(\d+)"',
            xml,
        )
    )
    lines = {int(w) for w in re.findall(r'<a:ln w="(\d+)"', xml)}
    assert borders == {str(round(GRID_LINE * 8))}
    assert round(SYMBOL_LINE * 12700) in lines and round(CONNECTOR_PEN.width * 12700) in lines
