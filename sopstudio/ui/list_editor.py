"""The list field of the forms: one item per line, edited in place.

Pasting several lines makes several items, in the item being edited and on the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def pasted_lines() -> list[str]:
    """The clipboard's non-empty lines."""
    text = QApplication.clipboard().text()
    return [line.strip() for line in text.splitlines() if line.strip()]


class LineEditor(QLineEdit):
    """The in-place editor of one item; pasting several lines hands them to the list."""

    def __init__(self, owner: ListEditor, row: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.row = row
        self.setPlaceholderText(self.tr("Ketik butir, lalu Enter"))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = pasted_lines()
            if len(lines) > 1:
                head = self.text()[: self.cursorPosition()] + lines[0]
                tail = self.text()[self.cursorPosition() :]
                lines = [head] + lines[1:-1] + [lines[-1] + tail]
                # After this key event: the list is rebuilt from the model.
                QTimer.singleShot(0, lambda: self.owner.insert_lines(self.row, lines, True))
                self.setText(head)
                return
        super().keyPressEvent(event)


class LinesDelegate(QStyledItemDelegate):
    """Edits items with a LineEditor."""

    def __init__(self, owner: ListEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def createEditor(self, parent, _option, index):
        return LineEditor(self.owner, index.row(), parent)


class ListEditor(QWidget):
    """An editable list of lines: add, remove, move up/down, edit in place."""

    #: The whole new list after a change.
    list_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        buttons = QVBoxLayout()
        self.add_button = self._button(buttons, "+", self.tr("Tambah butir"), self.add_item)
        self.remove_button = self._button(
            buttons, "\u2212", self.tr("Hapus butir"), self.remove_item
        )
        self.up_button = self._button(
            buttons, "\u2191", self.tr("Naikkan butir"), lambda: self.move_item(-1)
        )
        self.down_button = self._button(
            buttons, "\u2193", self.tr("Turunkan butir"), lambda: self.move_item(1)
        )
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(lambda _item: self._emit())
        self.list.setItemDelegate(LinesDelegate(self))
        self.list.installEventFilter(self)

    def _button(self, layout: QVBoxLayout, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: list[str]) -> None:
        """Show a list from the model, keeping the current row where possible."""
        if items == self.items():
            return
        row = self.list.currentRow()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self.list.addItem(self._item(text))
        self.list.setCurrentRow(min(row, len(items) - 1))
        self.list.blockSignals(blocked)

    @staticmethod
    def _item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_item(self) -> None:
        """Append an empty item below the current one and start editing it in view."""
        items = self.items()
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(items)
        items.insert(row, "")
        self.list_changed.emit(items)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.editItem(self.list.item(row))

    def insert_lines(self, row: int, lines: list[str], replace: bool = False) -> None:
        """Put pasted lines in as items at `row` (replacing the item there with `replace`)."""
        items = self.items()
        items[row : row + 1 if replace else row] = lines
        self.list_changed.emit(items)
        self.list.setCurrentRow(row + len(lines) - 1)

    def eventFilter(self, watched, event) -> bool:
        # Ctrl+V on the list (not editing): each pasted line becomes an item below.
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            lines = pasted_lines()
            if lines:
                self.insert_lines(self.list.currentRow() + 1, lines)
                return True
        return False

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            items = self.items()
            del items[row]
            self.list_changed.emit(items)

    def move_item(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        items = self.items()
        if row >= 0 and 0 <= target < len(items):
            items.insert(target, items.pop(row))
            self.list_changed.emit(items)
            self.list.setCurrentRow(target)

    def _emit(self) -> None:
        self.list_changed.emit(self.items())
