"""Fixtures-in-functions for canvas tests: an editor on screen and scene->viewport mapping."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF

from sopstudio.ui.sop.editor import SopEditor


def open_editor(qtbot, sop) -> SopEditor:
    """A shown SopEditor (it opens fitted to width on the first flowchart page)."""
    editor = SopEditor(sop)
    qtbot.addWidget(editor)
    editor.resize(1500, 1000)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def to_view(editor: SopEditor, pos: QPointF | QRectF) -> QPoint:
    """Viewport coordinates of a scene point (or a rectangle's centre)."""
    point = pos.center() if isinstance(pos, QRectF) else pos
    return editor.view.mapFromScene(point)


def symbol_center(editor: SopEditor, step_id: str) -> QPointF:
    return editor.scene.symbol_item(step_id).sceneBoundingRect().center()


def handle_pos(editor: SopEditor, step_id: str) -> QPointF:
    item = editor.scene.symbol_item(step_id)
    return item.mapToScene(item.handle_center())
