"""Build the signature package: the decree and its SOPs as PDF, DOCX and JSON in one zip.

Every file is rendered into a temporary folder beside the target, hashed, listed in
`manifest.json`, and the zip is written there too and renamed over the target, so a failed
build leaves nothing behind. With a fixed `created` the zip depends on the content only:
entries are sorted and carry that date.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sopstudio import __version__
from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.package import (
    DECREE_DATA,
    MANIFEST,
    Lineage,
    Manifest,
    ManifestFile,
    ManifestSop,
    PackageError,
    content_hash,
)
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import Paper

TOOL = f"SOP Studio {__version__}"
#: Called with (files done, total) as the build goes on.
Progress = Callable[[int, int], None]
#: Writes one file of the package to the given path.
Render = Callable[[Path], object]

_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BuildResult:
    """A written package: its manifest, and files left out because their exporter is
    not part of this build of SOP Studio."""

    path: Path
    manifest: Manifest
    omitted: tuple[str, ...]


def build_package(
    decree: Decree,
    out_zip: str | os.PathLike[str],
    paper: Paper | None = None,
    created: datetime | None = None,
    library: Library | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Write the signature package of a decree to `out_zip` atomically.

    With `library`, each SOP's lineage is its revision history there (the SOP must be a
    saved revision); without, it is the SOP's own revision and content hash.
    """
    out = Path(out_zip)
    created = created or datetime.now(UTC).replace(microsecond=0)
    sops = decree.lampiran.sops
    if len({sop.id for sop in sops}) != len(sops):
        raise PackageError("Lampiran memuat SOP yang sama lebih dari sekali")
    listed = [_manifest_sop(sop, library) for sop in sops]
    renders, omitted = _renders(decree, paper, created)
    total = len(renders) + 1
    with tempfile.TemporaryDirectory(prefix=f".{out.name}.", dir=out.parent) as tmp:
        root = Path(tmp) / "isi"
        files = []
        for done, (name, render) in enumerate(renders, start=1):
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            render(target)
            files.append(_describe(name, target))
            if progress:
                progress(done, total)
        manifest = Manifest(
            tool=TOOL,
            created=created.isoformat(),
            decree_id=decree.id,
            decree_nomor=decree.nomor,
            decree_tentang=decree.tentang,
            sops=tuple(listed),
            files=tuple(sorted(files, key=lambda f: f.path)),
        )
        (root / MANIFEST).write_bytes(manifest.dumps())
        staged = Path(tmp) / "paket.zip"
        _write_zip(staged, root, sorted([*(f.path for f in files), MANIFEST]), created)
        os.replace(staged, out)
    if progress:
        progress(total, total)
    return BuildResult(out, manifest, tuple(omitted))


def sop_stem(index: int, sop: Sop) -> str:
    """The file name stem of the `index`-th (1-based) SOP of a Lampiran, e.g.
    '03-penerbitan-nota-dinas'."""
    text = unicodedata.normalize("NFKD", sop.judul).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > 60:  # cut at a word boundary
        slug = slug[:61].rsplit("-", 1)[0]
    return f"{index:02d}-{slug or 'sop'}"


def _manifest_sop(sop: Sop, library: Library | None) -> ManifestSop:
    return ManifestSop(sop.id, sop.revision, sop.nomor, sop.judul, _lineage(sop, library))


def _lineage(sop: Sop, library: Library | None) -> Lineage:
    """The SOP's lineage up to its own revision (from the library when given)."""
    head = (sop.revision, content_hash(sop))
    if library is None:
        return (head,)
    history = [tuple(entry) for entry in library.lineage(sop.id)]
    if head not in history:
        raise PackageError(
            f"SOP {sop.judul!r} revisi {sop.revision} tidak tersimpan di pustaka; "
            "simpan SOP ke pustaka sebelum membuat paket"
        )
    return tuple(history[: history.index(head) + 1])


def _renders(
    decree: Decree, paper: Paper | None, created: datetime
) -> tuple[list[tuple[str, Render]], list[str]]:
    """Each file of the package with the function that writes it; and the files whose
    exporter is missing."""
    sop_pdf = _exporter("sopstudio.export.pdf", "write_sop_pdf")
    sop_docx = _exporter("sopstudio.export.docx", "write_sop_docx")
    decree_pdf = _exporter("sopstudio.export.pdf", "write_decree_pdf")
    decree_docx = _exporter("sopstudio.export.docx", "write_decree_docx")
    wanted: list[tuple[str, Callable[..., object] | None, tuple[object, ...], dict]] = [
        ("keputusan.pdf", decree_pdf, (decree,), {"paper": paper, "creation_date": created}),
        ("keputusan.docx", decree_docx, (decree,), {"paper": paper}),
    ]
    data: list[tuple[str, bytes]] = [(DECREE_DATA, decree_json.dumps(decree).encode("utf-8"))]
    for index, sop in enumerate(decree.lampiran.sops, start=1):
        stem = f"sop/{sop_stem(index, sop)}"
        wanted.append((f"{stem}.pdf", sop_pdf, (sop,), {"paper": paper, "creation_date": created}))
        wanted.append((f"{stem}.docx", sop_docx, (sop,), {"paper": paper}))
        data.append((f"data/{stem}.sop.json", jsonio.dumps(sop).encode("utf-8")))
    renders: list[tuple[str, Render]] = []
    omitted = []
    for name, write, args, kwargs in wanted:
        if write is None:
            omitted.append(name)
        else:
            renders.append((name, _call(write, args, kwargs)))
    renders += [(name, _bytes(raw)) for name, raw in data]
    return renders, omitted


def _exporter(module: str, name: str) -> Callable[..., object] | None:
    """An exporter function, or None while it is not part of SOP Studio."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _call(write: Callable[..., object], args: tuple[object, ...], kwargs: dict) -> Render:
    return lambda path: write(*args, path, **kwargs)


def _bytes(raw: bytes) -> Render:
    return lambda path: path.write_bytes(raw)


def _describe(name: str, path: Path) -> ManifestFile:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return ManifestFile(name, digest.hexdigest(), size)


def _write_zip(target: Path, root: Path, names: list[str], created: datetime) -> None:
    """Write the files under `root` into a zip, in the given order, all dated `created`."""
    stamp = max(created.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    with target.open("wb") as raw:
        with zipfile.ZipFile(raw, "w") as archive:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, so the mode below means the same everywhere
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                with (root / name).open("rb") as source, archive.open(info, "w") as member:
                    shutil.copyfileobj(source, member, _COPY_CHUNK)
        raw.flush()
        os.fsync(raw.fileno())
