"""The sample SOP of the canvas tests (from the NTT Biro Organisasi seed), with short ids."""

from __future__ import annotations

from sopstudio.model.sop import Actor, Sop, Step, StepKind

_KAJIAN = [
    # (kind, lane, text, kelengkapan, waktu, output)
    (
        "start",
        0,
        "Menelaah dan meneliti kajian kelembagaan Kabupaten/Kota dan menyampaikan ke "
        "Anggota untuk menyiapkan jadwal pembahasan.",
        "Draft perda/perbup/perwali dan kajian naskah akademis",
        "2 jam",
        "Petunjuk pelaksanaan",
    ),
    (
        "process",
        1,
        "Menyiapkan surat jadwal pembahasan penataan kelembagaan perangkat daerah "
        "kabupaten/kota dan menyampaikan kepada Ketua Tim.",
        "Petunjuk pelaksanaan",
        "1 hari",
        "Surat jadwal pembahasan",
    ),
    (
        "process",
        0,
        "Menyiapkan dokumen dan menyampaikan kesiapan pembahasan kepada Kabag "
        "Kelembagaan dan Anjab.",
        "Draft perda/perbup/perwali",
        "1 jam",
        "Dokumen pembahasan",
    ),
    (
        "process",
        2,
        "Melaksanakan rapat pembahasan bersama kabupaten/kota dan memerintahkan "
        "Anggota untuk menyiapkan rekomendasi.",
        "Dokumen pembahasan",
        "2 jam",
        "Notulen rapat",
    ),
    (
        "process",
        1,
        "Mengonsep rekomendasi hasil kajian penataan kelembagaan berdasarkan hasil "
        "rapat pembahasan.",
        "Notulen rapat pembahasan",
        "2 jam",
        "Konsep rekomendasi",
    ),
    (
        "decision",
        0,
        "Memeriksa konsep rekomendasi; apabila setuju diteruskan kepada Kabag "
        "Kelembagaan dan Anjab, apabila tidak setuju dikembalikan kepada Anggota.",
        "Konsep rekomendasi",
        "30 menit",
        "Konsep rekomendasi",
    ),
    (
        "decision",
        2,
        "Memeriksa konsep rekomendasi; apabila setuju diteruskan kepada Kepala Biro, "
        "apabila tidak setuju dikembalikan untuk diperbaiki.",
        "Konsep rekomendasi",
        "30 menit",
        "Konsep rekomendasi",
    ),
    (
        "decision",
        3,
        "Memeriksa konsep rekomendasi; apabila setuju diteruskan ke Sekda untuk "
        "ditandatangani, apabila tidak setuju dikembalikan kepada Kabag.",
        "Konsep rekomendasi",
        "30 menit",
        "Rekomendasi hasil kajian",
    ),
    (
        "end",
        1,
        "Mengirimkan rekomendasi hasil kajian ke Kabupaten/Kota dan mengarsipkan.",
        "Rekomendasi hasil kajian",
        "1 jam",
        "Dokumen rekomendasi",
    ),
]

_LANES = ["Ketua Tim", "Anggota", "Kepala Bagian Kelembagaan & Anjab", "Kepala Biro Organisasi"]


def make_sample() -> Sop:
    """A 9-step, 4-lane SOP with three decisions whose Tidak loops back (ids s1..s9, a0..a3)."""
    actors = [Actor(name, id=f"a{i}") for i, name in enumerate(_LANES)]
    steps = []
    for n, (kind, lane, text, kel, waktu, output) in enumerate(_KAJIAN, start=1):
        steps.append(
            Step(
                kind=StepKind(kind),
                actor=f"a{lane}",
                text=text,
                kelengkapan=kel,
                waktu=waktu,
                output=output,
                id=f"s{n}",
            )
        )
    for step, following in zip(steps, steps[1:], strict=False):
        if step.kind is StepKind.DECISION:
            step.yes = following.id
        else:
            step.next = following.id
    steps[5].no = "s5"
    steps[6].no = "s5"
    steps[7].no = "s7"
    steps[2].keterangan = "Jika diperlukan"
    return Sop(
        judul="Penataan Kelembagaan Perangkat Daerah Kabupaten/Kota",
        nomor="01 TAHUN 2024",
        unit_header=[
            "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
            "SEKRETARIAT DAERAH",
            "BIRO ORGANISASI",
        ],
        tanggal_pembuatan="02 Desember 2020",
        actors=actors,
        steps=steps,
    )
