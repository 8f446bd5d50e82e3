"""The scene follows the model: one relayout per command, items reused, any edit undoable."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model import layout as layout_engine
from sopstudio.model import ops
from sopstudio.model.sop import StepKind
from tests.examples import examples
from tests.ui.canvas_helpers import open_editor
from tests.ui.helpers import snapshot
from tests.ui.samples import make_sample


def test_one_relayout_per_command(qtbot, sop, monkeypatch):
    editor = open_editor(qtbot, sop)
    calls = []
    real = layout_engine.layout_sop
    monkeypatch.setattr(
        layout_engine, "layout_sop", lambda s, **kw: calls.append(1) or real(s, **kw)
    )
    item = editor.scene.symbol_item("s4")
    editor.delete_step("s3")  # several notifications: links repaired, row removed
    assert len(calls) == 1
    qtbot.wait(5)
    assert len(calls) == 1  # the zero-timer found nothing left to do
    assert editor.scene.symbol_item("s4") is item  # the item was updated, not rebuilt
    assert editor.scene.symbol_item("s3") is None
    editor.undo_stack.undo()
    assert len(calls) == 2 and editor.scene.symbol_item("s3") is not None


def test_changes_outside_commands_are_drawn_after_event_loop(qtbot, sop):
    editor = open_editor(qtbot, sop)
    old = editor.scene.row_rect("s2")
    sop.set_step_field("s2", "text", "Sangat panjang " * 40)
    qtbot.waitUntil(lambda: editor.scene.row_rect("s2").height() > old.height())


def test_first_show_scrolls_to_the_flowchart(qtbot, sop):
    from sopstudio.ui.sop.editor import SopEditor

    editor = SopEditor(sop)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    page = editor.scene.page_rect(editor.scene.first_flowchart_page())
    assert editor.scene.layout.pages[0].kind.value == "identity"
    assert visible.top() < page.top() < visible.top() + 80  # as far down as the scene allows
    assert visible.left() <= page.left() and page.right() <= visible.right()


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "insert",
                "insert_above",
                "delete",
                "duplicate",
                "kind",
                "swap",
                "move",
                "lane",
                "text",
                "link",
            ]
        ),
        st.integers(0, 20),
        st.integers(0, 20),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=examples(20),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(actions=ACTIONS)
def test_any_edit_sequence_undoes_to_the_start(qtbot, actions):
    sop = make_sample()
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    for name, a, b in actions:
        if not sop.steps:
            break
        step = sop.steps[a % len(sop.steps)].id
        editor.select_step(step)
        if name == "insert":
            editor.insert_step(edit=False)
        elif name == "insert_above":
            editor.insert_step(below=False, edit=False)
        elif name == "delete":
            editor.delete_step(step)
        elif name == "duplicate":
            editor.duplicate_step(step)
        elif name == "kind":
            editor.set_kind(list(StepKind)[b % 4], step)
        elif name == "swap":
            editor.swap_yes_no(step)
        elif name == "move":
            editor.move_step_by(1 if b % 2 else -1)
        elif name == "lane":
            editor.move_to_lane_by(1 if b % 2 else -1)
        elif name == "text":
            editor.run(ops.SetStepField(step, "text", f"Teks {b}"), "Ubah teks kegiatan")
        else:
            target = sop.steps[b % len(sop.steps)].id
            editor.run(
                ops.link(
                    step,
                    ops.Port.NEXT
                    if sop.step(step).kind in (StepKind.START, StepKind.PROCESS)
                    else ops.Port.YES,
                    target,
                ),
                "Tautkan",
            )
    after = snapshot(sop)
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert sop == before
    while editor.undo_stack.canRedo():
        editor.undo_stack.redo()
    assert sop == after
    # The scene shows exactly the SOP's steps.
    symbols = {i.step_id for i in editor.scene.symbol_items() if i.step_id}
    assert symbols == {s.id for s in sop.steps if s.actor is not None}
    editor.close()


def test_deleted_editor_stops_following_the_sop(qtbot, sop):
    from shiboken6 import delete

    from sopstudio.ui.sop.editor import SopEditor

    editor = SopEditor(sop)
    assert len(sop._listeners) == 1
    delete(editor)
    assert sop._listeners == []
    sop.rename_actor("a0", "Ketua")  # nothing left to call
