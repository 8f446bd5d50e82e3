"""A small, well-formed example SOP for store tests."""

from __future__ import annotations

from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind


def sample_sop(steps: int = 5) -> Sop:
    """A small well-formed SOP with two lanes and a decision looping back."""
    staf, kabag = Actor("Staf Pelaksana", id="staf"), Actor("Kepala Bagian", id="kabag")
    rows = [Step(id="s0", kind=StepKind.START, actor="staf", text="Menerima surat masuk")]
    rows += [
        Step(id=f"s{i}", actor="staf", text=f"Memproses berkas tahap {i}", waktu="1 jam")
        for i in range(1, steps - 2)
    ]
    rows.append(Step(id="d", kind=StepKind.DECISION, actor="kabag", text="Memeriksa konsep"))
    rows.append(Step(id="e", kind=StepKind.END, actor="kabag", text="Menandatangani surat"))
    for before, after in zip(rows, rows[1:], strict=False):
        if before.kind is not StepKind.DECISION:
            before.next = after.id
    rows[-2].yes, rows[-2].no = "e", "s0"
    return Sop(
        judul="Penanganan Surat Masuk",
        nomor="01 TAHUN 2024",
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "SEKRETARIAT DAERAH"],
        approver=Approver(
            "Kepala Biro Organisasi", "Nama Pejabat", "Pembina", "197103291999031002"
        ),
        dasar_hukum=["Undang-Undang Nomor 23 Tahun 2014", "Permenpan-RB Nomor 35 Tahun 2012"],
        peringatan=["Apabila tidak dilaksanakan, surat terlambat"],
        actors=[staf, kabag],
        steps=rows,
    )
