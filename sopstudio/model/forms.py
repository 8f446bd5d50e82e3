"""The monitoring, evaluation and revision documents as renderer-neutral forms.

A `FormDocument` is what the PDF and DOCX writers both typeset: title lines, label/value
lines, tables whose cells may be marked (added, removed, changed: the redline), notes and a
signature block. The builders here decide the content; the writers only draw it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sopstudio.model.monitoring import PENILAIAN, Evaluation, Monitoring, blank_monitoring
from sopstudio.model.numbering import format_date_field
from sopstudio.model.sop import Sop
from sopstudio.model.sop_diff import SopDiff, Status
from sopstudio.model.sop_mapping import BARU, DICABUT, DIUBAH, TETAP, MappingEntry
from sopstudio.model.sop_time import sop_time


class Mark(str, Enum):
    """How a cell is marked in a redline."""

    NONE = ""
    ADDED = "baru"
    REMOVED = "dihapus"
    CHANGED = "diubah"


@dataclass(frozen=True)
class FormCell:
    text: str
    mark: Mark = Mark.NONE


@dataclass(frozen=True)
class FormTable:
    """A table: header cells, relative column widths, rows of cells."""

    header: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[FormCell, ...], ...]


@dataclass(frozen=True)
class FormDocument:
    """One printable form; `landscape` for wide tables."""

    title: tuple[str, ...]
    info: tuple[tuple[str, str], ...]
    tables: tuple[FormTable, ...]
    notes: tuple[str, ...] = ()
    signature: tuple[str, ...] = ()
    landscape: bool = False


def _cells(*texts: str, mark: Mark = Mark.NONE) -> tuple[FormCell, ...]:
    return tuple(FormCell(t, mark) for t in texts)


#: What a blank to fill in by hand prints (about 45 mm of dots).
BLANK = "." * 40
#: Empty lines left to write on: under the signatory's position, and in a blank form's cells.
SIGNING_LINES, WRITING_LINES = 5, 3


def _signature(tanggal: str, jabatan: str, nama: str) -> tuple[str, ...]:
    """The assessor's sign-off: date, position, room to sign, name and an NIP line."""
    return (f"Tanggal {format_date_field(tanggal) if tanggal else BLANK}",
            f"{jabatan or 'Penilai'},", *[""] * SIGNING_LINES,
            nama or f"({BLANK})", f"NIP. {BLANK}")  # fmt: skip


def monitoring_form(sop: Sop, monitoring: Monitoring | None = None) -> FormDocument:
    """Tabel 7, "Monitoring Pelaksanaan SOP AP": filled from `monitoring`, or blank to print
    for a field visit (every step listed, the assessment left to tick by hand)."""
    form = monitoring or blank_monitoring(sop, "")
    choice = " / ".join(PENILAIAN)
    room = "\n" * (WRITING_LINES - 1)  # a blank cell still leaves lines to write on
    rows = tuple(
        _cells(
            str(number),
            row.prosedur,
            row.penilaian or f"[ ] {PENILAIAN[0]}\n[ ] {PENILAIAN[1]}",
            row.catatan or room,
            row.tindakan or room,
        )
        for number, row in enumerate(form.rows, start=1)
    )
    table = FormTable(
        (
            "No",
            "Prosedur",
            f"Penilaian terhadap penerapan ({choice})",
            "Catatan hasil penilaian",
            "Tindakan yang harus diambil",
        ),
        (0.5, 4.0, 2.2, 2.6, 2.6),
        rows,
    )
    return FormDocument(
        title=("MONITORING PELAKSANAAN SOP ADMINISTRASI PEMERINTAHAN",),
        info=(
            ("Judul SOP", sop.judul),
            ("Nomor SOP", sop.nomor),
            ("Revisi SOP", str(form.revision)),
            ("Periode", form.periode or BLANK),
            ("Penilai", form.assessor.nama or BLANK),
            ("Jabatan", form.assessor.jabatan or BLANK),
        ),
        tables=(table,),
        signature=_signature(form.tanggal, form.assessor.jabatan, form.assessor.nama),
        landscape=True,
    )


_YA_TIDAK: dict[bool | None, str] = {True: "Ya", False: "Tidak"}


def _answer(value: bool | None) -> tuple[str, str]:
    return ("v" if value is True else "", "v" if value is False else "")


def evaluation_form(sop: Sop, evaluation: Evaluation) -> FormDocument:
    """One SOP's evaluation: every criterion with Ya/Tidak and the note."""
    rows = tuple(
        _cells(str(n), a.criterion, *_answer(a.ya), a.catatan)
        for n, a in enumerate(evaluation.answers, start=1)
    )
    caused = (
        ("Revisi yang dihasilkan", str(evaluation.caused_revision))
        if evaluation.caused_revision is not None
        else ("Revisi yang dihasilkan", "-")
    )
    return FormDocument(
        title=("EVALUASI PENERAPAN SOP ADMINISTRASI PEMERINTAHAN", f"TAHUN {evaluation.tahun}"),
        info=(
            ("Judul SOP", sop.judul),
            ("Nomor SOP", sop.nomor),
            ("Revisi yang dievaluasi", str(evaluation.revision)),
            caused,
        ),
        tables=(
            FormTable(("No", "Kriteria", "Ya", "Tidak", "Catatan"), (0.7, 5, 0.9, 0.9, 4), rows),
        ),
        signature=_signature(
            evaluation.tanggal, evaluation.assessor.jabatan, evaluation.assessor.nama
        ),
    )


def evaluation_recap(
    unit: str, tahun: str, criteria: tuple[str, ...], items: list[tuple[Sop, Evaluation | None]]
) -> FormDocument:
    """A unit's evaluation recap: one row per SOP, one Ya/Tidak column per criterion."""
    header = (
        "No",
        "Nomor SOP",
        "Judul SOP",
        *(f"K{n}" for n in range(1, len(criteria) + 1)),
        "Catatan",
        "Revisi",
    )
    rows = []
    for number, (sop, evaluation) in enumerate(items, start=1):
        answers = {a.criterion: a for a in evaluation.answers} if evaluation else {}
        marks = [_YA_TIDAK.get(getattr(answers.get(c), "ya", None), "-") for c in criteria]
        notes = "; ".join(a.catatan for a in answers.values() if a.catatan)
        revised = (
            str(evaluation.caused_revision)
            if evaluation and evaluation.caused_revision is not None
            else "-"
        )
        if evaluation is None:
            notes = "belum dievaluasi"
        rows.append(_cells(str(number), sop.nomor, sop.judul, *marks, notes, revised))
    legend = tuple(f"K{n}: {c}" for n, c in enumerate(criteria, start=1))
    return FormDocument(
        title=(
            "REKAPITULASI EVALUASI SOP ADMINISTRASI PEMERINTAHAN",
            unit.upper(),
            f"TAHUN {tahun}",
        ),
        info=(),
        tables=(FormTable(header, (0.5, 1.6, 4, *(0.8,) * len(criteria), 3, 0.9), tuple(rows)),),
        notes=legend,
        landscape=True,
    )


_STATUS_MARK = {
    Status.ADDED: Mark.ADDED,
    Status.REMOVED: Mark.REMOVED,
    Status.CHANGED: Mark.CHANGED,
    Status.SAME: Mark.NONE,
}
_FIELD_WORDS = {"text": "kegiatan", "actor": "pelaksana", "kind": "simbol", "kelengkapan":
                "kelengkapan", "waktu": "waktu", "output": "output", "keterangan": "keterangan",
                "next": "alur", "yes": "alur Ya", "no": "alur Tidak",
                "actor_guessed": "tanda tebakan"}  # fmt: skip


_IDENTITY_WORDS = {
    "nomor": "Nomor SOP", "judul": "Judul SOP", "unit_header": "Kop (unit kerja)",
    "tanggal_pembuatan": "Tanggal pembuatan", "tanggal_revisi": "Tanggal revisi",
    "tanggal_efektif": "Tanggal efektif", "approver.jabatan": "Disahkan oleh (jabatan)",
    "approver.nama": "Disahkan oleh (nama)", "approver.pangkat": "Disahkan oleh (pangkat)",
    "approver.nip": "Disahkan oleh (NIP)", "dasar_hukum": "Dasar hukum",
    "kualifikasi": "Kualifikasi pelaksana", "keterkaitan": "Keterkaitan",
    "peralatan": "Peralatan/perlengkapan", "peringatan": "Peringatan",
    "pencatatan": "Pencatatan dan pendataan", "style": "Gaya rumah",
}  # fmt: skip


def _side(sop: Sop, step) -> tuple[str, str, str]:
    if step is None:
        return "", "", ""
    names = {a.id: a.name for a in sop.actors}
    mutu = "\n".join(f"{label}: {value}" for label, value in (
        ("Kelengkapan", step.kelengkapan), ("Waktu", step.waktu), ("Output", step.output))
        if value)  # fmt: skip
    return names.get(step.actor or "", "-"), step.text, mutu


def redline(old: Sop, new: Sop, diff: SopDiff) -> FormDocument:
    """ "SOP lama | SOP baru" side by side with every change marked, for a reviewer."""
    old_numbers = {s.id: n for n, s in enumerate(old.steps, start=1)}
    new_numbers = {s.id: n for n, s in enumerate(new.steps, start=1)}
    rows = []
    for d in diff.steps:
        mark = _STATUS_MARK[d.status]
        what = (
            d.status.value
            if d.status is not Status.CHANGED
            else "diubah: " + ", ".join(_FIELD_WORDS.get(c.name, c.name) for c in d.changes)
        )
        left = _side(old, d.old)
        right = _side(new, d.new)
        rows.append(
            (
                FormCell(str(old_numbers.get(d.step_id, "")), mark),
                *(
                    FormCell(t, Mark.REMOVED if d.status is Status.REMOVED else Mark.NONE)
                    for t in left
                ),
                FormCell(str(new_numbers.get(d.step_id, "")), mark),
                *(
                    FormCell(t, mark if d.status is not Status.REMOVED else Mark.NONE)
                    for t in right
                ),
                FormCell(what if d.status is not Status.SAME else "", mark),
            )
        )
    identity = tuple(
        _cells(_IDENTITY_WORDS.get(c.name, c.name), _show(c.old), _show(c.new), mark=Mark.CHANGED)
        for c in diff.identity
        if c.name != "revision"
    )
    lanes = tuple(
        _cells(
            a.status.value,
            a.old.name if a.old else "",
            a.new.name if a.new else "",
            mark=_STATUS_MARK[a.status],
        )
        for a in diff.actors
        if a.status is not Status.SAME
    )
    counts = diff.counts()
    before, after = sop_time(old).longest, sop_time(new).longest
    tables = [
        FormTable(
            (
                "No",
                "Pelaksana (lama)",
                "Kegiatan (lama)",
                "Mutu baku (lama)",
                "No",
                "Pelaksana (baru)",
                "Kegiatan (baru)",
                "Mutu baku (baru)",
                "Perubahan",
            ),
            (0.55, 1.4, 3, 1.8, 0.55, 1.4, 3, 1.8, 1.6),
            tuple(rows),
        )
    ]
    if lanes or diff.lanes_reordered:
        order = (
            "urutan",
            " | ".join(a.name for a in old.actors),
            " | ".join(a.name for a in new.actors),
        )
        lanes += (_cells(*order, mark=Mark.CHANGED),) if diff.lanes_reordered else ()
        tables.insert(0, FormTable(("Pelaksana", "Lama", "Baru"), (1.2, 4, 4), lanes))
    if identity:
        tables.insert(0, FormTable(("Identitas", "Lama", "Baru"), (1.2, 4, 4), identity))
    return FormDocument(
        title=("PERBANDINGAN SOP LAMA DAN SOP BARU", new.judul),
        info=(
            ("Nomor SOP", new.nomor),
            ("Revisi", f"{old.revision} -> {new.revision}"),
            (
                "Langkah",
                f"{counts[Status.ADDED]} baru, {counts[Status.REMOVED]} dihapus, "
                f"{counts[Status.CHANGED]} diubah, {counts[Status.SAME]} tetap",
            ),
            (
                "Waktu terpanjang",
                f"{before.text if before else '-'} -> {after.text if after else '-'}",
            ),
        ),
        tables=tuple(tables),
        notes=("Tanda: hijau = baru, merah dicoret = dihapus, kuning = diubah.",),
        landscape=True,
    )


def _show(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(f"- {v}" for v in value)
    return "" if value is None else str(value)


def mapping_form(entries: list[MappingEntry], title: str) -> FormDocument:
    """The old-to-new table (Malang form): No | SOP lama | SOP baru | Keterangan."""
    marks = {BARU: Mark.ADDED, DICABUT: Mark.REMOVED, DIUBAH: Mark.CHANGED, TETAP: Mark.NONE}

    def side(sop: Sop | None) -> tuple[str, str]:
        return (sop.nomor, sop.judul) if sop else ("-", "-")

    rows = tuple(
        (
            FormCell(str(n)),
            *(FormCell(t) for t in (*side(e.old), *side(e.new))),
            FormCell(e.keterangan, marks[e.keterangan]),
        )
        for n, e in enumerate(entries, start=1)
    )
    return FormDocument(
        title=("PEMETAAN SOP LAMA DAN SOP BARU", title),
        info=(),
        tables=(
            FormTable(
                (
                    "No",
                    "Nomor SOP lama",
                    "Judul SOP lama",
                    "Nomor SOP baru",
                    "Judul SOP baru",
                    "Keterangan",
                ),
                (0.5, 1.6, 4, 1.6, 4, 1.2),
                rows,
            ),
        ),
        landscape=True,
    )
