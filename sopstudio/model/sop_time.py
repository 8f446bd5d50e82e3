"""An SOP's total time along its paths, and each actor's load, from the steps' Waktu.

The flow runs from the start step along `next` and the Ya/Tidak exits to an end step. A loop
back (a link to a step already on the way) is counted once: the path goes through the loop's
steps one time and does not take the link back. The shortest path reads each range's lower
end, the longest its upper end. A Waktu that is not a duration ("Sesuai jadwal", empty, or
text that is not understood) is not guessed: the step counts zero and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopstudio.model.sop import Sop, StepKind
from sopstudio.model.waktu import WaktuKind, format_minutes, parse_waktu, total_minutes


@dataclass(frozen=True)
class PathTime:
    """One path from start to end: its working minutes and its step ids in order."""

    minutes: float
    steps: tuple[str, ...]

    @property
    def text(self) -> str:
        return format_minutes(self.minutes)


@dataclass(frozen=True)
class ActorLoad:
    """How many steps an actor performs and their working minutes (upper ends)."""

    actor_id: str
    name: str
    steps: int
    minutes: float


@dataclass(frozen=True)
class Uncounted:
    """A step whose Waktu is not a duration; `reason` says why, in Indonesian."""

    step_id: str
    number: int
    waktu: str
    reason: str


@dataclass(frozen=True)
class SopTime:
    """Shortest and longest path (None when no end step is reachable), loads, uncounted steps."""

    shortest: PathTime | None
    longest: PathTime | None
    loads: tuple[ActorLoad, ...]
    uncounted: tuple[Uncounted, ...]


def _minutes(waktu: str, upper: bool) -> float | None:
    return total_minutes(parse_waktu(waktu), upper=upper)


def _reason(waktu: str) -> str | None:
    parsed = parse_waktu(waktu)
    if parsed.kind is WaktuKind.DURATION:
        return None
    if parsed.kind is WaktuKind.EMPTY:
        return "Waktu kosong"
    if parsed.kind is WaktuKind.NON_DURATION:
        return f"bukan lama waktu ({parsed.label})"
    return "Waktu tidak dikenali"


def _forward_order(sop: Sop, start: str) -> tuple[list[str], dict[str, list[str]]]:
    """The steps reachable from `start` in post-order, and their links without the links
    back into a loop (a depth-first walk; a link to a step on the current path is a loop)."""
    ids = {s.id for s in sop.steps}
    targets = {s.id: [t for _, t in s.links() if t in ids] for s in sop.steps}
    edges: dict[str, list[str]] = {start: []}
    order: list[str] = []
    on_path = {start}
    stack = [(start, iter(targets[start]))]
    while stack:
        step_id, pending = stack[-1]
        target = next(pending, None)
        if target is None:
            stack.pop()
            on_path.discard(step_id)
            order.append(step_id)
        elif target not in on_path:
            edges[step_id].append(target)
            if target not in edges:
                edges[target] = []
                on_path.add(target)
                stack.append((target, iter(targets[target])))
    return order, edges


def _best_path(sop: Sop, start: str, upper: bool) -> PathTime | None:
    """The longest (`upper`) or shortest path from `start` to an end step."""
    by_id = {s.id: s for s in sop.steps}
    order, edges = _forward_order(sop, start)
    pick = max if upper else min
    best: dict[str, PathTime | None] = {}
    for step_id in order:  # post-order: every forward target is solved first
        step = by_id[step_id]
        if step.kind is StepKind.END:
            tails = [PathTime(0.0, ())]
        else:
            tails = [p for t in edges[step_id] if (p := best[t]) is not None]
        if not tails:
            best[step_id] = None
            continue
        tail = pick(tails, key=lambda p: p.minutes)
        own = _minutes(step.waktu, upper) or 0.0
        best[step_id] = PathTime(own + tail.minutes, (step_id, *tail.steps))
    return best[start]


def sop_time(sop: Sop) -> SopTime:
    """The SOP's shortest and longest total time, per-actor loads and the uncounted steps."""
    uncounted = tuple(
        Uncounted(s.id, number, s.waktu, reason)
        for number, s in enumerate(sop.steps, start=1)
        if (reason := _reason(s.waktu)) is not None
    )
    loads = tuple(
        ActorLoad(a.id, a.name, len(steps), sum(_minutes(s.waktu, True) or 0.0 for s in steps))
        for a in sop.actors
        for steps in [sop.steps_of(a.id)]
    )
    if not sop.steps:
        return SopTime(None, None, loads, uncounted)
    start = next((s.id for s in sop.steps if s.kind is StepKind.START), sop.steps[0].id)
    return SopTime(
        shortest=_best_path(sop, start, upper=False),
        longest=_best_path(sop, start, upper=True),
        loads=loads,
        uncounted=uncounted,
    )
