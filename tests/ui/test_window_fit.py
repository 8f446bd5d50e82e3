"""Issue 15.7: the window fits the available screen; a document opens at fit width and
comes back at the zoom it was left at."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    open_by_title,
    sample_library_file,
    window,
)


def test_window_fits_the_screen_with_its_status_bar(qtbot, window):
    available = window.screen().availableGeometry()
    assert available.contains(
        window.frameGeometry().adjusted(0, 0, 0, 0).intersected(QRect(window.pos(), window.size()))
    )
    assert window.height() <= available.height() and window.width() <= available.width()
    laptop = QRect(0, 0, 1366, 768 - 32)  # a 1366x768 laptop with a panel
    window.fit_screen(laptop)
    bar = window.statusBar()
    bottom = window.mapTo(window, bar.geometry().bottomLeft()).y() + window.y()
    assert window.width() <= 1366 and bottom <= laptop.bottom()


def test_zoom_is_fit_width_then_remembered_per_document(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    view = document.editor.view
    qtbot.waitUntil(lambda: view.zoom != 1.0)
    fitted = view.zoom
    view.fit_width()
    assert abs(view.zoom - fitted) < 0.02
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.zoom
    assert zoomed > fitted
    window.close_tab(window.tabs.indexOf(document))
    again = open_by_title(qtbot, window, "Surat Masuk")
    qtbot.waitUntil(lambda: abs(again.editor.view.zoom - zoomed) < 1e-6)
