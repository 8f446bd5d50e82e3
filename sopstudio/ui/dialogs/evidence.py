"""Paket bukti RB/ZI: choose a unit and a year, write the evidence zip."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopstudio.export.evidence import build_evidence
from sopstudio.model.errors import SopStudioError
from sopstudio.model.store import Library


class EvidenceDialog(QDialog):
    """The unit and year of an evidence pack; "Buat paket..." writes it."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paket bukti RB/ZI"))
        self.library = library
        self.unit = QComboBox(self)
        self.unit.addItems(sorted({u.name for u in library.units()}))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(datetime.date.today().year)
        self.message = QLabel(
            self.tr(
                "SOP yang berlaku, hasil monitoring, rekap evaluasi, "
                "perbandingan revisi dan pemetaan SOP, dengan daftar isi."
            ),
            self,
        )
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Tahun"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        build = buttons.addButton(self.tr("Buat paket..."), QDialogButtonBox.ButtonRole.ActionRole)
        build.clicked.connect(lambda: self.build_to(self._ask_target()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _ask_target(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan paket bukti"),
            f"bukti-{self.year.value()}.zip",
            self.tr("Arsip zip (*.zip)"),
        )
        return path

    def build_to(self, path: str) -> bool:
        """Write the pack to `path`; the message says what it holds or why it failed."""
        if not path or not self.unit.currentText():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            items = build_evidence(
                self.library, self.unit.currentText(), str(self.year.value()), path
            )
        except (SopStudioError, OSError) as exc:
            self.message.setText(self.tr("Paket gagal dibuat: %1").replace("%1", str(exc)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.setText(
            self.tr("Tersimpan: %1 (%2 berkas)").replace("%1", path).replace("%2", str(len(items)))
        )
        return True
