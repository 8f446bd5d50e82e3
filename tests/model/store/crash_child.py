"""Child process of the crash test: applies numbered edits and saves after each one.

Usage: python crash_child.py LIBRARY COUNT. It opens (creating if needed) the library,
loads the test SOP (or saves the base version), then applies edits numbered from where the
stored revision left off, through the editor's reversible operations, saving after each and
printing "ACK <edit number> <revision>" once the save has committed.
"""

from __future__ import annotations

import sys

from sopstudio.model import ops
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.store import Library, NotFoundError

SOP_ID = "crash-test-sop"


def base_sop() -> Sop:
    """The SOP every run starts from (revision 1 once saved): 30 steps in 3 lanes."""
    actors = [Actor(f"Pelaksana {i}", id=f"a{i}") for i in range(3)]
    steps = [
        Step(id=f"b{i}", actor=f"a{i % 3}", text=f"Melaksanakan tahap {i}", waktu="1 jam")
        for i in range(30)
    ]
    steps[0].kind, steps[-1].kind = StepKind.START, StepKind.END
    for before, after in zip(steps, steps[1:], strict=False):
        before.next = after.id
    return Sop(id=SOP_ID, judul="SOP Uji Ketahanan", nomor="99", actors=actors, steps=steps)


def apply_edit(sop: Sop, number: int) -> None:
    """Edit number `number`: insert, remove or retype a step (always a content change)."""
    position = (number * 31) % len(sop.steps)
    if number % 5 == 0:
        anchor = sop.steps[position].id
        step = Step(id=f"e{number}", actor="a1", text=f"Menyisipkan langkah {number}")
        ops.insert_step_after(sop, anchor, step).apply(sop)
    elif number % 5 == 3 and len(sop.steps) > 20:
        ops.remove_step(sop, sop.steps[position].id).apply(sop)
    else:
        ops.SetStepField(sop.steps[position].id, "text", f"Mengubah teks {number}").apply(sop)


def replay(edits: int) -> Sop:
    """The base SOP after edits 0 .. edits-1, as the child produced it."""
    sop = base_sop()
    for number in range(edits):
        apply_edit(sop, number)
    return sop


def main(location: str, count: int) -> None:
    library = Library.open(location)
    try:
        sop = library.load_sop(SOP_ID)
    except NotFoundError:
        sop = base_sop()
        library.save_sop(sop)
    first = sop.revision - 1  # revision 1 is the base; edit n makes revision n + 2
    for number in range(first, first + count):
        apply_edit(sop, number)
        revision = library.save_sop(sop)
        print(f"ACK {number} {revision}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
