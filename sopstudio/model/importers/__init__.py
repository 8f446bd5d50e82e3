"""Importing existing SOPs: Word documents, PDFs, tables copied from Word/Excel, transcribed text.

`import_file(path)` and `import_text(text)` detect the input, read every SOP in it and
return an `ImportResult`: each SOP with its own report of guesses and problems, plus a
report about the input as a whole. Malformed input raises `ImportFailed`; nothing else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sopstudio.model.decree import MappingRow
from sopstudio.model.importers.limits import MAX_TEXT_CHARS, check
from sopstudio.model.importers.raw import RawDocument
from sopstudio.model.importers.reconstruct import build_sop
from sopstudio.model.importers.report import (
    GUESS,
    PROBLEM,
    WARNING,
    ImportFailed,
    ImportReport,
    Note,
)
from sopstudio.model.legal_text import clean_tree
from sopstudio.model.sop import Sop
from sopstudio.model.validate import ERROR, validate_sop

__all__ = [
    "GUESS",
    "PROBLEM",
    "WARNING",
    "ImportFailed",
    "ImportReport",
    "ImportResult",
    "ImportedSop",
    "Note",
    "import_bytes",
    "import_file",
    "import_text",
]

#: Inputs larger than this are refused (a whole Lampiran is a few MB).
MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass
class ImportedSop:
    """One SOP found in the input, with the report of how it was read."""

    sop: Sop
    report: ImportReport
    where: str
    #: True when the SOP is a flow under the identity of the SOP before it.
    sub_procedure: bool = False


@dataclass
class ImportResult:
    """Everything an import found: the SOPs and the report about the input as a whole."""

    sops: list[ImportedSop] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    #: The old -> new SOP table of a decree, when the input holds one.
    mapping: list[MappingRow] = field(default_factory=list)


def _step_texts(sop: Sop) -> set[str]:
    """The steps' texts reduced to their first 40 letters (OCR spacing differs per scan)."""
    return {re.sub(r"[^a-z]", "", s.text.casefold())[:40] for s in sop.steps if s.text.strip()}


def _duplicate_of(candidate: ImportedSop, others: list[ImportedSop]) -> ImportedSop | None:
    """The SOP a headless table repeats (a page scanned twice), if any."""
    texts = _step_texts(candidate.sop)
    if not texts or not candidate.sub_procedure:
        return None
    for other in others:
        if other is not candidate and len(texts & _step_texts(other.sop)) >= 0.8 * len(texts):
            return other
    return None


def _legal(item: ImportedSop) -> ImportedSop:
    """The imported SOP with its text made legal; what was removed goes into its report."""
    item.sop, removed = clean_tree(item.sop)
    if removed:
        item.report.problem(
            "TEXT_CLEANED",
            "Karakter kendali atau tidak sah dihapus/diganti dari teks: " + ", ".join(removed),
            item.where,
        )
    return item


def _build(document: RawDocument, report: ImportReport) -> ImportResult:
    mapping = clean_tree(document.mapping)[0]
    result = ImportResult(report=report, mapping=mapping)
    built = [
        _legal(ImportedSop(*build_sop(raw), raw.where, raw.sub_procedure)) for raw in document.sops
    ]
    for item in built:
        if not item.sop.steps:
            report.problem(
                "SOP_WITHOUT_STEPS",
                f"SOP {item.sop.judul or '(tanpa judul)'!r} tidak punya langkah (tabel diagram "
                "alir); tidak diimpor.",
                item.where,
            )
            continue
        original = _duplicate_of(item, built)
        if original is not None:
            report.problem(
                "DUPLICATE_PAGE",
                f"Tabel tanpa identitas mengulang langkah SOP {original.sop.judul!r} "
                f"({original.where}); diabaikan.",
                item.where,
            )
            continue
        result.sops.append(item)
    if mapping:
        report.guess(
            "DECREE_MAPPING",
            f"Tabel SOP lama -> SOP baru ({len(mapping)} baris) dibaca sebagai tabel "
            "perubahan keputusan, bukan SOP.",
        )
    if not result.sops:
        report.problem("NO_SOP", "Tidak ada SOP yang ditemukan dalam masukan.")
    _add_validation(result.sops)
    return result


def _add_validation(items: list[ImportedSop]) -> None:
    """Add each SOP's validation findings to its report: errors as problems, the rest as
    warnings, so the report's count of problems is never below what validation finds."""
    nomors = [item.sop.nomor for item in items]
    for index, item in enumerate(items):
        for finding in validate_sop(item.sop, nomors[:index] + nomors[index + 1 :]):
            if finding.severity == ERROR:
                item.report.problem(finding.code, finding.message, finding.location)
            else:
                item.report.warning(finding.code, finding.message, finding.location)


def import_text(text: str) -> ImportResult:
    """Import SOPs from tab-separated text (a copied table or a transcribed decree)."""
    from sopstudio.model.importers.tsv import read_text

    if not isinstance(text, str):
        raise ImportFailed("Masukan bukan teks.")
    check(len(text), MAX_TEXT_CHARS, "karakter teks")
    report = ImportReport()
    try:
        raws = read_text(text, report)
        return _build(raws, report)
    except ImportFailed:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
        raise ImportFailed(f"Teks tidak dapat dibaca sebagai SOP ({type(exc).__name__}).") from exc


def _read_document(
    read: Callable[[bytes, ImportReport], RawDocument], data: bytes, what: str
) -> ImportResult:
    """Read a DOCX or PDF with `read`; any reader error becomes ImportFailed."""
    report = ImportReport()
    try:
        return _build(read(data, report), report)
    except ImportFailed:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
        raise ImportFailed(
            f"{what} tidak dapat dibaca sebagai SOP ({type(exc).__name__})."
        ) from exc


def import_bytes(data: bytes, name: str = "") -> ImportResult:
    """Import SOPs from the bytes of a file: a DOCX (zip), a PDF, or text (UTF-8, else
    Windows-1252)."""
    if len(data) > MAX_INPUT_BYTES:
        raise ImportFailed(f"Berkas terlalu besar (lebih dari {MAX_INPUT_BYTES // 2**20} MB).")
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".docx"):
        from sopstudio.model.importers.docx import read_docx

        return _read_document(read_docx, data, "Dokumen Word")
    if data[:5] == b"%PDF-" or name.lower().endswith(".pdf"):
        from sopstudio.model.importers.pdf import read_pdf

        return _read_document(read_pdf, data, "Dokumen PDF")
    if b"\x00" in data[:4096]:
        raise ImportFailed("Berkas bukan teks, dokumen Word (.docx) maupun PDF.")
    check(len(data), MAX_TEXT_CHARS, "bita teks")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return import_text(text)


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """Import SOPs from a file: .docx, .pdf, or tab-separated / transcribed text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ImportFailed(f"Berkas terlalu besar: {path.name}.")
        # Read no more than the limit: a device or a pipe (/dev/zero) has no size to refuse.
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise ImportFailed(f"Berkas terlalu besar: {path.name}.")
    except OSError as exc:
        raise ImportFailed(f"Berkas tidak dapat dibuka: {path} ({exc.strerror or exc}).") from exc
    return import_bytes(data, path.name)
