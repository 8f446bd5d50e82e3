"""Revision diff: applying the diff of A -> B to A gives B; what a reviewer is shown."""

from __future__ import annotations

import contextlib
import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from sopstudio.model import ops
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.sop_diff import Status, apply_diff, diff_sops
from tests.examples import examples
from tests.model.test_undo_laws import edits, make_op
from tests.strategies import any_sops


def _edited(sop: Sop, script) -> Sop:
    """`sop` after a script of editor operations (ids kept, as in the library)."""
    edited = copy.deepcopy(sop)
    for choice, a, b, text in script:
        op = make_op(edited, choice, a, b, text)
        if op is not None:
            with contextlib.suppress(ops.OpError):  # refused edits change nothing
                op.apply(edited)
    return edited


@settings(max_examples=examples(150), deadline=None)
@given(st.data())
def test_diff_applied_to_old_gives_new(data):
    old = data.draw(any_sops())
    new = _edited(old, data.draw(edits)) if data.draw(st.booleans()) else data.draw(any_sops())
    diff = diff_sops(old, new)
    assert apply_diff(old, diff) == new
    assert diff.is_empty == (old == new)


def _sop() -> Sop:
    a, b = Actor("Kepala Biro", id="kb"), Actor("Analis", id="an")
    return Sop(
        judul="Penyusunan SOP",
        nomor="01 TAHUN 2024",
        actors=[a, b],
        steps=[
            Step(
                id="1",
                kind=StepKind.START,
                actor="an",
                text="Menerima surat",
                next="2",
                waktu="10 menit",
            ),
            Step(id="2", actor="an", text="Menelaah", next="3", waktu="1 jam"),
            Step(id="3", kind=StepKind.END, actor="kb", text="Menandatangani", waktu="15 menit"),
        ],
    )


def test_reviewer_sees_added_removed_changed_moved_and_mutu():
    old = _sop()
    new = copy.deepcopy(old)
    ops.SetStepField("2", "waktu", "2 jam").apply(new)
    ops.SetStepField("2", "actor", "kb").apply(new)
    ops.insert_step_after(
        new, "1", Step(id="n", actor="an", text="Mengagendakan"), below=True
    ).apply(new)
    ops.remove_step(new, "3").apply(new)
    ops.RenameActor("an", "Analis Kebijakan").apply(new)
    diff = diff_sops(old, new)
    rows = {d.step_id: d for d in diff.steps}
    assert rows["n"].status is Status.ADDED
    assert rows["3"].status is Status.REMOVED
    assert rows["2"].status is Status.CHANGED and rows["2"].lane_moved and rows["2"].mutu_changed
    assert {a.actor_id: a.status for a in diff.actors}["an"] is Status.CHANGED
    # Side by side: the removed step stands where it stood, after step 2.
    assert [d.step_id for d in diff.steps] == ["1", "n", "2", "3"]
    assert diff.counts()[Status.ADDED] == 1 and diff.counts()[Status.REMOVED] == 1


def test_reordered_lanes_are_reported():
    old = _sop()
    new = copy.deepcopy(old)
    ops.MoveActor("kb", 1).apply(new)
    diff = diff_sops(old, new)
    assert diff.lanes_reordered and not diff.is_empty
    assert apply_diff(old, diff) == new
