"""The scripted edits of the crash test: a base SOP and edit number n as an editor operation.

Both the app child (through the editor's undo stack) and the test (replaying on a plain
model) use these, so the SOP after n edits is known exactly.
"""

from __future__ import annotations

import copy
from itertools import pairwise

from sopstudio.model import ops
from sopstudio.model.sop import Actor, Sop, Step, StepKind

SOP_ID = "crash-ui-sop"
#: The whole script: edits 0 .. EDITS-1.
EDITS = 1000
FIELDS = ("text", "kelengkapan", "waktu", "output", "keterangan")


def base_sop() -> Sop:
    """The SOP the script starts from: 12 steps in 3 lanes, one decision looping back."""
    actors = [Actor(f"Pelaksana {i + 1}", id=f"a{i}") for i in range(3)]
    steps = [
        Step(
            id=f"b{i}",
            actor=f"a{i % 3}",
            text=f"Melaksanakan tahap {i}",
            waktu="1 jam",
            output="Dokumen",
        )
        for i in range(12)
    ]
    steps[0].kind, steps[-1].kind = StepKind.START, StepKind.END
    for before, after in pairwise(steps):
        before.next = after.id
    steps[6].kind, steps[6].next, steps[6].yes, steps[6].no = StepKind.DECISION, None, "b7", "b4"
    return Sop(
        id=SOP_ID,
        judul="SOP Uji Ketahanan Penyunting",
        nomor="77 TAHUN 2024",
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "BIRO ORGANISASI"],
        actors=actors,
        steps=steps,
    )


def edit(sop: Sop, n: int) -> tuple[ops.Op, str]:
    """Edit number n on the SOP as it is after edits 0 .. n-1: (operation, undo text)."""
    steps = sop.steps
    step = steps[(n * 7) % len(steps)]
    kind = n % 6
    if kind == 0 and len(steps) < 24:
        new = Step(id=f"e{n}", actor=f"a{n % 3}", text=f"Menyisipkan langkah {n}", waktu="5 menit")
        return ops.insert_step_after(sop, step.id, new), "Sisipkan langkah di bawah"
    if kind == 3 and len(steps) > 8 and step.kind is StepKind.PROCESS:
        return ops.remove_step(sop, step.id), "Hapus langkah"
    if kind == 4:
        return ops.MoveStep(step.id, (n * 5) % len(steps)), "Pindahkan langkah"
    if kind == 5:
        return ops.assign_actor(step.id, f"a{(n // 6) % 3}"), "Pindahkan ke pelaksana"
    field = FIELDS[n % len(FIELDS)]
    return ops.SetStepField(step.id, field, f"{field} nomor {n}"), "Ubah teks"


def replay(count: int) -> Sop:
    """The base SOP after edits 0 .. count-1, applied straight to the model."""
    sop = base_sop()
    for n in range(count):
        edit(sop, n)[0].apply(sop)
    return sop


class Replayer:
    """Replays the script once, handing out the SOP after a number of edits that never goes
    below the previous request's minus one."""

    def __init__(self) -> None:
        self._sop = base_sop()
        self._done = 0
        self._before = self._sop  # the SOP after self._done - 1 edits

    def after(self, count: int) -> Sop:
        if count == self._done - 1:
            return copy.deepcopy(self._before)
        if count < self._done:
            raise ValueError("counts may go back by one edit at most")
        while self._done < count:
            self._before = copy.deepcopy(self._sop)
            edit(self._sop, self._done)[0].apply(self._sop)
            self._done += 1
        return copy.deepcopy(self._sop)
