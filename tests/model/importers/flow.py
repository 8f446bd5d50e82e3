"""Comparing an imported SOP's flow with the SOP it was exported from."""

from __future__ import annotations

from sopstudio.model.sop import Sop

MUTU = ("kelengkapan", "waktu", "output", "keterangan")


def links(sop: Sop) -> list[tuple[int, str, int]]:
    """Each step's links as (step index, port, target index)."""
    index = {s.id: i for i, s in enumerate(sop.steps)}
    return [(i, port.value, index[t]) for i, s in enumerate(sop.steps) for port, t in s.links()]


def lanes(sop: Sop) -> list[str | None]:
    """Each step's lane name."""
    return [sop.actor(s.actor).name if s.actor else None for s in sop.steps]


def assert_same_flow(back: Sop, original: Sop) -> None:
    """Actors, steps, kinds, lanes (none guessed), links and Mutu Baku are the original's."""
    assert [a.name for a in back.actors] == [a.name for a in original.actors]
    assert [s.text for s in back.steps] == [s.text for s in original.steps]
    assert [s.kind for s in back.steps] == [s.kind for s in original.steps]
    assert lanes(back) == lanes(original)
    assert not any(s.actor_guessed for s in back.steps)
    assert links(back) == links(original)
    assert [[getattr(s, f) for f in MUTU] for s in back.steps] == [
        [getattr(s, f) for f in MUTU] for s in original.steps
    ]
