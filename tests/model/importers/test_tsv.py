"""Importing tab-separated text: tables copied from Word/Excel and transcribed decrees."""

from __future__ import annotations

from sopstudio.model.importers import import_text
from sopstudio.model.importers.names import best_lane, match_score
from sopstudio.model.importers.reconstruct import parse_approver, split_decision
from sopstudio.model.importers.text import split_items
from sopstudio.model.sop import StepKind

T = "\t"


def rows(*lines: tuple[str, ...]) -> str:
    return "\n".join(T.join(cells) for cells in lines)


IDENTITY = (
    rows(
        ("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",),
        ("SEKRETARIAT DAERAH",),
        ("BIRO ORGANISASI",),
        ("",),
        ("Nomor SOP", "05 Tahun 2024"),
        ("Tanggal Pembuatan", "Juni 2022"),
        (
            "Disahkan oleh",
            "Plt. Kepala Biro Organisasi, Djoese Nai Buti, S.Pt Pembina NIP 197103291999031002",
        ),
        ("Nama SOP", "Layanan Konsultasi"),
    )
    + "\n\nDasar Hukum :\n\n- Undang-Undang Nomor 25 Tahun 2009\n- Permenpan RB 35/2012\n\n"
    + rows(
        ("Keterkaitan", "Peralatan/Perlengkapan : <ol>1. Komputer2. ATK</ol>"),
        ("Peringatan", "Pencatatan dan Pendataan :"),
        ("Layanan tertunda.", "Buku tamu"),
    )
)
HEADER = rows(
    ("No.", "Uraian Prosedur", "Pelaksana", "", "", "Mutu Baku", "", "", "Ket"),
    (
        "",
        "",
        "Kepala Sub Bagian Tata Usaha",
        "Kepala Bagian",
        "Kepala Biro",
        "Persyaratan",
        "Waktu",
        "Output",
        "",
    ),
    tuple(str(n) for n in range(1, 10)),
)
STEPS = rows(
    (
        "1.",
        "Menerima permohonan dan menyampaikan kepada Kabag.",
        "Mulai",
        "",
        "",
        "Surat",
        "5 menit",
        "Surat",
        "",
    ),
    (
        "2.",
        "Menelaah permohonan. Apabila setuju diteruskan kepada Kepala Biro, apabila tidak "
        "setuju dikembalikan kepada Kasubag TU untuk diperbaiki.",
        "",
        "",
        "",
        "Surat",
        "10 menit",
        "Telaahan",
        "",
    ),
    ("3.", "Kepala Biro menandatangani surat.", "", "", "", "Telaahan", "1`5 Menit", "Surat", ""),
)
MORE = rows(
    (
        "5.",
        "Apakah berkas lengkap? Jika tidak, kembali ke langkah 1.",
        "",
        "Ya",
        "",
        "Berkas",
        "beberapa saat",
        "Berkas",
        "",
    ),
    ("6.", "Mengarsipkan surat.", "", "", "", "Surat", "Sesuai jadwal", "Arsip", ""),
)


def test_identity_lists_and_flowchart_with_repeated_header() -> None:
    text = "\n".join([IDENTITY, HEADER, STEPS, HEADER, MORE])
    result = import_text(text)
    assert len(result.sops) == 1
    item = result.sops[0]
    sop = item.sop
    assert sop.unit_header == [
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "SEKRETARIAT DAERAH",
        "BIRO ORGANISASI",
    ]
    assert (sop.nomor, sop.judul, sop.tanggal_pembuatan) == (
        "05 Tahun 2024",
        "Layanan Konsultasi",
        "2022-06",
    )
    assert sop.approver.jabatan == "Plt. Kepala Biro Organisasi"
    assert sop.approver.nip == "197103291999031002"
    assert sop.dasar_hukum == ["Undang-Undang Nomor 25 Tahun 2009", "Permenpan RB 35/2012"]
    assert sop.peralatan == ["Komputer", "ATK"]
    assert sop.peringatan == ["Layanan tertunda."] and sop.pencatatan == ["Buku tamu"]
    assert [a.name for a in sop.actors] == [
        "Kepala Sub Bagian Tata Usaha",
        "Kepala Bagian",
        "Kepala Biro",
    ]
    assert len(sop.steps) == 5
    names = [sop.actor(s.actor).name for s in sop.steps]
    assert names == [
        "Kepala Sub Bagian Tata Usaha",
        "Kepala Bagian",
        "Kepala Biro",
        "Kepala Bagian",
        "Kepala Bagian",
    ]
    assert [s.actor_guessed for s in sop.steps] == [False, True, True, False, True]
    assert [s.kind for s in sop.steps] == [
        StepKind.START,
        StepKind.DECISION,
        StepKind.PROCESS,
        StepKind.DECISION,
        StepKind.END,
    ]
    approve = sop.steps[1]
    assert approve.yes == sop.steps[2].id and approve.no == sop.steps[0].id
    asks = sop.steps[3]
    assert asks.no == sop.steps[0].id and asks.yes == sop.steps[4].id
    assert [s.waktu for s in sop.steps] == [
        "5 menit",
        "10 menit",
        "1`5 Menit",
        "beberapa saat",
        "Sesuai jadwal",
    ]
    codes = item.report.codes()
    assert "NUMBER_GAP" in codes and "WAKTU_UNREADABLE" in codes
    gap = next(n for n in item.report.notes if n.code == "NUMBER_GAP")
    assert gap.step == 4 and gap.where.startswith("baris ")


def test_bare_table_from_the_clipboard() -> None:
    result = import_text("\n".join([HEADER, STEPS]))
    assert len(result.sops) == 1
    item = result.sops[0]
    assert len(item.sop.steps) == 3 and item.sop.steps[-1].kind == StepKind.END
    assert "SOP_WITHOUT_IDENTITY" in result.report.codes() + item.report.codes()
    assert "NO_JUDUL" in item.report.codes()


def test_several_sops_split_on_identity_and_restarted_tables() -> None:
    second = IDENTITY.replace("05 Tahun 2024", "06 Tahun 2024").replace(
        "Layanan Konsultasi", "Layanan Informasi"
    )
    by_letter = STEPS.replace("Menerima permohonan", "Menerima surat permohonan").replace(
        "menandatangani surat", "menandatangani surat balasan"
    )
    text = "\n".join(
        [IDENTITY, HEADER, STEPS, second, HEADER, STEPS, "B. Melalui Surat", HEADER, by_letter]
    )
    result = import_text(text)
    assert [(i.sop.nomor, i.sop.judul) for i in result.sops] == [
        ("05 Tahun 2024", "Layanan Konsultasi"),
        ("06 Tahun 2024", "Layanan Informasi"),
        ("06 Tahun 2024", "Layanan Informasi - B. Melalui Surat"),
    ]
    assert "SUB_PROCEDURE" in result.report.codes()


def test_a_page_scanned_twice_is_not_a_new_sop() -> None:
    result = import_text("\n".join([IDENTITY, HEADER, STEPS, HEADER, STEPS]))
    assert len(result.sops) == 1
    assert "DUPLICATE_PAGE" in result.report.codes()


def test_grouped_three_row_header() -> None:
    header = rows(
        ("No", "Tahapan Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan"),
        ("", "", "Kepala Biro", "TIM KERJA", "", "Kelengkapan", "Waktu", "Output", ""),
        ("", "", "", "Ketua", "Anggota", "", "", "", ""),
    )
    body = rows(
        (
            "1",
            "Menugaskan Ketua menyusun draf.",
            "Mulai",
            "",
            "",
            "Agenda",
            "15 menit",
            "Disposisi",
            "",
        ),
        (
            "2",
            "Menyusun draf dan menyampaikan kepada Anggota.",
            "",
            "",
            "",
            "Disposisi",
            "1 hari",
            "Draf",
            "",
        ),
        ("3", "Mengetik draf final.", "", "", "Selesai", "Draf", "2 jam", "Draf final", ""),
    )
    sop = import_text(header + "\n" + body).sops[0].sop
    assert [a.name for a in sop.actors] == ["Kepala Biro", "Ketua", "Anggota"]
    assert [sop.actor(s.actor).name for s in sop.steps] == ["Kepala Biro", "Ketua", "Anggota"]


def test_decision_forms() -> None:
    assert split_decision(
        "Memeriksa. Apabila setuju diparaf, apabila tidak setuju dikembalikan kepada Kabag."
    )[1].startswith("apabila tidak")
    yes, no = split_decision(
        "Mengunduh: a. Jika peserta terpenuhi lanjut ke langkah 9 "
        "b. Jika peserta belum terpenuhi maka diperpanjang"
    )
    assert "terpenuhi lanjut" in yes and "belum" in no
    assert (
        split_decision("Jika terjadi kegagalan, lakukan tahap 8, - Jika berhasil, menuju langkah 9")
        is not None
    )
    assert split_decision("Apakah berkas lengkap?") == ("Apakah berkas lengkap?", "")
    assert split_decision("Melaksanakan tindaklanjut apabila diperlukan.") is None
    assert split_decision("Mengembalikan tanda pengenal (jika ada).") is None


def test_abbreviations_match_lanes() -> None:
    lanes = [
        "Kepala Biro Pengadaan Barang dan Jasa",
        "Kepala Bagian Pembinaan dan Advokasi",
        "Kepala Sub Bagian Pembinaan SDM",
        "Sekretaris Daerah",
    ]
    assert best_lane("Kabag", lanes) == 1
    assert best_lane("Kasubag Pembinaan SDM", lanes) == 2
    assert best_lane("Karo", lanes) == 0
    assert best_lane("Sekda Provinsi NTT", lanes) == 3
    assert best_lane("Kepala Dinas", lanes) is None
    assert match_score("Kepala Biro", "Kepala Bagian") == 0


def test_list_items_and_approver() -> None:
    assert split_items("1. Komputer2. ATK.3. Buku Agenda") == ["Komputer", "ATK.", "Buku Agenda"]
    assert split_items("SOP A;SOP B") == ["SOP A", "SOP B"]
    assert split_items("Undang-Undang Nomor 2 Tahun 2014") == ["Undang-Undang Nomor 2 Tahun 2014"]
    approver = parse_approver(
        "Plt. Kepala Biro PBJ,  Adelino Soares, AKS Pembina Tk. I NIP. 19750308 199903 1 004"
    )
    assert (approver.jabatan, approver.nama, approver.pangkat, approver.nip) == (
        "Plt. Kepala Biro PBJ",
        "Adelino Soares, AKS",
        "Pembina Tk. I",
        "197503081999031004",
    )


def test_policy_text_without_sops_finds_none() -> None:
    result = import_text("I. PENDAHULUAN\nKebijakan ini mengatur ...\nII. KEBIJAKAN UMUM\n")
    assert result.sops == [] and result.report.codes() == ["NO_SOP"]
