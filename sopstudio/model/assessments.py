"""Monitoring and evaluation records in the library, and which SOPs are due for them.

Records are library documents (with their own revision history): a monitoring per SOP and
period, an evaluation per SOP and year, and one list of evaluation criteria per library (the
government's own; the regulation's six when none was saved). Monitoring is due six months
after the last one, evaluation twelve months after the last one; an SOP never assessed counts
from its effective date (Tanggal Efektif), or is due now when that is empty.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from sopstudio.model.forms import FormDocument, evaluation_recap
from sopstudio.model.monitoring import (
    CRITERIA_KIND,
    DEFAULT_CRITERIA,
    EVALUATION_KIND,
    MONITORING_KIND,
    Evaluation,
    Monitoring,
    evaluation_from_dict,
    evaluation_to_dict,
    monitoring_from_dict,
    monitoring_to_dict,
)
from sopstudio.model.numbering import parse_indonesian_date
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.store.errors import NotFoundError

#: Months between two monitorings and between two evaluations (Permenpan-RB 35/2012).
MONITORING_MONTHS, EVALUATION_MONTHS = 6, 12
_CRITERIA_ID = "kriteria"


def save_monitoring(library: Library, monitoring: Monitoring) -> int:
    """Store (or update) a monitoring form; returns its revision."""
    return library.save_document(
        MONITORING_KIND,
        monitoring.doc_id,
        monitoring_to_dict(monitoring),
        f"Monitoring {monitoring.periode}",
    )


def save_evaluation(library: Library, evaluation: Evaluation) -> int:
    """Store (or update) an evaluation; returns its revision."""
    return library.save_document(
        EVALUATION_KIND,
        evaluation.doc_id,
        evaluation_to_dict(evaluation),
        f"Evaluasi {evaluation.tahun}",
    )


def _of_sop(library: Library, kind: str, sop_id: str) -> list[dict]:
    prefix = f"{sop_id}/"
    return [
        library.load_document(kind, d.id)
        for d in library.list_documents(kind)
        if d.id.startswith(prefix)
    ]


def monitorings(library: Library, sop_id: str) -> list[Monitoring]:
    """The SOP's monitoring forms, oldest assessment first."""
    found = [monitoring_from_dict(d) for d in _of_sop(library, MONITORING_KIND, sop_id)]
    return sorted(found, key=lambda m: (m.tanggal, m.periode))


def evaluations(library: Library, sop_id: str) -> list[Evaluation]:
    """The SOP's evaluations, oldest first."""
    found = [evaluation_from_dict(d) for d in _of_sop(library, EVALUATION_KIND, sop_id)]
    return sorted(found, key=lambda e: (e.tanggal, e.tahun))


def criteria(library: Library) -> tuple[str, ...]:
    """The library's evaluation criteria (the regulation's six until a government edits them)."""
    try:
        return tuple(library.load_document(CRITERIA_KIND, _CRITERIA_ID)["criteria"])
    except NotFoundError:
        return DEFAULT_CRITERIA


def save_criteria(library: Library, items: list[str]) -> None:
    """Replace the library's evaluation criteria (empty lines dropped)."""
    cleaned = [c.strip() for c in items if c.strip()]
    if not cleaned:
        raise ValueError("kriteria evaluasi tidak boleh kosong")
    library.save_document(CRITERIA_KIND, _CRITERIA_ID, {"criteria": cleaned}, "Kriteria evaluasi")


@dataclass(frozen=True)
class Due:
    """One SOP's next monitoring or evaluation: `last` is the date it counts from (the last
    assessment or the effective date; None when neither exists) and `due` when it falls."""

    sop_id: str
    nomor: str
    judul: str
    what: str  # MONITORING_KIND or EVALUATION_KIND
    last: datetime.date | None
    due: datetime.date

    def overdue(self, today: datetime.date) -> bool:
        return self.due <= today


def parse_date(text: str) -> datetime.date | None:
    """A stored date field (ISO, a month, or an Indonesian date) as a date; None otherwise."""
    iso = parse_indonesian_date(text or "")
    if iso is None:
        return None
    parts = [int(p) for p in iso.split("-")]
    return datetime.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole months, clamped to the month's last day (31 Aug + 6 = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def schedule(library: Library, today: datetime.date) -> list[Due]:
    """Every SOP's next monitoring and evaluation, soonest first."""
    items = []
    for summary in library.list_sops():
        sop = library.load_sop(summary.id)
        effective = parse_date(sop.tanggal_efektif)
        for what, months, done in (
            (MONITORING_KIND, MONITORING_MONTHS, [m.tanggal for m in monitorings(library, sop.id)]),
            (EVALUATION_KIND, EVALUATION_MONTHS, [e.tanggal for e in evaluations(library, sop.id)]),
        ):
            dates = [d for d in map(parse_date, done) if d is not None]
            last = max(dates) if dates else effective
            due = add_months(last, months) if last else today
            items.append(Due(sop.id, sop.nomor, sop.judul, what, last, due))
    return sorted(items, key=lambda d: (d.due, d.nomor, d.what))


def unit_sops(library: Library, unit: str) -> list[Sop]:
    """The SOPs of every unit whose path contains a unit named `unit` (case-insensitive),
    by nomor; NotFoundError when no unit has that name."""
    wanted = unit.strip().casefold()
    summaries = [
        s for s in library.list_sops() if any(part.casefold() == wanted for part in s.unit_path)
    ]
    if not summaries and not any(u.name.casefold() == wanted for u in library.units()):
        raise NotFoundError(f"unit {unit!r} tidak ditemukan di pustaka")
    return [library.load_sop(s.id) for s in sorted(summaries, key=lambda s: (s.nomor, s.judul))]


def unit_recap(library: Library, unit: str, tahun: str) -> FormDocument:
    """The unit's evaluation recap for a year: every SOP of the unit, evaluated or not."""
    items: list[tuple[Sop, Evaluation | None]] = []
    for sop in unit_sops(library, unit):
        found = [e for e in evaluations(library, sop.id) if e.tahun == tahun]
        items.append((sop, found[-1] if found else None))
    return evaluation_recap(unit, tahun, criteria(library), items)
