"""What changed between two revisions of an SOP, step by step, and applying that change.

`diff_sops(old, new)` matches lanes and steps by id (the editor and the library keep ids
across revisions) and reports what a reviewer compares in "SOP lama | SOP baru": identity
fields, lanes added, removed, renamed or reordered, and per step whether it was added, removed
or changed (text, lane, kind, links, mutu baku). `apply_diff(old, diff)` rebuilds `new`, so a
diff holds everything that differs and nothing is left to chance.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from sopstudio.model.sop import MUTU_FIELDS, Actor, Approver, Sop, Step

#: Sop attributes that are not identity fields.
_STRUCTURE = {"actors", "steps", "_listeners"}
#: Step attributes compared field by field (the id is what matches steps).
STEP_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Step) if f.name != "id")
APPROVER_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Approver))


class Status(str, Enum):
    """How a step or lane fares between the two revisions."""

    SAME = "tetap"
    ADDED = "baru"
    REMOVED = "dihapus"
    CHANGED = "diubah"


@dataclass(frozen=True)
class FieldChange:
    """One field with its old and new value (`approver.nama` names an approver attribute)."""

    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class StepDiff:
    """One step of either revision; `old`/`new` is None where it is absent."""

    status: Status
    old: Step | None
    new: Step | None
    changes: tuple[FieldChange, ...] = ()

    @property
    def step_id(self) -> str:
        step = self.new or self.old
        assert step is not None
        return step.id

    @property
    def changed(self) -> frozenset[str]:
        """Names of the changed fields."""
        return frozenset(c.name for c in self.changes)

    @property
    def lane_moved(self) -> bool:
        return "actor" in self.changed

    @property
    def mutu_changed(self) -> bool:
        return bool(self.changed & set(MUTU_FIELDS))


@dataclass(frozen=True)
class ActorDiff:
    """One lane of either revision."""

    status: Status
    old: Actor | None
    new: Actor | None

    @property
    def actor_id(self) -> str:
        actor = self.new or self.old
        assert actor is not None
        return actor.id


@dataclass(frozen=True)
class SopDiff:
    """Everything that differs between two revisions.

    `steps` is the side-by-side order: the new revision's steps, each removed step placed
    after the step that preceded it in the old revision. `step_order` and `actor_order` are
    the new revision's ids in order, `old_step_order` and `old_actor_order` the old one's.
    """

    identity: tuple[FieldChange, ...]
    actors: tuple[ActorDiff, ...]
    steps: tuple[StepDiff, ...]
    actor_order: tuple[str, ...]
    step_order: tuple[str, ...]
    old_actor_order: tuple[str, ...]
    old_step_order: tuple[str, ...]

    @property
    def lanes_reordered(self) -> bool:
        """True when lanes kept from the old revision stand in another order."""
        return _reordered(self.old_actor_order, self.actor_order)

    @property
    def steps_reordered(self) -> bool:
        """True when steps kept from the old revision stand in another order."""
        return _reordered(self.old_step_order, self.step_order)

    @property
    def unchanged_parts(self) -> bool:
        """True when every actor and every step is the same in both revisions."""
        statuses = [d.status for d in self.actors] + [d.status for d in self.steps]
        return all(s is Status.SAME for s in statuses)

    @property
    def is_empty(self) -> bool:
        """True when both revisions hold the same SOP."""
        return (
            self.unchanged_parts
            and not self.identity
            and not self.lanes_reordered
            and not self.steps_reordered
        )

    def counts(self) -> dict[Status, int]:
        """How many steps were added, removed, changed and kept."""
        result = dict.fromkeys(Status, 0)
        for d in self.steps:
            result[d.status] += 1
        return result


def _reordered(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    kept = set(old) & set(new)
    return [i for i in old if i in kept] != [i for i in new if i in kept]


def _identity_changes(old: Sop, new: Sop) -> list[FieldChange]:
    changes = []
    for f in fields(Sop):
        if f.name in _STRUCTURE:
            continue
        if f.name == "approver":
            for name in APPROVER_FIELDS:
                a, b = getattr(old.approver, name), getattr(new.approver, name)
                if a != b:
                    changes.append(FieldChange(f"approver.{name}", a, b))
        elif getattr(old, f.name) != getattr(new, f.name):
            changes.append(FieldChange(f.name, getattr(old, f.name), getattr(new, f.name)))
    return changes


def _step_diff(old: Step | None, new: Step | None) -> StepDiff:
    if old is None:
        return StepDiff(Status.ADDED, None, new)
    if new is None:
        return StepDiff(Status.REMOVED, old, None)
    changes = tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in STEP_FIELDS
        if getattr(old, name) != getattr(new, name)
    )
    return StepDiff(Status.CHANGED if changes else Status.SAME, old, new, changes)


def _side_by_side(old: Sop, new: Sop) -> list[StepDiff]:
    old_by_id = {s.id: s for s in old.steps}
    new_ids = {s.id for s in new.steps}
    # Each removed step follows the nearest earlier old step that is still there (or leads).
    after: dict[str | None, list[Step]] = {}
    anchor: str | None = None
    for step in old.steps:
        if step.id in new_ids:
            anchor = step.id
        else:
            after.setdefault(anchor, []).append(step)
    rows = [StepDiff(Status.REMOVED, s, None) for s in after.get(None, [])]
    for step in new.steps:
        rows.append(_step_diff(old_by_id.get(step.id), step))
        rows += [StepDiff(Status.REMOVED, s, None) for s in after.get(step.id, [])]
    return rows


def _actor_diffs(old: Sop, new: Sop) -> list[ActorDiff]:
    old_by_id = {a.id: a for a in old.actors}
    new_ids = {a.id for a in new.actors}
    result = []
    for actor in new.actors:
        before = old_by_id.get(actor.id)
        if before is None:
            result.append(ActorDiff(Status.ADDED, None, actor))
        else:
            status = Status.SAME if before.name == actor.name else Status.CHANGED
            result.append(ActorDiff(status, before, actor))
    result += [ActorDiff(Status.REMOVED, a, None) for a in old.actors if a.id not in new_ids]
    return result


def diff_sops(old: Sop, new: Sop) -> SopDiff:
    """The differences from revision `old` to revision `new`."""
    return SopDiff(
        identity=tuple(_identity_changes(old, new)),
        actors=tuple(_actor_diffs(old, new)),
        steps=tuple(_side_by_side(old, new)),
        actor_order=tuple(a.id for a in new.actors),
        step_order=tuple(s.id for s in new.steps),
        old_actor_order=tuple(a.id for a in old.actors),
        old_step_order=tuple(s.id for s in old.steps),
    )


def apply_diff(old: Sop, diff: SopDiff) -> Sop:
    """A new SOP: `old` with `diff` applied (`old` is left as it is)."""
    sop = Sop(**{
        f.name: copy.deepcopy(getattr(old, f.name))
        for f in fields(Sop) if f.name != "_listeners"
    })  # fmt: skip
    for change in diff.identity:
        if change.name.startswith("approver."):
            setattr(sop.approver, change.name.split(".", 1)[1], copy.deepcopy(change.new))
        else:
            setattr(sop, change.name, copy.deepcopy(change.new))
    actors = {a.id: a for a in sop.actors}
    for d in diff.actors:
        if d.new is not None:
            actors[d.new.id] = copy.deepcopy(d.new)
    sop.actors = [actors[i] for i in diff.actor_order]
    steps = {s.id: s for s in sop.steps}
    for sd in diff.steps:
        if sd.status is Status.ADDED and sd.new is not None:
            steps[sd.step_id] = copy.deepcopy(sd.new)
        for change in sd.changes:
            setattr(steps[sd.step_id], change.name, copy.deepcopy(change.new))
    sop.steps = [steps[i] for i in diff.step_order]
    return sop
