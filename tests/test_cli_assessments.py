"""Monitoring, evaluation, redline, schedule, time and the evidence pack from the command line,
on a real library file built from the samples."""

from __future__ import annotations

import json
import zipfile

import pytest
from pypdf import PdfReader

from sopstudio.cli import main
from sopstudio.model import jsonio
from sopstudio.model.monitoring import BAIK, TIDAK_BAIK
from sopstudio.model.store import Library
from sopstudio.resources import SAMPLES

SAMPLE_FILES = sorted((SAMPLES / "sops").glob("*.sop.json"))


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "pustaka.sqlite"
    assert main(["--library", str(path), "library", "add", *map(str, SAMPLE_FILES)]) == 0
    return path


@pytest.fixture
def sop():
    return jsonio.load(SAMPLE_FILES[0])


def _cli(library, *args) -> int:
    return main(["--library", str(library), *args])


def _fill_monitoring(path):
    data = json.loads(path.read_text())
    data["tanggal"], data["assessor"] = "2026-06-30", {"nama": "Maria Bria", "jabatan": "Analis"}
    for row in data["rows"]:
        row["penilaian"] = BAIK
    data["rows"][1].update(
        penilaian=TIDAK_BAIK, catatan="Disposisi terlambat", tindakan="Disposisi elektronik"
    )
    path.write_text(json.dumps(data))


def test_monitoring_template_save_print(library, sop, tmp_path, capsys):
    form = tmp_path / "m.json"
    assert (
        _cli(
            library,
            "monitoring",
            "template",
            sop.nomor,
            "--periode",
            "Semester I 2026",
            "-o",
            str(form),
        )
        == 0
    )
    _fill_monitoring(form)
    assert _cli(library, "monitoring", "save", str(form)) == 0
    out = tmp_path / "hasil.pdf"
    assert (
        _cli(
            library,
            "monitoring",
            "print",
            sop.nomor,
            "--periode",
            "Semester I 2026",
            "-o",
            str(out),
        )
        == 0
    )
    text = _text(out)
    assert "Disposisi terlambat" in text and "Maria Bria" in text and TIDAK_BAIK in text


def test_monitoring_of_an_unknown_period_is_a_message(library, sop, tmp_path, capsys):
    assert (
        _cli(
            library,
            "monitoring",
            "print",
            sop.nomor,
            "--periode",
            "2030",
            "-o",
            str(tmp_path / "x.pdf"),
        )
        == 2
    )
    assert "belum ada monitoring" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_bad_monitoring_file_is_refused(library, tmp_path, capsys):
    bad = tmp_path / "m.json"
    bad.write_text('{"format": "sopstudio-monitoring", "version": 1, "rows": 3}')
    assert _cli(library, "monitoring", "save", str(bad)) == 2
    assert "galat" in capsys.readouterr().err


def test_evaluation_with_a_seventh_criterion_and_the_unit_recap(library, sop, tmp_path):
    criteria = tmp_path / "kriteria.txt"
    from sopstudio.model.monitoring import DEFAULT_CRITERIA

    criteria.write_text("\n".join([*DEFAULT_CRITERIA, "Memanfaatkan aplikasi SPBE"]))
    assert _cli(library, "evaluation", "criteria", "--set", str(criteria)) == 0
    sheet = tmp_path / "e.json"
    assert (
        _cli(library, "evaluation", "template", sop.nomor, "--tahun", "2026", "-o", str(sheet)) == 0
    )
    data = json.loads(sheet.read_text())
    assert len(data["answers"]) == 7
    for answer in data["answers"]:
        answer["ya"] = True
    data["answers"][6].update(ya=False, catatan="Belum memakai aplikasi")
    sheet.write_text(json.dumps(data))
    assert _cli(library, "evaluation", "save", str(sheet)) == 0
    recap = tmp_path / "rekap.docx"
    assert (
        _cli(library, "evaluation", "recap", "Biro Organisasi", "--tahun", "2026", "-o", str(recap))
        == 0
    )
    from docx import Document

    cells = [c.text for t in Document(recap).tables for r in t.rows for c in r.cells]
    assert "K7" in cells and "Belum memakai aplikasi" in cells and "belum dievaluasi" in cells


def test_redline_between_library_revisions(library, sop, tmp_path, capsys):
    with Library.open(library) as opened:
        current = opened.load_sop(sop.id)
        current.steps[2].waktu = "3 hari"
        opened.save_sop(current)
    out = tmp_path / "redline.pdf"
    assert _cli(library, "redline", sop.nomor, "-o", str(out)) == 0
    assert "0 langkah baru, 0 dihapus, 1 diubah" in capsys.readouterr().out
    assert "diubah: waktu" in _text(out)


def test_schedule_lists_what_is_due(library, capsys):
    assert _cli(library, "schedule", "--tanggal", "2026-12-03") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("JATUH TEMPO") for line in lines)
    assert {line.split("\t")[2] for line in lines} == {"monitoring", "evaluasi"}


def test_time_reports_paths_and_loads(sop, capsys):
    assert main(["time", str(SAMPLE_FILES[0])]) == 0
    out = capsys.readouterr().out
    assert "jalur terpanjang:" in out and "pelaksana\t" in out


def test_evidence_pack(library, sop, tmp_path):
    form = tmp_path / "m.json"
    _cli(
        library,
        "monitoring",
        "template",
        sop.nomor,
        "--periode",
        "Semester I 2026",
        "-o",
        str(form),
    )
    _fill_monitoring(form)
    _cli(library, "monitoring", "save", str(form))
    with Library.open(library) as opened:
        current = opened.load_sop(sop.id)
        current.steps[1].text = "Menyiapkan jadwal dan undangan rapat pembahasan"
        opened.save_sop(current)
    out = tmp_path / "bukti.zip"
    assert _cli(library, "evidence", "Biro Organisasi", "--tahun", "2026", "-o", str(out)) == 0
    with zipfile.ZipFile(out) as pack:
        names = pack.namelist()
        index = tmp_path / "index.pdf"
        index.write_bytes(pack.read("00-daftar-isi.pdf"))
    assert sum(n.startswith("01-sop/") for n in names) >= 1
    assert any(n.startswith("02-monitoring/") for n in names)
    assert "03-evaluasi/rekap-evaluasi.pdf" in names
    assert any(n.startswith("04-revisi/") for n in names)
    assert "05-pemetaan-sop.pdf" in names
    text = _text(index)
    for name in names:
        if name != "00-daftar-isi.pdf":
            assert name.split("/")[-1][:20] in text.replace(" ", "")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bukti-")]
