"""Monitoring and evaluation of an SOP (Permenpan-RB 35/2012, Tabel 7 and the evaluation).

A `Monitoring` is the "Monitoring Pelaksanaan SOP AP" form for one SOP and one period: a row
per step (No | Prosedur | Penilaian terhadap penerapan | Catatan hasil penilaian | Tindakan
yang harus diambil), the assessor and the date. An `Evaluation` answers the evaluation
criteria with Ya/Tidak and a note, and may name the revision its findings caused. Both are
plain data with a versioned JSON form; the library stores them as documents. The SOP revision
they assessed is "sop_revision" in JSON ("revision" is the stored document's own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sopstudio.model.errors import FormatError
from sopstudio.model.jsonio import JsonReader
from sopstudio.model.sop import Sop

#: The two assessments a monitoring row may hold ("" = not assessed yet).
BAIK = "Berjalan dengan baik"
TIDAK_BAIK = "Tidak berjalan dengan baik"
PENILAIAN = (BAIK, TIDAK_BAIK)

#: The regulation's six evaluation criteria; a government may edit them or add a seventh.
DEFAULT_CRITERIA: tuple[str, ...] = (
    "Mampu mendorong peningkatan kinerja",
    "Mudah dipahami",
    "Mudah dilaksanakan",
    "Semua orang dapat menjalankan perannya masing-masing",
    "Mampu mengatasi permasalahan yang berkaitan dengan proses",
    "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
)

MONITORING_KIND, EVALUATION_KIND, CRITERIA_KIND = "monitoring", "evaluasi", "kriteria-evaluasi"
FORMAT_VERSION = 1


@dataclass
class Assessor:
    """Who assessed: name and position."""

    nama: str = ""
    jabatan: str = ""


@dataclass
class MonitoringRow:
    """One step's assessment; `prosedur` is the step text at the time of the form."""

    step_id: str
    prosedur: str
    penilaian: str = ""
    catatan: str = ""
    tindakan: str = ""


@dataclass
class Monitoring:
    """The monitoring form of one SOP revision for one period ("Semester I 2025")."""

    sop_id: str
    revision: int
    periode: str
    tanggal: str = ""  # ISO date of the assessment
    assessor: Assessor = field(default_factory=Assessor)
    rows: list[MonitoringRow] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return f"{self.sop_id}/{self.periode}"

    @property
    def filled(self) -> bool:
        return bool(self.rows) and all(r.penilaian for r in self.rows)


@dataclass
class Answer:
    """One criterion answered: Ya (True), Tidak (False) or not yet (None), with a note."""

    criterion: str
    ya: bool | None = None
    catatan: str = ""


@dataclass
class Evaluation:
    """The evaluation of one SOP revision for one year; `caused_revision` links the findings
    to the revision of the SOP they led to."""

    sop_id: str
    revision: int
    tahun: str
    tanggal: str = ""
    assessor: Assessor = field(default_factory=Assessor)
    answers: list[Answer] = field(default_factory=list)
    caused_revision: int | None = None

    @property
    def doc_id(self) -> str:
        return f"{self.sop_id}/{self.tahun}"

    @property
    def needs_revision(self) -> bool:
        """True when some criterion was answered Tidak."""
        return any(a.ya is False for a in self.answers)


def blank_monitoring(sop: Sop, periode: str) -> Monitoring:
    """A monitoring form for `sop`, one empty row per step."""
    rows = [MonitoringRow(s.id, s.text) for s in sop.steps]
    return Monitoring(sop.id, sop.revision, periode, rows=rows)


def blank_evaluation(
    sop: Sop, tahun: str, criteria: tuple[str, ...] = DEFAULT_CRITERIA
) -> Evaluation:
    """An evaluation of `sop` with every criterion unanswered."""
    return Evaluation(sop.id, sop.revision, tahun, answers=[Answer(c) for c in criteria])


# -- JSON ------------------------------------------------------------------------------


def _assessor_dict(a: Assessor) -> dict[str, str]:
    return {"nama": a.nama, "jabatan": a.jabatan}


def monitoring_to_dict(m: Monitoring) -> dict[str, Any]:
    return {
        "format": "sopstudio-monitoring", "version": FORMAT_VERSION,
        "sop_id": m.sop_id, "sop_revision": m.revision, "periode": m.periode,
        "tanggal": m.tanggal, "assessor": _assessor_dict(m.assessor),
        "rows": [{"step_id": r.step_id, "prosedur": r.prosedur, "penilaian": r.penilaian,
                  "catatan": r.catatan, "tindakan": r.tindakan} for r in m.rows],
    }  # fmt: skip


def evaluation_to_dict(e: Evaluation) -> dict[str, Any]:
    return {
        "format": "sopstudio-evaluasi", "version": FORMAT_VERSION,
        "sop_id": e.sop_id, "sop_revision": e.revision, "tahun": e.tahun, "tanggal": e.tanggal,
        "assessor": _assessor_dict(e.assessor), "caused_revision": e.caused_revision,
        "answers": [{"criterion": a.criterion, "ya": a.ya, "catatan": a.catatan}
                    for a in e.answers],
    }  # fmt: skip


def _reader(data: Any, fmt: str) -> JsonReader:
    r = JsonReader(data, "")
    if r.text("format") != fmt:
        raise FormatError(f"bukan berkas {fmt}", "format")
    if r.integer("version") > FORMAT_VERSION:
        raise FormatError(
            "versi berkas lebih baru dari aplikasi ini; perbarui SOP Studio", "version"
        )
    return r


def _assessor(r: JsonReader) -> Assessor:
    return Assessor(r.text("nama"), r.text("jabatan"))


def monitoring_from_dict(data: Any) -> Monitoring:
    """A monitoring form from its JSON dict (FormatError saying what and where)."""
    r = _reader(data, "sopstudio-monitoring")
    rows = []
    for row in r.items("rows"):
        penilaian = row.text("penilaian")
        if penilaian and penilaian not in PENILAIAN:
            raise FormatError(
                f"penilaian harus {BAIK!r} atau {TIDAK_BAIK!r}", row._path("penilaian")
            )
        rows.append(
            MonitoringRow(
                row.text("step_id", required=True),
                row.text("prosedur"),
                penilaian,
                row.text("catatan"),
                row.text("tindakan"),
            )
        )
    return Monitoring(
        r.text("sop_id", required=True),
        r.integer("sop_revision"),
        r.text("periode", required=True),
        r.text("tanggal"),
        _assessor(r.obj("assessor")),
        rows,
    )


def evaluation_from_dict(data: Any) -> Evaluation:
    """An evaluation from its JSON dict (FormatError saying what and where)."""
    r = _reader(data, "sopstudio-evaluasi")
    answers = []
    for item in r.items("answers"):
        ya = item.data.get("ya")
        if ya is not None and not isinstance(ya, bool):
            raise FormatError("harus true, false atau null", item._path("ya"))
        answers.append(Answer(item.text("criterion", required=True), ya, item.text("catatan")))
    caused = r.data.get("caused_revision")
    if caused is not None and (not isinstance(caused, int) or isinstance(caused, bool)):
        raise FormatError("harus berupa bilangan bulat atau null", "caused_revision")
    return Evaluation(
        r.text("sop_id", required=True),
        r.integer("sop_revision"),
        r.text("tahun", required=True),
        r.text("tanggal"),
        _assessor(r.obj("assessor")),
        answers,
        caused,
    )
