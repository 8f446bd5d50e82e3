"""Small reversible operations on a decree, as `sopstudio.model.ops` is for SOPs.

`op.apply(decree)` changes the decree (its text made legal, `legal_text.clean_tree`) and
returns the operation that undoes it. A value is named by a dotted path ("tentang",
"signer.nama", "lampiran.sops"); operations hold deep copies, so an undo command never shares
objects with the model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sopstudio.model.decree import Decree
from sopstudio.model.legal_text import clean_tree


class DecreePathError(AttributeError):
    """A dotted path that names no value of a decree."""


def get_path(decree: Decree, path: str) -> Any:
    """The value at a dotted path of the decree (a deep copy)."""
    target: Any = decree
    for name in path.split("."):
        if not hasattr(target, name):
            raise DecreePathError(path)
        target = getattr(target, name)
    return copy.deepcopy(target)


@dataclass(frozen=True)
class SetDecreeValue:
    """Set the value at `path`; the inverse sets the old value back."""

    path: str
    value: Any

    def apply(self, decree: Decree) -> SetDecreeValue:
        *parents, name = self.path.split(".")
        target: Any = decree
        for parent in parents:
            target = getattr(target, parent, None)
        if target is None or not hasattr(target, name):
            raise DecreePathError(self.path)
        old = copy.deepcopy(getattr(target, name))
        setattr(target, name, clean_tree(copy.deepcopy(self.value))[0])
        return SetDecreeValue(self.path, old)
