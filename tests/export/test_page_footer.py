"""The "Halaman n dari N" footer: the same font (the house style's family) in PDF and DOCX."""

from __future__ import annotations

from datetime import UTC, datetime

import docx
import pdfplumber
import pytest

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model import jsonio
from sopstudio.resources import SAMPLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CREATED = datetime(2024, 9, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("style", "pdf_font", "word_font"),
    [("ntt", "LiberationSans", "Arial"), ("malang", "TeXGyreBonum-Regular", "Bookman Old Style")],
)
def test_footer_font_follows_the_house_style(tmp_path, style, pdf_font, word_font):
    sop = jsonio.load(SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json")
    sop.style = style
    write_sop_pdf(sop, tmp_path / "sop.pdf", creation_date=CREATED)
    write_sop_docx(sop, tmp_path / "sop.docx", creation_date=CREATED)

    with pdfplumber.open(tmp_path / "sop.pdf") as pdf:
        page = pdf.pages[0]
        footer = [c for c in page.chars if c["top"] > page.height - 30]
    assert "".join(c["text"] for c in footer).startswith("Halaman 1 dari")
    assert {c["fontname"].split("+")[-1] for c in footer} == {pdf_font}

    footer_xml = docx.Document(tmp_path / "sop.docx").sections[0].footer._element
    fonts = {f.get(f"{W}ascii") for f in footer_xml.iter(f"{W}rFonts")}
    assert fonts == {word_font}
