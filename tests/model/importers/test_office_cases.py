"""Word files as offices make them, and the PDFs LibreOffice prints from them, import right.

The DOCX fixtures are built by `office_cases.py` and the PDFs printed from them (and from our
DOCX export of each sample SOP) by `python -m tools.make_import_fixtures`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sopstudio.model import jsonio
from sopstudio.model.importers import import_file
from sopstudio.model.sop import StepKind
from sopstudio.resources import SAMPLES
from tests.model.importers.flow import assert_same_flow, lanes
from tests.model.importers.office_cases import CASES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
SOURCES = [(name, kind) for name in CASES for kind in ("word", "pdf")]


def _path(name: str, kind: str) -> Path:
    return FIXTURES / kind / f"{name}.{'docx' if kind == 'word' else 'pdf'}"


@pytest.mark.parametrize(("name", "kind"), SOURCES, ids=[f"{n}-{k}" for n, k in SOURCES])
def test_office_case(name: str, kind: str) -> None:
    case = CASES[name]
    result = import_file(_path(name, kind))
    assert [item.sop.judul for item in result.sops] == [e.judul for e in case.sops]
    for item, expected in zip(result.sops, case.sops, strict=True):
        sop = item.sop
        assert [a.name for a in sop.actors] == expected.lanes
        assert lanes(sop) == expected.step_lanes
        assert [s.waktu for s in sop.steps] == expected.waktu
        decisions = [i for i, s in enumerate(sop.steps, 1) if s.kind == StepKind.DECISION]
        assert decisions == expected.decisions
        assert sop.steps[0].kind == StepKind.START and sop.steps[-1].kind == StepKind.END
        if expected.unit_header is not None:
            assert sop.unit_header == expected.unit_header
    assert len(result.mapping) == case.mapping


def test_mapping_rows_are_read() -> None:
    for kind in ("word", "pdf"):
        mapping = import_file(_path("keputusan-daftar-dan-peta", kind)).mapping
        assert [(m.old_no, m.old_title, m.new_no, m.new_title) for m in mapping] == [
            ("061/01/2020", "SOP Pengarsipan Surat", "061/01/2024", "SOP Pengarsipan Naskah Dinas"),
            (
                "061/05/2020",
                "SOP Rekomendasi Keramaian",
                "061/02/2024",
                "SOP Penerbitan Rekomendasi",
            ),
            ("061/07/2020", "SOP Buku Tamu", "", ""),
        ]


def test_unnumbered_step_is_reported() -> None:
    result = import_file(_path("baris-tanpa-nomor", "word"))
    report = result.sops[0].report
    assert [n.step for n in report.notes if n.code == "STEP_UNNUMBERED"] == [3]
    assert "ROW_MERGED" in report.codes()


@pytest.mark.parametrize(
    "path", sorted((SAMPLES / "sops").glob("*.sop.json")), ids=lambda p: p.name.split(".")[0]
)
def test_sample_printed_from_word(path: Path) -> None:
    printed = FIXTURES / "pdf" / f"sample-{path.name.split('.')[0]}.pdf"
    result = import_file(printed)
    assert len(result.sops) == 1
    assert_same_flow(result.sops[0].sop, jsonio.load(path))


def test_drawn_symbol_wins_over_a_word_in_another_lane() -> None:
    # An arrow label "Ya" typed in the first lane of the row whose symbol is in the third.
    from sopstudio.model.importers import import_bytes
    from tests.model.importers import office_cases as build
    from tests.model.importers.officedocx import to_bytes

    document = build._new("PEMERINTAH KABUPATEN SIKKA", "DINAS PENANAMAN MODAL")
    build._identity(document, "1/2024", "Uji")
    build._flowchart(document, build.IZIN_LANES, build.IZIN)
    document.tables[-1].rows[2 + 3].cells[2].text = "Ya"
    sop = import_bytes(to_bytes(document), "uji.docx").sops[0].sop
    assert lanes(sop)[3] == "Kepala Dinas"


def test_a_step_about_old_and_new_sops_is_no_mapping_table() -> None:
    from sopstudio.model.importers import import_bytes
    from tests.model.importers import office_cases as build
    from tests.model.importers.officedocx import to_bytes

    rows = list(build.ARSIP)
    rows[1] = (
        "2",
        "Menarik arsip SOP lama",
        "Pengadministrasi Umum",
        "SOP lama",
        "30 menit",
        "SOP baru",
        "process",
    )
    document = build._new("PEMERINTAH KABUPATEN SIKKA", "DINAS PENANAMAN MODAL")
    build._identity(document, "1/2024", "Uji")
    build._flowchart(document, build.ARSIP_LANES, rows)
    result = import_bytes(to_bytes(document), "uji.docx")
    assert result.mapping == []
    assert len(result.sops[0].sop.steps) == 4
