"""Every operation followed by its inverse restores the SOP exactly."""

import copy

import pytest

from sopstudio.model import ops
from sopstudio.model.sop import Actor, Port, Sop, Step, StepKind


def make_sop() -> Sop:
    a, b = Actor("Kepala Biro", id="kb"), Actor("Analis", id="an")
    steps = [
        Step(id="1", kind=StepKind.START, actor="an", text="Menerima surat", next="2"),
        Step(id="2", kind=StepKind.DECISION, actor="kb", text="Memeriksa", yes="3", no="1"),
        Step(id="3", kind=StepKind.END, actor="an", text="Mengarsipkan"),
    ]
    return Sop(judul="Contoh", actors=[a, b], steps=steps)


CASES = [
    lambda s: ops.SetField("judul", "Baru"),
    lambda s: ops.SetField("dasar_hukum", ["UU 1", "UU 2"]),
    lambda s: ops.SetField("approver.nip", "197103291999031002"),
    lambda s: ops.assign_actor("1", "kb"),
    lambda s: ops.link("1", Port.NEXT, "3"),
    lambda s: ops.change_kind(s, "2", StepKind.PROCESS),
    lambda s: ops.change_kind(s, "1", StepKind.DECISION),
    lambda s: ops.change_kind(s, "1", StepKind.END),
    lambda s: ops.remove_step(s, "2"),
    lambda s: ops.remove_step(s, "1"),
    lambda s: ops.MoveStep("3", 0),
    lambda s: ops.insert_step_after(s, "1", Step(id="n", text="Baru"), below=True),
    lambda s: ops.insert_step_after(s, "2", Step(id="n", text="Baru"), below=False),
    lambda s: ops.duplicate_step(s, "2"),
    lambda s: ops.add_actor(s, "Sekretaris"),
    lambda s: ops.RenameActor("kb", "Karo"),
    lambda s: ops.MoveActor("kb", 1),
]


@pytest.mark.parametrize("make_op", CASES)
def test_inverse_restores(make_op):
    sop = make_sop()
    before = copy.deepcopy(sop)
    op = make_op(sop)
    inverse = op.apply(sop)
    after = copy.deepcopy(sop)
    assert after != before
    again = inverse.apply(sop)
    assert sop == before
    again.apply(sop)
    assert sop == after


def test_remove_step_repairs_links():
    sop = make_sop()
    sop.steps.insert(1, Step(id="p", actor="an", text="Memproses", next="2"))
    sop.step("1").next = "p"
    ops.remove_step(sop, "p").apply(sop)
    assert sop.step("1").next == "2"


def test_remove_actor_refused_while_steps_remain():
    sop = make_sop()
    with pytest.raises(ops.OpError, match="langkah 2"):
        ops.RemoveActor("kb").apply(sop)


def test_notifications():
    sop = make_sop()
    seen = []
    sop.subscribe(seen.append)
    ops.SetField("judul", "X").apply(sop)
    ops.link("1", Port.NEXT, "3").apply(sop)
    assert [c.what for c in seen] == ["identity", "links"]
