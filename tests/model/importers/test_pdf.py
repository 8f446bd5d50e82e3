"""PDF import: our own PDF export read back, scanned pages reported, damaged files refused."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model import jsonio
from sopstudio.model.importers import ImportFailed, import_bytes, import_file
from sopstudio.model.style import Paper
from sopstudio.resources import SAMPLES as SAMPLE_DIR
from tests.model.importers.flow import assert_same_flow

SAMPLES = sorted((SAMPLE_DIR / "sops").glob("*.sop.json"))
ROOT = Path(__file__).resolve().parents[3]


def test_a4_round_trip(tmp_path: Path) -> None:
    original = jsonio.load(SAMPLES[0])
    write_sop_pdf(original, tmp_path / "sop.pdf", paper=Paper.A4)
    assert_same_flow(import_file(tmp_path / "sop.pdf").sops[0].sop, original)


def scanned_pdf(pages_before: bytes = b"") -> bytes:
    """A one-page PDF that is only a picture of a page, as a scanner makes it."""
    picture = Image.new("L", (600, 400), 255)
    for x in range(50, 550):
        picture.putpixel((x, 60), 0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(936, 612))
    canvas.drawImage(ImageReader(picture), 0, 0, width=936, height=612)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_scanned_page_is_reported_not_imported() -> None:
    result = import_bytes(scanned_pdf(), "scan.pdf")
    assert result.sops == []
    scanned = [n for n in result.report.problems if n.code == "SCANNED_PAGE"]
    assert len(scanned) == 1
    assert "hasil pindai; perlu OCR" in scanned[0].message
    assert scanned[0].where == "halaman 1"


def test_cli_says_scan_needs_ocr(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(scanned_pdf())
    done = subprocess.run(
        [sys.executable, "-m", "sopstudio", "import", str(source), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 2
    assert "hasil pindai; perlu OCR" in done.stderr
    assert not (tmp_path / "out").exists()


def test_damaged_pdf_is_refused() -> None:
    with pytest.raises(ImportFailed, match="PDF"):
        import_bytes(b"%PDF-1.4\n garbage", "rusak.pdf")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_whole_decree_with_mapping(suffix: str, tmp_path: Path) -> None:
    # A decree as we export it: body, Lampiran with Daftar SOP and old -> new table, SOPs.
    from benchmarks.corpus import make_decree
    from sopstudio.export.docx import write_decree_docx
    from sopstudio.export.pdf import write_decree_pdf
    from sopstudio.model.decree import Lampiran, MappingRow
    from sopstudio.model.drafting import draft_body

    sops = [jsonio.load(path) for path in SAMPLES[:2]]
    mapping = [
        MappingRow("1", "SOP Surat Masuk", "1", sops[0].judul),
        MappingRow("2", "SOP Kelembagaan", "", ""),
        MappingRow("", "", "2", sops[1].judul),
    ]
    decree = make_decree(1)
    decree.lampiran = Lampiran(sops=sops, mapping=mapping, mapping_years=("2020", "2024"))
    draft_body(decree, "Biro Organisasi", "Bagian Tata Laksana")
    target = tmp_path / f"keputusan{suffix}"
    (write_decree_pdf if suffix == ".pdf" else write_decree_docx)(decree, target)
    result = import_file(target)
    assert len(result.sops) == 2
    for item, original in zip(result.sops, sops, strict=True):
        assert_same_flow(item.sop, original)
    assert result.mapping == mapping


@pytest.mark.parametrize("rotation", [90, 270])
def test_page_drawn_sideways_and_rotated_upright(rotation: int, tmp_path: Path) -> None:
    # Some PDF printers draw a landscape page sideways on portrait paper and set /Rotate.
    import pypdf

    original = jsonio.load(SAMPLES[1])
    write_sop_pdf(original, tmp_path / "sop.pdf")
    writer = pypdf.PdfWriter(clone_from=tmp_path / "sop.pdf")
    for page in writer.pages:
        page.rotate(360 - rotation)
        page.transfer_rotation_to_content()
        page.rotate(rotation)
    writer.write(tmp_path / "sideways.pdf")
    assert_same_flow(import_file(tmp_path / "sideways.pdf").sops[0].sop, original)


def test_scanned_page_among_digital_ones_is_reported(tmp_path: Path) -> None:
    import pypdf

    original = jsonio.load(SAMPLES[1])
    write_sop_pdf(original, tmp_path / "sop.pdf")
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(scanned_pdf()))
    writer.append(tmp_path / "sop.pdf")
    writer.write(tmp_path / "campuran.pdf")
    result = import_file(tmp_path / "campuran.pdf")
    assert len(result.sops) == 1
    assert_same_flow(result.sops[0].sop, original)
    scanned = [n for n in result.report.problems if n.code == "SCANNED_PAGE"]
    assert [n.where for n in scanned] == ["halaman 1"]
