"""Bantuan > Periksa instalasi shows the self-test's lines, opened from the menu bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.main_window_fixtures import make_window


def test_help_menu_runs_the_installation_check(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    bar = window.menuBar()
    bantuan = next(a for a in bar.actions() if a.text() == "B&antuan")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bantuan).center())
    menu = QApplication.activePopupWidget()
    assert menu is bantuan.menu()
    QTest.keyClick(menu, Qt.Key.Key_P)  # &Periksa instalasi...
    dialog = window.self_test_dialog
    with qtbot.waitSignal(dialog.finished_checks, timeout=60_000) as finished:
        pass
    assert finished.args == [0]
    lines = dialog.lines.toPlainText().splitlines()
    assert len(lines) == 12 and all(line.startswith("OK ") for line in lines), lines
    assert lines[0].startswith("OK Skema berkas SOP:")
    assert dialog.status.text() == "Semua pemeriksaan lulus."
    dialog.grab().save(str(tmp_path / "periksa-instalasi.png"))
