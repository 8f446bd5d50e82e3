"""Real LibreOffice renders our DOCX where our own PDF draws the same layout (within 1 mm)."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from datetime import UTC, datetime

import pdfplumber
import pytest

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import Rect, SymbolKind
from sopstudio.model.style import MM
from tests.export.docx_layout_fixture import generated_sop

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
    profile = out_dir / f"lo-profile-{uuid.uuid4().hex}"
    subprocess.run(
        [
            soffice(),
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return out_dir / (docx_path.stem + ".pdf")


def read_pdf(path):
    with pdfplumber.open(path) as pdf:
        return [
            {"shapes": page.curves + page.rects, "lines": page.lines, "words": page.extract_words()}
            for page in pdf.pages
        ]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """One small SOP (identity page + two flowchart pages with an off-page pair)."""
    out = tmp_path_factory.mktemp("lo")
    sop = generated_sop(7, steps=14, lanes=5)
    write_sop_docx(sop, out / "sop.docx")
    write_sop_pdf(sop, out / "ours.pdf", creation_date=datetime(2024, 9, 17, tzinfo=UTC))
    libreoffice = read_pdf(convert_to_pdf(out / "sop.docx", out))
    return layout_sop(sop), libreoffice, read_pdf(out / "ours.pdf")


def near(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE


def drawn_bbox(shapes, rect: Rect):
    """The drawn shape whose bounding box matches `rect` within the tolerance, if any."""
    for s in shapes:
        if (
            near(s["x0"], rect.x)
            and near(s["top"], rect.y)
            and near(s["x1"], rect.right)
            and near(s["bottom"], rect.bottom)
        ):
            return (s["x0"], s["top"], s["x1"], s["bottom"])
    return None


def test_same_page_count(rendered):
    layout, libreoffice, ours = rendered
    assert len(libreoffice) == len(ours) == len(layout.pages) == 3


def test_every_symbol_within_1_mm_of_our_pdf(rendered):
    layout, libreoffice, ours = rendered
    kinds = set()
    for page, lo_page, our_page in zip(layout.pages, libreoffice, ours, strict=True):
        for symbol in page.symbols:
            kinds.add(symbol.kind)
            theirs = drawn_bbox(lo_page["shapes"], symbol.rect)
            mine = drawn_bbox(our_page["shapes"], symbol.rect)
            where = f"{symbol.kind.value} at {symbol.rect}"
            assert theirs is not None, f"{where} missing in LibreOffice's rendering"
            assert mine is not None, f"{where} missing in our PDF"
            assert all(near(a, b) for a, b in zip(theirs, mine, strict=True))
    assert kinds == set(SymbolKind)


def test_every_arrowhead_within_1_mm_of_its_end_point(rendered):
    layout, libreoffice, _ = rendered
    for page, drawn in zip(layout.pages, libreoffice, strict=True):
        pieces = drawn["shapes"] + drawn["lines"]
        for connector in page.connectors:
            end = connector.points[-1]
            # LibreOffice draws the arrowhead as its own small filled shape at the end point.
            assert any(
                s["x0"] - TOLERANCE <= end.x <= s["x1"] + TOLERANCE
                and s["top"] - TOLERANCE <= end.y <= s["bottom"] + TOLERANCE
                and (s["x1"] - s["x0"]) < 12
                and (s["bottom"] - s["top"]) < 12
                for s in pieces
            ), f"no arrowhead at {end}"


def test_table_grid_within_1_mm(rendered):
    layout, libreoffice, _ = rendered
    for page, drawn in zip(layout.pages, libreoffice, strict=True):
        verticals = [ln["x0"] for ln in drawn["lines"] if abs(ln["x0"] - ln["x1"]) < 0.1]
        horizontals = [ln["top"] for ln in drawn["lines"] if abs(ln["top"] - ln["bottom"]) < 0.1]
        for table in page.tables:
            for x in table.col_x:
                assert any(near(v, x) for v in verticals), f"column edge {x}"
            for y in table.row_y:
                assert any(near(h, y) for h in horizontals), f"row edge {y}"


def test_every_word_where_our_pdf_prints_it(rendered):
    _, libreoffice, ours = rendered
    for lo_page, our_page in zip(libreoffice, ours, strict=True):
        assert len(lo_page["words"]) == len(our_page["words"])
        for word in our_page["words"]:
            assert any(
                w["text"] == word["text"]
                and near(w["x0"], word["x0"])
                and near(w["top"], word["top"])
                for w in lo_page["words"]
            ), f"{word['text']!r} at ({word['x0']:.1f}, {word['top']:.1f})"
