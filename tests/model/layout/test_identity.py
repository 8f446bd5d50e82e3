"""Identity pages: field table, list grid, and splitting long lists over pages."""

from __future__ import annotations

import pytest

from sopstudio.model import jsonio
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.fonts import line_height, string_width
from sopstudio.model.layout.geometry import CellRole, PageKind
from sopstudio.model.layout.identity import CELL_PAD, COMPACT_GAP, COMPACT_PAD
from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import MM
from sopstudio.resources import SAMPLES

from .checks import problems

MARGIN = 15 * MM
F4_H = 215 * MM


@pytest.mark.parametrize(
    "field, stored, shown",
    [
        ("tanggal_pembuatan", "2024-09-17", "17 September 2024"),
        ("tanggal_revisi", "2022-06", "Juni 2022"),
        ("tanggal_efektif", "2020-12-02", "02 Desember 2020"),
        ("tanggal_revisi", "Juni 2022", "Juni 2022"),
        ("tanggal_revisi", "2024-13-01", "2024-13-01"),
    ],
)
def test_date_fields_print_as_indonesian_dates(field, stored, shown):
    page = layout_sop(sop_with(**{field: stored})).pages[0]
    values = [c for c in page.tables[0].cells if c.role is CellRole.FIELD_VALUE]
    row = {"tanggal_pembuatan": 1, "tanggal_revisi": 2, "tanggal_efektif": 3}[field]
    assert texts(values[row].text) == [shown]


@pytest.mark.parametrize(
    "nip, shown",
    [
        ("197103291999031002", "NIP. 19710329 199903 1 002"),
        ("19710329 199903 1 002", "NIP. 19710329 199903 1 002"),
        ("", None),
        ("NIP 12345", "NIP 12345"),
        ("12345", "NIP. 12345"),
    ],
)
def test_approver_nip_line(nip, shown):
    sop = sop_with()
    sop.approver.nip = nip
    values = [c for c in layout_sop(sop).pages[0].tables[0].cells if c.role is CellRole.FIELD_VALUE]
    lines = texts(values[4].text)
    assert lines[:3] == ["Plt. Kepala Biro Organisasi", "Nama Pejabat, S.H.", "Pembina (IV/a)"]
    assert lines[3:] == ([shown] if shown else [])


def sop_with(**fields) -> Sop:
    fields.setdefault("tanggal_pembuatan", "2024-09-17")
    return Sop(
        judul="Penyusunan Rekomendasi Kelembagaan",
        nomor="01 TAHUN 2024",
        unit_header=[
            "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
            "SEKRETARIAT DAERAH",
            "BIRO ORGANISASI",
        ],
        approver=Approver(
            "Plt. Kepala Biro Organisasi",
            "Nama Pejabat, S.H.",
            "Pembina (IV/a)",
            "197103291999031002",
        ),
        actors=[Actor("Analis", id="a")],
        steps=[
            Step(id="1", kind=StepKind.START, actor="a", text="Mulai", next="2"),
            Step(id="2", kind=StepKind.END, actor="a", text="Selesai"),
        ],
        **fields,
    )


def texts(block) -> list[str]:
    return [line.text for line in block.lines]


def test_identity_page_fields_and_header():
    layout = layout_sop(sop_with(dasar_hukum=["UU 23/2014"], kualifikasi=["ASN", "S1"]))
    page = layout.pages[0]
    assert page.kind is PageKind.IDENTITY
    assert texts(page.texts[0]) == [
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "SEKRETARIAT DAERAH",
        "BIRO ORGANISASI",
    ]
    assert all(line.font == "Arial-Bold" for line in page.texts[0].lines)
    fields, grid = page.tables
    labels = [texts(c.text)[0] for c in fields.cells if c.role is CellRole.FIELD_LABEL]
    assert labels == [
        "Nomor SOP",
        "Tanggal Pembuatan",
        "Tanggal Revisi",
        "Tanggal Efektif",
        "Disahkan oleh",
        "Judul SOP",
    ]
    values = [c for c in fields.cells if c.role is CellRole.FIELD_VALUE]
    assert texts(values[1].text) == ["17 September 2024"]
    assert texts(values[4].text) == [
        "Plt. Kepala Biro Organisasi",
        "Nama Pejabat, S.H.",
        "Pembina (IV/a)",
        "NIP. 19710329 199903 1 002",
    ]
    jabatan, nama = values[4].text.lines[:2]
    assert nama.baseline - jabatan.baseline > 3 * line_height(9.0)  # room for the signature
    # field table on the right, flush with the right margin
    assert fields.col_x[-1] == pytest.approx(page.width - MARGIN)
    headings = [texts(c.text)[0] for c in grid.cells if c.role is CellRole.HEADER]
    assert headings == [
        "Dasar Hukum",
        "Kualifikasi Pelaksana",
        "Keterkaitan",
        "Peralatan/Perlengkapan",
        "Peringatan",
        "Pencatatan dan Pendataan",
    ]
    lists = [c for c in grid.cells if c.role is CellRole.LIST]
    assert texts(lists[1].text) == ["1.", "ASN", "2.", "S1"]
    assert texts(lists[2].text) == ["-"]  # empty list
    number, item = lists[1].text.lines[:2]
    assert number.baseline == item.baseline and item.x == pytest.approx(
        number.x + string_width("2. ", "Arial", 9.0)
    )
    assert problems(page) == []


def test_ten_long_dasar_hukum_items_split_over_pages():
    item = (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 "
        "tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan, sebagaimana "
        "telah diubah dengan peraturan berikutnya, nomor urut {n}"
    )
    items = [item.format(n=n) for n in range(1, 11)]
    layout = layout_sop(sop_with(dasar_hukum=items, peringatan=["Pelayanan terhambat"]))
    identity = [p for p in layout.pages if p.kind is PageKind.IDENTITY]
    assert len(identity) >= 2
    recovered: list[str] = []
    current = None
    for _index, page in enumerate(identity):
        grid = page.tables[-1]
        cells = {(c.row, c.col): c for c in grid.cells}
        # the first grid row of every page is the Dasar Hukum | Kualifikasi heading, repeated
        assert texts(cells[(0, 0)].text) == ["Dasar Hukum"]
        for line in cells[(1, 0)].text.lines:
            assert line.baseline <= F4_H - MARGIN - CELL_PAD  # nothing below the margin
            if line.text.endswith(".") and line.text[:-1].isdigit():
                current = [line.text]
                recovered.append(current)
            else:
                current.append(line.text)
        assert problems(page) == []
    assert [" ".join(parts[1:]) for parts in recovered] == items
    assert [parts[0] for parts in recovered] == [f"{n}." for n in range(1, 11)]
    # the rest of the grid follows the continued list
    last = identity[-1].tables[-1]
    assert "Peringatan" in [texts(c.text)[0] for c in last.cells if c.role is CellRole.HEADER]
    assert layout.pages[len(identity)].kind is PageKind.FLOWCHART
    assert layout.step_rows[0][1] == len(identity)


def _identity(layout):
    return [p for p in layout.pages if p.kind is PageKind.IDENTITY]


def test_short_tail_is_kept_by_tighter_padding_not_sent_to_its_own_page():
    # Sample 07: with the normal 4 pt padding the third Peringatan item (four lines) would be
    # alone on a second identity page; 2 pt padding and a 4 pt gap keep it on the first.
    sop = jsonio.load(SAMPLES / "sops" / "07-pemilihan-penyedia-prakualifikasi.sop.json")
    (page,) = _identity(layout_sop(sop))
    fields, grid = page.tables
    for cell in fields.cells + grid.cells:
        assert cell.text.rect.x == pytest.approx(cell.rect.x + COMPACT_PAD)
    assert grid.row_y[0] - fields.row_y[-1] == pytest.approx(COMPACT_GAP)
    assert grid.row_y[-1] <= F4_H - MARGIN + 1e-6
    lists = [c for c in grid.cells if c.role is CellRole.LIST]
    numbers = [[line.text for line in c.text.lines if line.x == c.text.rect.x] for c in lists]
    assert [len(n) for n in numbers] == [len(getattr(sop, name)) or 1 for name in LIST_FIELDS]
    assert problems(page) == []


def test_a_page_that_cannot_be_saved_keeps_the_normal_padding():
    layout = layout_sop(sop_with(dasar_hukum=["UU 23/2014"], kualifikasi=["ASN", "S1"]))
    (page,) = _identity(layout)
    for cell in page.tables[0].cells + page.tables[1].cells:
        assert cell.text.rect.x == pytest.approx(cell.rect.x + CELL_PAD)
    item = "Peraturan yang sangat panjang sekali tentang banyak hal " * 6
    long = layout_sop(sop_with(dasar_hukum=[item] * 14))
    pages = _identity(long)
    assert len(pages) >= 2
    assert all(
        c.text.rect.x == pytest.approx(c.rect.x + CELL_PAD)
        for p in pages
        for t in p.tables
        for c in t.cells
    )
