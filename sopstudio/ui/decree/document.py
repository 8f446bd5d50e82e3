"""An open decree: the model, its undo stack, and the commands that edit it.

Every edit is a `SetDecreeValue` holding a dotted path ("tentang", "signer.nama",
"lampiran.sops") and plain old/new values (deep copies: a command never shares objects
with the model). Commands change only the model and then announce the path; the form,
the Lampiran list and the preview follow `DecreeDocument.changed`.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sopstudio.model.decree import Decree
from sopstudio.model.legal_text import clean_tree

#: QUndoCommand.id() of value commands that may merge (typing in one field).
MERGE_ID = 2


def get_path(decree: Decree, path: str) -> Any:
    """The value at a dotted path of the decree (a deep copy)."""
    target: Any = decree
    for name in path.split("."):
        target = getattr(target, name)
    return copy.deepcopy(target)


def set_path(decree: Decree, path: str, value: Any) -> None:
    """Set the value at a dotted path of the decree to a deep copy of `value`."""
    *parents, name = path.split(".")
    target: Any = decree
    for parent in parents:
        target = getattr(target, parent)
    if not hasattr(target, name):
        raise AttributeError(path)
    setattr(target, name, copy.deepcopy(value))


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

    def apply(self, path: str, value: Any) -> None:
        """Set a value on the model and announce it (commands call this, nothing else)."""
        set_path(self.decree, path, value)
        self.changed.emit(path)

    def edit(self, path: str, value: Any, text: str, merge_key: Hashable | None = None) -> bool:
        """Push one undoable change of `path` to `value` (its text made legal); False when
        nothing changes."""
        value = clean_tree(value)[0]
        old = self.value(path)
        if old == value:
            return False
        self.undo_stack.push(SetDecreeValue(self, path, old, value, text, merge_key))
        return True


class SetDecreeValue(QUndoCommand):
    """Set one decree value; undo sets the old one back."""

    def __init__(self, document: DecreeDocument, path: str, old: Any, new: Any, text: str,
                 merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply(self.path, self.new)

    def undo(self) -> None:
        self.document.apply(self.path, self.old)

    def id(self) -> int:
        return -1 if self.merge_key is None else MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetDecreeValue) or other.merge_key != self.merge_key \
                or other.path != self.path:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True
