"""Small reversible operations on an SOP.

Every operation is a frozen dataclass of plain values. `op.apply(sop)` changes the SOP and
returns the operation that undoes it, so an undo command only needs to keep the pair:

    inverse = op.apply(sop)   # redo
    inverse.apply(sop)        # undo

The editor's QUndoCommands wrap these; nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from sopstudio.model.legal_text import clean, clean_tree
from sopstudio.model.sop import MUTU_FIELDS, PORTS_BY_KIND, Actor, Port, Sop, Step, StepKind

#: Step attributes holding the user's text (the others are ids, a kind or a flag).
_STEP_TEXT = ("text", *MUTU_FIELDS)


class Op(Protocol):
    """A reversible change: `apply` mutates the SOP and returns the inverse operation.

    Every text an operation writes is made legal first (`legal_text.clean`), so typing,
    paste and every other edit store only text the exporters can write."""

    def apply(self, sop: Sop) -> Op: ...


class OpError(ValueError):
    """An operation that cannot be applied to this SOP (message in Bahasa Indonesia)."""


@dataclass(frozen=True)
class Batch:
    """Several operations applied as one; the inverse applies their inverses in reverse."""

    ops: tuple[Op, ...]

    def apply(self, sop: Sop) -> Batch:
        inverses: list[Op] = []
        try:
            for op in self.ops:
                inverses.append(op.apply(sop))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(sop)
            raise
        return Batch(tuple(reversed(inverses)))


@dataclass(frozen=True)
class SetField:
    """Set an identity field (`judul`, `dasar_hukum`, `approver.nip`, ...)."""

    name: str
    value: object

    def apply(self, sop: Sop) -> SetField:
        if self.name.startswith("approver."):
            old = getattr(sop.approver, self.name.split(".", 1)[1])
        else:
            old = getattr(sop, self.name)
        old = list(old) if isinstance(old, list) else old
        sop.set_field(self.name, clean_tree(self.value)[0])
        return SetField(self.name, old)


@dataclass(frozen=True)
class SetStepField:
    """Set one attribute of a step: text, mutu baku, actor, kind or a link port."""

    step_id: str
    name: str
    value: object

    def apply(self, sop: Sop) -> SetStepField:
        old = getattr(sop.step(self.step_id), self.name)
        value = (
            clean(self.value)
            if self.name in _STEP_TEXT and isinstance(self.value, str)
            else self.value
        )
        sop.set_step_field(self.step_id, self.name, value)
        return SetStepField(self.step_id, self.name, old)


@dataclass(frozen=True)
class InsertStep:
    """Insert a copy of `step` at `index`."""

    index: int
    step: Step

    def apply(self, sop: Sop) -> RemoveStepRaw:
        if any(s.id == self.step.id for s in sop.steps):
            raise OpError("Langkah dengan id ini sudah ada.")
        sop.insert_step(self.index, clean_tree(self.step)[0])
        return RemoveStepRaw(self.step.id)


@dataclass(frozen=True)
class RemoveStepRaw:
    """Remove a step without touching links that point to it (the inverse of InsertStep)."""

    step_id: str

    def apply(self, sop: Sop) -> InsertStep:
        index, step = sop.pop_step(self.step_id)
        return InsertStep(index, step)


@dataclass(frozen=True)
class MoveStep:
    """Move a step to another table position (links are unchanged)."""

    step_id: str
    index: int

    def apply(self, sop: Sop) -> MoveStep:
        old_index, step = sop.pop_step(self.step_id)
        sop.insert_step(self.index, step)
        return MoveStep(self.step_id, old_index)


@dataclass(frozen=True)
class InsertActor:
    """Insert a copy of `actor` as a lane at `index`."""

    index: int
    actor: Actor

    def apply(self, sop: Sop) -> RemoveActor:
        if any(a.id == self.actor.id for a in sop.actors):
            raise OpError("Pelaksana dengan id ini sudah ada.")
        sop.insert_actor(self.index, clean_tree(self.actor)[0])
        return RemoveActor(self.actor.id)


@dataclass(frozen=True)
class RemoveActor:
    """Remove a lane; refused while steps remain in it."""

    actor_id: str

    def apply(self, sop: Sop) -> InsertActor:
        remaining = sop.steps_of(self.actor_id)
        if remaining:
            numbers = ", ".join(str(sop.step_index(s.id) + 1) for s in remaining)
            name = sop.actor(self.actor_id).name
            raise OpError(
                f"Pelaksana '{name}' tidak dapat dihapus: masih melaksanakan langkah {numbers}."
            )
        index, actor = sop.pop_actor(self.actor_id)
        return InsertActor(index, actor)


@dataclass(frozen=True)
class RenameActor:
    """Rename a lane."""

    actor_id: str
    name: str

    def apply(self, sop: Sop) -> RenameActor:
        old = sop.actor(self.actor_id).name
        sop.rename_actor(self.actor_id, clean(self.name))
        return RenameActor(self.actor_id, old)


@dataclass(frozen=True)
class MoveActor:
    """Move a lane to another position."""

    actor_id: str
    index: int

    def apply(self, sop: Sop) -> MoveActor:
        old_index, actor = sop.pop_actor(self.actor_id)
        sop.insert_actor(self.index, actor)
        return MoveActor(self.actor_id, old_index)


# -- composite operations the editor uses ----------------------------------------------------


def assign_actor(step_id: str, actor_id: str | None) -> Op:
    """Move a step into another lane."""
    return SetStepField(step_id, "actor", actor_id)


def link(step_id: str, port: Port, target_id: str | None) -> Op:
    """Point a step's port at a target (None unlinks)."""
    return SetStepField(step_id, port.value, target_id)


def change_kind(sop: Sop, step_id: str, kind: StepKind) -> Op:
    """Change a step's kind, carrying its outgoing link over to the new kind's ports.

    process -> decision keeps `next` as Ya; decision -> process keeps Ya as `next`;
    anything -> end drops the outgoing links.
    """
    step = sop.step(step_id)
    old_ports = PORTS_BY_KIND[step.kind]
    new_ports = PORTS_BY_KIND[kind]
    ops: list[Op] = [SetStepField(step_id, "kind", kind)]
    primary = step.target(old_ports[0]) if old_ports else None
    for port in (Port.NEXT, Port.YES, Port.NO):
        current = step.target(port)
        wanted = current if port in new_ports and port in old_ports else None
        if new_ports and port == new_ports[0] and port not in old_ports:
            wanted = primary
        if wanted != current:
            ops.append(SetStepField(step_id, port.value, wanted))
    return Batch(tuple(ops))


def remove_step(sop: Sop, step_id: str) -> Op:
    """Remove a step and repair the links into it.

    A link into a step with a single successor (start/process) is re-pointed at that
    successor; otherwise it is cleared. One operation, so one undo restores everything.
    """
    step = sop.step(step_id)
    successor = step.next if step.kind in (StepKind.START, StepKind.PROCESS) else None
    if successor == step_id:
        successor = None
    ops: list[Op] = [
        SetStepField(source.id, port.value, successor)
        for source, port in sop.incoming(step_id)
        if source.id != step_id
    ]
    ops.append(RemoveStepRaw(step_id))
    return Batch(tuple(ops))


def insert_step_after(sop: Sop, anchor_id: str | None, step: Step, below: bool = True) -> Op:
    """Insert `step` below (or above) `anchor_id`, splicing it into the anchor's flow.

    Below a start/process step: anchor -> step -> anchor's old next. Above a step: links
    that pointed to the anchor from earlier rows now point to the new step, which flows on
    into the anchor. With no anchor the step is appended.
    """
    if anchor_id is None:
        return InsertStep(len(sop.steps), step)
    anchor = sop.step(anchor_id)
    index = sop.step_index(anchor_id)
    new = replace(step)
    ops: list[Op] = []
    if below:
        if anchor.kind in (StepKind.START, StepKind.PROCESS) and new.kind in (
            StepKind.START,
            StepKind.PROCESS,
        ):
            new.next = anchor.next
            ops.append(SetStepField(anchor.id, "next", new.id))
        ops.insert(0, InsertStep(index + 1, new))
    else:
        if new.kind in (StepKind.START, StepKind.PROCESS):
            new.next = anchor.id
        ops.append(InsertStep(index, new))
        ops.extend(
            SetStepField(source.id, port.value, new.id)
            for source, port in sop.incoming(anchor_id)
            if sop.step_index(source.id) < index
        )
    return Batch(tuple(ops))


def duplicate_step(sop: Sop, step_id: str) -> Op:
    """Insert a copy of a step directly below it, spliced into the flow."""
    original = sop.step(step_id)
    copy_ = replace(original, id=Step().id, next=None, yes=None, no=None)
    if copy_.kind in (StepKind.START, StepKind.END):
        copy_.kind = StepKind.PROCESS
    return insert_step_after(sop, step_id, copy_, below=True)


def add_actor(sop: Sop, name: str, index: int | None = None) -> Op:
    """Add a lane (at the end by default)."""
    return InsertActor(len(sop.actors) if index is None else index, Actor(name=name))
