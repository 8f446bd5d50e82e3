"""Fixtures for main-window tests: a sample library, settings and recovery in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sopstudio.ui.app import build_sample_library
from sopstudio.ui.main_window import MainWindow
from sopstudio.ui.settings import Settings


@pytest.fixture(scope="session")
def sample_library_file(tmp_path_factory) -> Path:
    """The bundled samples built into a library once per session (copied per test)."""
    return build_sample_library(tmp_path_factory.mktemp("samples") / "contoh.sqlite")


@pytest.fixture
def library_path(tmp_path, sample_library_file) -> Path:
    path = tmp_path / "pustaka.sqlite"
    path.write_bytes(sample_library_file.read_bytes())
    return path


def make_window(qtbot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, tmp_path / "recovery")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path, library_path) -> MainWindow:
    """The main window on a copy of the sample library."""
    window = make_window(qtbot, tmp_path)
    assert window.open_library(library_path)
    return window


def double_click_item(tree, item) -> None:
    """A real double-click on a tree item (press, release, double-click, release), once
    pending layout changes have settled, as they have for a user."""
    QApplication.processEvents()
    tree.scrollToItem(item)
    centre: QPoint = tree.visualItemRect(item).center()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def open_by_title(qtbot, window: MainWindow, words: str):
    """Open the SOP whose tree label contains `words` by double-clicking it."""
    tree = window.library_dock.tree
    item = next(i for i in window.library_dock.sop_items() if words in i.text(0))
    double_click_item(tree, item)
    qtbot.waitUntil(lambda: window.current_document() is not None)
    return window.current_document()
