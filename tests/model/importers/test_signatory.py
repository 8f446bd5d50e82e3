"""Telling the signatory's jabatan from the name, alone and in a Kota's SOP saved by Word."""

from __future__ import annotations

import pytest

from sopstudio.model.importers import import_bytes
from sopstudio.model.importers.reconstruct import parse_approver
from sopstudio.model.signatory import is_titles, split_jabatan_nama
from tests.model.importers import officedocx as office

MALANG_HEADER = ("PEMERINTAH KOTA MALANG", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI")
LANES = ("Kepala Bagian", "Analis Kelembagaan", "Pengadministrasi")
STEPS = (
    (
        "1",
        "Menerima usulan penataan kelembagaan dari perangkat daerah.",
        "Pengadministrasi",
        "Surat usulan",
        "15 menit",
        "Surat usulan",
    ),
    (
        "2",
        "Menelaah usulan dan menyusun konsep rekomendasi.",
        "Analis Kelembagaan",
        "Surat usulan",
        "2 hari",
        "Konsep rekomendasi",
    ),
    (
        "3",
        "Menandatangani rekomendasi penataan kelembagaan.",
        "Kepala Bagian",
        "Konsep rekomendasi",
        "1 hari",
        "Rekomendasi",
    ),
)
FIELDS = (
    ("Nomor SOP", "180/12/35.73.01/2024"),
    ("Tanggal Pembuatan", "5 Februari 2024"),
    ("Tanggal Revisi", "-"),
    ("Tanggal Pengesahan", "12 Februari 2024"),
    (
        "Disahkan oleh",
        "KEPALA BAGIAN ORGANISASI EKO SETYO MAHANANI, ST., MT\nPembina\nNIP. 19750308 199903 1 004",
    ),
    ("Nama SOP", "Fasilitasi Penataan Kelembagaan Perangkat Daerah"),
)
LISTS = (
    (
        "Dasar Hukum",
        "1. Peraturan Wali Kota Malang Nomor 19 Tahun 2023\n2. Permenpan RB Nomor 35 Tahun 2012",
    ),
    ("Kualifikasi Pelaksana", "Memahami analisis kelembagaan"),
    ("Keterkaitan", "SOP Analisis Jabatan"),
    ("Peralatan/Perlengkapan", "1. Komputer\n2. ATK"),
    ("Peringatan", "Penataan kelembagaan terlambat"),
    ("Pencatatan dan Pendataan", "Arsip rekomendasi"),
)


def kota_malang_docx() -> bytes:
    """A Kota Malang SOP as Word saves it: its own letterhead, "JABATAN NAMA, gelar"."""
    document = office.new_document()
    office.identity(document, FIELDS, LISTS, header=MALANG_HEADER)
    office.flowchart(
        document,
        LANES,
        STEPS,
        number_row=False,
        symbols={0: "terminator", 1: "process", 2: "terminator"},
    )
    return office.to_bytes(document)


@pytest.mark.parametrize(("text", "units", "expected"), [
    ("KEPALA BAGIAN ORGANISASI EKO SETYO MAHANANI, ST., MT", (),
     ("KEPALA BAGIAN ORGANISASI", "EKO SETYO MAHANANI, ST., MT")),
    ("KEPALA DINAS PEKERJAAN UMUM BUDI SANTOSO, S.T., M.Eng", ("DINAS PEKERJAAN UMUM",),
     ("KEPALA DINAS PEKERJAAN UMUM", "BUDI SANTOSO, S.T., M.Eng")),
    ("KEPALA BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN Djoese Nai Buti, SH", (),
     ("KEPALA BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN", "Djoese Nai Buti, SH")),
    ("PLT. KEPALA BIRO ORGANISASI SETDA DJOESE NAI BUTI, S.Sos., M.Si", (),
     ("PLT. KEPALA BIRO ORGANISASI SETDA", "DJOESE NAI BUTI, S.Sos., M.Si")),
    ("KEPALA BAGIAN ORGANISASI", (), ("KEPALA BAGIAN ORGANISASI", "")),
    ("Djoese S.M. Nai Buti, SH", (), ("", "Djoese S.M. Nai Buti, SH")),
])  # fmt: skip
def test_split_keeps_titles_with_the_name(text, units, expected):
    assert split_jabatan_nama(text, units) == expected


def test_titles_are_short_dotted_words_not_names():
    assert is_titles(" ST., MT") and is_titles("S.Sos., M.Si") and is_titles("Dr. Ir.")
    assert not is_titles(" Adelino Soares, AKS")


def test_comma_after_the_jabatan_still_separates_it():
    approver = parse_approver(
        "Plt. Kepala Biro PBJ, Adelino Soares, AKS Pembina Tk. I NIP. 19750308 199903 1 004"
    )
    assert (approver.jabatan, approver.nama, approver.pangkat) == (
        "Plt. Kepala Biro PBJ",
        "Adelino Soares, AKS",
        "Pembina Tk. I",
    )


def test_kota_sop_from_word_keeps_its_letterhead_and_splits_the_signatory():
    sop = import_bytes(kota_malang_docx(), "sop-malang.docx").sops[0].sop
    assert sop.unit_header == list(MALANG_HEADER)
    assert sop.approver.jabatan == "KEPALA BAGIAN ORGANISASI"
    assert sop.approver.nama == "EKO SETYO MAHANANI, ST., MT"
    assert sop.approver.pangkat == "Pembina"
    assert sop.approver.nip == "197503081999031004"
    assert sop.judul == "Fasilitasi Penataan Kelembagaan Perangkat Daerah"
