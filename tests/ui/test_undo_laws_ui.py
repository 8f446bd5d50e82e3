"""Undo laws through the editor's command path (hypothesis).

Random sequences of editor commands (the SopEditor's gestures, typing sessions that merge,
and every model operation pushed as an OpCommand on the editor's QUndoStack) on the sample
SOPs: undoing the whole stack gives back the original SOP exactly, redoing it all gives the
final SOP exactly, and a second undo-all / redo-all round trip does the same.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model import jsonio
from sopstudio.model.ops import SetStepField
from sopstudio.model.sop import StepKind
from sopstudio.ui.sop.editor import SopEditor
from tests.examples import examples
from tests.model.test_undo_laws import make_op
from tests.ui.helpers import snapshot

SAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "resources" / "samples" / "sops").glob("*.sop.json")
)
KINDS = list(StepKind)


def gesture(editor: SopEditor, choice: int, a: int, b: int, text: str) -> None:
    """One editor command chosen by `choice`, aimed by a and b (refused ones push nothing)."""
    sop = editor.sop
    step_id = sop.steps[a % len(sop.steps)].id if sop.steps else None
    actor_id = sop.actors[b % len(sop.actors)].id if sop.actors else None
    if step_id is not None:
        editor.select_step(step_id)
    if choice == 0:
        editor.insert_step(below=bool(b % 2), edit=False)
    elif choice == 1 and step_id:
        editor.delete_step(step_id)
    elif choice == 2 and step_id:
        editor.set_kind(KINDS[b % len(KINDS)], step_id)
    elif choice == 3 and step_id:
        editor.swap_yes_no(step_id)
    elif choice == 4:
        editor.move_step_by(-1 if b % 2 else 1)
    elif choice == 5:
        editor.move_to_lane_by(-1 if b % 2 else 1)
    elif choice == 6:
        editor.add_lane(index=b % (len(sop.actors) + 1), rename=False)
    elif choice == 7 and actor_id:
        editor.delete_lane(actor_id)
    elif choice == 8 and step_id:
        # A typing session: one key at a time into one cell, merged into one command.
        field = ("text", "kelengkapan", "waktu", "output", "keterangan")[b % 5]
        start = getattr(sop.step(step_id), field)
        for end in range(1, len(text) + 1):
            editor.run(SetStepField(step_id, field, start + text[:end]), "Ketik", ("typing", a))
    else:
        op = make_op(sop, choice + a, a, b, text)
        if op is not None:
            editor.run(op, "Operasi")


commands = st.lists(
    st.tuples(
        st.integers(0, 12),
        st.integers(0, 40),
        st.integers(0, 40),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=6),
    ),
    min_size=3,
    max_size=20,
)


@settings(
    max_examples=examples(100),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(path=st.sampled_from(SAMPLES), script=commands)
def test_undo_all_and_redo_all_through_the_editor(qtbot, path, script):
    sop = jsonio.load(path)
    editor = SopEditor(sop)
    qtbot.addWidget(editor)
    stack = editor.undo_stack
    original = snapshot(sop)
    for command in script:
        gesture(editor, *command)
    final = snapshot(sop)
    for _ in range(2):
        while stack.canUndo():
            stack.undo()
        assert editor.sop == original
        assert stack.index() == 0
        while stack.canRedo():
            stack.redo()
        assert editor.sop == final
    # The scene followed: it lays out the final SOP (one row per step).
    editor.scene.flush()
    assert all(editor.scene.row_rect(s.id).isValid() for s in sop.steps)
