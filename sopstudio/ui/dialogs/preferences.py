"""The preferences dialog: interface language and default paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.style import Paper
from sopstudio.ui.settings import LANGUAGES, Settings


class PreferencesDialog(QDialog):
    """Edits the preferences; OK writes them to the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferensi"))
        self.settings = settings
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.paper = QComboBox(self)
        self.paper.addItem("F4", Paper.F4)
        self.paper.addItem("A4", Paper.A4)
        self.paper.setCurrentIndex(self.paper.findData(settings.paper))
        note = QLabel(self.tr("Bahasa antarmuka berlaku setelah SOP Studio dibuka ulang."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Bahasa antarmuka"), self.language)
        form.addRow(self.tr("Kertas bawaan ekspor"), self.paper)
        # Own button texts: Qt ships no Indonesian translation of its standard buttons.
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.paper = self.paper.currentData()
        self.settings.sync()
        super().accept()
