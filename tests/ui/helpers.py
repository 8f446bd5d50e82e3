"""Helpers for canvas tests: model snapshots and real mouse/key events on a viewport.

`QTest.mouseMove` does not hold buttons, so drags are sent as QMouseEvents
(press, moves with the button held, release), as Orange's `gui/test.py` does.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from sopstudio.model.sop import Sop


def snapshot(sop: Sop) -> Sop:
    """A deep copy of the SOP's data, without its (Qt) subscribers."""
    return copy.deepcopy(sop, {id(sop._listeners): []})


def _send(
    widget: QWidget,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers=Qt.KeyboardModifier.NoModifier,
) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def mouse_press(widget: QWidget, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    _send(widget, QEvent.Type.MouseButtonPress, pos, button, button)


def mouse_move(widget: QWidget, pos: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:
    _send(widget, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons)


def mouse_release(widget: QWidget, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    _send(widget, QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton)


def mouse_double_click(widget: QWidget, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    mouse_press(widget, pos)
    mouse_release(widget, pos)
    _send(widget, QEvent.Type.MouseButtonDblClick, pos, left, left)
    mouse_release(widget, pos)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 6, release: bool = True) -> None:
    """Press at `start`, move in `steps` with the button held, release at `end`."""
    mouse_press(widget, start)
    for i in range(1, steps + 1):
        mouse_move(widget, start + (end - start) * (i / steps))
    if release:
        mouse_release(widget, end)


def answer_next_dialog(qtbot, button_text: str) -> None:
    """Click the button labelled `button_text` of the next modal dialog with a real click."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton

    tries = iter(range(250))

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        button = next(
            b
            for b in dialog.findChildren(QAbstractButton)
            if b.text().replace("&", "") == button_text
        )
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
