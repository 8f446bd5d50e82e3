"""Export the sample SOPs with our DOCX and PDF exporters and import them back: the same SOPs."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model import jsonio
from sopstudio.model.importers import import_file
from sopstudio.resources import SAMPLES as SAMPLE_DIR
from tests.model.importers.flow import assert_same_flow

SAMPLES = sorted((SAMPLE_DIR / "sops").glob("*.sop.json"))
WRITERS = {".docx": write_sop_docx, ".pdf": write_sop_pdf}
CASES = [(path, suffix) for suffix in WRITERS for path in SAMPLES]


@pytest.mark.parametrize(
    ("path", "suffix"), CASES, ids=[f"{p.name.split('.')[0]}{s}" for p, s in CASES]
)
def test_round_trip(path: Path, suffix: str, tmp_path: Path) -> None:
    original = jsonio.load(path)
    target = tmp_path / f"sop{suffix}"
    WRITERS[suffix](original, target)
    result = import_file(target)
    assert len(result.sops) == 1
    back = result.sops[0].sop
    assert_same_flow(back, original)
    for name in (
        "nomor",
        "judul",
        "unit_header",
        "tanggal_pembuatan",
        "tanggal_revisi",
        "tanggal_efektif",
        "dasar_hukum",
        "kualifikasi",
        "keterkaitan",
        "peralatan",
        "peringatan",
        "pencatatan",
        "approver",
    ):
        assert getattr(back, name) == getattr(original, name), name
