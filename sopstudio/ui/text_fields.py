"""Text fields of the forms: typing in one is one undo command until the field loses focus.

Ctrl+Z and Ctrl+Shift+Z go to the document's undo stack, not to the widget's own history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def leaves_undo_to_stack(event: QEvent) -> bool:
    """True for the undo/redo keys' shortcut override, which text fields must let pass so
    Ctrl+Z reaches the document's undo stack instead of the widget's private history."""
    return event.type() == QEvent.Type.ShortcutOverride and (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or event.keyCombination()
        == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
        )
    )


class TypingSession:
    """Mixin for a Qt text widget: `session_ended` when it loses focus, undo keys left to
    the document. List it before the Qt class."""

    session_ended = Signal()

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_stack(event):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event) -> None:
        self.session_ended.emit()
        super().focusOutEvent(event)


class FieldLineEdit(TypingSession, QLineEdit):
    """A one-line field."""


class FieldTextEdit(TypingSession, QPlainTextEdit):
    """A multi-line field."""

    def set_text(self, text: str) -> None:
        """Show text from the model without announcing an edit."""
        if self.toPlainText() != text:
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(blocked)
