"""write_sop_docx on SOPs laid out by the real engine: reopen with python-docx and check."""

from __future__ import annotations

import time
from itertools import pairwise

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from sopstudio.export.docx import DocxBuilder, oxml, write_sop_docx
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import PageKind
from sopstudio.model.style import Paper, StyleCatalog
from tests.export.docx_layout_fixture import generated_sop

W = oxml._W
WP = f"{{{oxml.WP}}}"
A = f"{{{oxml.A}}}"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    sop = generated_sop(7, steps=24, lanes=5)
    path = tmp_path_factory.mktemp("sop") / "sop.docx"
    write_sop_docx(sop, path)
    return sop, layout_sop(sop), docx.Document(str(path))


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(p.text for c in row.cells for p in c.paragraphs)
    for box in document.element.body.iter(f"{W}txbxContent"):
        parts.append("".join(t.text or "" for t in box.iter(f"{W}t")))
    return " ".join(" ".join(parts).split())


def test_one_table_per_layout_table_and_multiple_flowchart_pages(written):
    _, layout, document = written
    flow_pages = [p for p in layout.pages if p.kind is PageKind.FLOWCHART]
    assert len(flow_pages) >= 2, "the sample must break across pages"
    assert len(document.tables) == sum(len(p.tables) for p in layout.pages)


def test_every_kegiatan_and_mutu_baku_is_in_the_tables(written):
    sop, _, document = written
    text = all_text(document)
    for step in sop.steps:
        for value in (step.text, step.kelengkapan, step.waktu, step.output, step.keterangan):
            assert " ".join(value.split()) in text
    for value in (
        sop.judul,
        sop.nomor,
        "NIP. 19710329 199903 1 002",
        "17 September 2024",
        *sop.unit_header,
        *sop.dasar_hukum,
    ):
        assert value in text


def test_every_flowchart_table_repeats_its_header_rows(written):
    _, layout, document = written
    tables = iter(document.tables)
    for page in layout.pages:
        for table in page.tables:
            rows = next(tables)._tbl.tr_lst
            flags = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in rows]
            assert flags == [i < table.header_rows for i in range(len(rows))]
            if page.kind is PageKind.FLOWCHART:
                assert table.header_rows >= 2


def test_widths_fixed_and_heights_exact_everywhere(written):
    _, layout, document = written
    tables = iter(document.tables)
    for page in layout.pages:
        for table in page.tables:
            tbl = next(tables)._tbl
            edges = [oxml.twips(x) for x in table.col_x]
            grid = [int(c.get(f"{W}w")) for c in tbl.findall(f"{W}tblGrid/{W}gridCol")]
            assert grid == [b - a for a, b in pairwise(edges)]
            assert tbl.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
            rows = [tr.find(f"{W}trPr/{W}trHeight") for tr in tbl.tr_lst]
            edges = [oxml.twips(y) for y in table.row_y]
            heights = [int(h.get(f"{W}val")) for h in rows]
            assert heights == [b - a for a, b in pairwise(edges)]
            assert {h.get(f"{W}hRule") for h in rows} == {"exact"}


def test_every_symbol_is_a_native_flowchart_shape(written):
    _, layout, document = written
    presets = [g.get("prst") for g in document.element.body.iter(f"{A}prstGeom")]
    expected = {
        "terminator": "flowChartTerminator",
        "process": "flowChartProcess",
        "decision": "flowChartDecision",
        "offpage": "flowChartOffpageConnector",
    }
    wanted = [expected[s.kind.value] for p in layout.pages for s in p.symbols]
    assert sorted(p for p in presets if p.startswith("flowChart")) == sorted(wanted)
    assert "flowChartOffpageConnector" in presets
    connectors = sum(len(p.connectors) for p in layout.pages)
    assert len(list(document.element.body.iter(f"{A}custGeom"))) == connectors


@pytest.mark.parametrize("paper, size", [(Paper.F4, (330, 215)), (Paper.A4, (297, 210))])
def test_sections_landscape_in_paper_size(tmp_path, paper, size):
    path = tmp_path / "sop.docx"
    write_sop_docx(generated_sop(3, steps=6, lanes=3), path, paper=paper)
    sections = docx.Document(str(path)).sections
    assert len(sections) == 1
    for section in sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert abs(section.page_width - Mm(size[0])) < Mm(0.05)
        assert abs(section.page_height - Mm(size[1])) < Mm(0.05)


def test_bookman_house_style_names_bookman(tmp_path):
    path = tmp_path / "malang.docx"
    write_sop_docx(generated_sop(4, steps=5, lanes=2, style="malang"), path)
    document = docx.Document(str(path))
    fonts = {r.get(f"{W}ascii") for r in document.element.body.iter(f"{W}rFonts")}
    assert fonts == {StyleCatalog().style_of("malang").fonts.family} == {"Bookman Old Style"}
    assert "Mulai" in all_text(document) and "Selesai" in all_text(document)


def test_decree_sized_export_is_fast(tmp_path):
    """74 SOPs with ~650 steps in one document (the size of a real decree's Lampiran)."""
    sops = [generated_sop(i, steps=8 + i % 3, lanes=3 + i % 4) for i in range(74)]
    assert sum(len(s.steps) for s in sops) >= 650
    layouts = [layout_sop(s) for s in sops]
    # CPU time of this process: the export is single-threaded, and other test workers
    # (LibreOffice) competing for the two cores must not make it look slow.
    start = time.process_time()
    builder = DocxBuilder()
    for layout, sop in zip(layouts, sops, strict=True):
        builder.add_layout(layout, sop)
    builder.save(tmp_path / "decree.docx")
    elapsed = time.process_time() - start
    document = docx.Document(str(tmp_path / "decree.docx"))
    assert len(document.tables) == sum(len(p.tables) for lay in layouts for p in lay.pages)
    assert elapsed < 3.0, f"{elapsed:.2f} s"
