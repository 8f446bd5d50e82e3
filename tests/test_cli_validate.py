"""`sopstudio validate`: output lines and exit status."""

import subprocess
import sys
from pathlib import Path

import pytest

from sopstudio.cli import main
from sopstudio.model import jsonio
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind

ROOT = Path(__file__).resolve().parents[1]


def make_sop(nomor: str = "01 Tahun 2024") -> Sop:
    steps = [
        Step(id="1", kind=StepKind.START, actor="a", text="Menerima surat", waktu="5 menit",
             next="2"),
        Step(id="2", kind=StepKind.END, actor="a", text="Mengarsipkan surat", waktu="1 jam"),
    ]  # fmt: skip
    return Sop(
        judul="Penanganan Surat Masuk",
        nomor=nomor,
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "BIRO ORGANISASI"],
        tanggal_pembuatan="02 Desember 2020",
        approver=Approver("Kepala Biro Organisasi", "Nama", "Pembina", "197103291999031002"),
        dasar_hukum=["Permenpan-RB 35/2012"],
        actors=[Actor("Analis", id="a")],
        steps=steps,
    )


def write(tmp_path: Path, name: str, sop: Sop) -> str:
    path = tmp_path / name
    jsonio.save(sop, path)
    return str(path)


def test_clean_file_exits_0_silently(tmp_path, capsys) -> None:
    assert main(["validate", write(tmp_path, "ok.sop.json", make_sop())]) == 0
    assert capsys.readouterr().out == ""


def test_warnings_only_exit_0(tmp_path, capsys) -> None:
    sop = make_sop()
    sop.steps[1].waktu = ""
    assert main(["validate", write(tmp_path, "w.sop.json", sop)]) == 0
    assert capsys.readouterr().out == (
        "WARNING waktu-empty step:2: Baris 2: Waktu (mutu baku) kosong.\n"
    )


def test_errors_exit_1(tmp_path, capsys) -> None:
    sop = make_sop()
    sop.judul = ""
    sop.steps[0].next = None
    sop.steps[1].waktu = "??"
    assert main(["validate", write(tmp_path, "e.sop.json", sop)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "ERROR identity-missing-judul field:judul: Judul SOP belum diisi.",
        "ERROR missing-next step:1: Baris 1: tidak ada panah ke langkah berikutnya.",
        "ERROR unreachable-step step:2: Baris 2: langkah tidak dapat dicapai dari Mulai.",
        'WARNING waktu-unparsed step:2: Baris 2: Waktu "??" tidak dikenali; tulis misalnya '
        '"5 menit", "1–2 hari" atau "Sesuai jadwal".',
    ]


def test_errors_only_option(tmp_path, capsys) -> None:
    sop = make_sop()
    sop.judul = ""
    sop.steps[1].waktu = ""
    assert main(["validate", "--errors-only", write(tmp_path, "e.sop.json", sop)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "ERROR identity-missing-judul field:judul: Judul SOP belum diisi."
    ]


@pytest.mark.parametrize(
    "content",
    [b"{", b'{"format": "sopstudio.sop", "version": 99}', b"\xff\xfe", b"[]"],
)
def test_unreadable_exit_2(tmp_path, capsys, content: bytes) -> None:
    path = tmp_path / "bad.sop.json"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("galat: ") and "bad.sop.json" in err


def test_missing_file_exit_2(tmp_path, capsys) -> None:
    assert main(["validate", str(tmp_path / "none.sop.json")]) == 2
    assert "none.sop.json" in capsys.readouterr().err


def test_several_files_headers_and_duplicate_nomor(tmp_path, capsys) -> None:
    a = write(tmp_path, "a.sop.json", make_sop("01 Tahun 2024"))
    b = write(tmp_path, "b.sop.json", make_sop("01 TAHUN 2024"))
    c = write(tmp_path, "c.sop.json", make_sop("02 Tahun 2024"))
    assert main(["validate", a, b, c]) == 1
    out = capsys.readouterr().out.splitlines()
    duplicate = 'ERROR duplicate-nomor field:nomor: Nomor SOP "{}" sudah dipakai SOP lain.'
    assert out == [
        f"== {a} ==",
        duplicate.format("01 Tahun 2024"),
        f"== {b} ==",
        duplicate.format("01 TAHUN 2024"),
        f"== {c} ==",
    ]


def test_unreadable_wins_over_errors(tmp_path, capsys) -> None:
    sop = make_sop()
    sop.judul = ""
    bad = tmp_path / "bad.sop.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["validate", write(tmp_path, "e.sop.json", sop), str(bad)]) == 2
    captured = capsys.readouterr()
    assert "identity-missing-judul" in captured.out and "bad.sop.json" in captured.err


def test_python_m_sopstudio(tmp_path) -> None:
    sop = make_sop()
    sop.steps[0].actor = None
    path = write(tmp_path, "x.sop.json", sop)
    result = subprocess.run(
        [sys.executable, "-m", "sopstudio", "validate", path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == "ERROR step-without-actor step:1: Baris 1: belum ada pelaksana.\n"
