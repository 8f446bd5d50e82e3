"""Issue 15.6: a start page, a hint on the empty flowchart, a symbol palette, every step and
lane command in the Sunting menu with its keys, a one-page Bantuan, move lane left/right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser, QToolButton

from sopstudio.model.sop import StepKind
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    sample_library_file,
    window,
)


def click_palette(window, name: str) -> None:
    action = window.findChild(type(window.palette_actions[0]), f"palette_{name}")
    button = next(
        b for b in window.palette.findChildren(QToolButton) if b.defaultAction() is action
    )
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_page_then_first_step_from_the_hint_and_the_palette(qtbot, window):
    assert window.central.currentWidget().isAncestorOf(window.start_page)
    assert window.start_page.isVisible()
    QTest.mouseClick(window.start_page.buttons["new"], Qt.MouseButton.LeftButton)
    document = window.current_document()
    assert document is not None and not window.start_page.isVisible()
    document.setCurrentIndex(1)
    editor = document.editor
    assert editor.empty_hint.isVisible()
    QTest.mouseClick(editor.first_step_button, Qt.MouseButton.LeftButton)
    assert len(document.sop.steps) == 1 and editor.cell_editor is not None
    QTest.keyClicks(editor.cell_editor, "Menerima berkas")
    QTest.keyClick(editor.cell_editor, Qt.Key.Key_Return)
    assert not editor.empty_hint.isVisible()
    click_palette(window, "decision")
    assert [s.kind for s in document.sop.steps] == [StepKind.START, StepKind.DECISION]
    click_palette(window, "lane")
    assert len(document.sop.actors) == 2
    # Closing the last tab brings the start page back.
    window.close_tab(0)
    assert window.start_page.isVisible()


def test_sunting_menu_lists_every_canvas_command_with_keys(qtbot, window):
    window.new_sop()
    document = window.current_document()
    document.setCurrentIndex(1)
    sunting = next(a.menu() for a in window.menuBar().actions() if "Sunting" in a.text())
    texts = [a.text() for a in sunting.actions()]
    for expected in (
        "Sisipkan langkah di bawah\tEnter",
        "Jadikan Keputusan\tCtrl+2",
        "Tambah pelaksana\tCtrl+L",
        "Geser pelaksana ke kanan\tCtrl+Shift+Right",
        "Naikkan langkah\tCtrl+Up",
    ):
        assert expected in texts
    editor = document.editor
    editor.add_lane(rename=False)
    first, second = (a.id for a in document.sop.actors)
    editor.select_step(None)
    editor.insert_step(edit=False)
    # Ctrl+Shift+Right on the canvas moves the selected step's lane right.
    editor.view.setFocus()
    QTest.keyClick(
        editor.view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [a.id for a in document.sop.actors] == [second, first]
    # The same from the menu, triggered by a real click.
    action = next(a for a in sunting.actions() if a.text().startswith("Geser pelaksana ke kiri"))
    window.menuBar().setActiveAction(
        next(a for a in window.menuBar().actions() if a.menu() is sunting)
    )
    qtbot.waitUntil(sunting.isVisible)
    QTest.mouseClick(
        sunting, Qt.MouseButton.LeftButton, pos=sunting.actionGeometry(action).center()
    )
    assert [a.id for a in document.sop.actors] == [first, second]


def test_f1_shows_the_shortcuts(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    html = dialog.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+Shift+Left" in html and "Ctrl+L" in html and "Pustaka" in html
