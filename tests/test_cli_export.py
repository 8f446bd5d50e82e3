"""`sopstudio export`: exit codes, messages in Bahasa Indonesia, no file left on failure."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopstudio.cli import main, requested_command
from sopstudio.model import jsonio
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sop_file(tmp_path: Path) -> Path:
    first = Step(
        kind=StepKind.START,
        actor="pu",
        text="Menerima surat masuk",
        waktu="5 menit",
        id="s1",
        next="s2",
    )
    last = Step(
        kind=StepKind.END, actor="karo", text="Mendisposisi surat masuk", waktu="10 menit", id="s2"
    )
    sop = Sop(
        judul="Penanganan Surat Masuk",
        nomor="06",
        unit_header=["BIRO ORGANISASI"],
        approver=Approver("Kepala Biro Organisasi", "Djoese Nai Buti, SH"),
        actors=[Actor("Pengadministrasi Umum", "pu"), Actor("Kepala Biro", "karo")],
        steps=[first, last],
    )
    path = tmp_path / "surat-masuk.sop.json"
    jsonio.save(sop, path)
    return path


def test_exports_pdf_f4_by_default(sop_file, tmp_path, capsys):
    out = tmp_path / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(935.4, abs=0.1)
    assert "Menerima surat masuk" in " ".join(p.extract_text() for p in reader.pages)
    assert f"{len(reader.pages)} halaman" in capsys.readouterr().out


def test_paper_a4(sop_file, tmp_path):
    out = tmp_path / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out), "--paper", "a4"]) == 0
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(841.9, abs=0.1)


@pytest.mark.skipif(
    importlib.util.find_spec("sopstudio.export.docx") is None,
    reason="DOCX exporter (sopstudio.export.docx) not merged yet",
)
def test_exports_docx(sop_file, tmp_path):
    out = tmp_path / "surat.docx"
    assert main(["export", str(sop_file), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("{ rusak", "rusak.sop.json", "JSON rusak"),
        ('{"format": "lain", "version": 1}', "lain.sop.json", "bukan berkas"),
        ("{}", "catatan.txt", "jenis berkas masukan tidak dikenal"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_no_output(tmp_path, capsys, content, name, message):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "hasil.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("galat: ") and message in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_missing_input_exits_2(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.sop.json"
    assert main(["export", str(missing), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "tidak dapat dibaca" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unknown_output_format_exits_2(sop_file, tmp_path, capsys):
    out = tmp_path / "surat.odt"
    assert main(["export", str(sop_file), "-o", str(out)]) == 2
    assert "format keluaran tidak dikenal" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_output_folder_exits_2(sop_file, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out)]) == 2
    assert "tidak dapat menulis" in capsys.readouterr().err


def test_bad_paper_is_a_usage_error(sop_file, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(sop_file), "-o", str(tmp_path / "x.pdf"), "--paper", "letter"])
    assert exit_info.value.code == 2


def test_console_entry_point(sop_file, tmp_path):
    out = tmp_path / "surat.pdf"
    command = [sys.executable, "-m", "sopstudio", "export", str(sop_file), "-o", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_only_the_named_subcommand_is_imported(tmp_path):
    """`sopstudio export` starts without importing the library store or Qt (start-up time)."""
    sample = sorted((ROOT / "resources" / "samples" / "sops").glob("*.sop.json"))[0]
    code = (
        "import sys; from sopstudio.cli import main; "
        f"main(['export', {str(sample)!r}, '-o', {str(tmp_path / 'x.pdf')!r}]); "
        "print(sorted(m for m in ('sqlalchemy', 'PySide6') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["export", "a.sop.json"], "export"),
        (["--library", "export", "package", "import", "p.zip"], "package"),
        (["import", "x.docx"], "import"),
        (["--sample"], None),
        (["bukan-perintah"], None),
    ],
)
def test_requested_command(argv, command):
    assert requested_command(argv) == command
