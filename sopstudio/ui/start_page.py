"""The start page shown while no SOP or decree is open: the first steps, and recent
libraries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Big buttons for the first steps and the list of recent libraries."""

    new_sop = Signal()
    open_sample = Signal()
    import_file = Signal()
    open_library = Signal()
    #: A recent library's path.
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(
            self.tr(
                "<h2>Selamat datang di SOP Studio</h2>"
                "<p>Susun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012): "
                "identitas, diagram alir, ekspor PDF/DOCX.</p>"
            ),
            self,
        )
        title.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for key, text, tip, signal in (
            (
                "new",
                self.tr("Buat SOP baru"),
                self.tr("SOP kosong di unit yang dipilih pada Pustaka (Ctrl+N)"),
                self.new_sop,
            ),
            (
                "sample",
                self.tr("Buka contoh"),
                self.tr("Pustaka contoh berisi SOP dan keputusan yang sudah jadi"),
                self.open_sample,
            ),
            (
                "import",
                self.tr("Impor dari Word/Excel..."),
                self.tr("Baca SOP dari berkas .docx, .txt atau .tsv (Ctrl+I)"),
                self.import_file,
            ),
            (
                "open",
                self.tr("Buka pustaka lain..."),
                self.tr("Buka atau buat berkas pustaka (Ctrl+O)"),
                self.open_library,
            ),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            column.addWidget(button)
            self.buttons[key] = button
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(140)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(PATH_ROLE))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addLayout(column)
        layout.addWidget(QLabel(self.tr("Pustaka terakhir (klik dua kali untuk membuka):"), self))
        layout.addWidget(self.recent)
        layout.addWidget(QLabel(self.tr("Tips: tekan F1 untuk daftar pintasan papan ketik."), self))
        layout.addStretch(1)
        self.setMaximumWidth(640)

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent libraries (newest first)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name + "  \u2014  " + path, self.recent)
            item.setData(PATH_ROLE, path)
