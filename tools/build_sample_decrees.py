"""Build the bundled sample decrees (resources/samples/*.decree.json) from the sample SOPs.

Each decree's own text (title, Menimbang, Mengingat, diktum, signer, Tembusan, Paraf
Hierarki) is transcribed from its seed in shared/seeds; its Lampiran embeds the sample SOPs
the seed enacts, read from resources/samples/sops. Only OCR noise in the decree text was
fixed (see resources/samples/README.md). The output is deterministic (fixed ids), so running
this again without changes rewrites the same bytes.

Usage: python tools/build_sample_decrees.py (or python -m tools.build_sample_decrees)
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sopstudio.model import decree_json, jsonio  # noqa: E402
from sopstudio.model.decree import (  # noqa: E402
    Decree,
    DecreeKind,
    Diktum,
    Lampiran,
    ParafRow,
    Signer,
)
from sopstudio.resources import SAMPLES  # noqa: E402

NTT = "Nusa Tenggara Timur"
SOP_AP = "Standar Operasional Prosedur Administrasi Pemerintahan"

#: Mengingat items common to both NTT decrees (seed lines 21-24 of each).
MENGINGAT_NTT = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik "
    "Indonesia Tahun 2009 Nomor 122, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
    "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) "
    "sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023 "
    "tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang "
    "Cipta Kerja Menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, "
    "Tambahan Lembaran Negara Republik Indonesia Nomor 6856);",
    "Undang-Undang Nomor 21 Tahun 2022 tentang Provinsi Nusa Tenggara Timur (Lembaran Negara "
    "Republik Indonesia Tahun 2022 Nomor 164, Tambahan Lembaran Negara Republik Indonesia Nomor "
    "6810);",
    "Peraturan Gubernur Nusa Tenggara Timur Nomor 44 Tahun 2020 tentang Perubahan Atas "
    "Peraturan Gubernur Nusa Tenggara Timur Nomor 28 Tahun 2017 tentang Petunjuk Teknis "
    "Penyusunan dan Pelaksanaan Standar Operasional Prosedur Administrasi Pemerintahan di "
    "Lingkungan Pemerintahan Provinsi Nusa Tenggara Timur (Berita Daerah Provinsi Nusa Tenggara "
    "Timur Tahun 2017 Nomor 27);",
]


def _menimbang(unit: str) -> list[str]:
    """The two Menimbang items both NTT decrees share, for a Biro `unit`."""
    return [
        "bahwa dalam rangka mewujudkan pemerintahan yang efektif dan efisien serta untuk "
        "meningkatkan kinerja aparatur perangkat daerah di lingkungan Pemerintah Provinsi Nusa "
        f"Tenggara Timur khususnya pada {unit} Sekretariat Daerah Provinsi Nusa Tenggara Timur, "
        "diperlukan standar operasional prosedur administrasi pemerintahan sebagai pedoman dalam "
        "pelaksanaan tugas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan "
        f"Keputusan Gubernur tentang {SOP_AP} pada {unit} Sekretariat Daerah Provinsi Nusa "
        "Tenggara Timur;",
    ]


def _diktum(unit: str, first: str, monitor: str) -> list[Diktum]:
    """The seven diktum of the NTT decrees (seed text; `first` is KESATU or PERTAMA)."""
    full = f"{unit} Sekretariat Daerah Provinsi Nusa Tenggara Timur"
    return [
        Diktum(f"{SOP_AP} {full}."),
        Diktum(
            f"Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum {first} tercantum "
            "dalam Lampiran Keputusan ini."
        ),
        Diktum(
            "Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum KEDUA meliputi:",
            lists_sops=True,
        ),
        Diktum(
            "Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum KETIGA dilaksanakan "
            f"oleh seluruh Aparatur Sipil Negara pada {full}."
        ),
        Diktum(
            "Dalam rangka menjamin mutu pelayanan yang pelaksanaannya sesuai dengan SOP "
            "Administrasi Pemerintahan, monitoring dan evaluasi dapat dilakukan secara berkala "
            "sekurang-kurangnya 1 (satu) kali dalam 1 (satu) tahun."
        ),
        Diktum(
            "Monitoring dan Evaluasi sebagaimana dimaksud dalam Diktum KELIMA dilaksanakan oleh "
            f"{monitor}."
        ),
        Diktum("Keputusan ini mulai berlaku sejak tanggal ditetapkan."),
    ]


def _sops(*names: str) -> list:
    return [jsonio.load(SAMPLES / "sops" / name) for name in names]


def _fixed_id(nomor: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"sopstudio:sample-decree:{nomor}").hex


def biro_organisasi() -> Decree:
    """Keputusan Gubernur NTT 267/KEP/HK/2024 (Biro Organisasi), with five of its SOPs."""
    unit = "Biro Organisasi"
    return Decree(
        id=_fixed_id("267/KEP/HK/2024"),
        kind=DecreeKind.KEPUTUSAN_GUBERNUR,
        region=NTT,
        nomor="267/KEP/HK/2024",
        tentang=f"{SOP_AP} Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur",
        tempat_ditetapkan="Kupang",
        tanggal_ditetapkan="2024-07-09",
        menimbang=_menimbang(unit),
        mengingat=[
            *MENGINGAT_NTT,
            "Peraturan Gubernur Nusa Tenggara Timur Nomor 45 Tahun 2023 tentang Sistem Kerja di "
            "Lingkungan Pemerintah Provinsi Nusa Tenggara Timur untuk Penyederhanaan Birokrasi "
            "(Berita Daerah Provinsi Nusa Tenggara Timur Tahun 2023 Nomor 045);",
        ],
        diktum=_diktum(
            unit,
            "KESATU",
            "Kepala Sub Bagian Tata Usaha Biro pada Biro Organisasi Sekretariat Daerah Provinsi "
            "Nusa Tenggara Timur",
        ),
        signer=Signer(jabatan="PJ. GUBERNUR NUSA TENGGARA TIMUR", nama="AYODHIA G. L. KALAKE"),
        paraf=[
            ParafRow("Sekretaris Daerah"),
            ParafRow("Asisten Pemerintahan dan Kesra"),
            ParafRow("Plt. Kepala Biro Hukum"),
        ],
        lampiran=Lampiran(
            title_lines=[
                "DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)",
                "ADMINISTRASI PEMERINTAHAN TAHUN 2024",
                "BIRO ORGANISASI",
                "SETDA PROVINSI NUSA TENGGARA TIMUR",
            ],
            sops=_sops(
                "01-fasilitasi-penataan-kelembagaan.sop.json",
                "02-penanganan-surat-masuk.sop.json",
                "03-penerbitan-nota-dinas.sop.json",
                "04-penyusunan-lkip-biro.sop.json",
                "05-serah-terima-jabatan.sop.json",
            ),
        ),
    )


def biro_pbj() -> Decree:
    """Keputusan Gubernur NTT 324/KEP/HK/2024 (Biro PBJ), with three of its SOPs."""
    unit = "Biro Pengadaan Barang dan Jasa"
    return Decree(
        id=_fixed_id("324/KEP/HK/2024"),
        kind=DecreeKind.KEPUTUSAN_GUBERNUR,
        region=NTT,
        nomor="324/KEP/HK/2024",
        tentang=f"{SOP_AP} Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Nusa "
        "Tenggara Timur",
        tempat_ditetapkan="Kupang",
        tanggal_ditetapkan="2024-09-17",
        menimbang=_menimbang(unit),
        mengingat=list(MENGINGAT_NTT),
        ordinal_first="PERTAMA",
        diktum=_diktum(
            unit,
            "PERTAMA",
            "Sub Bagian Pembinaan Sumber Daya Manusia Pengadaan Barang dan Jasa, pada Biro "
            "Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Nusa Tenggara Timur",
        ),
        signer=Signer(jabatan="PJ. GUBERNUR NUSA TENGGARA TIMUR", nama="ANDRIKO NOTO SUSANTO"),
        tembusan=[
            "Sekretaris Daerah Provinsi Nusa Tenggara Timur di Kupang;",
            "Kepala Biro Organisasi Setda Provinsi NTT di Kupang;",
            "Kepala Biro Pengadaan Barang dan Jasa Setda Provinsi NTT di Kupang.",
        ],
        paraf=[
            ParafRow("Sekretaris Daerah"),
            ParafRow("Asisten Pemerintahan dan Kesra"),
            ParafRow("Kepala Bagian Bantuan Hukum"),
        ],
        lampiran=Lampiran(
            title_lines=[
                "DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)",
                "ADMINISTRASI PEMERINTAHAN TAHUN 2024",
                "BIRO PENGADAAN BARANG DAN JASA",
                "SETDA PROVINSI NUSA TENGGARA TIMUR",
            ],
            sops=_sops(
                "06-penyerahan-paket-pbj.sop.json",
                "07-pemilihan-penyedia-prakualifikasi.sop.json",
                "08-registrasi-verifikasi-penyedia.sop.json",
            ),
        ),
    )


#: Output file name -> builder.
DECREES = {
    "kepgub-267-2024-biro-organisasi.decree.json": biro_organisasi,
    "kepgub-324-2024-biro-pbj.decree.json": biro_pbj,
}


def main() -> int:
    for name, build in DECREES.items():
        path = SAMPLES / name
        decree_json.save(build(), path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
