"""`sopstudio import INPUT -o OUTDIR [--json] [--force]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopstudio.cli import main
from sopstudio.model import jsonio
from sopstudio.model.importers import import_file
from sopstudio.model.validate import validate_sop
from tests.conftest import seed_path
from tests.model.importers.test_tsv import HEADER, IDENTITY, STEPS

CLEAN = "\n".join([IDENTITY, HEADER, STEPS.replace("1`5 Menit", "15 menit")])


def test_writes_one_file_per_sop_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "salinan.txt"
    source.write_text(CLEAN + "\n" + CLEAN.replace("05 Tahun 2024", "06 Tahun 2024"), "utf-8")
    status = main(["import", str(source), "-o", str(tmp_path / "out")])
    out = capsys.readouterr().out
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [
        "05-tahun-2024-layanan-konsultasi.sop.json",
        "06-tahun-2024-layanan-konsultasi.sop.json",
    ]
    sop = jsonio.load(tmp_path / "out" / files[0])
    assert len(sop.steps) == 3 and sop.judul == "Layanan Konsultasi"
    assert "2 SOP ditemukan" in out and "TEBAKAN ACTOR_FROM_PREVIOUS" in out
    # "dikembalikan kepada Kasubag TU" loops back into the start: an error to fix before signing
    assert "MASALAH link-into-start" in out
    assert status == 1


def test_json_report_and_no_overwrite_without_force(tmp_path: Path, capsys) -> None:
    source = tmp_path / "salinan.tsv"
    source.write_text(CLEAN, "utf-8")
    out_dir = tmp_path / "out"
    assert main(["import", str(source), "-o", str(out_dir), "--json"]) == 1  # link-into-start
    report = json.loads(capsys.readouterr().out)
    assert report["sops"][0]["steps"] == 3
    assert report["sops"][0]["actors"][0] == "Kepala Sub Bagian Tata Usaha"
    assert any(n["code"] == "DECISION_FROM_TEXT" for n in report["sops"][0]["report"])
    assert main(["import", str(source), "-o", str(out_dir)]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(out_dir), "--force"]) == 1


def test_validation_errors_give_status_1(tmp_path: Path, capsys) -> None:
    source = tmp_path / "tabel.txt"
    source.write_text("\n".join([HEADER, STEPS]), "utf-8")  # no identity: no Judul SOP
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 1
    out = capsys.readouterr().out
    assert "MASALAH identity-missing-judul" in out
    assert " 0 masalah" not in out


def test_report_agrees_with_validation() -> None:
    # The seed's SOPs have validation errors and warnings: each is in the SOP's report,
    # errors counted among its problems.
    result = import_file(seed_path("kepgub-ntt-267-2024-biro-organisasi.txt"))
    nomors = [item.sop.nomor for item in result.sops]
    for index, item in enumerate(result.sops):
        findings = validate_sop(item.sop, nomors[:index] + nomors[index + 1 :])
        notes = {(n.code, n.where) for n in item.report.notes}
        assert {(f.code, f.location) for f in findings} <= notes
        problems = {(n.code, n.where) for n in item.report.problems}
        assert {(f.code, f.location) for f in findings if f.severity == "error"} <= problems


def test_unreadable_input_gives_status_2(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["import", str(broken), "-o", str(tmp_path / "out")]) == 2
    assert "galat:" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "tidak-ada.txt"), "-o", str(tmp_path / "out")]) == 2
    empty = tmp_path / "kosong.txt"
    empty.write_text("Tidak ada SOP di sini.", "utf-8")
    assert main(["import", str(empty), "-o", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()


def test_pdf_decree_with_mapping(tmp_path: Path, capsys) -> None:
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "import" / "pdf"
    source = fixtures / "keputusan-daftar-dan-peta.pdf"
    assert main(["import", str(source), "-o", str(tmp_path / "out"), "--json"]) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    assert [s["judul"] for s in report["sops"]] == ["Pengarsipan Naskah Dinas"]
    assert len(report["mapping"]) == 3
    assert report["mapping"][2] == {
        "old_no": "061/07/2020",
        "old_title": "SOP Buku Tamu",
        "new_no": "",
        "new_title": "",
    }
    assert any(n["code"] == "DECREE_MAPPING" for n in report["report"])
