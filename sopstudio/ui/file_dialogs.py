"""File dialogs in Bahasa Indonesia that start where the user last was.

Qt ships no Indonesian translation of its own dialogs, so ours are Qt's non-native dialog
with every label set here. The last folder used is shared by all of them (the main window
keeps it in the settings between sessions).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget

from sopstudio.ui.confirm import confirm

_state: dict[str, Path] = {}


def last_folder() -> Path:
    """The folder of the last chosen file (the Documents folder at first)."""
    folder = _state.get("folder")
    if folder is not None and folder.is_dir():
        return folder
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


def remember(path: str | Path) -> None:
    """Remember a chosen file's folder (or a folder) for the next dialog."""
    path = Path(path)
    _state["folder"] = path if path.is_dir() else path.parent


def file_dialog(
    parent: QWidget | None, title: str, filters: str, save: bool, start: str | Path | None = None
) -> QFileDialog:
    """A non-native file dialog with Indonesian labels, opened at `start` or the last folder
    (a bare file name starts in the last folder)."""
    start = Path(start) if start else last_folder()
    if not start.is_absolute() or (not start.exists() and not start.parent.is_dir()):
        start = last_folder() / start.name
    dialog = QFileDialog(parent, title, str(start.parent if start.suffix else start), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if start.suffix:
        dialog.selectFile(start.name)
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("FileDialogs", "Cari di:"))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("FileDialogs", "Nama berkas:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("FileDialogs", "Jenis berkas:"))
    dialog.setLabelText(
        label.Accept,
        QCoreApplication.translate("FileDialogs", "Simpan")
        if save
        else QCoreApplication.translate("FileDialogs", "Buka"),
    )
    dialog.setLabelText(label.Reject, QCoreApplication.translate("FileDialogs", "Batal"))
    return dialog


def choose_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    save: bool = False,
    start: str | Path | None = None,
    confirm_overwrite: bool = True,
) -> str | None:
    """Ask for a file to open (or to save, asking before replacing one); None if cancelled."""
    dialog = file_dialog(parent, title, filters, save, start)
    while dialog.exec():
        path = dialog.selectedFiles()[0]
        if save and confirm_overwrite and Path(path).exists():
            question = QCoreApplication.translate("FileDialogs", "Berkas %1 sudah ada. Timpa?")
            if not confirm(
                parent,
                title,
                question.replace("%1", Path(path).name),
                QCoreApplication.translate("FileDialogs", "Timpa"),
            ):
                continue
        remember(path)
        return path
    return None


def add_open_button(buttons: QDialogButtonBox) -> QPushButton:
    """A hidden "Buka berkas" button for a dialog that writes a file; `show_written(path)`
    reveals it once the file exists."""
    button = buttons.addButton(
        QCoreApplication.translate("FileDialogs", "Buka berkas"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    button.hide()
    button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(button.property("path")))
    )
    return button


def show_written(button: QPushButton, path: str) -> None:
    """A file was written: remember its folder and let the button open it."""
    remember(path)
    button.setProperty("path", path)
    button.show()
