"""Word documents shaped the way offices make them, and what importing each must give.

`tools/make_import_fixtures.py` saves each case as tests/fixtures/import/word/<name>.docx
(python-docx, the XML Word writes) and prints it to PDF with LibreOffice into
tests/fixtures/import/pdf/; `test_office_cases.py` imports both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from tests.model.importers import officedocx as office

#: (number, text, lane, kelengkapan, waktu, output, symbol)
Row = tuple[str, str, str, str, str, str, str]


@dataclass
class Expected:
    """One SOP an import must yield."""

    judul: str
    lanes: list[str]
    #: The lane of each step, in order.
    step_lanes: list[str]
    waktu: list[str]
    decisions: list[int] = field(default_factory=list)
    unit_header: list[str] | None = None


@dataclass
class Case:
    """A document builder and the SOPs (and decree mapping rows) it must import as."""

    build: Callable[[], object]
    sops: list[Expected]
    mapping: int = 0


def _landscape(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(33), Cm(21.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))


def _vmerge(cell, restart: bool) -> None:
    """Merge a cell with the one above (Word writes a bare w:vMerge), or start a merge."""
    value = ' w:val="restart"' if restart else ""
    cell._tc.get_or_add_tcPr().append(parse_xml(f"<w:vMerge {nsdecls('w')}{value}/>"))


_PRESETS = {
    "terminator": "flowChartTerminator",
    "process": "flowChartProcess",
    "decision": "flowChartDecision",
}
_shape_ids = iter(range(1000, 100000))


def _symbol(cell, kind: str) -> None:
    """An inline flowchart symbol in a lane cell, as Word writes it (size, fill, outline)."""
    cx, cy = (540000, 360000) if kind == "decision" else (540000, 220000)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}"'
        f' cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{next(_shape_ids)}" name="Flowchart"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{_PRESETS[kind]}"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    cell.paragraphs[0]._p.append(parse_xml(xml))


def _widths(table, lanes: int) -> None:
    """Column widths as an office sets them: a wide Kegiatan column, narrow lanes."""
    widths = [Cm(1), Cm(6.5)] + [Cm(2.4)] * lanes + [Cm(3.2), Cm(1.8), Cm(3), Cm(2.2)]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _body(table, first_row: int, lanes: Sequence[str], rows: Sequence[Row]) -> None:
    _widths(table, len(lanes))
    for offset, (number, text, lane, kel, waktu, output, symbol) in enumerate(rows):
        cells = table.rows[first_row + offset].cells
        cells[0].text, cells[1].text = number, text
        if lane:
            _symbol(cells[2 + lanes.index(lane)], symbol)
        cells[2 + len(lanes)].text = kel
        cells[3 + len(lanes)].text = waktu
        cells[4 + len(lanes)].text = output


def _table(document, lanes: Sequence[str], rows: Sequence[Row], labels: tuple[str, str]):
    """A flowchart table with two header rows, No and Kegiatan merged down: (table, first
    header row cells, second header row cells)."""
    table = document.add_table(rows=2 + len(rows), cols=2 + len(lanes) + 4)
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    top[0].text, top[1].text = labels
    top[0].merge(sub[0])
    top[1].merge(sub[1])
    return table, top, sub


def _flowchart(document, lanes: Sequence[str], rows: Sequence[Row]) -> None:
    """The usual table: "Pelaksana" over the lanes, "Mutu Baku" over three columns."""
    table, top, sub = _table(document, lanes, rows, ("No", "Kegiatan"))
    ncols = len(top)
    top[2].merge(top[1 + len(lanes)]).text = "Pelaksana"
    top[2 + len(lanes)].merge(top[4 + len(lanes)]).text = "Mutu Baku"
    top[ncols - 1].merge(sub[ncols - 1]).text = "Keterangan"
    for j, lane in enumerate(lanes):
        sub[2 + j].text = lane
    for j, label in enumerate(("Kelengkapan", "Waktu", "Output")):
        sub[2 + len(lanes) + j].text = label
    office.mark_header(table, 2)
    _body(table, 2, lanes, rows)


def _identity(document, nomor: str, judul: str) -> None:
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(
        table.rows,
        (
            ("Nomor SOP", nomor),
            ("Tanggal Pembuatan", "3 Januari 2023"),
            ("Disahkan oleh", "Kepala Bagian Organisasi"),
            ("Judul SOP", judul),
        ),
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = label, value


def _paragraphs(document, *lines: str) -> None:
    for line in lines:
        document.add_paragraph(line)


def _new(*lines: str):
    """A landscape document starting with these paragraphs (letterhead, decree title)."""
    document = office.new_document()
    _landscape(document)
    _paragraphs(document, *lines)
    return document


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# -- the cases --------------------------------------------------------------------------

IZIN_LANES = ("Pemohon", "Petugas Loket", "Kepala Bidang Perizinan", "Kepala Dinas")
IZIN: list[Row] = [
    (
        "1",
        "Mengajukan permohonan rekomendasi izin keramaian beserta persyaratannya.",
        "Pemohon",
        "Formulir permohonan",
        "5 menit",
        "Berkas permohonan",
        "terminator",
    ),
    (
        "2",
        "Memeriksa kelengkapan berkas dan mencatat dalam buku register.",
        "Petugas Loket",
        "Berkas permohonan",
        "15 menit",
        "Berkas teregister",
        "process",
    ),
    (
        "3",
        "Meneliti berkas. Apabila memenuhi syarat diteruskan kepada Kepala Dinas, apabila "
        "tidak memenuhi syarat dikembalikan kepada Petugas Loket.",
        "Kepala Bidang Perizinan",
        "Berkas teregister",
        "1 jam",
        "Nota telaah",
        "decision",
    ),
    (
        "4",
        "Menandatangani rekomendasi izin keramaian.",
        "Kepala Dinas",
        "Konsep rekomendasi",
        "1 hari",
        "Rekomendasi",
        "process",
    ),
    (
        "5",
        "Menyerahkan rekomendasi kepada pemohon.",
        "Petugas Loket",
        "Rekomendasi",
        "10 menit",
        "Rekomendasi diterima",
        "terminator",
    ),
]
ARSIP_LANES = ("Pengadministrasi Umum", "Kepala Sub Bagian Umum")
ARSIP: list[Row] = [
    (
        "1",
        "Menerima naskah dinas yang akan diarsipkan.",
        "Pengadministrasi Umum",
        "Naskah dinas",
        "5 menit",
        "Naskah diterima",
        "terminator",
    ),
    (
        "2",
        "Memilah naskah menurut klasifikasi arsip.",
        "Pengadministrasi Umum",
        "Naskah dinas",
        "30 menit",
        "Naskah terpilah",
        "process",
    ),
    (
        "3",
        "Memeriksa hasil pemilahan dan memberi paraf.",
        "Kepala Sub Bagian Umum",
        "Naskah terpilah",
        "15 menit",
        "Daftar arsip",
        "process",
    ),
    (
        "4",
        "Menyimpan arsip pada lemari arsip.",
        "Pengadministrasi Umum",
        "Daftar arsip",
        "1 jam",
        "Arsip tersimpan",
        "terminator",
    ),
]


def perbup_headings():
    """A Lampiran of a Peraturan Bupati: no identity blocks, each SOP titled by a heading."""
    document = _new(
        "LAMPIRAN II",
        "PERATURAN BUPATI SIKKA",
        "NOMOR 12 TAHUN 2023",
        "TENTANG",
        "STANDAR OPERASIONAL PROSEDUR DINAS PENANAMAN MODAL",
    )
    document.add_heading("A. SOP PENERBITAN REKOMENDASI IZIN KERAMAIAN", level=2)
    _flowchart(document, IZIN_LANES, IZIN)
    document.add_paragraph("")
    document.add_heading("B. SOP PENGARSIPAN NASKAH DINAS", level=2)
    _flowchart(document, ARSIP_LANES, ARSIP)
    return document


def unnumbered_step():
    """A row without a number but with its own symbol is a step; a row without number and
    symbol continues the step above."""
    document = _new("PEMERINTAH KABUPATEN SLEMAN", "DINAS PENANAMAN MODAL")
    _identity(document, "800/12/2023", "Penerbitan Rekomendasi Izin Keramaian")
    rows = list(IZIN)
    rows.insert(
        2,
        (
            "",
            "Membuat tanda terima berkas untuk pemohon.",
            "Petugas Loket",
            "Berkas teregister",
            "5 menit",
            "Tanda terima",
            "process",
        ),
    )
    rows.insert(
        4,
        (
            "",
            "(dengan melampirkan hasil pemeriksaan lapangan)",
            "",
            "",
            "",
            "Hasil pemeriksaan",
            "",
        ),
    )
    _flowchart(document, IZIN_LANES, rows)
    return document


def two_row_header():
    """Lane names in the first header row (merged down) and under "PELAKSANA" in the second."""
    document = _new("PEMERINTAH KABUPATEN SLEMAN", "DINAS PENANAMAN MODAL")
    _identity(document, "800/13/2023", "Penerbitan Rekomendasi Izin Keramaian")
    lanes = IZIN_LANES
    table, top, sub = _table(document, lanes, IZIN, ("NO", "URAIAN KEGIATAN"))
    ncols = len(top)
    top[2].merge(sub[2]).text = lanes[0]  # "Pemohon": first row, merged down
    top[3].merge(top[1 + len(lanes)]).text = "PELAKSANA"
    for j, lane in enumerate(lanes[1:], start=3):
        sub[j].text = lane
    top[2 + len(lanes)].merge(top[4 + len(lanes)]).text = "MUTU BAKU"
    for j, label in enumerate(("KELENGKAPAN", "WAKTU", "OUTPUT")):
        sub[2 + len(lanes) + j].text = label
    top[ncols - 1].merge(sub[ncols - 1]).text = "KET"
    office.mark_header(table, 2)
    _body(table, 2, lanes, IZIN)
    return document


def letterheads():
    """Letterhead lines without "PEMERINTAH ...": above one identity table, beside another."""
    document = _new("BAGIAN ORGANISASI", "SEKRETARIAT DAERAH KOTA KUPANG")
    _identity(document, "061/01/2023", "Pengarsipan Naskah Dinas")
    _flowchart(document, ARSIP_LANES, ARSIP)
    _page_break(document)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    fields = (
        ("Nomor SOP", "061/02/2023"),
        ("Tanggal Pembuatan", "3 Januari 2023"),
        ("Disahkan oleh", "Kepala Bagian Umum"),
        ("Judul SOP", "Penerbitan Rekomendasi Izin Keramaian"),
    )
    for index, (row, (label, value)) in enumerate(zip(table.rows, fields, strict=True)):
        _vmerge(row.cells[0], index == 0)
        row.cells[1].text, row.cells[2].text = label, value
    first = table.rows[0].cells[0]
    first.text = "BAGIAN UMUM"
    first.add_paragraph("SEKRETARIAT DAERAH KOTA KUPANG")
    _flowchart(document, IZIN_LANES, IZIN)
    return document


def decree_tables():
    """A Keputusan with its Daftar SOP and an old -> new table before the SOP itself."""
    document = _new(
        "KEPUTUSAN KEPALA DINAS PENANAMAN MODAL KABUPATEN SIKKA",
        "NOMOR 4 TAHUN 2024",
        "TENTANG",
        "PERUBAHAN STANDAR OPERASIONAL PROSEDUR",
        "DAFTAR SOP",
    )
    daftar = document.add_table(rows=3, cols=3)
    daftar.style = "Table Grid"
    for row, cells in zip(
        daftar.rows,
        (
            ("No", "Judul SOP", "Nomor SOP"),
            ("1", "SOP Pengarsipan Naskah Dinas", "061/01/2024"),
            ("2", "SOP Penerbitan Rekomendasi", "061/02/2024"),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("PERUBAHAN SOP")
    mapping = document.add_table(rows=5, cols=5)
    mapping.style = "Table Grid"
    top, sub = mapping.rows[0].cells, mapping.rows[1].cells
    top[0].merge(sub[0]).text = "No"
    top[1].merge(top[2]).text = "SOP Lama"
    top[3].merge(top[4]).text = "SOP Baru"
    for cell, text in zip(sub[1:], ("Nomor", "Judul", "Nomor", "Judul"), strict=True):
        cell.text = text
    for row, cells in zip(
        mapping.rows[2:],
        (
            (
                "1",
                "061/01/2020",
                "SOP Pengarsipan Surat",
                "061/01/2024",
                "SOP Pengarsipan Naskah Dinas",
            ),
            (
                "2",
                "061/05/2020",
                "SOP Rekomendasi Keramaian",
                "061/02/2024",
                "SOP Penerbitan Rekomendasi",
            ),
            ("3", "061/07/2020", "SOP Buku Tamu", "", ""),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    _page_break(document)
    _paragraphs(document, "PEMERINTAH KABUPATEN SIKKA", "DINAS PENANAMAN MODAL")
    _identity(document, "061/01/2024", "Pengarsipan Naskah Dinas")
    _flowchart(document, ARSIP_LANES, ARSIP)
    return document


def continued_page():
    """One SOP whose table breaks over a page that repeats the SOP's title above it."""
    document = _new("LAMPIRAN PERATURAN BUPATI SIKKA NOMOR 12 TAHUN 2023")
    document.add_heading("SOP PENERBITAN REKOMENDASI IZIN KERAMAIAN", level=2)
    _flowchart(document, IZIN_LANES, IZIN[:3])
    _page_break(document)
    document.add_heading("SOP PENERBITAN REKOMENDASI IZIN KERAMAIAN", level=2)
    _flowchart(document, IZIN_LANES, IZIN[3:])
    _page_break(document)
    _paragraphs(document, "PEMERINTAH KABUPATEN SIKKA", "DINAS PENANAMAN MODAL")
    _identity(document, "061/01/2024", "Pengarsipan Naskah Dinas")
    _flowchart(document, ARSIP_LANES, ARSIP[:2])
    _page_break(document)
    document.add_paragraph("Pengarsipan Naskah Dinas")
    _flowchart(document, ARSIP_LANES, ARSIP[2:])
    return document


def _lanes_of(rows: Sequence[Row]) -> list[str]:
    return [row[2] for row in rows if row[2]]


def _waktu_of(rows: Sequence[Row]) -> list[str]:
    return [row[4] for row in rows if row[2]]


IZIN_SOP = Expected(
    "PENERBITAN REKOMENDASI IZIN KERAMAIAN",
    list(IZIN_LANES),
    _lanes_of(IZIN),
    _waktu_of(IZIN),
    decisions=[3],
)
ARSIP_SOP = Expected(
    "PENGARSIPAN NASKAH DINAS", list(ARSIP_LANES), _lanes_of(ARSIP), _waktu_of(ARSIP)
)
_UNNUMBERED = list(IZIN)
_UNNUMBERED.insert(2, ("", "", "Petugas Loket", "", "5 menit", "", "process"))

CASES: dict[str, Case] = {
    "perbup-judul-di-atas-tabel": Case(perbup_headings, [IZIN_SOP, ARSIP_SOP]),
    "baris-tanpa-nomor": Case(
        unnumbered_step,
        [
            Expected(
                "Penerbitan Rekomendasi Izin Keramaian",
                list(IZIN_LANES),
                _lanes_of(_UNNUMBERED),
                _waktu_of(_UNNUMBERED),
                decisions=[4],
            )
        ],
    ),
    "header-dua-baris": Case(
        two_row_header,
        [
            Expected(
                "Penerbitan Rekomendasi Izin Keramaian",
                list(IZIN_LANES),
                _lanes_of(IZIN),
                _waktu_of(IZIN),
                decisions=[3],
            )
        ],
    ),
    "kop-tanpa-pemerintah": Case(
        letterheads,
        [
            Expected(
                "Pengarsipan Naskah Dinas",
                list(ARSIP_LANES),
                _lanes_of(ARSIP),
                _waktu_of(ARSIP),
                unit_header=["BAGIAN ORGANISASI", "SEKRETARIAT DAERAH KOTA KUPANG"],
            ),
            Expected(
                "Penerbitan Rekomendasi Izin Keramaian",
                list(IZIN_LANES),
                _lanes_of(IZIN),
                _waktu_of(IZIN),
                decisions=[3],
                unit_header=["BAGIAN UMUM", "SEKRETARIAT DAERAH KOTA KUPANG"],
            ),
        ],
    ),
    "keputusan-daftar-dan-peta": Case(
        decree_tables,
        [
            Expected(
                "Pengarsipan Naskah Dinas",
                list(ARSIP_LANES),
                _lanes_of(ARSIP),
                _waktu_of(ARSIP),
                unit_header=["PEMERINTAH KABUPATEN SIKKA", "DINAS PENANAMAN MODAL"],
            )
        ],
        mapping=3,
    ),
    "lanjut-halaman": Case(
        continued_page,
        [
            IZIN_SOP,
            Expected(
                "Pengarsipan Naskah Dinas", list(ARSIP_LANES), _lanes_of(ARSIP), _waktu_of(ARSIP)
            ),
        ],
    ),
}
