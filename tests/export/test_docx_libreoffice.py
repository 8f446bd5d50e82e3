"""Real LibreOffice renders our DOCX with every symbol and table where the layout put it."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pdfplumber
import pytest

from sopstudio.export.docx import DocxBuilder
from sopstudio.model.style import MM
from tests.export.docx_layout_fixture import sample_layout

pytestmark = pytest.mark.slow

TOLERANCE = 1 * MM


def soffice() -> str:
    """The LibreOffice binary; skip locally when missing, fail on CI."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    return path


def convert_to_pdf(docx_path, out_dir):
    """Convert with a private LibreOffice profile so parallel runs do not collide."""
    profile = f"file:///tmp/lo-sopstudio-{uuid.uuid4().hex}"
    subprocess.run(
        [soffice(), "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    shutil.rmtree(profile.removeprefix("file://"), ignore_errors=True)
    return out_dir / (docx_path.stem + ".pdf")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("lo")
    layout = sample_layout()
    builder = DocxBuilder()
    builder.add_layout(layout)
    path = out / "sample.docx"
    builder.save(path)
    with pdfplumber.open(convert_to_pdf(path, out)) as pdf:
        pages = [
            {"curves": page.curves, "lines": page.lines, "rects": page.rects, "text": page.extract_text()}
            for page in pdf.pages
        ]
    return layout, pages


def near(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE


def test_same_page_count(rendered):
    layout, pages = rendered
    assert len(pages) == len(layout.pages)


def test_every_symbol_within_1_mm(rendered):
    layout, pages = rendered
    for page, drawn in zip(layout.pages, pages):
        shapes = drawn["curves"] + drawn["rects"]
        for symbol in page.symbols:
            r = symbol.rect
            assert any(
                near(s["x0"], r.x) and near(s["top"], r.y) and near(s["x1"], r.right)
                and near(s["bottom"], r.bottom)
                for s in shapes
            ), f"{symbol.kind.value} at {r} not found in LibreOffice's PDF"


def test_connector_ends_within_1_mm(rendered):
    layout, pages = rendered
    for page, drawn in zip(layout.pages, pages):
        pieces = drawn["curves"] + drawn["lines"]
        for connector in page.connectors:
            end = connector.points[-1]
            # The arrowhead is drawn as its own small filled shape touching the end point.
            assert any(
                s["x0"] - TOLERANCE <= end.x <= s["x1"] + TOLERANCE
                and s["top"] - TOLERANCE <= end.y <= s["bottom"] + TOLERANCE
                and (s["x1"] - s["x0"]) < 12 and (s["bottom"] - s["top"]) < 12
                for s in pieces
            ), f"no arrowhead at {end}"


def test_table_grid_within_1_mm(rendered):
    layout, pages = rendered
    for page, drawn in zip(layout.pages, pages):
        verticals = [ln["x0"] for ln in drawn["lines"] if abs(ln["x0"] - ln["x1"]) < 0.1]
        horizontals = [ln["top"] for ln in drawn["lines"] if abs(ln["top"] - ln["bottom"]) < 0.1]
        verticals += [r["x0"] for r in drawn["rects"]] + [r["x1"] for r in drawn["rects"]]
        horizontals += [r["top"] for r in drawn["rects"]] + [r["bottom"] for r in drawn["rects"]]
        for table in page.tables:
            for x in table.col_x:
                assert any(near(v, x) for v in verticals), f"column edge {x}"
            for y in table.row_y:
                assert any(near(h, y) for h in horizontals), f"row edge {y}"


def test_texts_survive(rendered):
    _, pages = rendered
    text = " ".join(" ".join(p["text"].split()) for p in pages)
    for expected in ("Tahap Kegiatan", "Menelaah dan memeriksa kelengkapan", "Hasil telaah", "Ya",
                     "Tidak", "BIRO ORGANISASI", "Peraturan Menteri PAN-RB"):
        assert expected in text
