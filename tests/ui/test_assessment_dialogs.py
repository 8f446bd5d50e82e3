"""Monitoring, evaluation, revisions, time, schedule and evidence from the Evaluasi menu,
filled with real mouse clicks and key presses."""

from __future__ import annotations

import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from sopstudio.model import ops
from sopstudio.model.assessments import evaluations, monitorings
from sopstudio.model.monitoring import BAIK, TIDAK_BAIK
from tests.ui.main_window_fixtures import (  # noqa: F401
    double_click_item,
    library_path,
    sample_library_file,
    window,
)


@pytest.fixture
def document(qtbot, window):
    item = window.library_dock.sop_items()[0]
    double_click_item(window.library_dock.tree, item)
    qtbot.waitUntil(lambda: window.current_document() is not None)
    return window.current_document()


def _menu_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&valuasi")
    return next(a for a in menu.actions() if a.text() == text)


def _type_into_cell(qtbot, table, row, column, text):
    """Click the cell, F2 to edit, type, Enter."""
    table.scrollTo(table.model().index(row, column))
    rect = table.visualRect(table.model().index(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row and table.currentColumn() == column
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _choose(qtbot, combo: QComboBox, text: str):
    """Pick an entry of a combo with the keyboard, as a user tabbing through the form."""
    combo.setFocus()
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    index = combo.findText(text)
    for _ in range(index - combo.currentIndex()):
        QTest.keyClick(combo.view(), Qt.Key.Key_Down)
    QTest.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == text)


def test_monitoring_filled_in_the_app_is_stored_and_printed(qtbot, window, document, tmp_path):
    _menu_action(window, "&Monitoring SOP...").trigger()
    from sopstudio.ui.dialogs.assessment import MonitoringDialog

    dialog = window.findChild(MonitoringDialog)
    assert dialog is not None and dialog.table.rowCount() == len(document.sop.steps)
    QTest.keyClicks(dialog.periode.lineEdit(), "Semester I 2026")
    QTest.keyClicks(dialog.tanggal, "30 Juni 2026")
    QTest.keyClicks(dialog.nama, "Maria Bria")
    for row in range(dialog.table.rowCount()):
        _choose(qtbot, dialog.table.cellWidget(row, 2), BAIK if row else TIDAK_BAIK)
    _type_into_cell(qtbot, dialog.table, 0, 3, "Surat terlambat diagendakan")
    _type_into_cell(qtbot, dialog.table, 0, 4, "Agenda elektronik")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = monitorings(window.library, document.sop.id)
    assert len(stored) == 1 and stored[0].periode == "Semester I 2026"
    assert stored[0].tanggal == "2026-06-30" and stored[0].assessor.nama == "Maria Bria"
    assert stored[0].rows[0].penilaian == TIDAK_BAIK and stored[0].filled
    assert stored[0].rows[0].catatan == "Surat terlambat diagendakan"
    assert stored[0].rows[0].tindakan == "Agenda elektronik"
    out = tmp_path / "monitoring.pdf"
    assert dialog.print_to(str(out))
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Surat terlambat diagendakan" in text and "Maria Bria" in text
    blank = tmp_path / "kosong.docx"
    assert dialog.print_blank(str(blank)) and blank.stat().st_size > 0


def test_an_unreadable_date_is_not_stored(qtbot, window, document):
    from sopstudio.ui.dialogs.assessment import MonitoringDialog

    dialog = MonitoringDialog(window.library, window.library.load_sop(document.sop.id), "2026")
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.tanggal, "besok pagi")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Tanggal tidak dikenali" in dialog.message.text()
    assert monitorings(window.library, document.sop.id) == []


def test_evaluation_filled_in_the_app(qtbot, window, document, tmp_path):
    from sopstudio.ui.dialogs.assessment import EvaluationDialog

    _menu_action(window, "&Evaluasi SOP...").trigger()
    dialog = window.findChild(EvaluationDialog)
    assert dialog.table.rowCount() == 6
    for row in range(6):
        _choose(qtbot, dialog.table.cellWidget(row, 1), "Tidak" if row == 2 else "Ya")
    _type_into_cell(qtbot, dialog.table, 2, 2, "Langkah 4 berbelit")
    dialog.caused.setFocus()
    QTest.keyClick(dialog.caused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.caused, "3")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (stored,) = evaluations(window.library, document.sop.id)
    assert [a.ya for a in stored.answers] == [True, True, False, True, True, True]
    assert stored.answers[2].catatan == "Langkah 4 berbelit" and stored.caused_revision == 3
    assert stored.needs_revision
    out = tmp_path / "evaluasi.docx"
    assert dialog.print_to(str(out))


def test_revisions_dialog_shows_the_change(qtbot, window, document, tmp_path):
    from sopstudio.ui.dialogs.revisions import RevisionDialog

    step = document.sop.steps[1]
    document.editor.run(ops.SetStepField(step.id, "waktu", "9 hari"), "Waktu")
    assert window.save_all()
    _menu_action(window, "&Bandingkan revisi...").trigger()
    dialog = window.findChild(RevisionDialog)
    changes = [
        dialog.table.item(r, dialog.table.columnCount() - 1).text()
        for r in range(dialog.table.rowCount())
    ]
    assert "diubah: waktu" in changes
    assert dialog.export_to(str(tmp_path / "perbandingan.pdf"))


def test_time_dialog_follows_edits(qtbot, window, document):
    from sopstudio.ui.dialogs.sop_time import SopTimeDialog

    _menu_action(window, "&Waktu dan beban pelaksana...").trigger()
    dialog = window.findChild(SopTimeDialog)
    before = dialog.paths.text()
    document.editor.run(ops.SetStepField(document.sop.steps[1].id, "waktu", "20 hari"), "Waktu")
    assert dialog.paths.text() != before and "hari" in dialog.paths.text()
    document.undo_stack.undo()
    assert dialog.paths.text() == before
    dialog.close()


def test_schedule_opens_a_due_sop(qtbot, window):
    from sopstudio.ui.dialogs.schedule import ScheduleDialog

    _menu_action(window, "&Jadwal monitoring dan evaluasi...").trigger()
    dialog = window.findChild(ScheduleDialog)
    assert dialog.table.rowCount() == 2 * len(window.library.list_sops())
    rect = dialog.table.visualRect(dialog.table.model().index(0, 3))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_document() is not None)
    assert window.current_document().sop.id == dialog.items[0].sop_id


def test_evidence_pack_from_the_menu(qtbot, window, tmp_path):
    from sopstudio.ui.dialogs.evidence import EvidenceDialog

    _menu_action(window, "&Paket bukti RB/ZI...").trigger()
    dialog = window.findChild(EvidenceDialog)
    dialog.unit.setCurrentText("Biro Organisasi")
    out = tmp_path / "bukti.zip"
    assert dialog.build_to(str(out)), dialog.message.text()
    with zipfile.ZipFile(out) as pack:
        assert "00-daftar-isi.pdf" in pack.namelist()
