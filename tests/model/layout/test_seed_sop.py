"""A real SOP transcribed from the seeds (Biro PBJ NTT 2024, Kenaikan Gaji Berkala) lays out cleanly."""

from __future__ import annotations

import pytest

from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import PageKind, SymbolKind
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper

from .checks import problems

PERIKSA = (
    "Memeriksa konsep Surat Pemberitahuan Kenaikan Gaji berkala beserta kelengkapan administrasi "
    "dan membubuhkan paraf jika setuju, dilanjutkan ke Kabag, jika tidak setuju, dikembalikan"
)
KONSEP = "Konsep Surat PKGB dan syarat kelengkapan"


def kgb_sop(style: str = "ntt") -> Sop:
    actors = [
        Actor("Kabag Pembinaan dan Advokasi PBJ", id="kabag"),
        Actor("Kasubag / Tim Kerja", id="kasubag"),
        Actor("Pengadministrasi Umum", id="admin"),
        Actor("Kepala Biro", id="karo"),
    ]
    steps = [
        Step(
            id="1",
            kind=StepKind.START,
            actor="kabag",
            next="2",
            waktu="15 menit",
            output="Penugasan",
            kelengkapan="Pedoman Peraturan Perundang-undangan",
            text="Menugaskan Kasubag untuk menginventarisir dan memproses PNS yang telah memenuhi syarat "
            "waktu untuk Kenaikan Gaji Berkala.",
        ),
        Step(
            id="2",
            actor="kasubag",
            next="3",
            waktu="30 menit",
            output="Penugasan, arahan dan petunjuk",
            kelengkapan="Pedoman Peraturan Perundang-undangan dan penugasan",
            text="Menugaskan pengelola kepegawaian untuk menginventarisir data PNS yang memenuhi syarat "
            "kenaikan gaji berkala dan menyusun konsep surat pemberitahuan kenaikan gaji berkala.",
        ),
        Step(
            id="3",
            actor="admin",
            next="4",
            waktu="2 Jam",
            output=KONSEP,
            kelengkapan="Penugasan, arahan dan petunjuk",
            text="Menginventarisir data PNS yang memenuhi syarat kenaikan gaji berkala kemudian menyusun "
            "konsep Surat Pemberitahuan Kenaikan Gaji Berkala (PKGB) dan menyampaikan kepada Kasubag.",
        ),
        Step(
            id="4",
            kind=StepKind.DECISION,
            actor="kasubag",
            yes="5",
            no="3",
            waktu="10 menit",
            kelengkapan=KONSEP,
            output=KONSEP,
            text=PERIKSA + " ke Pejabat Fungsional/Fungsional Umum",
        ),
        Step(
            id="5",
            kind=StepKind.DECISION,
            actor="kabag",
            yes="6",
            no="4",
            waktu="10 menit",
            kelengkapan=KONSEP,
            output=KONSEP,
            text=PERIKSA + " ke Kasubag / Tim Kerja",
        ),
        Step(
            id="6",
            kind=StepKind.DECISION,
            actor="karo",
            yes="7",
            no="3",
            waktu="10 menit",
            kelengkapan=KONSEP,
            output="Surat Pemberitahuan Kenaikan Gaji Berkala (PKGB)",
            text=PERIKSA.replace("membubuhkan paraf", "menandatangani") + " ke Pejabat Fungsional",
        ),
        Step(
            id="7",
            kind=StepKind.END,
            actor="karo",
            waktu="1 jam",
            kelengkapan="Surat Pemberitahuan Kenaikan Gaji Berkala (PKGB)",
            output="Surat Pemberitahuan Kenaikan Gaji Berkala (PKGB)",
            text="Membubuhkan Cap dan mengirim Surat Pemberitahuan Kenaikan Gaji berkala kepada Kepala Biro "
            "Keuangan dan PNS yang bersangkutan serta mengarsipkan.",
        ),
    ]
    return Sop(
        judul="Penerbitan Surat Pemberitahuan Kenaikan Gaji Berkala",
        nomor="05 TAHUN 2024",
        actors=actors,
        steps=steps,
        style=style,
        dasar_hukum=[
            "Peraturan Pemerintah Nomor 15 Tahun 2019 tentang Perubahan Kedelapan Belas atas "
            "Peraturan Pemerintah Nomor 7 Tahun 1977 tentang Peraturan Gaji Pegawai Negeri Sipil"
        ],
        peralatan=["ATK.", "Komputer.", "Printer", "Buku Agenda Surat Keluar."],
    )


@pytest.mark.parametrize("paper", [Paper.F4, Paper.A4])
@pytest.mark.parametrize("style", ["ntt", "malang"])
def test_seed_sop_lays_out_cleanly(paper, style):
    layout = layout_sop(kgb_sop(style), paper=paper)
    flow = [p for p in layout.pages if p.kind is PageKind.FLOWCHART]
    assert flow
    for page in layout.pages:
        assert problems(page) == []
    drawn = {(c.source_step, c.target_step, c.port) for p in flow for c in p.connectors}
    for step in kgb_sop().steps:
        for port, target in step.links():
            assert (step.id, target, port.value) in drawn
    decisions = [s for p in flow for s in p.symbols if s.kind is SymbolKind.DECISION]
    assert len(decisions) == 3
