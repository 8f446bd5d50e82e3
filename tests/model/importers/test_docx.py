"""Importing office-made DOCX files: merged headers, repeated headers, drawn symbols, safety."""

from __future__ import annotations

import io
import zipfile

import pytest

from sopstudio.model.importers import ImportFailed, import_bytes
from sopstudio.model.sop import StepKind
from tests.model.importers import officedocx as office

LANES = ("Kepala Biro", "Kepala Bagian", "Kasubag TU Biro", "Pengadministrasi Umum")
STEPS = (
    (
        "1",
        "Menerima surat masuk dan meneruskan kepada Kepala Biro.",
        "Pengadministrasi Umum",
        "Surat masuk",
        "5 menit",
        "Surat masuk",
    ),
    (
        "2",
        "Menelaah dan mendisposisi surat kepada Kabag.",
        "Kepala Biro",
        "Surat masuk",
        "10 menit",
        "Disposisi",
    ),
    (
        "3",
        "Menugaskan Kasubag TU menyiapkan konsep jawaban.",
        "Kepala Bagian",
        "Disposisi",
        "10 menit",
        "Disposisi",
    ),
    (
        "4",
        "Menyusun konsep surat jawaban dan menyampaikan kepada Kabag.",
        "Kasubag TU Biro",
        "Disposisi",
        "1 jam",
        "Konsep",
    ),
    (
        "5",
        "Memeriksa konsep. Apabila setuju diparaf dan diteruskan kepada Kepala Biro, "
        "apabila tidak setuju dikembalikan kepada Kasubag TU Biro untuk diperbaiki.",
        "Kepala Bagian",
        "Konsep",
        "15 menit",
        "Konsep diparaf",
    ),
    ("6", "Menandatangani surat jawaban.", "Kepala Biro", "Konsep diparaf", "10 menit", "Surat"),
    (
        "7",
        "Mengagendakan dan mengirim surat.",
        "Pengadministrasi Umum",
        "Surat",
        "Sesuai jadwal",
        "Surat terkirim",
    ),
)
FIELDS = (
    ("Nomor SOP", "07 Tahun 2024"),
    ("Tanggal Pembuatan", "02 Desember 2020"),
    ("Tanggal Revisi", "-"),
    ("Tanggal Efektif", ""),
    (
        "Disahkan oleh",
        "Kepala Biro Organisasi, Dra. Maria Goreti, M.Si Pembina Utama Muda "
        "NIP. 19700101 199003 2 001",
    ),
    ("Judul SOP", "Penanganan Surat Masuk"),
)
LISTS = (
    ("Dasar Hukum", "1. Undang-Undang Nomor 30 Tahun 2014\n2. Permenpan RB Nomor 35 Tahun 2012"),
    ("Kualifikasi Pelaksana", "Memahami tata naskah dinas"),
    ("Keterkaitan", "SOP Penanganan Surat Keluar"),
    ("Peralatan/Perlengkapan", "1. Komputer\n2. ATK"),
    ("Peringatan", "Surat terlambat ditindaklanjuti"),
    ("Pencatatan dan Pendataan", "Buku agenda"),
)
SYMBOLS = {
    0: "terminator",
    1: "process",
    2: "process",
    3: "process",
    4: "decision",
    5: "process",
    6: "terminator",
}


def _office_sop(
    document, *, symbols=SYMBOLS, number_row=True, repeat_every=3, nomor="07 Tahun 2024"
):
    fields = tuple((label, nomor if label == "Nomor SOP" else value) for label, value in FIELDS)
    office.identity(document, fields, LISTS)
    office.flowchart(
        document, LANES, STEPS, number_row=number_row, repeat_every=repeat_every, symbols=symbols
    )


def test_office_docx_with_merged_and_repeated_headers_and_drawn_symbols() -> None:
    document = office.new_document()
    _office_sop(document)
    result = import_bytes(office.to_bytes(document), "sop.docx")
    assert len(result.sops) == 1
    sop = result.sops[0].sop
    assert sop.nomor == "07 Tahun 2024"
    assert sop.judul == "Penanganan Surat Masuk"
    assert sop.tanggal_pembuatan == "2020-12-02" and sop.tanggal_revisi == ""
    assert sop.unit_header[-1] == "BAGIAN TATA LAKSANA"
    assert sop.approver.nip == "197001011990032001"
    assert sop.approver.nama == "Dra. Maria Goreti, M.Si"
    assert sop.approver.pangkat == "Pembina Utama Muda"
    assert sop.dasar_hukum == [
        "Undang-Undang Nomor 30 Tahun 2014",
        "Permenpan RB Nomor 35 Tahun 2012",
    ]
    assert sop.peralatan == ["Komputer", "ATK"] and sop.pencatatan == ["Buku agenda"]
    assert [a.name for a in sop.actors] == list(LANES)
    assert [s.text for s in sop.steps] == [s[1] for s in STEPS]
    assert [sop.actor(s.actor).name for s in sop.steps] == [s[2] for s in STEPS]
    assert not any(s.actor_guessed for s in sop.steps)
    assert [s.kind for s in sop.steps] == [StepKind.START] + [StepKind.PROCESS] * 3 + [
        StepKind.DECISION,
        StepKind.PROCESS,
        StepKind.END,
    ]
    assert [(s.kelengkapan, s.waktu, s.output) for s in sop.steps] == [s[3:] for s in STEPS]
    decision = sop.steps[4]
    assert decision.yes == sop.steps[5].id and decision.no == sop.steps[3].id
    assert not result.sops[0].report.problems


def test_empty_lane_cells_give_guessed_actors_from_the_text() -> None:
    document = office.new_document()
    _office_sop(document, symbols={}, number_row=False, repeat_every=0)
    item = import_bytes(office.to_bytes(document), "sop.docx").sops[0]
    sop = item.sop
    names = [sop.actor(s.actor).name if s.actor else None for s in sop.steps]
    # Step 1 names nobody; steps 2.. follow the addressee of the step before.
    assert names[1:] == [
        "Kepala Biro",
        "Kepala Bagian",
        "Kasubag TU Biro",
        "Kepala Bagian",
        "Kepala Biro",
        "Kepala Biro",
    ]
    assert all(s.actor_guessed for s in sop.steps[1:])
    assert "ACTOR_UNKNOWN" in item.report.codes()
    assert item.report.codes().count("ACTOR_FROM_PREVIOUS") >= 4
    assert sop.steps[4].kind == StepKind.DECISION  # read from "apabila tidak setuju ..."


def test_several_sops_in_one_document() -> None:
    document = office.new_document()
    _office_sop(document, nomor="01 Tahun 2024")
    document.add_page_break()
    _office_sop(document, nomor="02 Tahun 2024", repeat_every=0)
    result = import_bytes(office.to_bytes(document), "lampiran.docx")
    assert [item.sop.nomor for item in result.sops] == ["01 Tahun 2024", "02 Tahun 2024"]
    assert all(len(item.sop.steps) == 7 for item in result.sops)


def test_vml_shapes_in_lane_cells_are_read() -> None:
    document = office.new_document()
    _office_sop(document, symbols={}, repeat_every=0)
    table = document.tables[-1]
    office.vml_symbol(table.rows[3].cells[5], "116")  # step 1, Pengadministrasi Umum: capsule
    office.vml_symbol(table.rows[7].cells[3], "110")  # step 5, Kepala Bagian: diamond
    sop = import_bytes(office.to_bytes(document), "sop.docx").sops[0].sop
    assert sop.actor(sop.steps[0].actor).name == "Pengadministrasi Umum"
    assert not sop.steps[0].actor_guessed
    assert sop.actor(sop.steps[4].actor).name == "Kepala Bagian"
    assert sop.steps[4].kind == StepKind.DECISION


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _document(body: str) -> bytes:
    return (
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    ).encode()


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
        b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&lol2;'
        b"</w:document>",
        b"<w:document><w:body><w:p>",
        b"not xml at all",
    ],
    ids=["xxe", "billion-laughs", "broken-xml", "not-xml"],
)
def test_hostile_or_broken_xml_is_refused(payload: bytes) -> None:
    with pytest.raises(ImportFailed):
        import_bytes(_zip({"word/document.xml": payload}), "x.docx")


def test_zip_bomb_is_refused_before_inflating() -> None:
    body = "<w:p><w:r><w:t>" + "a" * 5_000_000 + "</w:t></w:r></w:p>"
    with pytest.raises(ImportFailed, match="zip bom|terlalu besar"):
        import_bytes(_zip({"word/document.xml": _document(body)}), "x.docx")


def test_zip_with_huge_declared_size_is_refused() -> None:
    data = bytearray(_zip({"word/document.xml": _document("<w:p/>")}))
    # Patch the central directory's uncompressed size of the only entry to 4 GB - 1.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (0xFFFFFFFF - 1).to_bytes(4, "little")
    with pytest.raises(ImportFailed):
        import_bytes(bytes(data), "x.docx")


def test_truncated_and_foreign_zips_are_refused() -> None:
    document = office.new_document()
    _office_sop(document)
    data = office.to_bytes(document)
    with pytest.raises(ImportFailed):
        import_bytes(data[: len(data) // 2], "x.docx")
    with pytest.raises(ImportFailed, match="bukan dokumen Word"):
        import_bytes(_zip({"content.xml": b"<a/>"}), "x.docx")


def test_symbols_anchored_above_the_table_map_to_lanes_by_x() -> None:
    document = office.new_document()
    office.identity(document, FIELDS, LISTS)
    anchor = document.add_paragraph("")
    office.flowchart(document, LANES, STEPS, symbols={}, repeat_every=0)
    table = document.tables[-1]
    lane_column = {lane: 2 + i for i, lane in enumerate(LANES)}
    kinds = ["terminator", "process", "process", "process", "decision", "process", "terminator"]
    office.anchored_symbols(
        anchor,
        table,
        [
            (kind, lane_column[step[2]], order)
            for order, (kind, step) in enumerate(zip(kinds, STEPS, strict=True))
        ],
    )
    item = import_bytes(office.to_bytes(document), "sop.docx").sops[0]
    sop = item.sop
    assert [sop.actor(s.actor).name for s in sop.steps] == [s[2] for s in STEPS]
    assert not any(s.actor_guessed for s in sop.steps)
    assert sop.steps[4].kind == StepKind.DECISION
    assert "SHAPES_UNPLACED" not in item.report.codes()
