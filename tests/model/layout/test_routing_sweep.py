"""A fixed sweep of generated SOPs (1-40 steps, 1-8 lanes, random decisions and loops): every
page is free of overlaps and crossings, and every link is drawn once, whole or as an off-page pair.
Crowded random charts may pack parallel lines closer than 6 pt (`checks.CROWDING`)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from sopstudio.model.layout import layout_sop
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper

from .checks import CROWDING, problems


def generated_sop(seed: int) -> Sop:
    """Steps of every kind in random lanes (a few without an actor), linked forwards, backwards,
    to themselves, or not at all."""
    rng = random.Random(seed)
    n, lanes = rng.randint(1, 40), rng.randint(1, 8)
    actors = [Actor(f"Pelaksana {k}", id=f"a{k}") for k in range(lanes)]
    steps = [
        Step(
            id=f"s{k}",
            actor=f"a{rng.randrange(lanes)}" if rng.random() > 0.05 else None,
            text="Kegiatan " * rng.randint(1, 30),
        )
        for k in range(n)
    ]

    def anywhere() -> str | None:
        return steps[rng.randrange(n)].id if rng.random() < 0.9 else None

    for k, step in enumerate(steps):
        following = steps[k + 1].id if k + 1 < n else None
        roll = rng.random()
        if roll < 0.1:
            step.kind, step.next = StepKind.START, following
        elif roll < 0.2:
            step.kind = StepKind.END
        elif roll < 0.55:
            step.kind, step.yes, step.no = (
                StepKind.DECISION,
                following if rng.random() < 0.7 else anywhere(),
                anywhere(),
            )
        else:
            step.next = following if rng.random() < 0.7 else anywhere()
    return Sop(actors=actors, steps=steps, style=rng.choice(["ntt", "malang"]))


@pytest.mark.parametrize("seed", range(0, 400, 10))
def test_generated_sops_are_clean(seed):
    sop = generated_sop(seed)
    for paper in (Paper.F4, Paper.A4):
        layout = layout_sop(sop, paper=paper)
        for page in layout.pages:
            assert problems(page, CROWDING) == []
        whole = Counter()
        halves = Counter()
        for page in layout.pages:
            for c in page.connectors:
                if c.source_step is None or c.target_step is None:
                    continue  # the Mulai/Selesai rows of the malang house
                key = (c.source_step, c.target_step, c.port)
                (halves if c.offpage else whole)[key] += 1
        expected = Counter((s.id, t, p.value) for s in sop.steps for p, t in s.links())
        assert whole + Counter({k: v // 2 for k, v in halves.items()}) == expected
        assert all(v == 2 for v in halves.values())
