"""Context-menu commands on a step, and findings marked on the canvas."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPointF, Qt

from sopstudio.model.sop import StepKind
from tests.ui.canvas_helpers import open_editor, symbol_center, to_view
from tests.ui.helpers import snapshot


def trigger(editor, step_id, text):
    """Open the context menu on a step's symbol and trigger the action named `text`."""
    pos = symbol_center(editor, step_id)
    menu = editor.show_context_menu(pos, editor.view.mapToGlobal(to_view(editor, pos)))
    actions = list(menu.actions())
    for action in menu.actions():
        if action.menu() is not None:
            actions.extend(action.menu().actions())
    action = next(a for a in actions if a.text() == text)
    menu.close()
    action.trigger()


@pytest.mark.parametrize(
    "label, check",
    [
        (
            "Keputusan",
            lambda sop: sop.step("s3").kind is StepKind.DECISION and sop.step("s3").yes == "s4",
        ),
        (
            "Selesai (terminator)",
            lambda sop: sop.step("s3").kind is StepKind.END and sop.step("s3").next is None,
        ),
        (
            "Sisipkan langkah di atas",
            lambda sop: (
                sop.steps[2].id not in {"s2", "s3"}
                and sop.step("s2").next == sop.steps[2].id
                and sop.steps[2].next == "s3"
            ),
        ),
        (
            "Sisipkan langkah di bawah",
            lambda sop: sop.step("s3").next == sop.steps[3].id and sop.steps[3].next == "s4",
        ),
        (
            "Duplikat",
            lambda sop: sop.steps[3].text == sop.step("s3").text and sop.steps[3].id != "s3",
        ),
        (
            "Hapus langkah",
            lambda sop: "s3" not in {s.id for s in sop.steps} and sop.step("s2").next == "s4",
        ),
    ],
)
def test_step_menu_action_undo_redo(qtbot, sop, label, check):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    trigger(editor, "s3", label)
    if editor.cell_editor is not None:
        editor.cell_editor.finish("commit")
    assert check(sop)
    after = snapshot(sop)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert sop == before
    editor.undo_stack.redo()
    assert sop == after


@dataclass
class Finding:
    severity: str
    location: str
    message: str = ""


def test_findings_outline_symbols(qtbot, sop):
    editor = open_editor(qtbot, sop)
    editor.set_findings(
        [
            Finding("error", "step:s2"),
            Finding("warning", "step:s5.waktu"),
            Finding("error", "identity:judul"),
        ]
    )
    assert editor.scene.symbol_item("s2").severity == "error"
    assert editor.scene.symbol_item("s5").severity == "warning"
    assert editor.scene.symbol_item("s1").severity is None
    assert len(editor.scene._marks) == 2
    editor.set_findings([])
    assert editor.scene.symbol_item("s2").severity is None and not editor.scene._marks


def test_lane_header_menu_adds_lane_and_renames_it(qtbot, sop):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    header = editor.scene.header_rect("a1")
    menu = editor.show_context_menu(
        header.center(), editor.view.mapToGlobal(to_view(editor, header))
    )
    action = next(a for a in menu.actions() if a.text() == "Tambah pelaksana di kanan")
    menu.close()
    action.trigger()
    assert [a.id for a in sop.actors][:2] == ["a0", "a1"] and len(sop.actors) == 5
    new = sop.actors[2]
    qtbot.keyClicks(editor.cell_editor, "Sekretaris Daerah")
    qtbot.keyClick(editor.cell_editor, Qt.Key.Key_Return)
    assert new.name == "Sekretaris Daerah"
    assert editor.undo_stack.count() == 2  # add, then the whole rename
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert sop == before


def test_empty_area_menu_adds_lane(qtbot, sop):
    editor = open_editor(qtbot, sop)
    page = editor.scene.page_rect(editor.scene.first_flowchart_page())
    corner = page.topLeft() + QPointF(5, 5)  # the page margin: no row, no header
    menu = editor.show_context_menu(corner, editor.view.mapToGlobal(to_view(editor, corner)))
    assert [a.text() for a in menu.actions()] == ["Tambah pelaksana", "Tambah langkah di akhir"]
    action = menu.actions()[0]
    menu.close()
    action.trigger()
    assert len(sop.actors) == 5 and editor.cell_editor is not None
