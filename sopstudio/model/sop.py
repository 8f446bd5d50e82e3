"""The SOP document: identity, actors (swimlanes) and steps with their links.

The objects are plain mutable dataclasses. Every change the editor makes goes through
`sopstudio.model.ops`, which calls the mutators here; each mutator notifies the
subscribers registered with `Sop.subscribe` so views can redraw.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum


class StepKind(str, Enum):
    """The flowchart role of a step; START and END are drawn as terminators."""

    START = "start"
    PROCESS = "process"
    DECISION = "decision"
    END = "end"


class Port(str, Enum):
    """An outgoing link slot of a step."""

    NEXT = "next"
    YES = "yes"
    NO = "no"


#: Ports each kind of step may use.
PORTS_BY_KIND: dict[StepKind, tuple[Port, ...]] = {
    StepKind.START: (Port.NEXT,),
    StepKind.PROCESS: (Port.NEXT,),
    StepKind.DECISION: (Port.YES, Port.NO),
    StepKind.END: (),
}

#: The mutu baku and remark fields of a step, in table order.
MUTU_FIELDS: tuple[str, ...] = ("kelengkapan", "waktu", "output", "keterangan")

#: The six identity lists, in the order of the 2 x 3 grid (left, right per row).
LIST_FIELDS: tuple[str, ...] = (
    "dasar_hukum",
    "kualifikasi",
    "keterkaitan",
    "peralatan",
    "peringatan",
    "pencatatan",
)

#: Identity fields holding plain text.
TEXT_FIELDS: tuple[str, ...] = (
    "nomor",
    "judul",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "style",
)


def new_id() -> str:
    """A fresh identifier for steps, actors and SOPs."""
    return uuid.uuid4().hex


@dataclass
class Actor:
    """A performer (pelaksana): one swimlane column."""

    name: str
    id: str = field(default_factory=new_id)


@dataclass
class Approver:
    """The official who signs the SOP (Disahkan oleh)."""

    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""


@dataclass
class Step:
    """One row of the flowchart table.

    `next` is used by START and PROCESS steps, `yes`/`no` by DECISION steps; each holds the
    id of the target step (earlier or later) or None. An END step has no outgoing link.
    `actor` is an `Actor.id`. `actor_guessed` marks an actor an importer inferred.
    """

    kind: StepKind = StepKind.PROCESS
    actor: str | None = None
    text: str = ""
    kelengkapan: str = ""
    waktu: str = ""
    output: str = ""
    keterangan: str = ""
    next: str | None = None
    yes: str | None = None
    no: str | None = None
    actor_guessed: bool = False
    id: str = field(default_factory=new_id)

    def target(self, port: Port) -> str | None:
        """The id this step's `port` links to."""
        return getattr(self, port.value)

    def links(self) -> Iterator[tuple[Port, str]]:
        """The (port, target id) pairs set on the ports valid for this kind."""
        for port in PORTS_BY_KIND[self.kind]:
            target = self.target(port)
            if target is not None:
                yield port, target


Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """A notification that part of an SOP changed.

    `what` is one of "identity", "steps", "step", "actors", "actor", "links"; `key` names
    the field or object id when the change is local (e.g. one step's text).
    """

    what: str
    key: str | None = None


@dataclass
class Sop:
    """A Standard Operating Procedure: identity page plus flowchart table."""

    judul: str = ""
    nomor: str = ""
    id: str = field(default_factory=new_id)
    revision: int = 0
    unit_header: list[str] = field(default_factory=list)
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    approver: Approver = field(default_factory=Approver)
    dasar_hukum: list[str] = field(default_factory=list)
    kualifikasi: list[str] = field(default_factory=list)
    keterkaitan: list[str] = field(default_factory=list)
    peralatan: list[str] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)
    pencatatan: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    #: Name of the house style (a preset in resources/styles or a style in the library).
    style: str = "permenpan"
    _listeners: list[Listener] = field(default_factory=list, compare=False, repr=False)

    # -- queries -------------------------------------------------------------------------

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if absent)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def step_index(self, step_id: str) -> int:
        """Position of the step in the table (0-based)."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError if absent)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def actor_index(self, actor_id: str) -> int:
        """Position of the actor's lane (0-based)."""
        for index, actor in enumerate(self.actors):
            if actor.id == actor_id:
                return index
        raise KeyError(actor_id)

    def incoming(self, step_id: str) -> list[tuple[Step, Port]]:
        """The (source step, port) pairs that link to `step_id`."""
        return [(s, port) for s in self.steps for port, t in s.links() if t == step_id]

    def steps_of(self, actor_id: str) -> list[Step]:
        """The steps performed by an actor, in table order."""
        return [s for s in self.steps if s.actor == actor_id]

    # -- notification ----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every mutation."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop notifying `listener`."""
        self._listeners.remove(listener)

    def notify(self, what: str, key: str | None = None) -> None:
        """Tell subscribers that something changed."""
        change = Change(what, key)
        for listener in list(self._listeners):
            listener(change)

    # -- mutators (used by sopstudio.model.ops; each notifies) ----------------------------

    def set_field(self, name: str, value: object) -> None:
        """Set an identity field: text, a list, or `approver.<attr>`."""
        if name.startswith("approver."):
            setattr(self.approver, name.split(".", 1)[1], value)
        elif name in TEXT_FIELDS or name in LIST_FIELDS or name == "unit_header":
            setattr(self, name, list(value) if isinstance(value, list) else value)
        else:
            raise KeyError(name)
        self.notify("identity", name)

    def set_step_field(self, step_id: str, name: str, value: object) -> None:
        """Set a step attribute (text, a mutu baku field, kind, actor or a link port)."""
        step = self.step(step_id)
        if name == "kind":
            value = StepKind(value)
        if not hasattr(step, name) or name == "id":
            raise KeyError(name)
        setattr(step, name, value)
        self.notify("links" if name in ("next", "yes", "no") else "step", step_id)

    def insert_step(self, index: int, step: Step) -> None:
        """Insert a step at a table position."""
        self.steps.insert(index, step)
        self.notify("steps", step.id)

    def pop_step(self, step_id: str) -> tuple[int, Step]:
        """Remove a step (links to it are left for the caller) and return (index, step)."""
        index = self.step_index(step_id)
        step = self.steps.pop(index)
        self.notify("steps", step_id)
        return index, step

    def insert_actor(self, index: int, actor: Actor) -> None:
        """Insert a lane at a position."""
        self.actors.insert(index, actor)
        self.notify("actors", actor.id)

    def pop_actor(self, actor_id: str) -> tuple[int, Actor]:
        """Remove a lane and return (index, actor)."""
        index = self.actor_index(actor_id)
        actor = self.actors.pop(index)
        self.notify("actors", actor_id)
        return index, actor

    def rename_actor(self, actor_id: str, name: str) -> None:
        """Rename a lane."""
        self.actor(actor_id).name = name
        self.notify("actor", actor_id)
