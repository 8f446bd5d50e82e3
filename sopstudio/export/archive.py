"""The archive of what was signed: every signed PDF of a library, byte for byte, and a CSV
register (nomor, judul, unit, tanggal, penandatangan, status, berkas).

Each file is written beside its target and renamed over it, so an interrupted export leaves
whole files only.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sopstudio.model import decree_json
from sopstudio.model.jsonio import write_atomic
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.model.store import Library
from sopstudio.model.store.lifecycle import SOP_KIND, StatusRecord
from sopstudio.model.store.mapping import document_from_snapshot, sop_from_snapshot

REGISTER = "register.csv"
COLUMNS = ("nomor", "judul", "unit", "tanggal", "penandatangan", "status", "berkas")


@dataclass(frozen=True)
class ArchiveResult:
    """What an archive export wrote."""

    files: list[Path]
    register: Path
    rows: int


def export_signed(library: Library, out_dir: str | os.PathLike[str]) -> ArchiveResult:
    """Write every signed PDF of `library` and the register into `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lifecycle = library.lifecycle
    names: dict[str, str] = {}
    files = []
    for signed in lifecycle.signed_files():
        name = _unique(_file_name(signed.name), set(names.values()))
        names[signed.sha256] = name
        write_atomic(out / name, lifecycle.signed_file_data(signed.sha256))
        files.append(out / name)
    rows = [
        _row(library, record, names.get(record.signed_file or "", ""))
        for record in lifecycle.signed_records()
    ]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    # UTF-8 with a byte-order mark: spreadsheet programs then read the Indonesian text right.
    write_atomic(out / REGISTER, text.getvalue().encode("utf-8-sig"))
    return ArchiveResult(files, out / REGISTER, len(rows))


def _row(library: Library, record: StatusRecord, file_name: str) -> list[str]:
    """One register line: the signed revision as it was frozen."""
    snapshot = library.lifecycle.snapshot(record.kind, record.id, record.revision)
    if record.kind == SOP_KIND:
        sop = sop_from_snapshot(snapshot)
        nomor, judul, unit = sop.nomor, sop.judul, " / ".join(sop.unit_header)
    else:
        assert record.kind == DECREE_DOCUMENT
        decree = decree_json.decree_from_dict(document_from_snapshot(snapshot))
        nomor, judul, unit = decree.nomor, decree.tentang, decree.issuing_office
    signed = record.signed_at.date().isoformat() if record.signed_at else ""
    return [nomor, judul, unit, signed, record.signer or "", record.status.label, file_name]


def _file_name(name: str) -> str:
    """A portable file name from the name a signed PDF was imported under."""
    stem = Path(name.replace("\\", "/")).stem
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")[:80]
    return f"{slug or 'dokumen'}.pdf"


def _unique(name: str, taken: set[str]) -> str:
    stem, number = name[:-4], 2
    while name.casefold() in {t.casefold() for t in taken}:
        name = f"{stem}-{number}.pdf"
        number += 1
    return name
