"""A deterministic decree of realistic size for the benchmarks.

74 SOPs with about 650 steps, following the seeds' distribution: 1 to 32 steps per SOP with a
median of 8, 2 to 7 lanes, a quarter of the steps decisions (Tidak loops back to the step that
prepared the draft, sometimes skips forward). Texts are drawn from the seed decrees' own words.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from sopstudio.model.decree import Decree, DecreeKind, Lampiran, Signer
from sopstudio.model.drafting import draft_body
from sopstudio.model.numbering import nomor_sop
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SEED_DECREE = "kepgub-ntt-324-2024-biro-pbj.txt"

ACTORS = [
    "Kepala Biro",
    "Kepala Bagian",
    "Kasubag Tata Usaha",
    "Ketua Tim Kerja",
    "Analis Kebijakan",
    "Pengadministrasi Umum",
    "Bendahara",
    "Pokja Pemilihan",
    "PPK",
    "Verifikator",
]
VERBS = [
    "Menerima",
    "Memeriksa",
    "Menelaah",
    "Menyusun",
    "Menyampaikan",
    "Mendisposisi",
    "Memverifikasi",
    "Mengarsipkan",
    "Mengoreksi",
    "Menandatangani",
    "Mengagendakan",
    "Meneruskan",
    "Menyiapkan",
]
WAKTU = [
    "5 menit",
    "10 menit",
    "15 menit",
    "30 menit",
    "1 jam",
    "2 jam",
    "1 hari",
    "2 hari",
    "3 hari kerja",
    "1 minggu",
    "Sesuai jadwal",
]
FALLBACK_WORDS = (
    "surat masuk disposisi dokumen konsep rekomendasi hasil kajian laporan kinerja rencana kerja "
    "anggaran perangkat daerah pengadaan barang jasa penyedia paket pemilihan tender berita acara"
).split()


def _words() -> list[str]:
    """Lower-case words of the seeds' step texts (falls back to a fixed list without seeds)."""
    words: list[str] = []
    for path in sorted(SEEDS.glob("kepgub-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > 4 and re.fullmatch(r"\d+\.?", cells[0].strip()):
                words += [w for w in re.findall(r"[a-z]{4,}", cells[1].lower())]
    return words or FALLBACK_WORDS


def _step_count(rng: random.Random) -> int:
    """1..32 steps, median 8 (a log-normal-ish draw clipped to the seeds' range)."""
    return max(1, min(32, round(rng.lognormvariate(2.08, 0.55))))


def make_sop(rng: random.Random, words: list[str], index: int) -> Sop:
    """One SOP with random but valid flow."""
    n = _step_count(rng)
    lanes = rng.randint(2, 7)
    actors = [Actor(name, id=f"a{i}") for i, name in enumerate(rng.sample(ACTORS, lanes))]

    def phrase(k: int) -> str:
        return " ".join(rng.choice(words) for _ in range(k))

    steps = []
    for i in range(n):
        steps.append(
            Step(
                id=str(i + 1),
                actor=actors[rng.randrange(lanes)].id,
                text=f"{rng.choice(VERBS)} {phrase(rng.randint(4, 22))}.",
                kelengkapan=phrase(rng.randint(1, 6)).capitalize(),
                waktu=rng.choice(WAKTU),
                output=phrase(rng.randint(1, 5)).capitalize(),
                keterangan=rng.choice(["", "", "", "Jika diperlukan"]),
            )
        )
    for i, step in enumerate(steps):
        if i == n - 1:
            step.kind = StepKind.END if n > 1 else StepKind.START
        elif i > 0 and rng.random() < 0.31:
            step.kind = StepKind.DECISION
            step.yes = steps[i + 1].id
            back = rng.randrange(i) if rng.random() < 0.8 else min(n - 1, i + rng.randint(2, 4))
            step.no = steps[back].id if steps[back].id != step.yes else steps[max(0, i - 1)].id
            step.text = (
                step.text.rstrip(".")
                + ", apabila setuju diteruskan dan apabila tidak dikembalikan."
            )
        else:
            step.kind = StepKind.START if i == 0 else StepKind.PROCESS
            step.next = steps[i + 1].id
    return Sop(
        id=f"{index:032x}",
        judul=f"Penyusunan {phrase(rng.randint(2, 6)).title()}",
        nomor=nomor_sop(index, 2024),
        unit_header=[
            "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
            "SEKRETARIAT DAERAH",
            "BIRO PENGADAAN BARANG DAN JASA",
        ],
        tanggal_pembuatan="2024-05-02",
        approver=Approver(
            "Kepala Biro Pengadaan Barang dan Jasa", "Nama Pejabat", "Pembina", "197103291999031002"
        ),
        dasar_hukum=[
            f"Peraturan {phrase(6)} Nomor {i} Tahun 2020" for i in range(rng.randint(2, 9))
        ],
        kualifikasi=[phrase(5) for _ in range(rng.randint(1, 4))],
        keterkaitan=[f"SOP {phrase(3)}" for _ in range(rng.randint(0, 3))],
        peralatan=[phrase(2) for _ in range(rng.randint(1, 5))],
        peringatan=[phrase(14)],
        pencatatan=[phrase(8) for _ in range(rng.randint(1, 2))],
        actors=actors,
        steps=steps,
    )


def make_decree(count: int = 74, seed: int = 324) -> Decree:
    """The benchmark decree: `count` SOPs in a Keputusan Gubernur."""
    rng = random.Random(seed)
    words = _words()
    decree = Decree(
        kind=DecreeKind.KEPUTUSAN_GUBERNUR,
        region="Nusa Tenggara Timur",
        nomor="324/KEP/HK/2024",
        tentang="Standar Operasional Prosedur Administrasi Pemerintahan Biro Pengadaan Barang dan Jasa",
        tempat_ditetapkan="Kupang",
        tanggal_ditetapkan="2024-09-17",
        menimbang=[
            "bahwa dalam rangka mewujudkan pemerintahan yang efektif dan efisien ...",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a ...",
        ],
        mengingat=["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"],
        signer=Signer(jabatan="PJ. GUBERNUR NUSA TENGGARA TIMUR", nama="ANDRIKO NOTO SUSANTO"),
        lampiran=Lampiran(sops=[make_sop(rng, words, i) for i in range(1, count + 1)]),
    )
    draft_body(
        decree,
        "Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Nusa Tenggara Timur",
        "Sub Bagian Tata Usaha",
    )
    return decree


def seed_decree() -> Decree:
    """The real 74-SOP decree: Keputusan Gubernur NTT 324/2024 with the SOPs the importer reads
    from its transcription (`tests/corpus`), in the benchmark decree's body."""
    from sopstudio.model.importers import import_file

    decree = make_decree(0)
    decree.lampiran.sops = [item.sop for item in import_file(SEEDS / SEED_DECREE).sops]
    return decree


def make_long_sop(steps: int = 100, lanes: int = 6, seed: int = 100) -> Sop:
    """A long SOP (for the canvas benchmark): fixed step and lane counts."""
    rng = random.Random(seed)
    words = _words()
    while True:
        sop = make_sop(rng, words, 1)
        if len(sop.actors) >= 2:
            break
    template = sop.steps[1] if len(sop.steps) > 1 else sop.steps[0]
    actors = [Actor(name, id=f"a{i}") for i, name in enumerate(ACTORS[:lanes])]
    sop.actors = actors
    sop.steps = []
    for i in range(steps):
        kind = StepKind.START if i == 0 else StepKind.END if i == steps - 1 else StepKind.PROCESS
        step = Step(
            id=str(i + 1),
            kind=kind,
            actor=actors[rng.randrange(lanes)].id,
            text=f"{rng.choice(VERBS)} {' '.join(rng.choice(words) for _ in range(rng.randint(4, 16)))}.",
            kelengkapan=template.kelengkapan,
            waktu=rng.choice(WAKTU),
            output=template.output,
        )
        if kind is not StepKind.END:
            step.next = str(i + 2)
        if kind is StepKind.PROCESS and i > 2 and rng.random() < 0.25:
            step.kind, step.next, step.yes, step.no = (
                StepKind.DECISION,
                None,
                str(i + 2),
                str(rng.randint(1, i)),
            )
        sop.steps.append(step)
    return sop
