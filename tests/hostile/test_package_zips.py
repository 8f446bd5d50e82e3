"""Hostile package zips: each is refused with a clear message before anything is read,
nothing is written anywhere, and the library is left exactly as it was."""

from __future__ import annotations

import stat
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sopstudio.cli import main
from sopstudio.model.package import (
    MAX_ENTRIES,
    MAX_TOTAL_BYTES,
    PackageError,
    plan_import,
    verify_package,
)
from sopstudio.model.store import Library
from tests.hostile.packages import (
    RawEntry,
    build,
    deflated_zeros,
    entries_of,
    files_under,
    library_dump,
    raw_zip,
    sample_decree,
    sample_sops,
    save_samples,
    stored,
)

ESCAPE = "sopstudio-hostile-escape.txt"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> list[RawEntry]:
    """The members of a genuine package, to hide hostile members among."""
    path = tmp_path_factory.mktemp("asli") / "paket.zip"
    build(sample_decree(sample_sops(2)), path)
    return entries_of(path)


def with_extra(*extra: RawEntry) -> Callable[[list[RawEntry]], bytes]:
    return lambda genuine: raw_zip([*genuine, *extra])


def replacing(name: str, entry: RawEntry) -> Callable[[list[RawEntry]], bytes]:
    return lambda genuine: raw_zip([entry if e.name == name else e for e in genuine])


def huge_members(genuine: list[RawEntry]) -> bytes:
    # Each member is under the per-file limit and compresses only 90:1, yet together they
    # declare more than the total limit.
    block = bytes(1 << 20)
    member = 90 << 20
    return raw_zip(
        [*genuine, *(RawEntry(f"sop/besar-{i}.pdf", block, member, 0) for i in range(3))]
    )


def many_members(genuine: list[RawEntry]) -> bytes:
    return raw_zip([*genuine, *(stored(f"x/{i}", b"") for i in range(MAX_ENTRIES))])


def lying_decree_data(genuine: list[RawEntry]) -> bytes:
    # 64 MiB of zeros whose headers claim the size of the genuine decree data (so the
    # manifest's size check passes): a reader that trusts the stream would inflate it all.
    real = next(e for e in genuine if e.name == "data/keputusan.decree.json")
    bomb = deflated_zeros(real.name, 64, declared=real.size)
    return raw_zip([bomb if e.name == real.name else e for e in genuine])


CASES: dict[str, tuple[Callable[[list[RawEntry]], bytes], str]] = {
    "dotdot": (with_extra(stored(f"../{ESCAPE}", b"x")), "keluar dari folder paket"),
    "dotdot-nested": (
        with_extra(stored(f"sop/../../{ESCAPE}", b"x")),
        "keluar dari folder paket",
    ),
    "absolute": (with_extra(stored(f"/tmp/{ESCAPE}", b"x")), "jalur absolut"),
    "drive": (with_extra(stored(f"C:/Windows/{ESCAPE}", b"x")), "huruf drive"),
    "backslash": (
        with_extra(stored(f"sop\\..\\..\\{ESCAPE}", b"x")),
        "garis miring terbalik",
    ),
    "symlink": (
        with_extra(stored("sop/tautan.pdf", b"/etc/passwd", mode=stat.S_IFLNK | 0o777)),
        "tautan simbolik",
    ),
    "fifo": (with_extra(stored("sop/pipa", b"", mode=stat.S_IFIFO | 0o644)), "bukan berkas biasa"),
    "duplicate": (
        with_extra(stored("manifest.json", b'{"format": "sopstudio.package"}')),
        "muncul lebih dari sekali",
    ),
    "duplicate-case": (with_extra(stored("MANIFEST.json", b"{}")), "muncul lebih dari sekali"),
    "encrypted": (
        with_extra(RawEntry("sop/rahasia.pdf", b"x" * 12, 0, 0, flags=0x1)),
        "terenkripsi",
    ),
    "bzip2": (
        with_extra(RawEntry("sop/lain.pdf", b"BZh9", 4, 0, method=zipfile.ZIP_BZIP2)),
        "metode kompresi",
    ),
    "declared-huge": (
        with_extra(RawEntry("sop/raksasa.pdf", b"x", 0xFFFFFFF0, 0)),
        "terlalu besar",
    ),
    "declared-total": (huge_members, "melebihi"),
    # About 1 MiB of real deflate data that inflates to 1 GiB: over the size limit ...
    "bomb-1gib-zeros": (
        lambda genuine: raw_zip([*genuine, deflated_zeros("sop/nol.pdf", 1024)]),
        "terlalu besar",
    ),
    # ... and 64 KiB inflating to 64 MiB, under it: the ratio gives it away.
    "bomb-ratio": (
        lambda genuine: raw_zip([*genuine, deflated_zeros("sop/nol.pdf", 64)]),
        "bom zip",
    ),
    "too-many": (many_members, "terlalu banyak berkas"),
    "not-zip": (lambda genuine: b"%PDF-1.7\nbukan zip\n" * 100, "bukan berkas zip"),
    "empty": (lambda genuine: b"", "bukan berkas zip"),
    # Without DOCX members: a DOCX is a zip, and stored uncompressed its own end record
    # would be found (and it read as the archive) instead.
    "truncated": (
        lambda genuine: raw_zip([e for e in genuine if not e.name.endswith(".docx")])[:-30],
        "bukan berkas zip",
    ),
    "broken-directory": (
        lambda genuine: raw_zip(genuine).replace(b"PK\x01\x02", b"XX\x01\x02"),
        "berkas zip rusak",
    ),
}


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """An empty working folder as the current directory: relative writes would land here."""
    folder = tmp_path / "kerja"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def library(tmp_path) -> Iterator[Library]:
    """A library that already holds work."""
    with Library.open(tmp_path / "pustaka.sqlite") as library:
        save_samples(library, 2)
        yield library


def assert_nothing_escaped(tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path.parent, Path("/tmp"), Path("/tmp").parent):
        assert not (folder / ESCAPE).exists()


@pytest.mark.parametrize("case", CASES)
def test_hostile_zip_is_refused(case, genuine, library, workspace, tmp_path):
    make, message = CASES[case]
    hostile = tmp_path / f"{case}.zip"
    hostile.write_bytes(make(genuine))
    before_files = files_under(tmp_path)
    before = library_dump(library)
    started = time.process_time()

    with pytest.raises(PackageError) as verified:
        verify_package(hostile)
    assert message in str(verified.value)
    with pytest.raises(PackageError) as planned:
        plan_import(hostile, library)
    assert message in str(planned.value)

    assert time.process_time() - started < 2.0  # refused up front, never inflated
    assert library_dump(library) == before
    assert files_under(tmp_path) == before_files
    assert list(workspace.iterdir()) == []
    assert_nothing_escaped(tmp_path)


def test_bomb_with_a_lying_header_is_read_only_up_to_the_declared_size(
    genuine, library, workspace, tmp_path
):
    hostile = tmp_path / "bohong.zip"
    hostile.write_bytes(lying_decree_data(genuine))
    before = library_dump(library)
    started = time.process_time()
    report = verify_package(hostile)
    assert not report.ok
    assert report.problems[0].startswith("data/keputusan.decree.json: isi berkas rusak")
    with pytest.raises(PackageError, match="paket tidak utuh"):
        plan_import(hostile, library)
    assert time.process_time() - started < 1.0  # 64 MiB were never inflated
    assert library_dump(library) == before
    assert list(workspace.iterdir()) == []


def test_oversized_file_is_refused_before_it_is_opened_as_zip(tmp_path, library):
    big = tmp_path / "besar.zip"
    with big.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_TOTAL_BYTES + 1)
    with pytest.raises(PackageError, match="terlalu besar untuk sebuah paket"):
        verify_package(big)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(PackageError, match="tidak dapat dibaca"):
        verify_package(tmp_path / "tidak-ada.zip")


@pytest.mark.parametrize("case", ["dotdot", "symlink", "bomb-ratio", "not-zip"])
def test_cli_reports_hostile_zip_as_unreadable(case, genuine, tmp_path, workspace, capsys):
    make, message = CASES[case]
    hostile = tmp_path / f"{case}.zip"
    hostile.write_bytes(make(genuine))
    library = tmp_path / "pustaka.sqlite"
    assert main(["package", "verify", str(hostile)]) == 2
    assert message in capsys.readouterr().err
    assert main(["--library", str(library), "package", "import", str(hostile), "--yes"]) == 2
    assert message in capsys.readouterr().err
    assert list(workspace.iterdir()) == []
