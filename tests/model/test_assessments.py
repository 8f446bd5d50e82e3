"""Monitoring and evaluation records in a real library file; the schedule of what is due."""

from __future__ import annotations

import datetime

import pytest

from sopstudio.model import jsonio
from sopstudio.model.assessments import (
    add_months,
    criteria,
    evaluations,
    monitorings,
    save_criteria,
    save_evaluation,
    save_monitoring,
    schedule,
)
from sopstudio.model.errors import FormatError
from sopstudio.model.monitoring import (
    BAIK,
    DEFAULT_CRITERIA,
    TIDAK_BAIK,
    blank_evaluation,
    blank_monitoring,
    evaluation_from_dict,
    evaluation_to_dict,
    monitoring_from_dict,
    monitoring_to_dict,
)
from sopstudio.model.store import Library
from sopstudio.resources import SAMPLES

SAMPLE = sorted((SAMPLES / "sops").glob("*.sop.json"))[0]


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "pustaka.sqlite") as opened:
        yield opened


def test_monitoring_is_prefilled_stored_and_read_back(library):
    sop = jsonio.load(SAMPLE)
    library.save_sop(sop)
    form = blank_monitoring(sop, "Semester I 2025")
    assert [r.prosedur for r in form.rows] == [s.text for s in sop.steps]
    form.rows[0].penilaian, form.rows[0].catatan = TIDAK_BAIK, "Surat sering terlambat"
    form.rows[0].tindakan = "Agenda elektronik"
    for row in form.rows[1:]:
        row.penilaian = BAIK
    form.tanggal, form.assessor.nama, form.assessor.jabatan = "2025-06-30", "Ani", "Analis"
    save_monitoring(library, form)
    assert monitorings(library, sop.id) == [form] and form.filled


def test_evaluation_criteria_are_the_governments_own(library):
    assert criteria(library) == DEFAULT_CRITERIA
    seven = [*DEFAULT_CRITERIA, "Sesuai dengan perkembangan teknologi informasi"]
    save_criteria(library, seven)
    assert criteria(library) == tuple(seven)
    sop = jsonio.load(SAMPLE)
    evaluation = blank_evaluation(sop, "2025", criteria(library))
    evaluation.answers[1].ya, evaluation.answers[1].catatan = False, "Istilah teknis"
    evaluation.caused_revision = 2
    save_evaluation(library, evaluation)
    assert evaluations(library, sop.id) == [evaluation] and evaluation.needs_revision
    assert len(evaluation.answers) == 7


def test_json_round_trip_and_bad_values():
    sop = jsonio.load(SAMPLE)
    form = blank_monitoring(sop, "Semester II 2025")
    assert monitoring_from_dict(monitoring_to_dict(form)) == form
    evaluation = blank_evaluation(sop, "2025")
    assert evaluation_from_dict(evaluation_to_dict(evaluation)) == evaluation
    bad = monitoring_to_dict(form)
    bad["rows"][0]["penilaian"] = "lumayan"
    with pytest.raises(FormatError, match="penilaian"):
        monitoring_from_dict(bad)
    with pytest.raises(FormatError):
        evaluation_from_dict({"format": "sopstudio-monitoring"})


def test_schedule_counts_from_effective_date_then_from_last_assessment(library):
    sop = jsonio.load(SAMPLE)
    sop.tanggal_efektif = "2025-01-31"
    library.save_sop(sop)
    today = datetime.date(2025, 8, 1)
    due = {d.what: d for d in schedule(library, today)}
    assert due["monitoring"].due == datetime.date(2025, 7, 31) and due["monitoring"].overdue(today)
    assert due["evaluasi"].due == datetime.date(2026, 1, 31)
    form = blank_monitoring(sop, "Semester I 2025")
    form.tanggal = "2025-07-15"
    save_monitoring(library, form)
    due = {d.what: d for d in schedule(library, today)}
    assert due["monitoring"].due == datetime.date(2026, 1, 15)
    assert not due["monitoring"].overdue(today)


def test_sop_without_effective_date_is_due_now(library):
    sop = jsonio.load(SAMPLE)
    sop.tanggal_efektif = ""
    library.save_sop(sop)
    today = datetime.date(2025, 8, 1)
    assert all(d.due == today and d.last is None for d in schedule(library, today))


def test_add_months_clamps_to_month_end():
    assert add_months(datetime.date(2025, 8, 31), 6) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2023, 8, 31), 6) == datetime.date(2024, 2, 29)
    assert add_months(datetime.date(2025, 1, 15), 12) == datetime.date(2026, 1, 15)
