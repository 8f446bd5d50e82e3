"""The identity form: fields, dates and the six lists, all undoable on the document stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from sopstudio.model.sop import LIST_FIELDS
from sopstudio.ui.commands import UndoRunner
from sopstudio.ui.sop.identity_form import IdentityForm
from tests.ui.helpers import snapshot
from tests.ui.samples import make_sample


@pytest.fixture
def form(qtbot):
    sop = make_sample()
    stack = QUndoStack()
    form = IdentityForm(sop, UndoRunner(sop, stack))
    form.stack = stack
    qtbot.addWidget(form)
    form.resize(900, 1400)
    form.show()
    return form


def undo_all_redo_all(form, before, after):
    while form.stack.canUndo():
        form.stack.undo()
    assert form.sop == before
    while form.stack.canRedo():
        form.stack.redo()
    assert form.sop == after


def test_every_identity_field_has_a_widget(form):
    names = {
        "nomor",
        "judul",
        "style",
        "unit_header",
        "tanggal_pembuatan",
        "tanggal_revisi",
        "tanggal_efektif",
        "approver.jabatan",
        "approver.nama",
        "approver.pangkat",
        "approver.nip",
        *LIST_FIELDS,
    }
    assert set(form.fields) == names
    assert form.fields["judul"].text() == form.sop.judul


def test_typing_in_one_field_is_one_command(form):
    before = snapshot(form.sop)
    field = form.fields["approver.nama"]
    field.setFocus()
    QTest.keyClicks(field, "Drs. Yohanes")
    assert form.sop.approver.nama == "Drs. Yohanes"
    assert form.stack.count() == 1
    # Leaving the field ends the session: the next typing is a new command.
    form.fields["approver.nip"].setFocus()
    QTest.keyClicks(form.fields["approver.nip"], "197103291999031002")
    assert form.stack.count() == 2
    after = snapshot(form.sop)
    undo_all_redo_all(form, before, after)
    assert form.fields["approver.nama"].text() == "Drs. Yohanes"
    form.stack.undo()
    form.stack.undo()
    assert form.fields["approver.nama"].text() == ""


def test_date_field_shows_indonesian_and_stores_iso(form):
    before = snapshot(form.sop)
    field = form.fields["tanggal_pembuatan"]
    # The sample's "02 Desember 2020" is read as a date.
    assert field.value() == "2020-12-02"
    assert field.edit.text() == "2 Desember 2020"
    type_date(field, "17 September 2024")
    assert form.sop.tanggal_pembuatan == "2024-09-17"
    assert field.edit.text() == "17 September 2024"
    QTest.mouseClick(field.month_only, Qt.MouseButton.LeftButton)
    assert form.sop.tanggal_pembuatan == "2024-09"
    assert field.edit.text() == "September 2024"
    QTest.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert form.sop.tanggal_pembuatan == ""
    after = snapshot(form.sop)
    undo_all_redo_all(form, before, after)
    form.stack.setIndex(1)
    assert field.edit.text() == "17 September 2024"


def type_date(field, text: str) -> None:
    """Click into a date field, Ctrl+A, type, Tab away."""
    QTest.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.edit, text)
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)


def test_date_typed_with_keyboard(form):
    field = form.fields["tanggal_efektif"]
    type_date(field, "5/1/2024")
    QTest.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(field.edit, Qt.Key.Key_Up)
    assert form.sop.tanggal_efektif == "2024-01-06"


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("12/03/2025", "2025-03-12"),
        ("1 April 2025", "2025-04-01"),
        ("1 Apr 2025", "2025-04-01"),
        ("April 2025", "2025-04"),
        ("31-12-2024", "2024-12-31"),
    ],
)
def test_typed_indonesian_dates_are_kept(form, typed, stored):
    """Issue 15.4: typed dates are read, not discarded; Ctrl+A replaces "(kosong)"."""
    field = form.fields["tanggal_revisi"]
    type_date(field, typed)
    assert form.sop.tanggal_revisi == stored


def test_text_that_is_no_date_is_kept_and_marked(form):
    field = form.fields["tanggal_revisi"]
    type_date(field, "akhir Maret")
    assert form.sop.tanggal_revisi == "akhir Maret"
    assert field.edit.text() == "akhir Maret" and field.toolTip()


def test_calendar_opens_at_today(form, qtbot):
    field = form.fields["tanggal_revisi"]
    field.set_value("")
    shown = []

    def pick_today() -> None:
        # The calendar menu runs its own event loop: look and press Enter from inside it.
        calendar = field.calendar
        if not calendar.isVisible():
            QTimer.singleShot(20, pick_today)
            return
        shown.append((calendar.selectedDate(), calendar.yearShown(), calendar.monthShown()))
        QTest.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)

    QTimer.singleShot(0, pick_today)
    QTest.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    today = QDate.currentDate()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [(today, today.year(), today.month())]
    qtbot.waitUntil(lambda: form.sop.tanggal_revisi == today.toString("yyyy-MM-dd"))


def _edit_current_item(form, editor, text):
    """Type into the in-place editor of the list's current item and press Enter."""
    if editor.list.state() != editor.list.State.EditingState:
        editor.list.editItem(editor.list.currentItem())
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.parent() is editor.list.viewport()
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_list_add_edit_reorder_remove(form):
    before = snapshot(form.sop)
    editor = form.fields["peralatan"]
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert form.sop.peralatan == [""]
    _edit_current_item(form, editor, "Komputer")
    assert form.sop.peralatan == ["Komputer"]
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _edit_current_item(form, editor, "Printer")
    assert form.sop.peralatan == ["Komputer", "Printer"]
    QTest.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert form.sop.peralatan == ["Printer", "Komputer"]
    assert editor.list.currentRow() == 0
    editor.list.setCurrentRow(1)
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.sop.peralatan == ["Printer"]
    after = snapshot(form.sop)
    undo_all_redo_all(form, before, after)
    form.stack.undo()
    assert editor.items() == ["Printer", "Komputer"]


def test_unit_header_lines(form):
    editor = form.fields["unit_header"]
    assert editor.items() == form.sop.unit_header
    editor.list.setCurrentRow(2)
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _edit_current_item(form, editor, "BAGIAN TATA LAKSANA")
    assert form.sop.unit_header[-1] == "BAGIAN TATA LAKSANA"
    form.stack.undo()
    form.stack.undo()
    assert len(form.sop.unit_header) == 3


def test_style_choice(form):
    combo = form.fields["style"]
    combo.setCurrentIndex(combo.findData("malang"))
    combo.activated.emit(combo.currentIndex())
    assert form.sop.style == "malang"
    form.stack.undo()
    assert form.sop.style == "permenpan" and combo.currentData() == "permenpan"
