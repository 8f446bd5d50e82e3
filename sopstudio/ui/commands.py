"""Undo commands: each wraps one reversible `sopstudio.model.ops` operation.

A command keeps only the operation and the inverse it returned, i.e. plain old/new values;
it changes the model and nothing else. The scene follows the model's notifications.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sopstudio.model.ops import Op, OpError, RenameActor, SetField, SetStepField
from sopstudio.model.sop import Sop

#: QUndoCommand.id() of commands that may merge (typing in one cell); others use -1.
MERGE_ID = 1


class OpCommand(QUndoCommand):
    """One undoable edit: redo applies the operation, undo applies its inverse.

    Commands with the same `merge_key` merge, so a typing session in one cell is one undo
    step; a merge that ends where it started (the op equals its inverse) leaves nothing.
    """

    def __init__(self, sop: Sop, op: Op, text: str, merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self._sop = sop
        self._op = op
        self._inverse: Op | None = None
        self.merge_key = merge_key

    @property
    def applied(self) -> bool:
        """True while the operation is in effect on the SOP."""
        return self._inverse is not None

    def redo(self) -> None:
        # UndoRunner applies the op before pushing (so a refused op pushes nothing); the
        # push's own redo then finds it already applied.
        if self._inverse is None:
            self._inverse = self._op.apply(self._sop)

    def undo(self) -> None:
        assert self._inverse is not None
        self._inverse.apply(self._sop)
        self._inverse = None

    def id(self) -> int:
        return -1 if self.merge_key is None else MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OpCommand) or other.merge_key != self.merge_key:
            return False
        if _field_of(other._op) is None or _field_of(other._op) != _field_of(self._op):
            # Only repeated settings of one field merge: keeping the first inverse of anything
            # else would lose what the later command changed.
            return False
        # The first inverse (the value before the session) stays; the latest op wins.
        self._op = other._op
        self.setObsolete(self._op == self._inverse)
        return True


class UndoRunner(QObject):
    """Applies operations as undo commands on a stack, reporting refused ones.

    `error` carries the OpError message (Bahasa Indonesia) when an operation is refused;
    nothing is pushed then, and the redo history stays intact.
    """

    error = Signal(str)

    def __init__(self, sop: Sop, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sop = sop
        self.stack = stack

    def run(self, op: Op, text: str, merge_key: Hashable | None = None) -> bool:
        """Apply `op` as one undo step named `text`; False (and `error`) if refused."""
        command = OpCommand(self.sop, op, text, merge_key)
        try:
            command.redo()
        except OpError as exc:
            self.error.emit(str(exc))
            return False
        self.stack.push(command)
        return True


def _field_of(op: Op) -> tuple[str, ...] | None:
    """The field an operation sets (a step's field, an identity field, a lane name), if any."""
    if isinstance(op, SetStepField):
        return ("step", op.step_id, op.name)
    if isinstance(op, SetField):
        return ("sop", op.name)
    if isinstance(op, RenameActor):
        return ("actor", op.actor_id)
    return None
