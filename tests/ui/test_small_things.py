"""Issue 15.10: Indonesian file dialogs that start in the last folder, list editors that
take pasted lines and show a new row, "Buka berkas" after export, tabs reopened, and the
Properti panel back at a usable width."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from sopstudio.ui.commands import UndoRunner
from sopstudio.ui.list_editor import LineEditor
from sopstudio.ui.sop.identity_form import IdentityForm
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    open_by_title,
    sample_library_file,
    window,
)
from tests.ui.samples import make_sample

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "pbj-surat-masuk-keluar.tsv"


def test_file_dialog_is_indonesian_and_starts_in_the_last_folder(qtbot, window):
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(
            (
                [label.text() for label in dialog.findChildren(QLabel)],
                dialog.directory().absolutePath(),
            )
        )
        if len(seen) == 1:
            # Typing into the name field works by hand; offscreen the path completer's
            # popup keeps the keys, so the file is chosen through the dialog's API.
            dialog.selectFile(str(FIXTURE))
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    dialog = window.import_file()
    assert dialog is not None and dialog.path == FIXTURE
    labels, _ = seen[0]
    assert "Nama berkas:" in labels and "Cari di:" in labels
    dialog.close()
    QTimer.singleShot(0, answer)
    assert window.import_package() is None
    assert seen[1][1] == str(FIXTURE.parent)


def test_pasting_two_lines_makes_two_items_and_plus_shows_a_row(qtbot):
    sop = make_sample()
    form = IdentityForm(sop, UndoRunner(sop, QUndoStack()))
    qtbot.addWidget(form)
    form.resize(900, 1400)
    form.show()
    editor = form.fields["peralatan"]
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.list.currentRow()
    assert editor.list.visualItemRect(editor.list.item(row)).height() > 0
    line = editor.list.findChild(LineEditor)
    assert line is not None and line.isVisible() and line.placeholderText()
    QApplication.clipboard().setText("Komputer\nPrinter\n")
    QTest.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sop.peralatan == ["Komputer", "Printer"])
    QApplication.clipboard().setText("ATK\nTelepon")
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sop.peralatan == ["Komputer", "Printer", "ATK", "Telepon"]


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls = []

    @Slot("QUrl")
    def open(self, url) -> None:
        self.urls.append(url.toLocalFile())


def test_open_file_after_export(qtbot, window, tmp_path):
    open_by_title(qtbot, window, "Surat Masuk")
    dialog = window.export("pdf")
    dialog.path.setText(str(tmp_path / "surat.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.open_button.isVisible()
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(tmp_path / "surat.pdf")]


def test_tabs_reopen_and_properti_comes_back_wide(qtbot, window, tmp_path, library_path):
    first = open_by_title(qtbot, window, "Surat Masuk").sop.id
    second = open_by_title(qtbot, window, "Nota Dinas").sop.id
    window.resizeDocks([window.properties_dock], [60], Qt.Orientation.Horizontal)
    window.properties_dock.hide()
    window.close()
    again = make_window(qtbot, tmp_path)
    assert again.open_library(library_path)
    assert [d.sop.id for d in again.documents()] == [first, second]
    again.properties_dock.show()
    qtbot.waitUntil(lambda: again.properties_dock.width() >= 240)
