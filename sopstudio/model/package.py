"""The signature package (paket tanda tangan): reading, verifying and importing.

A package is one zip holding the decree and each SOP of its Lampiran as PDF, DOCX and JSON,
plus `manifest.json` with the SHA-256 and size of every file and the revision lineage of the
decree and of each SOP.
Building it is `sopstudio.export.package` (it needs the exporters); everything here is pure
model code.

Packages come from other machines, so reading is defensive: `open_archive` checks the whole
central directory before any member is read (no path tricks, links, duplicates, bombs or
encryption) and members are read in memory with byte caps; nothing is ever extracted.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.jsonio import JsonReader
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library, Relation, compare_lineage
from sopstudio.model.store.mapping import Content, document_hash
from sopstudio.model.style import HouseStyle

FORMAT = "sopstudio.package"
VERSION = 1
MANIFEST = "manifest.json"
#: The decree with its SOPs embedded: what an import reads.
DECREE_DATA = "data/keputusan.decree.json"
#: The folder of the house styles (`*.style.json`) the package's SOPs are printed in.
STYLES_DIR = "gaya"
#: The decree with its Lampiran as PDF: what is signed.
DECREE_PDF = "keputusan.pdf"
#: Document kind under which a library stores decrees.
DECREE_DOCUMENT = "decree"

#: Limits on what a package may contain; a real 74-SOP decree stays far below each of them.
MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_NAME_CHARS = 400
#: Uncompressed:compressed ratio above which a member larger than RATIO_FLOOR is a bomb.
#: Deflated PDF, DOCX and JSON stay under 20:1; zeros reach 1000:1.
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
#: The central directory of MAX_ENTRIES members with long names fits in this.
MAX_DIRECTORY_BYTES = MAX_ENTRIES * (46 + MAX_NAME_CHARS * 4 + 64)
_CHUNK = 64 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")

Lineage = tuple[tuple[int, str], ...]


class PackageError(SopStudioError):
    """A package that cannot be read safely, is incomplete, or cannot be imported."""


def content_hash(sop: Sop) -> str:
    """The store's hash of an SOP's content (everything but id and revision)."""
    return Content(sop).hash


def decree_hash(decree: Decree) -> str:
    """The store's hash of a decree's content (everything but id and revision)."""
    return document_hash(decree_json.decree_to_dict(decree))


# -- the manifest ------------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestFile:
    """One file of the package with its size and SHA-256 (hex)."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ManifestSop:
    """One SOP of the Lampiran as the manifest lists it."""

    id: str
    revision: int
    nomor: str
    judul: str
    lineage: Lineage


@dataclass(frozen=True)
class Manifest:
    """The contents of `manifest.json`."""

    tool: str
    created: str
    decree_id: str
    decree_nomor: str
    decree_tentang: str
    #: Empty in packages written before decrees had a lineage: the decree's own revision.
    decree_lineage: Lineage
    sops: tuple[ManifestSop, ...]
    files: tuple[ManifestFile, ...]
    #: True for a package of drafts (documents with errors, every page marked DRAF).
    draft: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict ("draft" only in a package of drafts)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "tool": self.tool,
            "created": self.created,
            "decree": {
                "id": self.decree_id,
                "nomor": self.decree_nomor,
                "tentang": self.decree_tentang,
                "lineage": [[rev, digest] for rev, digest in self.decree_lineage],
            },
            "sops": [
                {
                    "id": s.id,
                    "revision": s.revision,
                    "nomor": s.nomor,
                    "judul": s.judul,
                    "lineage": [[rev, digest] for rev, digest in s.lineage],
                }
                for s in self.sops
            ],
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
            **({"draft": True} if self.draft else {}),
        }

    def dumps(self) -> bytes:
        """The `manifest.json` bytes."""
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()

    @classmethod
    def loads(cls, raw: bytes) -> Manifest:
        """Parse and check `manifest.json`; FormatError names the faulty place."""
        data = jsonio.migrate(jsonio.parse_json(raw, MAX_MANIFEST_BYTES), FORMAT, VERSION, {})
        r = JsonReader(data, "")
        decree = r.obj("decree")
        files = tuple(_manifest_file(item) for item in r.items("files"))
        seen: set[str] = set()
        for index, item in enumerate(files):
            key = _name_key(item.path)
            if key in seen:
                raise FormatError(f"berkas ganda: {item.path!r}", f"files[{index}].path")
            seen.add(key)
        return cls(
            tool=r.text("tool"),
            created=r.text("created"),
            decree_id=decree.text("id", required=True),
            decree_nomor=decree.text("nomor"),
            decree_tentang=decree.text("tentang"),
            decree_lineage=_lineage(decree) if "lineage" in decree.data else (),
            sops=tuple(_manifest_sop(item) for item in r.items("sops")),
            files=files,
            draft=r.boolean("draft"),
        )


def _manifest_file(r: JsonReader) -> ManifestFile:
    path = r.text("path", required=True)
    reason = unsafe_name_reason(path)
    if reason or path == MANIFEST or path.endswith("/"):
        raise FormatError(f"jalur tidak sah: {path!r}", f"{r.where}.path")
    digest = r.text("sha256", required=True)
    if not _HEX64.fullmatch(digest):
        raise FormatError("harus 64 digit heksadesimal huruf kecil", f"{r.where}.sha256")
    if "size" not in r.data:
        raise FormatError("wajib diisi", f"{r.where}.size")
    return ManifestFile(path, digest, r.integer("size"))


def _manifest_sop(r: JsonReader) -> ManifestSop:
    revision = r.integer("revision")
    lineage = _lineage(r)
    if lineage[-1][0] != revision:
        raise FormatError("silsilah harus berakhir pada revisi SOP", f"{r.where}.lineage")
    return ManifestSop(
        id=r.text("id", required=True),
        revision=revision,
        nomor=r.text("nomor"),
        judul=r.text("judul"),
        lineage=lineage,
    )


def _lineage(r: JsonReader) -> Lineage:
    """The "lineage" of an object: [revision, SHA-256] pairs, revisions rising, not empty."""
    lineage: list[tuple[int, str]] = []
    for index, item in enumerate(r.values("lineage")):
        where = f"{r.where}.lineage[{index}]"
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], int)
            or isinstance(item[0], bool)
            or item[0] < 0
            or not isinstance(item[1], str)
            or not _HEX64.fullmatch(item[1])
        ):
            raise FormatError("harus berupa [revisi, hash SHA-256]", where)
        if lineage and item[0] <= lineage[-1][0]:
            raise FormatError("revisi harus naik", where)
        lineage.append((item[0], item[1]))
    if not lineage:
        raise FormatError("silsilah tidak boleh kosong", f"{r.where}.lineage")
    return tuple(lineage)


# -- safe reading --------------------------------------------------------------------------


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is not a plain relative path inside the package (None if it is)."""
    if not name:
        return "nama kosong"
    if len(name) > MAX_NAME_CHARS:
        return "nama terlalu panjang"
    if "\\" in name:
        return "memakai garis miring terbalik"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "mengandung karakter kendali"
    if name.startswith("/"):
        return "jalur absolut"
    if re.match(r"[A-Za-z]:", name):
        return "memakai huruf drive"
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    if ".." in parts:
        return "keluar dari folder paket ('..')"
    if "" in parts or "." in parts:
        return "jalur tidak wajar"
    return None


def _name_key(name: str) -> str:
    # Names that one file system would store as the same file count as duplicates.
    return unicodedata.normalize("NFC", name).casefold()


class PackageArchive:
    """A zip whose every member was checked before anything is read; members are read in
    memory with byte caps, never extracted. Use `open_archive`."""

    def __init__(self, path: Path, handle: io.BufferedReader) -> None:
        self.path = path
        self._handle = handle
        try:
            self._zip = zipfile.ZipFile(handle)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, struct.error) as exc:
            raise PackageError(f"{path.name}: berkas zip rusak ({exc})") from exc
        _check_members(path.name, infos)
        self._infos = {info.filename: info for info in infos}
        self._read_total = 0

    def names(self) -> list[str]:
        """The member names (files only, in archive order)."""
        return [name for name, info in self._infos.items() if not info.is_dir()]

    def size(self, name: str) -> int:
        """The uncompressed size a member declares."""
        return self._infos[name].file_size

    def __contains__(self, name: str) -> bool:
        return name in self._infos and not self._infos[name].is_dir()

    def chunks(self, name: str) -> Iterator[bytes]:
        """A member's bytes in chunks, stopped at its declared size and the archive's cap."""
        info = self._infos[name]
        count = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    count += len(chunk)
                    self._read_total += len(chunk)
                    # zipfile already stops at the declared size; the caps hold even if not.
                    if count > info.file_size or count > MAX_ENTRY_BYTES:
                        raise PackageError(f"{name}: isi lebih besar dari ukuran yang dinyatakan")
                    if self._read_total > MAX_TOTAL_BYTES:
                        raise PackageError("isi paket melebihi batas ukuran total")
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise PackageError(f"{name}: isi berkas rusak ({exc})") from exc

    def read(self, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
        """A member's bytes; PackageError if it is larger than `limit`."""
        if self.size(name) > limit:
            raise PackageError(f"{name}: terlalu besar ({self.size(name)} bita; batas {limit})")
        return b"".join(self.chunks(name))

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()
        self._handle.close()

    def __enter__(self) -> PackageArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_archive(path: str | os.PathLike[str]) -> PackageArchive:
    """Open a package zip for reading after checking its structure; PackageError if unsafe."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PackageError(f"{path.name}: berkas tidak dapat dibaca ({exc.strerror})") from exc
    try:
        _check_directory(path.name, handle)
        return PackageArchive(path, handle)
    except BaseException:
        handle.close()
        raise


def _check_directory(label: str, handle: io.BufferedReader) -> None:
    """Refuse non-zips, oversized files and huge central directories before zipfile parses."""
    size = handle.seek(0, os.SEEK_END)
    if size > MAX_TOTAL_BYTES:
        raise PackageError(f"{label}: berkas terlalu besar untuk sebuah paket ({size} bita)")
    # The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    start = max(0, size - 65_557)
    handle.seek(start)
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise PackageError(f"{label}: bukan berkas zip; paket SOP Studio berupa berkas .zip")
    entries, directory = struct.unpack_from("<10xHL", tail, at)
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        entries, directory = _zip64_counts(label, handle, tail, at)
    if entries > MAX_ENTRIES:
        raise PackageError(f"{label}: terlalu banyak berkas ({entries}; batas {MAX_ENTRIES})")
    if directory > MAX_DIRECTORY_BYTES:
        raise PackageError(f"{label}: daftar isi zip terlalu besar ({directory} bita)")
    handle.seek(0)


def _zip64_counts(label: str, handle: io.BufferedReader, tail: bytes, eocd: int) -> tuple[int, int]:
    """Entry count and directory size from the Zip64 end record (`eocd` indexes `tail`)."""
    locator = eocd - 20  # the Zip64 locator sits right before the end record
    if locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
        raise PackageError(f"{label}: berkas zip rusak (catatan Zip64 tidak ditemukan)")
    (record,) = struct.unpack_from("<8xQ", tail, locator)
    handle.seek(record)
    data = handle.read(56)
    if len(data) < 56 or data[:4] != b"PK\x06\x06":
        raise PackageError(f"{label}: berkas zip rusak (catatan Zip64 tidak sah)")
    entries, directory = struct.unpack_from("<32xQQ", data)
    return entries, directory


def _check_members(label: str, infos: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse the archive if any member is unsafe; nothing has been read yet."""
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"{label}: terlalu banyak berkas ({len(infos)}; batas {MAX_ENTRIES})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        reason = unsafe_name_reason(name)
        if reason:
            raise PackageError(f"{label}: nama berkas {name!r} ditolak: {reason}")
        key = _name_key(name)
        if key in seen:
            raise PackageError(f"{label}: nama berkas {name!r} muncul lebih dari sekali")
        seen.add(key)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(
                f"{label}: {name!r} adalah tautan simbolik; paket tidak boleh memuatnya"
            )
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise PackageError(f"{label}: {name!r} bukan berkas biasa")
        if info.flag_bits & 0x1:
            raise PackageError(f"{label}: {name!r} terenkripsi; paket tidak boleh dienkripsi")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"{label}: {name!r} memakai metode kompresi yang tidak didukung")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(
                f"{label}: {name!r} terlalu besar ({info.file_size} bita; batas {MAX_ENTRY_BYTES})"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"{label}: {name!r} dimampatkan secara tidak wajar "
                f"({info.compress_size} bita menjadi {info.file_size} bita; bom zip)"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(f"{label}: isi paket melebihi {MAX_TOTAL_BYTES} bita")


# -- verification --------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyReport:
    """The result of checking a package against its manifest."""

    path: Path
    problems: tuple[str, ...]
    manifest: Manifest | None
    checked: int

    @property
    def ok(self) -> bool:
        """True when every file is present and unchanged and nothing was added."""
        return not self.problems

    def lines(self) -> list[str]:
        """The report as text lines for the user."""
        if self.ok:
            assert self.manifest is not None
            return [
                f"Paket {self.path.name} utuh: {self.checked} berkas cocok dengan manifest "
                f"({len(self.manifest.sops)} SOP, dibuat {self.manifest.created} "
                f"oleh {self.manifest.tool})."
            ]
        return [f"Paket {self.path.name} TIDAK utuh:", *(f"- {p}" for p in self.problems)]


def verify_package(path: str | os.PathLike[str]) -> VerifyReport:
    """Check every file of a package against `manifest.json`.

    Unsafe or unreadable zips raise PackageError; a missing or malformed manifest and
    changed, missing or extra files are problems in the report.
    """
    with open_archive(path) as archive:
        return _verify(archive)


def _verify(archive: PackageArchive) -> VerifyReport:
    if MANIFEST not in archive:
        problem = f"{MANIFEST} tidak ada: berkas ini bukan paket SOP Studio"
        return VerifyReport(archive.path, (problem,), None, 0)
    try:
        manifest = Manifest.loads(archive.read(MANIFEST, MAX_MANIFEST_BYTES))
    except FormatError as exc:
        return VerifyReport(archive.path, (f"{MANIFEST} rusak: {exc}",), None, 0)
    problems: list[str] = []
    listed = {f.path for f in manifest.files}
    checked = 0
    for item in manifest.files:
        if item.path not in archive:
            problems.append(f"{item.path}: tidak ada dalam paket")
            continue
        if archive.size(item.path) != item.size:
            problems.append(
                f"{item.path}: ukuran {archive.size(item.path)} bita, "
                f"menurut manifest {item.size} bita"
            )
            continue
        digest = hashlib.sha256()
        try:
            for chunk in archive.chunks(item.path):
                digest.update(chunk)
        except PackageError as exc:
            problems.append(str(exc))
            continue
        if digest.hexdigest() != item.sha256:
            problems.append(f"{item.path}: isi berubah (SHA-256 tidak cocok dengan manifest)")
            continue
        checked += 1
    problems += [
        f"{name}: tidak tercantum dalam manifest"
        for name in archive.names()
        if name != MANIFEST and name not in listed
    ]
    return VerifyReport(archive.path, tuple(problems), manifest, checked)


# -- import ---------------------------------------------------------------------------------

_RELATION_TEXT = {
    Relation.NEW: "baru; akan ditambahkan",
    Relation.UNCHANGED: "sama dengan pustaka; dilewati",
    Relation.NEWER: "lebih baru di paket; mengganti versi pustaka setelah konfirmasi",
    Relation.OLDER: "lebih lama di paket; versi pustaka dipertahankan",
    Relation.CONFLICT: (
        "KONFLIK: berubah di paket dan di pustaka sejak revisi bersama; "
        "pilih pertahankan milik pustaka atau ambil dari paket"
    ),
}

OURS = "ours"
THEIRS = "theirs"


class _PlannedItem:
    """What the SOP and decree entries of an import plan share: a line for the user, and
    the library's version the plan was made against."""

    lineage: Lineage
    relation: Relation
    #: Our (revision, content hash) when the plan was made; None if we did not have it.
    our_head: tuple[int, str] | None

    @property
    def our_revision(self) -> int | None:
        """Our revision when the plan was made."""
        return None if self.our_head is None else self.our_head[0]

    @property
    def id(self) -> str:
        """The item's id."""
        raise NotImplementedError

    @property
    def name(self) -> str:
        """The item as the user knows it, e.g. 'SOP 02 Penanganan Surat Masuk'."""
        raise NotImplementedError

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) now, locked until the library's transaction ends."""
        raise NotImplementedError

    def describe(self) -> str:
        """One line for the user."""
        ours = "" if self.our_revision is None else f", pustaka revisi {self.our_revision}"
        return (
            f"{self.name} [{self.id}] (paket revisi {self.lineage[-1][0]}{ours}): "
            f"{_RELATION_TEXT[self.relation]}"
        )


@dataclass(frozen=True)
class PlannedSop(_PlannedItem):
    """An SOP of the package and what importing it would do."""

    sop: Sop
    lineage: Lineage
    relation: Relation
    our_head: tuple[int, str] | None

    @property
    def id(self) -> str:
        """The SOP's id."""
        return self.sop.id

    @property
    def name(self) -> str:
        """'SOP <nomor> <judul>'."""
        return f"SOP {self.sop.nomor or '-'} {self.sop.judul}"

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) of this SOP now, locked (see `Library.head`)."""
        return library.head(self.sop.id)

    def write_to(self, library: Library) -> None:
        """Store the package's SOP on top of our history; a new one goes into its unit."""
        sop = self.sop
        if self.relation is Relation.NEW:
            unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
            library.adopt_sop(sop, self.lineage, unit)
        else:
            library.adopt_sop(sop, self.lineage)


@dataclass(frozen=True)
class PlannedDecree(_PlannedItem):
    """The package's decree and what importing it would do."""

    decree: Decree
    lineage: Lineage
    relation: Relation
    our_head: tuple[int, str] | None

    @property
    def id(self) -> str:
        """The decree's id."""
        return self.decree.id

    @property
    def name(self) -> str:
        """'<kind> Nomor <nomor>'."""
        return f"{self.decree.kind.label} Nomor {self.decree.nomor or '-'}"

    def head_now(self, library: Library) -> tuple[int, str] | None:
        """Our (revision, content hash) of this decree now, locked."""
        return library.document_head(DECREE_DOCUMENT, self.decree.id)

    def write_to(self, library: Library) -> None:
        """Store the package's decree on top of our history."""
        # Stored as signed, with the SOP versions it embeds, whatever was chosen for each SOP.
        decree = self.decree
        data = decree_json.decree_to_dict(decree)
        library.adopt_document(DECREE_DOCUMENT, decree.id, data, decree_title(decree), self.lineage)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a package into a library would do, item by item."""

    path: Path
    manifest: Manifest
    sops: tuple[PlannedSop, ...]
    decree: PlannedDecree

    def items(self) -> list[PlannedSop | PlannedDecree]:
        """Every SOP, then the decree."""
        return [*self.sops, self.decree]

    def conflicts(self) -> list[str]:
        """Ids of the items the user must decide on (keep ours or take theirs)."""
        return [item.id for item in self.items() if item.relation is Relation.CONFLICT]

    def newer(self) -> list[str]:
        """Ids of the items that replace ours only after confirmation."""
        return [item.id for item in self.items() if item.relation is Relation.NEWER]

    def unresolved(self, choices: Mapping[str, str]) -> list[str]:
        """Conflict ids without a choice."""
        return [item_id for item_id in self.conflicts() if item_id not in choices]

    def describe(self) -> list[str]:
        """The plan as text lines for the user."""
        return [f"Rencana impor {self.path.name}:", *(f"- {i.describe()}" for i in self.items())]


@dataclass
class AppliedImport:
    """What `apply_import` did, as lists of item descriptions."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A summary for the user."""
        out = []
        for title, items in (
            ("Ditambahkan", self.added),
            ("Diganti", self.replaced),
            ("Versi pustaka dipertahankan", self.kept),
            ("Dilewati (sama)", self.skipped),
        ):
            if items:
                out.append(f"{title} ({len(items)}):")
                out += [f"- {item}" for item in items]
        return out


def read_package(path: str | os.PathLike[str]) -> tuple[Manifest, Decree]:
    """The manifest and decree of a package that verifies; PackageError otherwise."""
    with open_archive(path) as archive:
        report = _verify(archive)
        if not report.ok:
            problems = report.lines()[1:]
            raise PackageError("\n".join(["paket tidak utuh; impor dibatalkan:", *problems]))
        manifest = report.manifest
        assert manifest is not None
        listed = {f.path: f for f in manifest.files}
        if DECREE_DATA not in listed:
            raise PackageError(f"paket tidak memuat {DECREE_DATA}")
        raw = archive.read(DECREE_DATA, 5 * jsonio.MAX_BYTES)
    # Hashed again: the zip could have been replaced between the check and this read.
    if hashlib.sha256(raw).hexdigest() != listed[DECREE_DATA].sha256:
        raise PackageError(f"{DECREE_DATA} berubah saat dibaca; impor dibatalkan")
    try:
        decree = decree_json.loads(raw)
    except FormatError as exc:
        raise PackageError(f"{DECREE_DATA} tidak dapat dibaca: {exc}") from exc
    if not manifest.decree_lineage:
        manifest = replace(manifest, decree_lineage=((decree.revision, decree_hash(decree)),))
    _check_consistent(manifest, decree)
    return manifest, decree


def _check_consistent(manifest: Manifest, decree: Decree) -> None:
    """The manifest's SOP list is the decree's Lampiran, revision and content alike."""
    if manifest.decree_id != decree.id:
        raise PackageError("manifest menyebut keputusan lain dari data keputusan dalam paket")
    if manifest.decree_lineage[-1] != (decree.revision, decree_hash(decree)):
        raise PackageError("revisi atau isi keputusan tidak cocok dengan silsilah di manifest")
    sops = decree.lampiran.sops
    if [s.id for s in manifest.sops] != [s.id for s in sops]:
        raise PackageError("daftar SOP di manifest tidak sama dengan Lampiran keputusan")
    if len({s.id for s in sops}) != len(sops):
        raise PackageError("Lampiran keputusan memuat SOP yang sama lebih dari sekali")
    for listed, sop in zip(manifest.sops, sops, strict=True):
        if listed.lineage[-1] != (sop.revision, content_hash(sop)):
            raise PackageError(
                f"SOP {sop.judul!r}: revisi atau isi tidak cocok dengan silsilah di manifest"
            )


def plan_import(path: str | os.PathLike[str], library: Library) -> ImportPlan:
    """Verify a package and work out, per SOP and for the decree, what importing would do."""
    manifest, decree = read_package(path)
    planned = []
    for listed, sop in zip(manifest.sops, decree.lampiran.sops, strict=True):
        ours = library.lineage(sop.id)
        relation = compare_lineage(ours, listed.lineage)
        planned.append(PlannedSop(sop, listed.lineage, relation, _head(ours)))
    ours = library.document_lineage(DECREE_DOCUMENT, decree.id)
    planned_decree = PlannedDecree(
        decree, manifest.decree_lineage, compare_lineage(ours, manifest.decree_lineage), _head(ours)
    )
    return ImportPlan(Path(path), manifest, tuple(planned), planned_decree)


def _head(lineage: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The newest (revision, hash) of a lineage, None for an empty one."""
    return (lineage[-1][0], lineage[-1][1]) if lineage else None


def apply_import(
    plan: ImportPlan,
    library: Library,
    choices: Mapping[str, str] | None = None,
    confirm_newer: bool = False,
) -> AppliedImport:
    """Carry out a plan: all of it or, if anything fails, none of it.

    `choices` maps each conflicting id to "ours" or "theirs"; a conflict without a choice
    refuses the whole import. Newer items replace ours only with `confirm_newer`.
    """
    choices = dict(choices or {})
    _check_choices(plan, choices)
    result = AppliedImport()
    try:
        with library.transaction():
            # Each item the plan read is locked and compared with what the plan saw before
            # anything is written, so a save that landed since planning is never overwritten.
            changed = [item for item in plan.items() if item.head_now(library) != item.our_head]
            if changed:
                raise LibraryChangedError(changed)
            for item in plan.items():
                label = f"{item.name} (revisi {item.lineage[-1][0]})"
                if not _takes(item, choices, confirm_newer):
                    unchanged = item.relation is Relation.UNCHANGED
                    (result.skipped if unchanged else result.kept).append(label)
                    continue
                item.write_to(library)
                (result.added if item.relation is Relation.NEW else result.replaced).append(label)
    except PackageError:
        raise
    except Exception as exc:
        raise PackageError(f"impor gagal; pustaka dikembalikan seperti semula ({exc})") from exc
    return result


class LibraryChangedError(PackageError):
    """Items saved elsewhere since the import was planned: conflicts, nothing was written."""

    def __init__(self, items: Sequence[_PlannedItem]) -> None:
        self.items = tuple(items)
        lines = [f"- KONFLIK: {item.name} [{item.id}] disimpan di tempat lain" for item in items]
        super().__init__(
            "\n".join(
                [
                    "pustaka berubah sejak rencana impor dibuat; tidak ada yang ditimpa. "
                    "Buat rencana ulang:",
                    *lines,
                ]
            )
        )


def _check_choices(plan: ImportPlan, choices: Mapping[str, str]) -> None:
    conflicts = plan.conflicts()
    unknown = [key for key in choices if key not in conflicts]
    if unknown:
        raise PackageError(f"pilihan untuk yang bukan konflik: {', '.join(unknown)}")
    bad = [key for key, value in choices.items() if value not in (OURS, THEIRS)]
    if bad:
        raise PackageError(f"pilihan harus '{OURS}' atau '{THEIRS}': {', '.join(bad)}")
    missing = plan.unresolved(choices)
    if missing:
        raise PackageError(f"konflik belum diputuskan: {', '.join(missing)}")


def _takes(item: PlannedSop | PlannedDecree, choices: Mapping[str, str], confirm: bool) -> bool:
    """Whether the package's version of an item goes into the library."""
    if item.relation is Relation.NEW:
        return True
    if item.relation is Relation.NEWER:
        return confirm
    if item.relation is Relation.CONFLICT:
        return choices[item.id] == THEIRS
    return False


def package_styles(path: str | os.PathLike[str]) -> list[HouseStyle]:
    """The house styles a package carries (`gaya/*.style.json`); PackageError for one that
    cannot be read. Call on a package `verify_package` found intact."""
    with open_archive(path) as archive:
        names = sorted(
            n
            for n in archive.names()
            if n.startswith(f"{STYLES_DIR}/") and n.endswith(style_json.SUFFIX)
        )
        try:
            return [style_json.loads(archive.read(n, style_json.MAX_BYTES)) for n in names]
        except FormatError as exc:
            raise PackageError(f"gaya dalam paket tidak dapat dibaca: {exc}") from exc


def import_styles(path: str | os.PathLike[str], library: Library) -> list[str]:
    """Store the package's house styles the library does not know yet and return their
    names; a preset or stored style of the same name is kept (other SOPs may print in it)."""
    known = set(library.style_catalog().names())
    added = [style for style in package_styles(path) if style.name not in known]
    with library.transaction():
        for style in added:
            library.save_style(style)
    return [style.name for style in added]


def decree_title(decree: Decree) -> str:
    """The title a library lists a decree under."""
    nomor = f" Nomor {decree.nomor}" if decree.nomor else ""
    return f"{decree.kind.label}{nomor} tentang {decree.tentang}".strip()
