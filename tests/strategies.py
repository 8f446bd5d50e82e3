"""Hypothesis strategies for SOPs, shared by every test package.

* `sops(min_steps=1, max_steps=40, max_lanes=8)`: VALID SOPs, the kind the editor lets a user
  finish: one START step first, at least one END step, every step reachable from the start
  and with a path to an end, decisions whose Ya and Tidak go to different steps (approval
  loops back, skips forward, decisions that end the procedure), a random lane per step,
  Indonesian-looking texts of random lengths, realistic Waktu strings, both house styles.
  A valid SOP needs a start and an end, so fewer than 2 steps are never generated.
* `any_sops()`: arbitrary SOPs the `*.sop.json` format can hold (unique ids, step actors that
  exist or None) but otherwise anything: any kinds, dangling or self links, empty or odd
  Unicode texts. For round-trip and robustness tests; `any_sops(text=STORABLE_TEXT)` for
  what the library store keeps (legal text; PostgreSQL text could not even hold NUL).

Step ids are "s1", "s2", ... and actor ids "a1", "a2", ... so shrunk examples read easily.
"""

from __future__ import annotations

from hypothesis import strategies as st

from sopstudio.model.legal_text import clean
from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind

__all__ = ["STORABLE_TEXT", "any_sops", "sops", "words"]

_WORDS = (
    "menerima memeriksa menelaah mendisposisi menyiapkan menyampaikan mengoreksi memaraf "
    "menandatangani mengarsipkan mengagendakan meneruskan menyusun konsep surat dokumen "
    "berkas laporan rekomendasi kajian kelembagaan perangkat daerah kepala biro bagian "
    "subbagian analis kebijakan pelaksana apabila setuju tidak dikembalikan kepada untuk "
    "diperbaiki dan atau yang dengan sesuai ketentuan peraturan gubernur provinsi nusa "
    "tenggara timur pengadaan barang jasa penyedia pokja pemilihan rapat tinjauan manajemen "
    "notulen disposisi undangan tindak lanjut rencana anggaran pertanggungjawaban "
    "penyelenggaraan administrasi pemerintahan SRIKANDI LPSE SPSE NIP. 19750308 199903 1 004"
).split()
#: Unbroken tokens real SOP texts contain; a cell must still wrap them somehow.
_LONG_TOKENS = (
    "https://lpse.nttprov.go.id/eproc4/publik",
    "perda/perbup/perwali/pergub/kepgub",
    "Pertanggungjawabannya",
    "UP/GU/TU/LS",
)
_WAKTU = (
    "", "5 menit", "15 menit", "30 menit", "1 jam", "2 jam", "1 hari", "2 hari", "3-5 hari",
    "1 minggu", "1 bulan", "Sesuai jadwal", "Sesuai kontrak", "N/A", "sesuai kebutuhan",
    "14 hari kerja",
)  # fmt: skip
_ACTORS = (
    "Kepala Biro", "Kepala Bagian Kelembagaan dan Analisis Jabatan", "Ketua Tim", "Anggota",
    "Analis Kebijakan Ahli Muda", "Pengadministrasi Umum", "Agendaris", "Sekretaris Daerah",
    "Kasubag TU", "Pokja Pemilihan", "Helpdesk LPSE", "Penyedia",
)  # fmt: skip


def words(min_words: int = 0, max_words: int = 30) -> st.SearchStrategy[str]:
    """Indonesian-looking text: a run of SOP vocabulary, now and then an unbreakable token."""
    vocabulary = st.sampled_from((*_WORDS, *_LONG_TOKENS))
    return st.lists(vocabulary, min_size=min_words, max_size=max_words).map(" ".join)


@st.composite
def _identity(draw: st.DrawFn) -> dict:
    """Identity fields with lists from empty to long (Dasar Hukum of 8+ long items exist)."""
    lists = {
        name: draw(st.lists(words(1, 40), max_size=10 if name == "dasar_hukum" else 4))
        for name in LIST_FIELDS
    }
    return dict(
        judul=draw(words(1, 16)),
        nomor=draw(st.sampled_from(["", "01", "01 TAHUN 2024", "72 Tahun 2024"])),
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "SEKRETARIAT DAERAH"]
        + draw(st.lists(words(1, 6).map(str.upper), max_size=2)),
        tanggal_pembuatan=draw(st.sampled_from(["", "02 Desember 2020", "Juni 2022"])),
        tanggal_revisi=draw(st.sampled_from(["", "-", "10 Juni 2024"])),
        tanggal_efektif="",
        approver=Approver(
            jabatan="Plt. Kepala Biro Organisasi Setda Provinsi Nusa Tenggara Timur",
            nama="Djoese S.M. Nai Buti, S.Pt., M.Si.",
            pangkat="Pembina Tk. I",
            nip="197103291999031002",
        ),
        **lists,
    )


@st.composite
def sops(draw: st.DrawFn, min_steps: int = 1, max_steps: int = 40, max_lanes: int = 8) -> Sop:
    """A valid SOP (see the module docstring) with 2..max_steps steps and 1..max_lanes lanes."""
    n = draw(st.integers(max(min_steps, 2), max(max_steps, 2)))
    lanes = draw(st.integers(1, max_lanes))
    actors = [Actor(name=draw(st.sampled_from(_ACTORS)), id=f"a{i + 1}") for i in range(lanes)]

    # Kinds of the inner rows. A "middle" END sits right after a decision and is reached
    # only through that decision's second port ("Tidak memenuhi syarat: selesai").
    kinds = [StepKind.START]
    ended_by: dict[int, int] = {}  # middle END index -> its decision's index
    while len(kinds) < n - 1:
        kind = draw(st.sampled_from([StepKind.PROCESS] * 3 + [StepKind.DECISION] * 2))
        kinds.append(kind)
        if kind is StepKind.DECISION and len(kinds) < n - 1 and draw(st.integers(0, 4)) == 0:
            ended_by[len(kinds)] = len(kinds) - 1
            kinds.append(StepKind.END)
    kinds.append(StepKind.END)

    ids = [f"s{i + 1}" for i in range(n)]
    steps = [
        Step(
            id=ids[i],
            kind=kind,
            actor=f"a{draw(st.integers(1, lanes))}",
            text=draw(words(1, 45)),
            kelengkapan=draw(words(0, 14)),
            waktu=draw(st.sampled_from(_WAKTU)),
            output=draw(words(0, 12)),
            keterangan=draw(st.one_of(st.just(""), words(1, 20))),
        )
        for i, kind in enumerate(kinds)
    ]

    # The spine: every non-END step continues to the next step that is not a middle END,
    # so everything on it is reachable from the start and reaches the final END.
    def main_target(i: int) -> int:
        j = i + 1
        while j in ended_by:
            j += 1
        return j

    for i, step in enumerate(steps):
        if step.kind is StepKind.END:
            continue
        forward = main_target(i)
        if step.kind is not StepKind.DECISION:
            step.next = ids[forward]
            continue
        middle_end = next((e for e, d in ended_by.items() if d == i), None)
        if middle_end is not None:
            other = middle_end
        else:
            backward = list(range(0, i))  # approval loop back (also to the START row)
            skips = [j for j in range(forward + 1, n) if j not in ended_by]  # skip forward
            ends = [j for j in range(n) if kinds[j] is StepKind.END and j != forward]
            choices = [c for c in backward + skips + ends if c != forward]
            other = draw(st.sampled_from(choices))
        # Mostly Ya continues and Tidak branches, but some houses draw it the other way.
        yes, no = (forward, other) if draw(st.integers(0, 3)) else (other, forward)
        step.yes, step.no = ids[yes], ids[no]

    return Sop(
        id=f"sop-{n}-{lanes}",
        style=draw(st.sampled_from(["ntt", "malang"])),
        actors=actors,
        steps=steps,
        **draw(_identity()),
    )


#: Any Unicode text but surrogates (not encodable).
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
#: Any text the library stores: legal text (`legal_text.clean` of any text: no surrogate,
#: no control but the line break), which every entry point makes of what a user types.
STORABLE_TEXT = st.text(max_size=60).map(clean)


@st.composite
def any_sops(
    draw: st.DrawFn,
    max_steps: int = 12,
    max_lanes: int = 5,
    text: st.SearchStrategy[str] = _TEXT,
) -> Sop:
    """An arbitrary SOP the JSON format can represent (see the module docstring), every
    text, id and name drawn from `text`."""
    actor_ids = draw(st.lists(text.filter(bool), max_size=max_lanes, unique=True))
    step_ids = draw(st.lists(text.filter(bool), max_size=max_steps, unique=True))
    link = st.one_of(st.none(), st.sampled_from(step_ids) if step_ids else st.none(), text)
    steps = [
        Step(
            id=ident,
            kind=draw(st.sampled_from(list(StepKind))),
            actor=draw(st.sampled_from([None, *actor_ids])),
            text=draw(text),
            kelengkapan=draw(text),
            waktu=draw(text),
            output=draw(text),
            keterangan=draw(text),
            next=draw(link),
            yes=draw(link),
            no=draw(link),
            actor_guessed=draw(st.booleans()),
        )
        for ident in step_ids
    ]
    return Sop(
        id=draw(text.filter(bool)),
        revision=draw(st.integers(0, 1000)),
        judul=draw(text),
        nomor=draw(text),
        unit_header=draw(st.lists(text, max_size=4)),
        tanggal_pembuatan=draw(text),
        tanggal_revisi=draw(text),
        tanggal_efektif=draw(text),
        approver=Approver(draw(text), draw(text), draw(text), draw(text)),
        actors=[Actor(name=draw(text.filter(bool)), id=ident) for ident in actor_ids],
        steps=steps,
        style=draw(st.sampled_from(["ntt", "malang", "other"])),
        **{name: draw(st.lists(text, max_size=4)) for name in LIST_FIELDS},
    )
