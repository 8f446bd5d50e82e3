"""The evidence pack an RB/ZI reviewer asks for: one unit, one year, in one zip.

    00-daftar-isi.pdf                  what is in the pack, file by file
    01-sop/NN-<nomor>.pdf              the unit's SOPs in force (effective by the year's end)
    02-monitoring/<nomor>-<periode>.pdf  the year's monitoring results
    03-evaluasi/rekap-evaluasi.pdf     the unit's evaluation recap, and each SOP's evaluation
    04-revisi/<nomor>-rev<a>-<b>.pdf   redlines of the SOPs revised during the year
    05-pemetaan-sop.pdf                the old-to-new mapping of the unit's SOPs over the year

The zip is written beside the target and renamed into place when complete.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sopstudio.export.forms import write_form
from sopstudio.export.pdf.sop import write_sop_pdf
from sopstudio.model.assessments import (
    evaluations,
    monitorings,
    parse_date,
    unit_recap,
    unit_sops,
)
from sopstudio.model.forms import (
    FormCell,
    FormDocument,
    FormTable,
    evaluation_form,
    mapping_form,
    monitoring_form,
    redline,
)
from sopstudio.model.sop import Sop
from sopstudio.model.sop_diff import diff_sops
from sopstudio.model.sop_mapping import map_sops
from sopstudio.model.store import Library


@dataclass(frozen=True)
class EvidenceItem:
    """One file of the pack: its name in the zip, what it holds, its size in bytes."""

    name: str
    what: str
    size: int


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()[:60] or "tanpa-nomor"


def _in_year(text: str, tahun: str) -> bool:
    day = parse_date(text)
    return day is not None and str(day.year) == tahun


def _in_force(sop: Sop, year_end: datetime.date) -> bool:
    effective = parse_date(sop.tanggal_efektif)
    return effective is None or effective <= year_end


def _year_revisions(library: Library, sop: Sop, tahun: str) -> tuple[Sop, Sop] | None:
    """(the revision in force when the year began, the newest of the year), if it changed."""
    kept = [r for r in library.history(sop.id) if r.has_snapshot]
    during = [r for r in kept if str(r.saved_at.year) == tahun]
    before = [r for r in kept if r.saved_at.year < int(tahun)]
    start = before[-1] if before else (during[0] if len(during) > 1 else None)
    if start is None or not during or during[-1].revision == start.revision:
        return None
    return (
        library.load_revision(sop.id, start.revision),
        library.load_revision(sop.id, during[-1].revision),
    )


def build_evidence(
    library: Library,
    unit: str,
    tahun: str,
    path: str | os.PathLike[str],
    progress: Callable[[str], None] | None = None,
) -> list[EvidenceItem]:
    """Write the pack for `unit` and `tahun` to `path` (a zip); returns its files."""
    year_end = datetime.date(int(tahun), 12, 31)
    sops = [s for s in unit_sops(library, unit) if _in_force(s, year_end)]
    target = Path(path)
    items: list[EvidenceItem] = []
    with tempfile.TemporaryDirectory(prefix=".bukti-", dir=target.parent) as tmp:
        folder = Path(tmp)

        def add(name: str, what: str, write: Callable[[Path], object]) -> None:
            file = folder / name
            file.parent.mkdir(parents=True, exist_ok=True)
            write(file)
            items.append(EvidenceItem(name, what, file.stat().st_size))
            if progress:
                progress(name)

        for n, sop in enumerate(sops, start=1):
            add(
                f"01-sop/{n:02d}-{_slug(sop.nomor)}.pdf",
                f"SOP {sop.nomor} {sop.judul}",
                partial(write_sop_pdf, sop),
            )
            for m in monitorings(library, sop.id):
                if _in_year(m.tanggal, tahun) or tahun in m.periode:
                    add(
                        f"02-monitoring/{_slug(sop.nomor)}-{_slug(m.periode)}.pdf",
                        f"Monitoring {m.periode}: {sop.nomor}",
                        partial(write_form, monitoring_form(sop, m)),
                    )
        add(
            "03-evaluasi/rekap-evaluasi.pdf",
            f"Rekap evaluasi {unit} {tahun}",
            lambda f: write_form(unit_recap(library, unit, tahun), f),
        )
        for sop in sops:
            for e in evaluations(library, sop.id):
                if e.tahun == tahun:
                    add(
                        f"03-evaluasi/{_slug(sop.nomor)}.pdf",
                        f"Evaluasi {tahun}: {sop.nomor}",
                        partial(write_form, evaluation_form(sop, e)),
                    )
        starts = []
        for sop in sops:
            pair = _year_revisions(library, sop, tahun)
            starts.append(pair[0] if pair else sop)
            if pair:
                old, new = pair
                add(
                    f"04-revisi/{_slug(sop.nomor)}-rev{old.revision}-{new.revision}.pdf",
                    f"Perbandingan revisi {old.revision} dan {new.revision}: {sop.nomor}",
                    partial(write_form, redline(old, new, diff_sops(old, new))),
                )
        add(
            "05-pemetaan-sop.pdf",
            "Pemetaan SOP lama dan baru",
            lambda f: write_form(mapping_form(map_sops(starts, sops), f"{unit} {tahun}"), f),
        )
        index = _index(unit, tahun, items)
        add("00-daftar-isi.pdf", "Daftar isi", lambda f: write_form(index, f))
        unfinished = folder / "paket.zip"
        with zipfile.ZipFile(unfinished, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in sorted(items, key=lambda i: i.name):
                archive.write(folder / item.name, item.name)
        os.replace(unfinished, target)
    return sorted(items, key=lambda i: i.name)


def _index(unit: str, tahun: str, items: list[EvidenceItem]) -> FormDocument:
    rows = tuple(
        (
            FormCell(str(n)),
            FormCell(i.name),
            FormCell(i.what),
            FormCell(f"{max(1, round(i.size / 1024))} KB"),
        )
        for n, i in enumerate(sorted(items, key=lambda i: i.name), start=1)
    )
    return FormDocument(
        title=(
            "BUKTI PENERAPAN, MONITORING, EVALUASI DAN REVISI SOP",
            unit.upper(),
            f"TAHUN {tahun}",
        ),
        info=(("Isi", f"{len(items)} berkas"),),
        tables=(FormTable(("No", "Berkas", "Isi", "Ukuran"), (0.5, 4, 6, 1), rows),),
    )
