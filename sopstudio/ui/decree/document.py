"""An open decree: the model, its undo stack, and the command that edits it.

Every edit is a `DecreeCommand` wrapping a reversible model operation
(`sopstudio.model.decree_ops.SetDecreeValue`: a dotted path such as "tentang", "signer.nama"
or "lampiran.sops" and a new value). Redo applies the operation and keeps its inverse, undo
applies the inverse; then the path is announced, and the form, the Lampiran list and the
preview follow `DecreeDocument.changed`.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sopstudio.model.decree import Decree
from sopstudio.model.decree_ops import SetDecreeValue, get_path

#: QUndoCommand.id() of value commands that may merge (typing in one field).
MERGE_ID = 2


class DecreeDocument(QObject):
    """A decree being edited, with its own undo stack."""

    #: The dotted path that changed (after redo or undo of a command).
    changed = Signal(str)

    def __init__(self, decree: Decree, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decree = decree
        self.undo_stack = QUndoStack(self)

    def value(self, path: str) -> Any:
        """The current value at a path (a copy)."""
        return get_path(self.decree, path)

    def apply(self, op: SetDecreeValue) -> SetDecreeValue:
        """Apply an operation to the model and announce its path; returns the inverse
        (commands call this, nothing else)."""
        inverse = op.apply(self.decree)
        self.changed.emit(op.path)
        return inverse

    def edit(self, path: str, value: Any, text: str, merge_key: Hashable | None = None) -> bool:
        """Push one undoable change of `path` to `value`; False when nothing changes."""
        if self.value(path) == value:
            return False
        self.undo_stack.push(DecreeCommand(self, SetDecreeValue(path, value), text, merge_key))
        return True


class DecreeCommand(QUndoCommand):
    """One decree operation; undo applies its inverse."""

    def __init__(
        self,
        document: DecreeDocument,
        op: SetDecreeValue,
        text: str,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.op = op
        self.inverse: SetDecreeValue | None = None
        self.merge_key = merge_key

    @property
    def path(self) -> str:
        return self.op.path

    def redo(self) -> None:
        self.inverse = self.document.apply(self.op)

    def undo(self) -> None:
        assert self.inverse is not None
        self.document.apply(self.inverse)

    def id(self) -> int:
        return -1 if self.merge_key is None else MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field: keep this command's inverse, take the newer value.
        if (
            not isinstance(other, DecreeCommand)
            or other.merge_key != self.merge_key
            or other.path != self.path
        ):
            return False
        self.op = other.op
        assert self.inverse is not None
        self.setObsolete(self.op.value == self.inverse.value)
        return True
