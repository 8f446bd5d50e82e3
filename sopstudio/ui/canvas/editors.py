"""The in-place text editor laid over a table cell or a lane header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from sopstudio.ui.canvas.view import SopView
from sopstudio.ui.fonts import ui_font

#: How an editing session ended.
COMMIT, CANCEL, NEXT, PREVIOUS = "commit", "cancel", "next", "previous"


class CellEditor(QPlainTextEdit):
    """A borderless text box kept over a scene rectangle as the view scrolls, zooms or relays.

    The text starts selected only when asked (a placeholder name, or a cell reached with
    Tab from the previous one); otherwise the caret is at the end, so a first key adds to
    the text. Enter commits (Shift+Enter is a newline), Tab/Shift+Tab commit and move on, Escape
    cancels, losing focus commits. `finished(how)` is emitted once.
    """

    finished = Signal(str)

    def __init__(
        self,
        view: SopView,
        text: str,
        anchor: Callable[[], QRectF],
        font_size: float,
        font_key: str = "Arial",
        select_all: bool = False,
    ) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._anchor = anchor
        self._font_size = font_size
        self._font_key = font_key
        self._done = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QPlainTextEdit { background: #ffffff; border: 2px solid #1a73e8; }")
        self.setPlainText(text)
        if select_all:
            self.selectAll()
        else:
            self.moveCursor(QTextCursor.MoveOperation.End)
        view.viewport_moved.connect(self.reposition)
        view.scene().layout_changed.connect(self.reposition)
        self.reposition()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def reposition(self) -> None:
        """Cover the anchor rectangle at the view's current zoom and scroll."""
        try:
            anchor = self._anchor()
        except KeyError:
            # The step or lane went away under the editor (e.g. undone from the toolbar).
            self.finish(COMMIT)
            return
        rect = self._view.mapFromScene(anchor).boundingRect()
        self.setGeometry(rect.adjusted(-1, -1, 2, 2))
        size = max(6, round(self._font_size * self._view.pixels_per_point()))
        if self.font().pixelSize() != size:
            self.setFont(ui_font(self._font_key, size))

    def finish(self, how: str) -> None:
        """End the session once (commit, cancel, next, previous) and go away."""
        if self._done:
            return
        self._done = True
        self._view.viewport_moved.disconnect(self.reposition)
        self._view.scene().layout_changed.disconnect(self.reposition)
        self.finished.emit(how)
        self.hide()
        self.deleteLater()

    def event(self, event) -> bool:
        # Tab must reach keyPressEvent instead of moving focus.
        if event.type() == QKeyEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.insertPlainText("\n")
            else:
                self.finish(COMMIT)
        elif key == Qt.Key.Key_Escape:
            self.finish(CANCEL)
        elif key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift):
            self.finish(PREVIOUS)
        elif key == Qt.Key.Key_Tab:
            self.finish(NEXT)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Popups (e.g. the input method) take focus briefly; only a real move away commits.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(COMMIT)
