"""Issue 15.5: a press on a step or lane header never scrolls the canvas, so what is under
the cursor stays there and drags land where they are released."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.ui.canvas_helpers import open_editor, symbol_center, to_view
from tests.ui.helpers import drag, mouse_press, mouse_release


def zoomed(qtbot, sop):
    editor = open_editor(qtbot, sop)
    editor.resize(900, 700)
    editor.view.set_zoom(2.0)
    qtbot.wait(10)
    return editor


def test_press_on_a_step_keeps_the_view_still(qtbot, sop):
    editor = zoomed(qtbot, sop)
    editor.view.ensureVisible(editor.scene.symbol_item("s4").sceneBoundingRect(), 5, 5)
    bars = editor.view.horizontalScrollBar(), editor.view.verticalScrollBar()
    before = [b.value() for b in bars]
    pos = to_view(editor, symbol_center(editor, "s4"))
    mouse_press(editor.view.viewport(), pos)
    assert editor.selected_step_id() == "s4"
    assert [b.value() for b in bars] == before
    mouse_release(editor.view.viewport(), pos)


def test_lane_drag_lands_on_the_lane_released_over(qtbot, sop):
    editor = zoomed(qtbot, sop)
    header = editor.scene.header_rect("a1")
    editor.view.ensureVisible(header, 5, 5)
    target = editor.scene.header_rect("a2")
    start = to_view(editor, header)
    end = to_view(editor, QPointF(target.center().x() + target.width() * 0.2, target.center().y()))
    drag(editor.view.viewport(), start, end)
    assert [a.id for a in sop.actors] == ["a0", "a2", "a1", "a3"]
