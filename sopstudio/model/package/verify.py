"""Verifying a package: every file present, of its size and SHA-256, and nothing else."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from sopstudio.model.errors import FormatError
from sopstudio.model.package.archive import PackageArchive, open_archive
from sopstudio.model.package.manifest import MANIFEST, MAX_MANIFEST_BYTES, Manifest, PackageError

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
