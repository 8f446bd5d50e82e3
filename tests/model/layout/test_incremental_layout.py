"""Layouts through a `LayoutCache` equal fresh layouts, and reuse the pages an edit left alone."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sopstudio.model import ops
from sopstudio.model.layout import LayoutCache, layout_sop
from sopstudio.model.layout.geometry import PageKind
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper
from tests.examples import examples
from tests.strategies import sops, words

# Derandomized like the other layout properties; shrinking a 40-step SOP takes minutes, so a
# failure reports the example as generated.
FIXED = settings(
    derandomize=True,
    deadline=None,
    database=None,
    max_examples=examples(30),
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.generate),
)


@st.composite
def _edit(draw: st.DrawFn, sop: Sop) -> ops.Op:
    """One editor operation on `sop`: typing, rewriting, moving, relinking, lanes, kinds."""
    step = sop.steps[draw(st.integers(0, len(sop.steps) - 1))]
    actor = sop.actors[draw(st.integers(0, len(sop.actors) - 1))]
    field = draw(st.sampled_from(["text", "kelengkapan", "waktu", "output", "keterangan"]))
    choice = draw(st.integers(0, 10))
    decisions = [s for s in sop.steps if s.kind is StepKind.DECISION and s.no]
    if choice == 10 and decisions:
        # A Tidak arrow leaves towards its target's lane: moving the target turns it.
        decision = decisions[draw(st.integers(0, len(decisions) - 1))]
        return ops.assign_actor(decision.no, actor.id)
    if choice == 0:
        return ops.SetStepField(step.id, field, getattr(step, field) + draw(st.sampled_from("a .")))
    if choice == 1:
        return ops.SetStepField(step.id, field, draw(words(0, 40)))
    if choice == 2:
        return ops.assign_actor(step.id, actor.id)
    if choice == 3:
        return ops.MoveStep(step.id, draw(st.integers(0, len(sop.steps) - 1)))
    if choice == 4:
        kind = draw(st.sampled_from([StepKind.PROCESS, StepKind.DECISION, StepKind.END]))
        return ops.change_kind(sop, step.id, kind)
    if choice == 5 and len(sop.steps) > 2:
        return ops.remove_step(sop, step.id)
    if choice == 6:
        return ops.duplicate_step(sop, step.id)
    if choice == 7:
        target = sop.steps[draw(st.integers(0, len(sop.steps) - 1))]
        port = draw(st.sampled_from(["next", "yes", "no"]))
        return ops.SetStepField(step.id, port, target.id)
    if choice == 8:
        return ops.RenameActor(actor.id, draw(words(1, 5)))
    name = draw(st.sampled_from(["judul", "nomor", "dasar_hukum", "peringatan", "style"]))
    if name == "style":
        return ops.SetField(name, draw(st.sampled_from(["ntt", "malang"])))
    if name in ("judul", "nomor"):
        return ops.SetField(name, draw(words(1, 12)))
    return ops.SetField(name, draw(st.lists(words(1, 20), max_size=6)))


@FIXED
@given(sops(max_steps=40), st.data())
def test_layouts_through_a_cache_equal_fresh_layouts(sop, data):
    cache = LayoutCache()
    paper = data.draw(st.sampled_from(list(Paper)))
    assert layout_sop(sop, paper=paper, cache=cache) == layout_sop(sop, paper=paper)
    undo: list[ops.Op] = []
    for _ in range(data.draw(st.integers(1, 8))):
        if undo and data.draw(st.integers(0, 3)) == 0:
            undo.pop().apply(sop)
        else:
            try:
                undo.append(data.draw(_edit(sop)).apply(sop))
            except ops.OpError:
                continue
        assert layout_sop(sop, paper=paper, cache=cache) == layout_sop(sop, paper=paper)


def _long_sop(steps: int = 40, lanes: int = 3) -> Sop:
    """A chain over `lanes` lanes with two-line texts, on several flowchart pages; with more
    than three lanes every fifth step is a decision whose Tidak skips ten steps ahead."""
    actors = [Actor(name=f"Pelaksana {n}", id=f"a{n}") for n in range(lanes)]
    text = "Menerima dan memeriksa berkas permohonan serta meneruskannya kepada atasan"
    chain = [
        Step(
            id=f"s{n}",
            kind=StepKind.PROCESS,
            actor=f"a{n % lanes}",
            text=text,
            waktu="1 hari",
            next=f"s{n + 1}",
        )
        for n in range(steps)
    ]
    if lanes > 3:
        for n in range(5, steps - 10, 5):
            chain[n].kind, chain[n].next = StepKind.DECISION, None
            chain[n].yes, chain[n].no = f"s{n + 1}", f"s{n + 10}"
    chain[0].kind = StepKind.START
    chain[-1].kind, chain[-1].next = StepKind.END, None
    return Sop(judul="Contoh", actors=actors, steps=chain)


def test_moving_any_step_to_any_lane_and_back_lays_out_as_fresh():
    sop = _long_sop(30, lanes=4)
    cache = LayoutCache()
    layout_sop(sop, cache=cache)
    for step in list(sop.steps):
        for actor in sop.actors:
            inverse = ops.assign_actor(step.id, actor.id).apply(sop)
            assert layout_sop(sop, cache=cache) == layout_sop(sop)
            inverse.apply(sop)
            assert layout_sop(sop, cache=cache) == layout_sop(sop)


def test_an_edit_on_the_last_page_reuses_every_page_before_it():
    sop = _long_sop()
    cache = LayoutCache()
    before = layout_sop(sop, cache=cache)
    flow = [n for n, page in enumerate(before.pages) if page.kind is PageKind.FLOWCHART]
    assert len(flow) >= 3
    ops.assign_actor(sop.steps[-1].id, "a1").apply(sop)
    after = layout_sop(sop, cache=cache)
    assert after == layout_sop(sop)
    assert after.pages[flow[-1]] != before.pages[flow[-1]]
    assert all(after.pages[n] is before.pages[n] for n in range(flow[-1]))


def test_undo_finds_the_pages_of_the_layout_before():
    sop = _long_sop()
    cache = LayoutCache()
    before = layout_sop(sop, cache=cache)
    inverse = ops.SetStepField(sop.steps[1].id, "text", "Ditolak").apply(sop)
    layout_sop(sop, cache=cache)
    inverse.apply(sop)
    again = layout_sop(sop, cache=cache)
    assert all(a is b for a, b in zip(again.pages, before.pages, strict=True))
