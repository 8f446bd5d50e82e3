"""Hypothesis strategies for SOPs as the store must keep them (any text but NUL)."""

from __future__ import annotations

from hypothesis import strategies as st

from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind

# Any Unicode text the user could type: no surrogates (not encodable) and no NUL (which
# the store refuses, see test_nul_is_refused).
texts = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))
short = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12
)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)


@st.composite
def sops(draw: st.DrawFn, max_steps: int = 12) -> Sop:
    """An SOP with unique actor and step ids; links may point anywhere, even to missing steps."""
    actor_ids = draw(st.lists(ids, max_size=5, unique=True))
    step_ids = draw(st.lists(ids, max_size=max_steps, unique=True))
    targets = st.none() | st.sampled_from([*step_ids, "hilang"])
    actor_refs = (st.none() | st.sampled_from(actor_ids)) if actor_ids else st.none()
    steps = [
        Step(
            id=step_id,
            kind=draw(st.sampled_from(list(StepKind))),
            actor=draw(actor_refs),
            actor_guessed=draw(st.booleans()),
            text=draw(texts),
            kelengkapan=draw(short),
            waktu=draw(short),
            output=draw(short),
            keterangan=draw(short),
            next=draw(targets),
            yes=draw(targets),
            no=draw(targets),
        )
        for step_id in step_ids
    ]
    return Sop(
        judul=draw(texts),
        nomor=draw(short),
        revision=draw(st.integers(0, 1000)),
        style=draw(st.sampled_from(["ntt", "malang"])),
        unit_header=draw(st.lists(short, max_size=4)),
        tanggal_pembuatan=draw(short),
        tanggal_revisi=draw(short),
        tanggal_efektif=draw(short),
        approver=Approver(draw(short), draw(short), draw(short), draw(short)),
        actors=[Actor(name=draw(short), id=actor_id) for actor_id in actor_ids],
        steps=steps,
        **{name: draw(st.lists(short, max_size=3)) for name in LIST_FIELDS},
    )
