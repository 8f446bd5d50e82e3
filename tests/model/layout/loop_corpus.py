"""Loop-heavy SOPs: the house pattern where a decision's outcome is its own row.

"Apabila disetujui maka ..." and "Apabila tidak lengkap maka dikembalikan ke ..." are rows of
their own, so a decision comes every second row and the loops back nest up to three deep.
`loop_sop(seed)` builds one such SOP deterministically from a seed; `loop_corpus()` is the
generated corpus the layout tests and `benchmarks/routing.py` judge routing on, and
`hand_written()` the hand-written fixtures of the same pattern in tests/fixtures/loop_sops.
"""

from __future__ import annotations

import random
from pathlib import Path

from sopstudio.model import jsonio
from sopstudio.model.sop import Actor, Sop, Step, StepKind

LOOP_SOPS = Path(__file__).resolve().parents[2] / "fixtures" / "loop_sops"
#: Seeds of the generated corpus (fixed, so the tests and the benchmark see the same charts).
SEEDS = tuple(range(16))

_ACTORS = [
    "Kepala Dinas",
    "Sekretaris",
    "Kepala Bidang",
    "Kasubag Umum",
    "Verifikator",
    "Pengadministrasi",
    "Bendahara",
]
_OBJECTS = [
    "berkas permohonan",
    "dokumen usulan",
    "surat masuk",
    "konsep keputusan",
    "laporan verifikasi",
    "rancangan naskah",
    "data pendukung",
]
_VERBS = [
    "Menerima",
    "Memeriksa",
    "Menelaah",
    "Menyusun",
    "Memverifikasi",
    "Mengoreksi",
    "Menyampaikan",
    "Mengagendakan",
]
_KELENGKAPAN = [
    "Berkas permohonan",
    "Formulir, KTP, surat pengantar",
    "Konsep naskah dinas",
    "Dokumen usulan lengkap",
    "Lembar disposisi",
    "",
]
_WAKTU = ["10 menit", "30 menit", "1 jam", "2 jam", "1 hari", "3 hari kerja"]
_OUTPUT = [
    "Berkas terverifikasi",
    "Konsep keputusan",
    "Lembar disposisi",
    "Nota dinas",
    "Daftar periksa",
    "Surat pengembalian",
]


def loop_sop(seed: int) -> Sop:
    """A loop-heavy SOP: blocks of (process, decision, outcome rows), decisions every second row,
    the Tidak outcome looping back to an earlier process, nests three deep."""
    rng = random.Random(seed)
    lanes = rng.randint(3, 6)
    actors = [Actor(name, id=f"a{k}") for k, name in enumerate(_ACTORS[:lanes])]
    steps: list[Step] = []

    def add(kind: StepKind, text: str, lane: int | None = None) -> Step:
        actor = actors[rng.randrange(lanes) if lane is None else lane].id
        step = Step(
            kind=kind,
            actor=actor,
            text=text,
            id=f"s{len(steps) + 1}",
            kelengkapan=rng.choice(_KELENGKAPAN),
            waktu=rng.choice(_WAKTU),
            output=rng.choice(_OUTPUT),
        )
        steps.append(step)
        return step

    add(StepKind.START, "Menerima permohonan dan mencatat dalam agenda", 0)
    processes: list[Step] = []
    for _ in range(rng.randint(2, 4)):
        nest_start = len(processes)
        for depth in range(3):
            thing = rng.choice(_OBJECTS)
            process = add(StepKind.PROCESS, f"{rng.choice(_VERBS)} {thing}")
            processes.append(process)
            decision = add(StepKind.DECISION, f"Apakah {thing} lengkap dan disetujui?")
            # The loop of the depth-th decision of a nest encloses the ones before it.
            back = processes[max(0, nest_start - depth)] if depth else process
            if rng.random() < 0.5:
                yes = add(StepKind.PROCESS, f"Apabila disetujui maka {thing} diteruskan")
                no = add(
                    StepKind.PROCESS,
                    f"Apabila tidak lengkap maka dikembalikan ke {back.text.lower()}",
                )
                decision.yes, decision.no, no.next = yes.id, no.id, back.id
            else:
                decision.no = back.id
    add(StepKind.END, "Menyerahkan hasil dan mengarsipkan berkas", rng.randrange(lanes))
    _link_forward(steps)
    sop = Sop(judul=f"SOP Berulang {seed}", nomor=f"Uji {seed}", actors=actors, steps=steps)
    sop.id = f"loop-{seed:02d}"
    return sop


def _link_forward(steps: list[Step]) -> None:
    """Give every step without its forward link one to the next row that is not its own
    Tidak outcome row (a Ya outcome row skips the Tidak row after it)."""
    index_of = {step.id: k for k, step in enumerate(steps)}
    tidak_rows = {
        step.no
        for k, step in enumerate(steps)
        if step.kind is StepKind.DECISION and index_of[step.no] > k
    }
    for index, step in enumerate(steps[:-1]):
        following = next(s for s in steps[index + 1 :] if s.id not in tidak_rows or s is steps[-1])
        if step.kind is StepKind.DECISION:
            if step.yes is None:
                step.yes = following.id if following.id != step.no else steps[index + 1].id
        elif step.kind is not StepKind.END and step.next is None:
            step.next = following.id


def loop_corpus() -> list[tuple[str, Sop]]:
    """(name, SOP) of the generated loop-heavy corpus."""
    return [(f"loop-{seed:02d}", loop_sop(seed)) for seed in SEEDS]


def hand_written() -> list[tuple[str, Sop]]:
    """(name, SOP) of the hand-written loop-heavy fixtures."""
    return [
        (path.name.removesuffix(".sop.json"), jsonio.load(path))
        for path in sorted(LOOP_SOPS.glob("*.sop.json"))
    ]
