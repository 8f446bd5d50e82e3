"""Importing existing SOPs: Word documents, tables copied from Word/Excel, transcribed text.

`import_file(path)` and `import_text(text)` detect the input, read every SOP in it and
return an `ImportResult`: each SOP with its own report of guesses and problems, plus a
report about the input as a whole. Malformed input raises `ImportFailed`; nothing else.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sopstudio.model.importers.limits import MAX_TEXT_CHARS, check
from sopstudio.model.importers.raw import RawSop
from sopstudio.model.legal_text import clean_tree
from sopstudio.model.importers.reconstruct import build_sop
from sopstudio.model.importers.report import GUESS, PROBLEM, ImportFailed, ImportReport, Note
from sopstudio.model.sop import Sop

__all__ = [
    "GUESS",
    "PROBLEM",
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


def _build(raws: list[RawSop], report: ImportReport) -> ImportResult:
    result = ImportResult(report=report)
    built = [_legal(ImportedSop(*build_sop(raw), raw.where, raw.sub_procedure)) for raw in raws]
    for item in built:
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
    if not result.sops:
        report.problem("NO_SOP", "Tidak ada SOP yang ditemukan dalam masukan.")
    return result


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


def import_bytes(data: bytes, name: str = "") -> ImportResult:
    """Import SOPs from the bytes of a file: a DOCX (zip) or text (UTF-8, else Windows-1252)."""
    if len(data) > MAX_INPUT_BYTES:
        raise ImportFailed(f"Berkas terlalu besar (lebih dari {MAX_INPUT_BYTES // 2**20} MB).")
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".docx"):
        from sopstudio.model.importers.docx import read_docx

        report = ImportReport()
        try:
            raws = read_docx(data, report)
            return _build(raws, report)
        except ImportFailed:
            raise
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
            raise ImportFailed(
                f"Dokumen Word tidak dapat dibaca sebagai SOP ({type(exc).__name__})."
            ) from exc
    if b"\x00" in data[:4096]:
        raise ImportFailed("Berkas bukan teks maupun dokumen Word (.docx).")
    check(len(data), MAX_TEXT_CHARS, "bita teks")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return import_text(text)


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """Import SOPs from a file: .docx, or tab-separated / transcribed text."""
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
