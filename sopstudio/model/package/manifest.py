"""The package's manifest: constants, the SHA-256 and size of every file, and the revision
lineage of the decree and of each SOP."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.jsonio import JsonReader
from sopstudio.model.sop import Sop
from sopstudio.model.store.mapping import Content, document_hash

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
