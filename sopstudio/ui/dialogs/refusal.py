"""The message box that refuses an export or package for signature and lists the errors."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from sopstudio.model.validate import Finding

#: Errors listed in the box itself; all of them are under "Show Details".
SHOWN = 8


def refusal_box(parent: QWidget, title: str, text: str, errors: list[Finding]) -> QMessageBox:
    """A warning box titled `title` saying `text`, listing `errors` (shown with `open()`)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(f"\u2022 {f.message}" for f in errors[:SHOWN]))
    box.setDetailedText("\n".join(f"\u2022 {f.message}" for f in errors))
    return box
