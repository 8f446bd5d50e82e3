"""A yes/no question with Indonesian buttons (Qt's standard Yes/No are not translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing `action` (the button's text); "Batal" is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(
        box.addButton(
            QCoreApplication.translate("Confirm", "Batal"), QMessageBox.ButtonRole.RejectRole
        )
    )
    box.exec()
    return box.clickedButton() is yes
