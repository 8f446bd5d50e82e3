"""Undo laws for the model operations, on the sample SOPs (hypothesis).

Applying a random sequence of operations and then every inverse in reverse order gives back
the original SOP exactly; re-applying the recorded operations gives the final SOP exactly.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopstudio.model import jsonio, ops
from sopstudio.model.sop import Port, Sop, Step, StepKind
from tests.examples import examples

SAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "resources" / "samples" / "sops").glob("*.sop.json")
)
KINDS = list(StepKind)
FIELDS = ("text", "kelengkapan", "waktu", "output", "keterangan")


def make_op(sop: Sop, choice: int, a: int, b: int, text: str) -> ops.Op | None:
    """The `choice`-th kind of editor operation, aimed at steps/actors picked by a and b."""
    if not sop.steps:
        return ops.InsertStep(0, Step(id=f"n{a}-{b}", text=text))
    step = sop.steps[a % len(sop.steps)]
    other = sop.steps[b % len(sop.steps)]
    actor = sop.actors[b % len(sop.actors)] if sop.actors else None
    recipes = [
        lambda: ops.SetStepField(step.id, FIELDS[b % len(FIELDS)], text),
        lambda: ops.assign_actor(step.id, actor.id if actor else None),
        lambda: ops.MoveStep(step.id, b % len(sop.steps)),
        lambda: ops.change_kind(sop, step.id, KINDS[b % len(KINDS)]),
        lambda: ops.link(step.id, [Port.NEXT, Port.YES, Port.NO][b % 3], other.id),
        lambda: ops.remove_step(sop, step.id),
        lambda: ops.insert_step_after(
            sop, step.id, Step(id=f"n{a}-{b}-{len(sop.steps)}", text=text), below=bool(b % 2)
        ),
        lambda: ops.duplicate_step(sop, step.id),
        lambda: ops.add_actor(sop, text or "Pelaksana"),
        lambda: ops.RenameActor(actor.id, text) if actor else None,
        lambda: ops.MoveActor(actor.id, a % len(sop.actors)) if actor else None,
        lambda: ops.RemoveActor(actor.id) if actor else None,
        lambda: ops.SetField("judul", text),
        lambda: ops.SetField("dasar_hukum", [text, *sop.dasar_hukum]),
        lambda: ops.SetField("approver.nama", text),
    ]
    return recipes[choice % len(recipes)]()


edits = st.lists(
    st.tuples(st.integers(0, 14), st.integers(0, 50), st.integers(0, 50), st.text(max_size=12)),
    min_size=1,
    max_size=25,
)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
@settings(
    max_examples=examples(100),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(script=edits)
def test_undo_all_restores_and_redo_all_reapplies(path, script):
    sop = jsonio.load(path)
    original = copy.deepcopy(sop)
    applied: list[tuple[ops.Op, ops.Op]] = []
    for choice, a, b, text in script:
        op = make_op(sop, choice, a, b, text)
        if op is None:
            continue
        try:
            inverse = op.apply(sop)
        except ops.OpError:
            continue
        applied.append((op, inverse))
    final = copy.deepcopy(sop)
    for _, inverse in reversed(applied):
        inverse.apply(sop)
    assert sop == original
    for op, _ in applied:
        op.apply(sop)
    assert sop == final
