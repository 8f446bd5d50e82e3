"""Real and crafted package zips, and library dumps, for the signature package tests."""

from __future__ import annotations

import contextlib
import functools
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sopstudio.export.package import BuildResult, build_package
from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree, DecreeKind, Lampiran, Signer
from sopstudio.model.drafting import draft_body
from sopstudio.model.package import DECREE_DOCUMENT, decree_title
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library, NotFoundError
from sopstudio.resources import SAMPLES

SOP_FILES = sorted((SAMPLES / "sops").glob("*.sop.json"))
CREATED = datetime(2024, 9, 17, 9, 30, tzinfo=UTC)
DECREE_ID = "5d2c0a7e9b1f4c3a8e6d7f9a0b1c2d3e"


def sample_sops(count: int = 3) -> list[Sop]:
    """The first `count` bundled sample SOPs."""
    return [jsonio.load(path) for path in SOP_FILES[:count]]


def sample_decree(sops: list[Sop]) -> Decree:
    """A Keputusan Gubernur enacting the given SOPs, complete enough to be signed."""
    decree = Decree(
        kind=DecreeKind.KEPUTUSAN_GUBERNUR,
        region="Nusa Tenggara Timur",
        nomor="267/KEP/HK/2024",
        tentang="Standar Operasional Prosedur Administrasi Pemerintahan Biro Organisasi",
        tempat_ditetapkan="Kupang",
        tanggal_ditetapkan="2024-09-17",
        menimbang=["bahwa untuk tertib penyelenggaraan pemerintahan perlu ditetapkan SOP;"],
        mengingat=["Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan;"],
        signer=Signer(jabatan="GUBERNUR NUSA TENGGARA TIMUR", nama="NAMA GUBERNUR"),
        lampiran=Lampiran(sops=sops),
        id=DECREE_ID,
    )
    draft_body(decree, "Biro Organisasi", "Biro Organisasi")
    return decree


def save_samples(library: Library, count: int = 3) -> list[Sop]:
    """Save the sample SOPs into a library (in their units) and return the stored copies."""
    ids = []
    for sop in sample_sops(count):
        unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
        library.save_sop(sop, unit)
        ids.append(sop.id)
    return [library.load_sop(sop_id) for sop_id in ids]


def library_decree(library: Library, ids: list[str]) -> Decree:
    """The sample decree over the library's current copies of these SOPs."""
    return sample_decree([library.load_sop(sop_id) for sop_id in ids])


def save_decree(library: Library, ids: list[str]) -> Decree:
    """Save the sample decree over the library's current copies of these SOPs into the
    library, as the decree editor does (a new revision when they changed); the stored copy."""
    decree = library_decree(library, ids)
    with contextlib.suppress(NotFoundError):
        decree.revision = library.load_document(DECREE_DOCUMENT, decree.id)["revision"]
    library.save_document(DECREE_DOCUMENT, decree.id, decree_dict(decree), decree_title(decree))
    return decree_json.decree_from_dict(library.load_document(DECREE_DOCUMENT, decree.id))


def build(decree: Decree, path: Path, library: Library | None = None) -> BuildResult:
    """Build a package with the fixed test date."""
    return build_package(decree, path, created=CREATED, library=library)


def edit(library: Library, sop_id: str, text: str) -> Sop:
    """Change the first step's text of a stored SOP and save it (a new revision)."""
    sop = library.load_sop(sop_id)
    sop.steps[0].text = text
    library.save_sop(sop)
    return sop


def library_dump(library: Library) -> dict[str, Any]:
    """Everything a user could see in a library, timestamps aside: units, SOPs and decree
    documents with their history and snapshots, and the SOPs' units."""
    sops = {}
    for summary in library.list_sops():
        history = library.history(summary.id)
        sops[summary.id] = {
            "sop": jsonio.sop_to_dict(library.load_sop(summary.id)),
            "unit": summary.unit_path,
            "history": [(r.revision, r.content_hash, r.has_snapshot) for r in history],
            "snapshots": [
                jsonio.sop_to_dict(library.load_revision(summary.id, r.revision))
                for r in history
                if r.has_snapshot
            ],
        }
    documents = {}
    for d in library.list_documents(DECREE_DOCUMENT):
        history = library.document_history(d.kind, d.id)
        documents[d.id] = {
            "title": d.title,
            "data": library.load_document(d.kind, d.id),
            "history": [(r.revision, r.content_hash, r.has_snapshot) for r in history],
            "snapshots": [
                library.load_document_revision(d.kind, d.id, r.revision)
                for r in history
                if r.has_snapshot
            ],
        }
    units = [library.unit_path(unit.id) for unit in library.units()]
    return {"units": units, "sops": sops, "documents": documents}


def decree_dict(decree: Decree) -> dict[str, Any]:
    """A decree as the library stores it."""
    return decree_json.decree_to_dict(decree)


def rewrite_zip(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a zip entry by entry through `change(name, data)`: new bytes, or None to drop."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)


# -- raw zips: every header field under the test's control --------------------------------


@dataclass(frozen=True)
class RawEntry:
    """A zip member as stored: its (possibly compressed) bytes and what the headers claim."""

    name: str
    data: bytes
    size: int
    crc: int
    method: int = zipfile.ZIP_STORED
    mode: int = stat.S_IFREG | 0o644
    flags: int = 0


def stored(name: str, data: bytes, mode: int = stat.S_IFREG | 0o644) -> RawEntry:
    """An uncompressed member."""
    return RawEntry(name, data, len(data), zlib.crc32(data), mode=mode)


def entries_of(path: Path) -> list[RawEntry]:
    """The members of an existing zip as stored entries."""
    with zipfile.ZipFile(path) as archive:
        return [stored(info.filename, archive.read(info)) for info in archive.infolist()]


@functools.cache
def _zero_block() -> bytes:
    # One MiB of zeros, deflated and ended with a full flush: byte-aligned and independent of
    # what came before, so the stream for N MiB is this block N times plus a final block.
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)


@functools.cache
def _zeros_crc(mebibytes: int) -> int:
    block, crc = bytes(1 << 20), 0
    for _ in range(mebibytes):
        crc = zlib.crc32(block, crc)
    return crc


def deflated_zeros(name: str, mebibytes: int, declared: int | None = None) -> RawEntry:
    """A real deflate stream of `mebibytes` MiB of zeros (about 1 KiB per MiB), built
    without ever holding the zeros; `declared` overrides the size the headers claim."""
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    data = _zero_block() * mebibytes + final
    size = mebibytes << 20 if declared is None else declared
    return RawEntry(name, data, size, _zeros_crc(mebibytes), method=zipfile.ZIP_DEFLATED)


def raw_zip(entries: list[RawEntry]) -> bytes:
    """A zip file written by hand, so names, sizes, modes and duplicates are as given."""
    body = bytearray()
    directory = bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8")
        flags = entry.flags | 0x800  # names are UTF-8
        offset = len(body)
        body += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            flags,
            entry.method,
            0,
            0x21,
            entry.crc,
            len(entry.data),
            min(entry.size, 0xFFFFFFFF),
            len(name),
            0,
        )
        body += name + entry.data
        directory += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            (3 << 8) | 20,
            20,
            flags,
            entry.method,
            0,
            0x21,
            entry.crc,
            len(entry.data),
            min(entry.size, 0xFFFFFFFF),
            len(name),
            0,
            0,
            0,
            0,
            entry.mode << 16,
            offset,
        )
        directory += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(body), 0
    )
    return bytes(body + directory + end)


def files_under(folder: Path) -> set[Path]:
    """Every path below a folder (to show that nothing else was written)."""
    return set(folder.rglob("*"))
