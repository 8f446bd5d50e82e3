"""Issue 15.2: keys typed after leaving the in-place cell editor for the Properti Langkah
dock reach the dock; F2/Tab never open the cell editor with its text selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.canvas_helpers import symbol_center, to_view
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    open_by_title,
    sample_library_file,
    window,
)

K = Qt.Key


def test_f2_then_click_properti_field_keeps_every_key(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    document = open_by_title(qtbot, window, "Surat Masuk")
    editor, dock = document.editor, window.properties_dock
    step = document.sop.steps[1]
    original = step.text
    QTest.mouseClick(
        editor.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=to_view(editor, symbol_center(editor, step.id)),
    )
    assert editor.selected_step_id() == step.id
    QTest.keyClick(editor.view, K.Key_F2)
    assert editor.cell_editor is not None
    QTest.keyClicks(QApplication.focusWidget(), " segera")
    field = dock.lines["keterangan"]
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field
    QTest.keyClicks(QApplication.focusWidget(), "Catatan")
    QTest.keyClick(QApplication.focusWidget(), K.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "x")
    assert editor.cell_editor is None
    assert step.text == original + " segera"
    assert step.keterangan.endswith("Catatan")


def test_tab_on_the_canvas_edits_without_selecting_the_text(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    editor = document.editor
    step = document.sop.steps[0]
    original = step.text
    editor.select_step(step.id)
    editor.view.setFocus()
    QTest.keyClick(editor.view, K.Key_Tab)
    QTest.keyClicks(editor.cell_editor, "!")
    QTest.keyClick(editor.cell_editor, K.Key_Return)
    assert step.text == original + "!"
