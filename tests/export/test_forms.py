"""Monitoring, evaluation and redline forms printed to PDF and DOCX: columns and texts."""

from __future__ import annotations

import copy

import pytest
from docx import Document
from pypdf import PdfReader

from sopstudio.export.forms import write_form
from sopstudio.model import jsonio, ops
from sopstudio.model.errors import SopStudioError
from sopstudio.model.forms import Mark, evaluation_recap, monitoring_form, redline
from sopstudio.model.monitoring import BAIK, TIDAK_BAIK, blank_evaluation, blank_monitoring
from sopstudio.model.sop import Step
from sopstudio.model.sop_diff import diff_sops
from sopstudio.resources import SAMPLES

SAMPLE = sorted((SAMPLES / "sops").glob("*.sop.json"))[0]
MONITORING_COLUMNS = (
    "Prosedur",
    "Penilaian terhadap penerapan",
    "Catatan hasil penilaian",
    "Tindakan yang harus diambil",
)


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _docx_cells(path) -> list[str]:
    return [
        " ".join(c.text.split()) for t in Document(path).tables for row in t.rows for c in row.cells
    ]


@pytest.fixture
def sop():
    return jsonio.load(SAMPLE)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_blank_monitoring_lists_every_step_and_the_columns(sop, tmp_path, suffix):
    path = tmp_path / f"monitoring{suffix}"
    write_form(monitoring_form(sop), path)
    text = _pdf_text(path) if suffix == ".pdf" else " ".join(_docx_cells(path))
    assert "MONITORING PELAKSANAAN SOP" in (
        text if suffix == ".pdf" else " ".join(p.text for p in Document(path).paragraphs)
    )
    for column in MONITORING_COLUMNS:
        assert column in text
    for step in sop.steps:
        assert " ".join(step.text.split())[:40] in text
    assert text.count(TIDAK_BAIK) >= len(sop.steps)  # a box to tick per step


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_filled_monitoring_prints_the_results(sop, tmp_path, suffix):
    form = blank_monitoring(sop, "Semester I 2025")
    for row in form.rows:
        row.penilaian = BAIK
    form.rows[1].penilaian, form.rows[1].catatan = TIDAK_BAIK, "Disposisi tertunda dua hari"
    form.rows[1].tindakan = "Disposisi elektronik"
    form.assessor.nama, form.assessor.jabatan, form.tanggal = "Maria Bria", "Analis", "2025-06-30"
    path = tmp_path / f"monitoring{suffix}"
    write_form(monitoring_form(sop, form), path)
    if suffix == ".pdf":
        text = _pdf_text(path)
        assert "Semester I 2025" in text and "Maria Bria" in text and "30 Juni 2025" in text
    else:
        text = " ".join(_docx_cells(path))
    assert "Disposisi tertunda dua hari" in text and "Disposisi elektronik" in text


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_evaluation_recap_has_a_row_per_sop(sop, tmp_path, suffix):
    other = copy.deepcopy(sop)
    other.nomor, other.judul = "04 TAHUN 2024", "Analisis Jabatan"
    evaluation = blank_evaluation(sop, "2025")
    evaluation.answers[0].ya, evaluation.answers[2].ya = True, False
    evaluation.answers[2].catatan = "Langkah 4 tidak dijalankan"
    criteria = tuple(a.criterion for a in evaluation.answers)
    path = tmp_path / f"rekap{suffix}"
    write_form(
        evaluation_recap("Biro Organisasi", "2025", criteria, [(sop, evaluation), (other, None)]),
        path,
    )
    text = _pdf_text(path) if suffix == ".pdf" else " ".join(_docx_cells(path))
    for expected in (
        "03 TAHUN 2024",
        "04 TAHUN 2024",
        "Analisis Jabatan",
        "Tidak",
        "Langkah 4 tidak dijalankan",
        "belum dievaluasi",
        "K6",
    ):
        assert expected in text


def _revised(sop):
    new = copy.deepcopy(sop)
    new.revision = sop.revision + 1
    ops.SetStepField(new.steps[2].id, "waktu", "2 hari").apply(new)
    ops.insert_step_after(
        new,
        new.steps[1].id,
        Step(id="baru", actor=new.actors[0].id, text="Mengagendakan surat"),
        below=True,
    ).apply(new)
    removed = new.steps[5]
    ops.remove_step(new, removed.id).apply(new)
    return new, removed


def test_redline_marks_each_change(sop):
    new, removed = _revised(sop)
    form = redline(sop, new, diff_sops(sop, new))
    steps = form.tables[-1]
    marks = {row[-1].text.split(":")[0]: row[-1].mark for row in steps.rows if row[-1].text}
    assert marks == {"baru": Mark.ADDED, "dihapus": Mark.REMOVED, "diubah": Mark.CHANGED}
    removed_row = next(row for row in steps.rows if row[-1].text == "dihapus")
    assert removed_row[2].text == removed.text and removed_row[2].mark is Mark.REMOVED


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_redline_prints_old_and_new_side_by_side(sop, tmp_path, suffix):
    new, removed = _revised(sop)
    path = tmp_path / f"redline{suffix}"
    write_form(redline(sop, new, diff_sops(sop, new)), path)
    text = _pdf_text(path) if suffix == ".pdf" else " ".join(_docx_cells(path))
    for expected in (
        "Kegiatan (lama)",
        "Kegiatan (baru)",
        "Mengagendakan surat",
        "diubah: waktu",
        "Waktu: 2 hari",
        "dihapus",
    ):
        assert expected in text
    if suffix == ".docx":
        struck = [
            r.text
            for p in Document(path).tables[-1]._cells
            for r in p.paragraphs[0].runs
            if r.font.strike
        ]
        assert any(removed.text.split()[0] in t for t in struck)


def test_unknown_suffix_is_refused(sop, tmp_path):
    with pytest.raises(SopStudioError, match="format keluaran"):
        write_form(monitoring_form(sop), tmp_path / "x.odt")
    assert not (tmp_path / "x.odt").exists()
