"""DocxBuilder on a hand-built layout: reopen the DOCX with python-docx and check it."""

from __future__ import annotations

import io
import os
from itertools import pairwise

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from hypothesis import given, settings
from hypothesis import strategies as st

from sopstudio.export.docx import DocxBuilder, oxml
from sopstudio.export.docx.document import Para, font_face, paragraphs
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import Align, Rect, TextBlock, TextLine
from sopstudio.model.layout.text import text_block
from sopstudio.model.style import Margins, PageSettings, Paper
from tests.examples import examples
from tests.export.docx_layout_fixture import STEPS, block, generated_sop, sample_layout

W = oxml._W
WP = f"{{{oxml.WP}}}"
A = f"{{{oxml.A}}}"


def write(tmp_path, *layouts, name="out.docx"):
    builder = DocxBuilder(title="Penanganan Surat Masuk")
    for layout in layouts:
        builder.add_layout(layout)
    path = tmp_path / name
    builder.save(path)
    return docx.Document(str(path)), path


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    layout = sample_layout()
    document, _ = write(tmp_path_factory.mktemp("docx"), layout)
    return layout, document


def test_one_native_table_per_layout_table(sample):
    layout, document = sample
    expected = [len(t.row_y) - 1 for page in layout.pages for t in page.tables]
    assert [len(t.rows) for t in document.tables] == expected


def test_texts_of_every_kegiatan_and_mutu_baku(sample):
    _, document = sample
    flow = document.tables[2]
    rows = [[c.text for c in row.cells] for row in flow.rows]
    for index, (_sid, text, kelengkapan, waktu, output) in enumerate(STEPS):
        assert rows[3 + index][:2] == [str(index + 1), text]  # wrapped lines rejoined
        assert rows[3 + index][4:7] == [kelengkapan, waktu, output]
    assert rows[0][2] == rows[0][3] == "Pelaksana"  # gridSpan 2
    assert rows[1][2:4] == ["Kepala Biro", "Analis"]


def test_identity_list_items_stay_separate_paragraphs(sample):
    _, document = sample
    items = [p.text for p in document.tables[1].rows[1].cells[0].paragraphs]
    assert items == [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "2. Peraturan Menteri PAN-RB Nomor 35 Tahun 2012",
    ]


def test_header_rows_repeat_and_heights_are_exact(sample):
    layout, document = sample
    table = layout.pages[1].tables[0]
    rows = document.tables[2]._tbl.tr_lst
    flags = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in rows]
    assert flags == [i < table.header_rows for i in range(len(rows))]
    heights = [tr.find(f"{W}trPr/{W}trHeight") for tr in rows]
    assert {h.get(f"{W}hRule") for h in heights} == {"exact"}
    edges = [oxml.twips(y) for y in table.row_y]
    assert [int(h.get(f"{W}val")) for h in heights] == [b - a for a, b in pairwise(edges)]


def test_column_widths_are_fixed_from_the_layout(sample):
    layout, document = sample
    table = layout.pages[1].tables[0]
    tbl = document.tables[2]._tbl
    assert tbl.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    edges = [oxml.twips(x) for x in table.col_x]
    grid = [int(c.get(f"{W}w")) for c in tbl.findall(f"{W}tblGrid/{W}gridCol")]
    assert grid == [b - a for a, b in pairwise(edges)]
    assert int(tbl.find(f"{W}tblPr/{W}tblW").get(f"{W}w")) == edges[-1] - edges[0]
    # The table's left edge sits at the layout's x: indent from the left margin.
    indent = int(tbl.find(f"{W}tblPr/{W}tblInd").get(f"{W}w"))
    assert indent == edges[0] - oxml.twips(Margins().left)


def test_merged_header_cells(sample):
    _, document = sample
    first, second = document.tables[2]._tbl.tr_lst[:2]
    spans = [tc.find(f"{W}tcPr/{W}gridSpan") for tc in first.tc_lst]
    assert [int(s.get(f"{W}val")) if s is not None else 1 for s in spans] == [1, 1, 2, 3, 1]
    merges = [tc.find(f"{W}tcPr/{W}vMerge") for tc in first.tc_lst]
    assert [m.get(f"{W}val") if m is not None else None for m in merges] == [
        "restart",
        "restart",
        None,
        None,
        "restart",
    ]
    continued = [tc.find(f"{W}tcPr/{W}vMerge") for tc in second.tc_lst]
    assert [m is not None and m.get(f"{W}val") is None for m in continued] == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        True,
    ]


def test_section_is_f4_landscape_with_layout_margins(sample):
    _, document = sample
    assert len(document.sections) == 1
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert abs(section.page_width - Mm(330)) < Mm(0.05)
    assert abs(section.page_height - Mm(215)) < Mm(0.05)
    assert abs(section.left_margin - Mm(15)) < Mm(0.05)


def test_a4_after_f4_starts_a_new_section(tmp_path):
    a4 = sample_layout(PageSettings(paper=Paper.A4))
    document, _ = write(tmp_path, sample_layout(), a4)
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections]
    assert sizes == [(330, 215), (297, 210)]
    assert all(s.orientation == WD_ORIENT.LANDSCAPE for s in document.sections)


def test_pages_break_before_each_anchor_paragraph(sample):
    _, document = sample
    # Paragraphs before the tables: identity anchor, spacer between the identity tables,
    # then the flowchart page's anchor, which starts a new page.
    before = [t._tbl.getprevious() for t in document.tables]
    breaks = [p.find(f"{W}pPr/{W}pageBreakBefore") is not None for p in before]
    assert breaks == [False, False, True]


def test_shapes_are_page_anchored_at_layout_positions(sample):
    layout, document = sample
    page = layout.pages[1]
    # The flowchart page's shapes sit in the paragraph right before its table.
    anchor_paragraph = document.tables[2]._tbl.getprevious()
    anchors = anchor_paragraph.findall(f".//{WP}anchor")
    labels = [c for c in page.connectors if c.label is not None]
    assert len(anchors) == len(page.connectors) + len(page.symbols) + len(labels)
    presets = {g.get("prst") for a in anchors for g in a.iter(f"{A}prstGeom")}
    assert {"flowChartTerminator", "flowChartDecision"} <= presets
    by_position = {
        (
            int(a.find(f"{WP}positionH/{WP}posOffset").text),
            int(a.find(f"{WP}positionV/{WP}posOffset").text),
        ): a
        for a in anchors
    }
    for symbol in page.symbols:
        found = by_position[(oxml.emu(symbol.rect.x), oxml.emu(symbol.rect.y))]
        assert found.find(f"{WP}positionH").get("relativeFrom") == "page"
        assert found.find(f"{WP}positionV").get("relativeFrom") == "page"
        assert found.get("behindDoc") == "0" and found.get("allowOverlap") == "1"
        assert found.find(f"{WP}wrapNone") is not None
        extent = found.find(f"{WP}extent")
        assert int(extent.get("cx")) == oxml.emu(symbol.rect.w)
    arrows = [a for a in anchors if a.find(f".//{A}tailEnd") is not None]
    assert len(arrows) == len(page.connectors)
    ids = [int(d.get("id")) for d in document.element.body.iter(f"{WP}docPr")]
    assert len(ids) == len(set(ids))


def test_fonts_language_and_compatibility(sample):
    _, document = sample
    cell = document.tables[2].rows[0].cells[0]
    run = cell.paragraphs[0].runs[0]
    assert run.font.name == "Arial" and run.font.bold and run.font.size.pt == 8
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "id-ID"
    compat = document.settings.element.findall(f"{W}compat/{W}compatSetting")
    assert ("compatibilityMode", "15") in [(c.get(f"{W}name"), c.get(f"{W}val")) for c in compat]
    assert document.core_properties.title == "Penanganan Surat Masuk"


def test_font_keys_map_to_family_and_face():
    assert font_face("Arial") == ("Arial", False, False)
    assert font_face("Arial-Bold") == ("Arial", True, False)
    assert font_face("Bookman Old Style-BoldItalic") == ("Bookman Old Style", True, True)
    assert font_face("Bookman Old Style-Italic") == ("Bookman Old Style", False, True)


def test_paragraphs_rejoin_soft_wraps_and_keep_newlines():
    text = "Menelaah dan mendisposisi surat masuk kepada Kepala Bagian\nJika diperlukan"
    wrapped = block(text, Rect(0, 0, 80, 100))
    assert len(wrapped.lines) > 2
    assert paragraphs(wrapped) == [
        Para("Menelaah dan mendisposisi surat masuk kepada Kepala Bagian", "Arial", 8),
        Para("Jika diperlukan", "Arial", 8),
    ]


def test_paragraphs_list_markers_become_tab_and_hanging_indent():
    # The layout draws "1." at the cell's left and the item text 12 pt further right, on
    # the same baseline; wrapped item lines start at the text's x. Pitch 9.6 pt (1.2 x 8).
    lines = (
        TextLine("1.", 10, 10, 6, "Arial", 8),
        TextLine("Undang-Undang Nomor 25", 22, 10, 85, "Arial", 8),
        TextLine("Tahun 2009", 22, 19.6, 40, "Arial", 8),
        TextLine("2.", 10, 29.2, 6, "Arial", 8),
        TextLine("Perpres 81", 22, 29.2, 50, "Arial", 8),
    )
    result = paragraphs(TextBlock(Rect(10, 0, 100, 40), lines, Align.LEFT))
    assert result == [
        Para("1.\tUndang-Undang Nomor 25 Tahun 2009", "Arial", 8, 12, 12),
        Para("2.\tPerpres 81", "Arial", 8, 12, 12),
    ]


def test_paragraphs_keep_signature_gap_and_bold_name():
    # Jabatan, 30 pt of room to sign, then the name in bold and the NIP.
    lines = (
        TextLine("Kepala Biro Organisasi", 0, 8, 80, "Arial", 8),
        TextLine("Nama Pejabat, S.H.", 0, 47.6, 70, "Arial-Bold", 8),
        TextLine("NIP. 19710329 199903 1 002", 0, 57.2, 100, "Arial", 8),
    )
    result = paragraphs(TextBlock(Rect(0, 0, 200, 60), lines, Align.LEFT))
    assert result == [
        Para("Kepala Biro Organisasi", "Arial", 8),
        Para("Nama Pejabat, S.H.", "Arial-Bold", 8, space_before=30),
        Para("NIP. 19710329 199903 1 002", "Arial", 8),
    ]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "sop.docx"
    path.write_bytes(b"old")
    builder = DocxBuilder()
    builder.add_layout(sample_layout())

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        builder.save(path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sop.docx"]


def test_builder_refuses_pages_after_writing(tmp_path):
    builder = DocxBuilder()
    builder.add_layout(sample_layout())
    builder.to_bytes()
    builder.to_bytes()
    body = builder.document.element.body
    assert len(body.findall(f"{W}sectPr")) == 1 and body[-1].tag == f"{W}sectPr"
    with pytest.raises(RuntimeError):
        builder.add_layout(sample_layout())


def test_empty_builder_writes_a_valid_document(tmp_path):
    document, _ = write(tmp_path)
    assert len(document.sections) == 1 and document.tables == []


def test_page_number_footer_like_the_pdf(tmp_path):
    document, _ = write(tmp_path, sample_layout(), sample_layout(PageSettings(paper=Paper.A4)))
    first, second = document.sections
    footer = first.footer
    assert not footer.is_linked_to_previous and second.footer.is_linked_to_previous
    shown = "".join(t.text for t in footer._element.iter(f"{W}t"))
    assert shown == "Halaman 1 dari 1"  # with the fields' cached results
    instructions = [f.get(f"{W}instr").strip() for f in footer._element.iter(f"{W}fldSimple")]
    assert instructions == ["PAGE", "NUMPAGES"]
    # The footer stays inside the bottom margin, so it never pushes the table.
    assert 0 < first.footer_distance < first.bottom_margin


WORDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ(),;", min_size=1, max_size=10
)


@settings(max_examples=examples(150), deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=40),
    width=st.floats(min_value=80, max_value=400),
    font=st.sampled_from(["Arial", "Arial-Bold", "Bookman Old Style"]),
    align=st.sampled_from([Align.LEFT, Align.CENTER, Align.JUSTIFY]),
)
def test_paragraphs_rejoin_every_soft_wrap(words, width, font, align):
    """Whatever the layout wraps, a one-paragraph text comes back as that paragraph."""
    source = " ".join(words)
    wrapped = text_block(source, font, 8.0, Rect(5, 5, width, 1000), align)
    assert [p.text for p in paragraphs(wrapped)] == [source]


@settings(max_examples=examples(25), deadline=None)
@given(
    texts=st.lists(
        st.lists(st.lists(WORDS, max_size=12).map(" ".join), min_size=1, max_size=3).map("\n".join),
        min_size=5,
        max_size=5,
    )
)
def test_step_cells_keep_the_source_newlines(texts):
    """With the SOP given, step cells get exactly the source's paragraphs."""
    sop = generated_sop(1, steps=5, lanes=2)
    for step, text in zip(sop.steps, texts, strict=True):
        step.text = text
    builder = DocxBuilder()
    builder.add_layout(layout_sop(sop), sop)
    document = docx.Document(io.BytesIO(builder.to_bytes()))
    found = {}
    for table in document.tables[1:]:
        for row in table.rows[3:]:
            cells = row.cells
            if cells[0].text.strip().rstrip(".").isdigit():
                number = int(cells[0].text.strip().rstrip("."))
                found[number] = [p.text for p in cells[1].paragraphs]
    for number, text in enumerate(texts, start=1):
        expected = [" ".join(part.split()) for part in text.split("\n")] if text else [""]
        assert found[number] == expected
