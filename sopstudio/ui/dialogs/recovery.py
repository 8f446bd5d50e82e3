"""The recovery dialog: edits a crash kept from the library, offered back on opening it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from sopstudio.ui.autosave import JournalEntry

RESTORE = "restore"
DISCARD = "discard"
LATER = "later"


class RecoveryDialog(QDialog):
    """Lists the journaled SOPs and decrees; `choice` is RESTORE, DISCARD or LATER after it
    closes."""

    def __init__(self, entries: list[JournalEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pemulihan"))
        self.choice = LATER
        intro = QLabel(
            self.tr(
                "SOP Studio tidak ditutup dengan benar. Perubahan berikut belum tersimpan di "
                "pustaka. Pulihkan sekarang?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for entry in entries:
            when = entry.written_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
            title = entry.title or self.tr("SOP tanpa judul")
            self.list.addItem(f"{title} ({when})")
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Buang perubahan"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("Nanti"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(lambda: self._close_with(RESTORE))
        self.discard_button.clicked.connect(lambda: self._close_with(DISCARD))
        self.later_button.clicked.connect(lambda: self._close_with(LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice == RESTORE else self.reject()
