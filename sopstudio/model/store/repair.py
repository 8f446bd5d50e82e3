"""Checking a library for damage and copying what is readable into a new library.

`check_library` reads everything a user could load (every SOP, document and stored
revision, each checked against its content hash) and, for a SQLite file, runs
`PRAGMA integrity_check`. `recover_library` copies every revision that still reads back
intact, with its lineage and unit, into a new library file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from sopstudio.model.store import sqlite_file
from sopstudio.model.store.errors import StoreError
from sopstudio.model.store.library import Library, Revision
from sopstudio.model.store.mapping import document_revision

T = TypeVar("T")


@dataclass
class Findings:
    """What a check or a recovery found: problems and how many items were read intact."""

    problems: list[str] = field(default_factory=list)
    sops: int = 0
    documents: int = 0
    revisions: int = 0

    def attempt(self, what: str, read: Callable[[], T]) -> T | None:
        """`read()`, or None with a problem noted when it fails (damage, unreadable page)."""
        try:
            return read()
        except StoreError as exc:
            self.problems.append(f"{what}: {exc}")
            return None

    def summary(self) -> str:
        """One line with the counts."""
        return f"{self.sops} SOP, {self.documents} dokumen, {self.revisions} revisi terbaca utuh"


def check_library(library: Library) -> Findings:
    """Every damage the library shows: SQLite integrity, and each item and stored revision
    read back and compared with its content hash."""
    findings = Findings()
    path = _sqlite_path(library)
    if path is not None:
        problems = sqlite_file.quick_check(path, immutable=True, full=True)
        findings.problems += [f"integrity_check: {p}" for p in problems]
    _walk(library, findings, lambda *_: None)
    return findings


def recover_library(library: Library, target: str | os.PathLike[str]) -> Findings:
    """Copy every revision that reads back intact into a new SQLite library at `target`."""
    target = Path(target)
    if target.exists():
        raise StoreError(f"{target} sudah ada; pilih nama berkas baru untuk hasil pemulihan")
    findings = Findings()
    with Library.open(target) as out:
        _walk(library, findings, _copier(library, out, findings))
    return findings


def _walk(library: Library, findings: Findings, copy: Callable[..., None]) -> None:
    """Read every SOP and document with its revisions; hand the intact ones to `copy`."""
    for summary in findings.attempt("daftar SOP", library.list_sops) or []:
        what = f"SOP {summary.id}"
        history = findings.attempt(f"{what} riwayat", partial(library.history, summary.id))
        current = findings.attempt(what, partial(library.load_sop, summary.id))
        versions = _versions(
            findings, what, history or [], partial(library.load_revision, summary.id)
        )
        if current is not None:
            versions[current.revision] = current
        if versions:
            findings.sops += 1
            copy("sop", summary.id, history or [], versions)
    kinds = findings.attempt("jenis dokumen", library.document_kinds) or []
    for kind in kinds:
        listed = findings.attempt(f"daftar dokumen {kind}", partial(library.list_documents, kind))
        for doc in listed or []:
            what = f"dokumen {kind} {doc.id}"
            history = findings.attempt(
                f"{what} riwayat", partial(library.document_history, kind, doc.id)
            )
            doc_versions = _versions(
                findings,
                what,
                history or [],
                partial(library.load_document_revision, kind, doc.id),
            )
            document = findings.attempt(what, partial(library.load_document, kind, doc.id))
            if document is not None:
                doc_versions[doc.revision] = document
            if doc_versions:
                findings.documents += 1
                copy(kind, doc.id, history or [], doc_versions, doc.title)


def _versions(
    findings: Findings, what: str, history: list[Revision], load: Callable[[int], T]
) -> dict[int, T]:
    """The stored revisions of one item that read back intact, by revision."""
    versions: dict[int, T] = {}
    for entry in history:
        if entry.has_snapshot:
            value = findings.attempt(
                f"{what} revisi {entry.revision}", partial(load, entry.revision)
            )
            if value is not None:
                versions[entry.revision] = value
                findings.revisions += 1
    return versions


def _copier(source: Library, out: Library, findings: Findings) -> Callable[..., None]:
    """Writes the intact versions of an item into `out`, oldest first, each with the
    lineage up to it, so revision numbers and hashes stay as they were."""

    def copy(
        kind: str, item_id: str, history: list[Revision], versions: dict, title: str = ""
    ) -> None:
        lineage = [(r.revision, r.content_hash) for r in history]
        for revision in sorted(versions):
            upto = [entry for entry in lineage if entry[0] <= revision] or None
            value = versions[revision]
            if kind == "sop":
                unit = _unit(source, out, item_id, findings) if revision == max(versions) else None
                findings.attempt(
                    f"salin SOP {item_id} revisi {revision}",
                    partial(out.adopt_sop, value, upto or [], unit),
                )
            elif document_revision(value) is None:  # a document without revisions of its own
                findings.attempt(
                    f"salin dokumen {kind} {item_id} revisi {revision}",
                    partial(out.save_document, kind, item_id, value, title),
                )
            else:
                findings.attempt(
                    f"salin dokumen {kind} {item_id} revisi {revision}",
                    partial(out.adopt_document, kind, item_id, value, title, upto or []),
                )

    return copy


def _unit(source: Library, out: Library, sop_id: str, findings: Findings) -> int | None:
    unit_id = findings.attempt(f"unit SOP {sop_id}", lambda: source.sop_unit(sop_id))
    if unit_id is None:
        return None
    path = findings.attempt(f"unit {unit_id}", lambda: source.unit_path(unit_id))
    return out.ensure_unit(path) if path else None


def _sqlite_path(library: Library) -> Path | None:
    url = library.url
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
