"""Terminal safety (issue 12): nothing the CLI prints can drive the terminal.

Titles, Nomor and manifest fields come from files someone else wrote; an ESC sequence could
rewrite the plan a user reads before `--yes`, a CR or newline forge a line, a bidi override
reverse one. `cli.terminal.safe` shows them as escapes wherever the CLI prints.
"""

from __future__ import annotations

import json

import pytest

from sopstudio.cli import main
from sopstudio.cli.terminal import safe
from sopstudio.model import jsonio
from sopstudio.model.store import Library
from tests.hostile.packages import build, rewrite_zip, sample_sops, save_decree

#: What must never reach the terminal raw: ESC, CSI (C1), CR, BEL, BS, NUL, the bidi
#: override/isolate, zero-width characters, a line separator.
RAW = ("\x1b", "\x9b", "\r", "\x07", "\x08", "\x00", "\u202e", "\u2066", "\u200b", "\u2028")


def test_safe_escapes_controls_bidi_and_zero_width_and_keeps_text():
    assert (
        safe("Penanganan Surat Masuk \u2014 No. 01/2024 \U0001f600 é")
        == "Penanganan Surat Masuk \u2014 No. 01/2024 \U0001f600 é"
    )
    assert (
        safe("a\x1b[2Jb\rc\nd\te\x9b\u202ef\u200bg\ud800")
        == "a\\u001b[2Jb\\rc\\nd\\te\\u009b\\u202ef\\u200bg\\ud800"
    )
    assert safe("\U000e0041") == "\\udb40\\udc41"  # a tag character, as JSON writes it
    assert safe(12) == "12"


def test_safe_keeps_the_lines_of_json_and_the_json_reads_back():
    data = {"judul": "a\u202eb\x1b\u2028c", "daftar": ["x\u200by"]}
    text = safe(json.dumps(data, ensure_ascii=False, indent=2), keep_newlines=True)
    assert not any(c in text for c in RAW) and text.count("\n") == 5
    assert json.loads(text) == data


@pytest.fixture
def hostile_package(tmp_path):
    """A real package whose manifest `tool` and first SOP title hold a forged plan line,
    an ESC sequence (the JSON readers clean it), a bidi override and a zero-width space."""
    sops = sample_sops(2)
    sops[0].judul = "Penanganan Surat\u202eKUSAM\u200b\n- GANTI SEMUA"
    good = tmp_path / "asli.paket.zip"
    with Library.open(tmp_path / "asal.sqlite") as library:
        for sop in sops:
            library.save_sop(sop)
        build(save_decree(library, [sop.id for sop in sops]), good, library)
    hostile = tmp_path / "jahat.paket.zip"

    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["tool"] = "SOP Studio\x1b[2J\x1b[H\r\nRencana impor: aman\u202e\u2066"
        return json.dumps(manifest, ensure_ascii=False).encode()

    rewrite_zip(good, hostile, change)
    return hostile


def _assert_safe(text: str) -> None:
    assert not any(c in text for c in RAW), repr(text)


def test_package_verify_and_import_print_no_raw_control(tmp_path, capsys, hostile_package):
    main(["package", "verify", str(hostile_package)])
    verify = capsys.readouterr()
    _assert_safe(verify.out + verify.err)
    assert "\\u202e" in verify.out + verify.err
    library = tmp_path / "pustaka.sqlite"
    main(["--library", str(library), "package", "import", str(hostile_package)])
    imported = capsys.readouterr()
    _assert_safe(imported.out + imported.err)
    assert "\\u202eKUSAM\\u200b\\n- GANTI SEMUA" in imported.out
    main(["--library", str(library), "library", "list"])
    listed = capsys.readouterr().out
    _assert_safe(listed)
    assert "\\u202eKUSAM" in listed


def test_validate_and_import_print_no_raw_control(tmp_path, capsys):
    sop = sample_sops(1)[0]
    sop.judul = "Judul\u202e\u200b"
    sop.steps[1].text = "Menerima\u2066 surat"
    path = tmp_path / "sop.sop.json"
    jsonio.save(sop, path)
    main(["validate", str(path)])
    out = capsys.readouterr().out
    _assert_safe(out)
    assert "hidden-characters" in out and "Judul\\u202e\\u200b" not in out  # code points only
    main(["layout", str(path), "--report"])
    _assert_safe(capsys.readouterr().out)
    tsv = tmp_path / "tabel.tsv"
    tsv.write_text("Judul SOP\tSurat\u202e\x1b[31m\nNo\tKegiatan\tKepala\n1\tMenerima\tX\n")
    for extra in ([], ["--json"]):
        main(["import", str(tsv), "--output", str(tmp_path / f"out{len(extra)}"), *extra])
        _assert_safe(capsys.readouterr().out)
