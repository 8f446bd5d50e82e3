"""PdfDocument: streaming pages of mixed size into one deterministic, atomically written PDF."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_pdf_draw import sample_page

from sopstudio.export.pdf.document import CREATOR, PdfDocument
from sopstudio.model.layout.geometry import Page, PageKind, Rect, SopLayout, TextBlock, TextLine

WHEN = datetime(2024, 9, 17, 10, 30, tzinfo=timezone(timedelta(hours=8)))


def _portrait() -> Page:
    line = TextLine("KEPUTUSAN GUBERNUR", 60, 80, 100, "Arial-Bold", 12)
    return Page(PageKind.IDENTITY, 609.4, 935.4, texts=(TextBlock(Rect(60, 70, 300, 14), (line,)),))


def _write(path: Path, when: datetime | None = WHEN) -> None:
    with PdfDocument(
        path,
        title="Penanganan Surat Masuk",
        subject="Standar Operasional Prosedur",
        author="BIRO ORGANISASI",
        creation_date=when,
    ) as doc:
        doc.add_layout(SopLayout("sop", (sample_page(), sample_page())))
        doc.add_page(_portrait())


def test_pages_keep_their_own_size_and_orientation(tmp_path):
    path = tmp_path / "out.pdf"
    _write(path)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]
    assert sizes == [(935.4, 609.4), (935.4, 609.4), (609.4, 935.4)]


def test_every_page_is_numbered_out_of_the_total(tmp_path):
    path = tmp_path / "out.pdf"
    _write(path)
    for number, page in enumerate(PdfReader(path).pages, start=1):
        assert f"Halaman {number} dari 3" in page.extract_text()


def test_unnumbered_pages_carry_no_number(tmp_path):
    path = tmp_path / "out.pdf"
    with PdfDocument(path, creation_date=WHEN) as doc:
        doc.add_page(_portrait(), numbered=False)
        doc.add_page(sample_page())
    texts = [p.extract_text() for p in PdfReader(path).pages]
    assert "Halaman" not in texts[0]
    assert "Halaman 2 dari 2" in texts[1]


def test_metadata(tmp_path):
    path = tmp_path / "out.pdf"
    _write(path)
    meta = PdfReader(path).metadata
    assert meta.title == "Penanganan Surat Masuk"
    assert meta.subject == "Standar Operasional Prosedur"
    assert meta.author == "BIRO ORGANISASI"
    assert meta.creator == CREATOR and CREATOR.startswith("SOP Studio ")
    assert meta["/CreationDate"] == "D:20240917103000+08'00'"


def test_fonts_are_embedded_truetype(tmp_path):
    path = tmp_path / "out.pdf"
    _write(path)
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
        # The page-number forms carry their own resources.
        for xobj in page["/Resources"].get("/XObject", {}).values():
            for font in xobj.get_object()["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"], name


def test_same_input_and_date_give_identical_bytes(tmp_path):
    _write(tmp_path / "a.pdf")
    _write(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_without_a_date_the_current_time_is_recorded(tmp_path):
    path = tmp_path / "out.pdf"
    _write(path, when=None)
    stamp = PdfReader(path).metadata["/CreationDate"]
    assert stamp.startswith(f"D:{datetime.now(UTC).astimezone():%Y%m%d}")


def test_a_failure_while_drawing_leaves_no_file(tmp_path):
    path = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError), PdfDocument(path, creation_date=WHEN) as doc:
        doc.add_page(sample_page())
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        _write(path)
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    assert path.read_bytes() == b"old"


def test_closed_document_refuses_pages(tmp_path):
    doc = PdfDocument(tmp_path / "out.pdf", creation_date=WHEN)
    doc.add_page(sample_page())
    doc.close()
    with pytest.raises(ValueError):
        doc.add_page(sample_page())
