"""How an incoming SOP relates to the library's copy, judged from revision lineages.

A lineage is the ordered list of (revision, content hash) an SOP went through. When a
package from another library brings an SOP with the same UUID, comparing the two lineages
tells whether to skip it, offer to replace ours, or make the user choose.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

Lineage = Sequence[tuple[int, str]]


class Relation(str, Enum):
    """The incoming SOP compared with ours."""

    NEW = "new"  # we do not have it
    UNCHANGED = "unchanged"  # same content as ours
    NEWER = "newer"  # ours is an ancestor of theirs: theirs may replace ours
    OLDER = "older"  # theirs is an ancestor of ours: nothing to take
    CONFLICT = "conflict"  # both sides changed since a common revision


def compare_lineage(ours: Lineage, theirs: Lineage) -> Relation:
    """Relation of `theirs` (incoming) to `ours` (stored); both ordered oldest first."""
    if not theirs:
        raise ValueError("incoming lineage is empty")
    if not ours:
        return Relation.NEW
    # Compared by content hash: a version taken from a package is stored on top of our own
    # history, so the same content may carry another revision number on each side.
    our_head, their_head = ours[-1][1], theirs[-1][1]
    if our_head == their_head:
        return Relation.UNCHANGED
    if our_head in {digest for _rev, digest in theirs}:
        return Relation.NEWER
    if their_head in {digest for _rev, digest in ours}:
        return Relation.OLDER
    return Relation.CONFLICT
