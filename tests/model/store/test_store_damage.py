"""A damaged SQLite library is noticed, opened read-only, checked and recovered (issue 12).

The damage is real: bytes of the closed library file are changed on disk, once inside a
step's text (the page stays well-formed, only the content hash can tell) and once across a
whole index page (`PRAGMA quick_check` tells).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sopstudio.model import jsonio
from sopstudio.model.store import Library
from sopstudio.model.store.errors import DamagedError, ReadOnlyError
from sopstudio.model.store.repair import check_library, recover_library
from tests.model.store.samples import sample_sop

ORIGINAL = b"Memproses berkas tahap 1"
FORGED = b"Menghapus berkas tahap 1"  # same length: the page stays well-formed


def make_library(path: Path) -> tuple[str, str, list[str]]:
    """Two SOPs, the first saved three times; the first's id, the second's, and the
    first's three revisions as JSON text."""
    first, second = sample_sop(), sample_sop()
    second.steps[1].text = "Mengarsipkan surat"
    versions = []
    with Library.open(path) as library:
        unit = library.ensure_unit(["PEMERINTAH PROVINSI", "BIRO ORGANISASI"])
        for title in ("Penanganan Surat Masuk", "Revisi kedua", "Revisi ketiga"):
            first.judul = title
            library.save_sop(first, unit)
            versions.append(jsonio.dumps(first))
        library.save_sop(second)
    return first.id, second.id, versions


def forge_step_text(path: Path) -> None:
    """Change a step's text in the file itself, as a bad sector or a bad copy would."""
    data = path.read_bytes()
    assert data.count(ORIGINAL) == 1  # the live step row only (snapshots are compressed)
    path.write_bytes(data.replace(ORIGINAL, FORGED))


def wreck_index_page(path: Path, index: str = "ix_sops_unit_id") -> None:
    """Overwrite an index's root page with garbage."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        (root,) = raw.execute(query, (index,)).fetchone()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def test_altered_content_is_caught_on_load_and_the_library_turns_read_only(tmp_path):
    path = tmp_path / "pustaka.sqlite"
    first, second, versions = make_library(path)
    forge_step_text(path)
    with Library.open(path) as library:
        assert not library.read_only  # the pages are well-formed: only the hash can tell
        with pytest.raises(DamagedError, match="tidak cocok dengan hash"):
            library.load_sop(first)
        assert library.read_only and "rusak" in library.read_only_reason
        with pytest.raises(ReadOnlyError, match="hanya-baca"):
            library.save_sop(sample_sop())
        # Its snapshots are intact and still load; the other SOP too.
        assert jsonio.dumps(library.load_revision(first, 3)) == versions[2]
        assert library.load_sop(second).steps[1].text == "Mengarsipkan surat"
        findings = check_library(library)
    assert [p for p in findings.problems if first in p]
    assert not [p for p in findings.problems if second in p]


def test_check_and_recover_through_the_cli(run, tmp_path):
    path = tmp_path / "pustaka.sqlite"
    first, second, versions = make_library(path)
    status, out, _ = run("--library", str(path), "library", "check")
    assert status == 0 and "Pustaka utuh" in out

    forge_step_text(path)
    before = path.read_bytes()
    status, out, _ = run("--library", str(path), "library", "check")
    assert status == 1
    assert "Pustaka RUSAK" in out and first in out and "library recover" in out

    saved = tmp_path / "pulih.sqlite"
    status, out, _ = run("--library", str(path), "library", "recover", str(saved))
    assert status == 1 and f"Tersalin ke {saved}" in out  # the current row of `first` is lost
    assert path.read_bytes() == before  # the damaged file is only read
    with Library.open(saved) as recovered:
        assert not recovered.read_only
        # Every revision of `first` came back from its snapshots, with numbers and hashes.
        assert [jsonio.dumps(recovered.load_revision(first, r)) for r in (1, 2, 3)] == versions
        assert jsonio.dumps(recovered.load_sop(first)) == versions[2]
        assert recovered.unit_path(recovered.sop_unit(first)) == (
            "PEMERINTAH PROVINSI",
            "BIRO ORGANISASI",
        )
        assert recovered.load_sop(second).steps[1].text == "Mengarsipkan surat"
    status, out, _ = run("--library", str(saved), "library", "check")
    assert status == 0, out

    status, _, err = run("--library", str(path), "library", "recover", str(saved))
    assert status == 2 and "sudah ada" in err


def test_damaged_pages_open_read_only_with_a_message(run, tmp_path):
    path = tmp_path / "pustaka.sqlite"
    first, second, _ = make_library(path)
    wreck_index_page(path)
    before = path.read_bytes()
    with Library.open(path) as library:
        assert library.read_only and "rusak" in library.read_only_reason
        assert {s.id for s in library.list_sops()} == {first, second}
        with pytest.raises(ReadOnlyError):
            library.save_sop(sample_sop())
    status, out, err = run("--library", str(path), "library", "list")
    assert status == 0 and "hanya-baca" in err and first in out
    status, out, _ = run("--library", str(path), "library", "check")
    assert status == 1 and "integrity_check" in out
    saved = tmp_path / "pulih.sqlite"
    status, out, _ = run("--library", str(path), "library", "recover", str(saved))
    assert status == 0, out
    assert path.read_bytes() == before
    status, out, _ = run("--library", str(saved), "library", "check")
    assert status == 0, out


def test_healthy_library_checks_clean_and_recovers_whole_on_any_backend(library, tmp_path):
    sop = sample_sop()
    unit = library.ensure_unit(["PEMERINTAH KOTA", "BAGIAN ORGANISASI"])
    for title in ("Satu", "Dua", "Tiga"):
        sop.judul = title
        library.save_sop(sop, unit)
    for revision, nomor in enumerate(("1", "2")):
        library.save_document("decree", "kep", {"revision": revision, "nomor": nomor}, "K")
    library.save_document("catatan", "c", {"teks": "tanpa revisi"}, "Catatan")
    findings = check_library(library)
    assert findings.problems == []
    assert (findings.sops, findings.documents, findings.revisions) == (1, 2, 6)

    recover_to = tmp_path / "pulih.sqlite"
    assert recover_library(library, recover_to).problems == []
    with Library.open(recover_to) as copy:
        assert copy.lineage(sop.id) == library.lineage(sop.id)
        assert copy.load_sop(sop.id) == library.load_sop(sop.id)
        assert copy.unit_path(copy.sop_unit(sop.id)) == ("PEMERINTAH KOTA", "BAGIAN ORGANISASI")
        assert copy.document_lineage("decree", "kep") == library.document_lineage("decree", "kep")
        assert copy.load_document("decree", "kep") == library.load_document("decree", "kep")
        assert copy.load_document("catatan", "c") == {"teks": "tanpa revisi"}


def test_a_newer_json_form_is_not_taken_for_damage(tmp_path, monkeypatch):
    # A later version writes one more key: the stored hashes were taken over the old form.
    path = tmp_path / "pustaka.sqlite"
    first, _, _ = make_library(path)
    written = jsonio.sop_to_dict
    monkeypatch.setattr(jsonio, "sop_to_dict", lambda sop: {**written(sop), "kunci_baru": 1})
    with Library.open(path) as library:
        assert library.load_sop(first).judul == "Revisi ketiga"  # no DamagedError
        assert library.load_revision(first, 1).judul == "Penanganan Surat Masuk"
        assert not library.read_only
