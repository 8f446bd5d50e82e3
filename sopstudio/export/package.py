"""Build the signature package: the decree and its SOPs as PDF, DOCX and JSON in one zip.

Every file is rendered into a temporary folder beside the target, hashed, listed in
`manifest.json`, and the zip is written there too and renamed over the target, so a failed
build leaves nothing behind. A build that was killed leaves its folder; the next build of
the same target removes such folders once no process holds their lock. With a fixed
`created` the zip depends on the content only: entries are sorted and carry that date.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

from sopstudio import __version__
from sopstudio.export.docx import write_decree_docx, write_sop_docx
from sopstudio.export.pdf import write_decree_pdf, write_sop_pdf
from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.package import (
    DECREE_DATA,
    DECREE_DOCUMENT,
    DECREE_PDF,
    MANIFEST,
    STYLES_DIR,
    Lineage,
    Manifest,
    ManifestFile,
    ManifestSop,
    PackageError,
    content_hash,
    decree_hash,
)
from sopstudio.model.signed.attach import submit_package
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import Paper, StyleCatalog

TOOL = f"SOP Studio {__version__}"
#: Called with (work done, total work) as the build goes on.
Progress = Callable[[int, int], None]

_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BuildResult:
    """A written package and its manifest."""

    path: Path
    manifest: Manifest


def build_package(
    decree: Decree,
    out_zip: str | os.PathLike[str],
    paper: Paper | None = None,
    created: datetime | None = None,
    library: Library | None = None,
    progress: Progress | None = None,
    styles: StyleCatalog | None = None,
    draft: bool = False,
) -> BuildResult:
    """Write the signature package of a decree to `out_zip` atomically.

    Each SOP prints in its house style from `styles` (the presets by default), and those
    styles travel in the package as `gaya/<name>.style.json`. A `draft` package marks every
    page DRAF and says so in its manifest (the caller decides whether errors allow it).

    With `library`, each SOP's lineage is its revision history there (the SOP must be a
    saved revision); without, it is the SOP's own revision and content hash. The decree's
    lineage is its history in `library` when this revision of it is saved there, else its
    own revision and content hash. With `library`, a package that is not `draft` is recorded
    there and the decree and SOP revisions it holds become Diajukan (frozen).
    """
    out = Path(out_zip)
    created = created or datetime.now(UTC).replace(microsecond=0)
    sops = decree.lampiran.sops
    if len({sop.id for sop in sops}) != len(sops):
        raise PackageError("Lampiran memuat SOP yang sama lebih dari sekali")
    listed = [_manifest_sop(sop, library) for sop in sops]
    styles = styles or StyleCatalog()
    jobs = _jobs(decree, paper, created, styles, draft)
    meter = _Meter(progress, sum(job.weight for job in jobs) + 1)  # + 1: writing the zip
    _remove_abandoned(out)
    with (
        tempfile.TemporaryDirectory(prefix=f".{out.name}.", dir=out.parent) as tmp,
        _claimed(Path(tmp)),
    ):
        root = Path(tmp) / "isi"
        files = []
        for job in jobs:
            target = root / job.name
            target.parent.mkdir(parents=True, exist_ok=True)
            job.write(target, meter.part(job.weight))
            meter.advance(job.weight)
            files.append(_describe(job.name, target))
        manifest = Manifest(
            tool=TOOL,
            created=created.isoformat(),
            decree_id=decree.id,
            decree_nomor=decree.nomor,
            decree_tentang=decree.tentang,
            decree_lineage=_decree_lineage(decree, library),
            sops=tuple(listed),
            files=tuple(sorted(files, key=lambda f: f.path)),
            draft=draft,
        )
        (root / MANIFEST).write_bytes(manifest.dumps())
        staged = Path(tmp) / "paket.zip"
        _write_zip(staged, root, sorted([*(f.path for f in files), MANIFEST]), created)
        if library is not None and not draft:
            # Before the zip appears: a package that exists has frozen what it holds (a
            # package of drafts is not for signature and freezes nothing).
            submit_package(library, manifest, decree)
        os.replace(staged, out)
    meter.advance(1)
    return BuildResult(out, manifest)


#: The file inside a build's temporary folder that its process keeps locked while building.
_CLAIM = "sedang-dibuat"
#: A temporary folder without a claim this old is abandoned (a claim is made right after
#: the folder is created, so only a folder being created this very moment has none).
_UNCLAIMED_GRACE_S = 60


@contextmanager
def _claimed(folder: Path) -> Iterator[None]:
    """Hold the lock on `folder`'s claim file while the block runs (released when the process
    dies, so a killed build's folder is known to be abandoned)."""
    with (folder / _CLAIM).open("w+b") as handle:
        if not _lock(handle):
            raise PackageError(f"folder sementara {folder} dipakai proses lain")
        yield


def _remove_abandoned(out: Path) -> None:
    """Delete the temporary folders of earlier builds of `out` that were killed."""
    for folder in out.parent.glob(f".{glob.escape(out.name)}.*"):
        if folder.is_dir() and _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)


def _abandoned(folder: Path) -> bool:
    try:
        handle = (folder / _CLAIM).open("r+b")
    except FileNotFoundError:
        return time.time() - folder.stat().st_mtime > _UNCLAIMED_GRACE_S
    except OSError:
        return False
    with handle:
        return _lock(handle)


def _lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; False if another holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def sop_stem(index: int, sop: Sop) -> str:
    """The file name stem of the `index`-th (1-based) SOP of a Lampiran, e.g.
    '03-penerbitan-nota-dinas'."""
    text = unicodedata.normalize("NFKD", sop.judul).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > 60:  # cut at a word boundary when there is one
        cut = slug[:61]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:60]
    return f"{index:02d}-{slug or 'sop'}"


def _manifest_sop(sop: Sop, library: Library | None) -> ManifestSop:
    return ManifestSop(sop.id, sop.revision, sop.nomor, sop.judul, _lineage(sop, library))


def _lineage(sop: Sop, library: Library | None) -> Lineage:
    """The SOP's lineage up to its own revision (from the library when given)."""
    head = (sop.revision, content_hash(sop))
    if library is None:
        return (head,)
    history = library.lineage(sop.id)
    if head not in history:
        raise PackageError(
            f"SOP {sop.judul!r} revisi {sop.revision} tidak tersimpan di pustaka; "
            "simpan SOP ke pustaka sebelum membuat paket"
        )
    return tuple(history[: history.index(head) + 1])


def _decree_lineage(decree: Decree, library: Library | None) -> Lineage:
    """The decree's lineage up to its own revision (from the library when saved there)."""
    head = (decree.revision, decree_hash(decree))
    if library is None:
        return (head,)
    history = library.document_lineage(DECREE_DOCUMENT, decree.id)
    return tuple(history[: history.index(head) + 1]) if head in history else (head,)


@dataclass(frozen=True)
class _Job:
    """One file of the package: its name, its share of the work, and how to write it
    (to a path, reporting progress within its share)."""

    name: str
    weight: int
    write: Callable[[Path, Progress], object]


def _jobs(
    decree: Decree, paper: Paper | None, created: datetime, styles: StyleCatalog, draft: bool
) -> list[_Job]:
    """Every file of the package as a job."""
    sops = decree.lampiran.sops
    options: dict[str, object] = {
        "paper": paper,
        "creation_date": created,
        "styles": styles,
        "draft": draft,
    }
    # The decree files hold every SOP: they weigh as much as all SOPs plus the body, and
    # their exporters report progress after the body and after each SOP.
    weight = len(sops) + 1
    jobs = [
        _Job(DECREE_PDF, weight, _export(write_decree_pdf, decree, options, True)),
        _Job("keputusan.docx", weight, _export(write_decree_docx, decree, options, True)),
    ]
    data = [(DECREE_DATA, decree_json.dumps(decree))]
    for index, sop in enumerate(sops, start=1):
        stem = f"sop/{sop_stem(index, sop)}"
        jobs.append(_Job(f"{stem}.pdf", 1, _export(write_sop_pdf, sop, options, False)))
        jobs.append(_Job(f"{stem}.docx", 1, _export(write_sop_docx, sop, options, False)))
        data.append((f"data/{stem}.sop.json", jsonio.dumps(sop)))
    used = {s for s in (styles.get(sop.style) for sop in sops) if s is not None}
    data += [(f"{STYLES_DIR}/{s.name}{style_json.SUFFIX}", style_json.dumps(s)) for s in used]
    return jobs + [_Job(name, 1, _text(text)) for name, text in data]


def _export(
    write: Callable[..., object], subject: object, options: dict[str, object], reports: bool
) -> Callable[[Path, Progress], object]:
    if reports:
        return lambda path, progress: write(subject, path, progress=progress, **options)
    return lambda path, progress: write(subject, path, **options)


def _text(text: str) -> Callable[[Path, Progress], object]:
    return lambda path, progress: path.write_bytes(text.encode("utf-8"))


class _Meter:
    """Turns the work done into progress calls: whole units, increasing, each value once."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self.total = total
        self.done = 0
        self._reported = 0

    def advance(self, units: int) -> None:
        """Count `units` more as done."""
        self._report(self.done + units)
        self.done += units

    def part(self, weight: int) -> Progress:
        """A progress callback for one job of `weight` units, scaled into the whole."""
        start = self.done
        return lambda done, total: self._report(start + done * weight // max(total, 1))

    def _report(self, done: int) -> None:
        if self._progress and done > self._reported:
            self._reported = done
            self._progress(done, self.total)


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
