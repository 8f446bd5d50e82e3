"""`sopstudio --library PATH library ...`: add, list, search and export through the CLI."""

from __future__ import annotations

from sopstudio.model import jsonio
from sopstudio.model.store import Library
from tests.model.store.samples import sample_sop


def test_add_list_search_export(run, tmp_path):
    library = str(tmp_path / "pustaka.sqlite")
    sop = sample_sop()
    other = sample_sop()
    other.judul, other.nomor, other.unit_header = "Pelayanan Cuti", "02 TAHUN 2024", []
    files = []
    for index, item in enumerate((sop, other)):
        files.append(str(tmp_path / f"sop{index}.sop.json"))
        jsonio.save(item, files[-1])

    status, out, _ = run("--library", library, "library", "add", *files)
    assert status == 0
    assert out.count("tersimpan") == 2 and "(revisi 1)" in out

    status, out, _ = run("--library", library, "library", "list")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert lines[0].split("\t") == [
        sop.id,
        "01 TAHUN 2024",
        "Penanganan Surat Masuk",
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR / SEKRETARIAT DAERAH",
        "revisi 1",
    ]

    status, out, _ = run("--library", library, "library", "search", "CUTI")
    assert status == 0 and [line.split("\t")[0] for line in out.splitlines()] == [other.id]

    target = tmp_path / "keluar.sop.json"
    status, _, _ = run("--library", library, "library", "export", sop.id[:12], "-o", str(target))
    assert status == 0
    sop.revision = 1
    assert jsonio.load(target) == sop


def test_add_reports_bad_files_and_stale_copies(run, tmp_path):
    library = tmp_path / "pustaka.sqlite"
    sop = sample_sop()
    good, broken = tmp_path / "a.sop.json", tmp_path / "rusak.sop.json"
    jsonio.save(sop, good)
    broken.write_text("{", encoding="utf-8")
    status, out, err = run("--library", str(library), "library", "add", str(broken), str(good))
    assert status == 2 and "rusak.sop.json" in err and "tersimpan" in out

    with Library.open(library) as lib:
        newer = lib.load_sop(sop.id)
        newer.judul = "Diubah di pustaka"
        lib.save_sop(newer)
    sop.judul = "Diubah di berkas"
    jsonio.save(sop, good)
    status, _, err = run("--library", str(library), "library", "add", str(good))
    assert status == 1 and "revisi 2" in err


def test_read_commands_do_not_create_a_library(run, tmp_path):
    missing = tmp_path / "tidak-ada.sqlite"
    status, _, err = run("--library", str(missing), "library", "list")
    assert status == 2 and "tidak ditemukan" in err
    assert not missing.exists()
    Library.open(missing).close()
    status, _, err = run("--library", str(missing), "library", "export", "zzz", "-o", "x.json")
    assert status == 2 and "tidak ditemukan" in err
