"""Mouse interactions on the canvas, with real press/move(button held)/release events.

Each test checks the model, then that undo() restores it exactly and redo() reapplies it.
"""

import pytest
from PySide6.QtCore import QPointF, Qt

from sopstudio.model.sop import StepKind
from tests.ui.canvas_helpers import handle_pos, open_editor, symbol_center, to_view
from tests.ui.helpers import (
    drag,
    mouse_double_click,
    mouse_move,
    mouse_press,
    mouse_release,
    snapshot,
)


@pytest.fixture
def editor(qtbot, sop):
    return open_editor(qtbot, sop)


def check_undo_redo(editor, before):
    """One command was pushed; undo restores `before` exactly, redo reapplies."""
    after = snapshot(editor.sop)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.sop == before
    editor.undo_stack.redo()
    assert editor.sop == after
    return after


def test_drag_symbol_sideways_assigns_lane(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    start = symbol_center(editor, "s2")
    target = editor.scene.lane_cell("a3", "s2").center()
    drag(vp, to_view(editor, start), to_view(editor, target))
    assert editor.sop.step("s2").actor == "a3"
    assert [s.id for s in editor.sop.steps] == [s.id for s in before.steps]
    check_undo_redo(editor, before)
    assert editor.undo_stack.undoText().startswith("Pindahkan ke pelaksana")


def test_drag_symbol_down_reorders_with_indicator(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    start = symbol_center(editor, "s2")
    row4 = editor.scene.row_rect("s4")
    end = QPointF(start.x(), row4.bottom() - 3)  # lower half of row 4: below it
    drag(vp, to_view(editor, start), to_view(editor, end), release=False)
    indicator = editor.scene.indicator
    assert indicator.isVisible()
    assert indicator._line is not None and abs(indicator._line.y1() - row4.bottom()) < 0.01
    mouse_release(vp, to_view(editor, end))
    assert not indicator.isVisible()
    assert [s.id for s in editor.sop.steps][:5] == ["s1", "s3", "s4", "s2", "s5"]
    assert editor.sop.step("s2").actor == "a1"
    check_undo_redo(editor, before)


def test_click_without_drag_only_selects(editor, qtbot):
    vp = editor.view.viewport()
    with qtbot.waitSignal(editor.selection_changed) as blocker:
        pos = to_view(editor, symbol_center(editor, "s5"))
        mouse_press(vp, pos)
        mouse_release(vp, pos)
    assert blocker.args == ["s5"] and editor.selected_step_id() == "s5"
    assert editor.undo_stack.count() == 0


def test_link_from_handle_to_symbol(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    drag(
        vp, to_view(editor, handle_pos(editor, "s1")), to_view(editor, symbol_center(editor, "s4"))
    )
    assert editor.sop.step("s1").next == "s4"
    check_undo_redo(editor, before)


def test_decision_links_ya_then_tidak_then_swap(qtbot, sop):
    decision = sop.step("s4")
    decision.kind, decision.next = StepKind.DECISION, None
    editor = open_editor(qtbot, sop)
    vp = editor.view.viewport()
    before = snapshot(sop)
    drag(
        vp, to_view(editor, handle_pos(editor, "s4")), to_view(editor, symbol_center(editor, "s5"))
    )
    assert (decision.yes, decision.no) == ("s5", None)
    drag(
        vp, to_view(editor, handle_pos(editor, "s4")), to_view(editor, symbol_center(editor, "s2"))
    )
    assert (decision.yes, decision.no) == ("s5", "s2")
    assert editor.undo_stack.count() == 2
    # Context menu on the decision: "Tukar Ya/Tidak".
    menu = editor.show_context_menu(
        symbol_center(editor, "s4"), vp.mapToGlobal(to_view(editor, symbol_center(editor, "s4")))
    )
    action = next(a for a in menu.actions() if a.text() == "Tukar Ya/Tidak")
    menu.close()
    action.trigger()
    assert (decision.yes, decision.no) == ("s2", "s5")
    for _ in range(3):
        editor.undo_stack.undo()
    assert sop == before


def test_link_to_empty_lane_creates_linked_step(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    target = editor.scene.lane_cell("a3", "s1").center()
    drag(vp, to_view(editor, handle_pos(editor, "s1")), to_view(editor, target), release=False)
    assert editor.scene.indicator.isVisible() and editor.scene.indicator._arrow
    mouse_release(vp, to_view(editor, target))
    new = editor.sop.steps[1]
    assert new.id not in {s.id for s in before.steps}
    assert new.actor == "a3" and new.kind is StepKind.PROCESS
    assert editor.sop.step("s1").next == new.id and new.next == "s2"
    assert editor.selected_step_id() == new.id
    check_undo_redo(editor, before)


def test_double_click_edits_cell_typing_merges(editor, qtbot):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    mouse_double_click(vp, to_view(editor, editor.scene.cell_rect("s3", "waktu")))
    cell = editor.cell_editor
    assert cell is not None and cell.isVisible()
    qtbot.keyClicks(cell, "45 menit")
    assert editor.sop.step("s3").waktu == "45 menit"  # live, the table follows
    assert editor.undo_stack.count() == 1
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert editor.cell_editor is None
    assert editor.undo_stack.undoText() == "Ubah waktu"
    check_undo_redo(editor, before)


def test_escape_cancels_edit(editor, qtbot):
    before = snapshot(editor.sop)
    editor.edit_field("s2", "text")
    qtbot.keyClicks(editor.cell_editor, "Teks lain")
    assert editor.sop.step("s2").text == "Teks lain"
    qtbot.keyClick(editor.cell_editor, Qt.Key.Key_Escape)
    assert editor.sop == before
    assert editor.undo_stack.count() == 0


def test_rename_lane_by_double_click(editor, qtbot):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    mouse_double_click(vp, to_view(editor, editor.scene.header_rect("a1")))
    cell = editor.cell_editor
    qtbot.keyClicks(cell, "Analis Kelembagaan")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert editor.sop.actor("a1").name == "Analis Kelembagaan"
    check_undo_redo(editor, before)


def test_reorder_lane_by_dragging_header(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    start = editor.scene.header_rect("a0").center()
    end = editor.scene.header_rect("a2").center() + QPointF(10, 0)  # past a2's middle
    drag(vp, to_view(editor, start), to_view(editor, end), release=False)
    assert editor.scene.indicator.isVisible()
    mouse_release(vp, to_view(editor, end))
    assert [a.id for a in editor.sop.actors] == ["a1", "a2", "a0", "a3"]
    check_undo_redo(editor, before)


def test_delete_lane_refused_while_steps_remain(editor, qtbot):
    before = snapshot(editor.sop)
    header = editor.scene.header_rect("a3")
    menu = editor.show_context_menu(
        header.center(), editor.view.mapToGlobal(to_view(editor, header))
    )
    action = next(a for a in menu.actions() if a.text() == "Hapus pelaksana")
    menu.close()
    with qtbot.waitSignal(editor.message) as blocker:
        action.trigger()
    assert "Kepala Biro Organisasi" in blocker.args[0] and "8" in blocker.args[0]
    assert editor.sop == before and editor.undo_stack.count() == 0


def test_add_and_delete_empty_lane(editor, qtbot):
    before = snapshot(editor.sop)
    actor = editor.add_lane(rename=False)
    assert editor.sop.actors[-1].id == actor and editor.scene.header_rect(actor).isValid()
    with_lane = snapshot(editor.sop)
    editor.delete_lane(actor)
    assert editor.sop == before
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    assert editor.sop == with_lane and editor.scene.header_rect(actor).isValid()
    editor.undo_stack.undo()
    assert editor.sop == before
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert editor.sop == before and editor.undo_stack.index() == 2


def test_mid_drag_hover_does_not_change_model(editor):
    vp = editor.view.viewport()
    before = snapshot(editor.sop)
    start = to_view(editor, symbol_center(editor, "s2"))
    mouse_press(vp, start)
    mouse_move(vp, start + to_view(editor, QPointF(60, 0)) - to_view(editor, QPointF(0, 0)))
    assert editor.sop == before
    mouse_release(vp, start)  # back where it started: nothing to do
    assert editor.sop == before and editor.undo_stack.count() == 0
