"""Unit tests of the raw OOXML templates: compact expected XML of shapes and properties."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from sopstudio.export.docx import oxml
from sopstudio.model.layout.geometry import CONNECTOR_PEN, Connector, Point, connector_path


def compact(element: etree._Element) -> str:
    """Serialized XML without namespace declarations (prefixes kept)."""
    return re.sub(r' xmlns:\w+="[^"]*"', "", etree.tostring(element, encoding="unicode"))


ANCHOR_HEAD = (
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}"'
    ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
    '<wp:docPr id="{id}" name="{name}"/><wp:cNvGraphicFramePr/><a:graphic>'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
)
ANCHOR_TAIL = "</a:graphicData></a:graphic></wp:anchor>"
LINE = (
    '<a:ln w="{width}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
    '<a:miter lim="800000"/>{ends}</a:ln>'
)


def pts(*xy):
    return [Point(x, y) for x, y in xy]


def test_units():
    assert oxml.emu(1) == 12700
    assert oxml.emu(72) == 914400  # one inch
    assert oxml.twips(1) == 20
    assert oxml.twips(935.43) == 18709
    assert oxml.half_points(8) == 16


def test_process_symbol_without_text():
    # 10 pt = 127000 EMU, 20 pt = 254000, 60 x 22 pt = 762000 x 279400 EMU.
    element = oxml.symbol_anchor(5, "process", 10, 20, 60, 22, 9)
    expected = (
        ANCHOR_HEAD.format(z=9, x=127000, y=254000, cx=762000, cy=279400, id=5, name="process 5")
        + '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="762000" cy="279400"/></a:xfrm>'
        '<a:prstGeom prst="flowChartProcess"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        + LINE.format(width=9525, ends="")
        + '</wps:spPr><wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0"'
        ' bIns="0" anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        + ANCHOR_TAIL
    )
    assert compact(element) == expected


def test_terminator_with_text():
    lines = [("Mulai", "Arial", 8, True, False)]
    element = oxml.symbol_anchor(1, "terminator", 0, 0, 10, 5, 1, lines)
    xml = compact(element)
    assert '<a:prstGeom prst="flowChartTerminator">' in xml
    assert (
        '<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240"'
        ' w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial"'
        ' w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:sz w:val="16"/><w:szCs w:val="16"/>'
        '</w:rPr><w:t xml:space="preserve">Mulai</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
    ) in xml


@pytest.mark.parametrize(
    "kind, preset",
    [("decision", "flowChartDecision"), ("offpage", "flowChartOffpageConnector")],
)
def test_presets(kind, preset):
    assert f'prst="{preset}"' in compact(oxml.symbol_anchor(1, kind, 0, 0, 10, 10, 1))


def test_connector_is_freeform_with_arrowhead_at_last_point():
    # Down 20 pt then right 20 pt, starting at (10, 20) pt.
    element = oxml.connector_anchor(3, pts((10, 20), (10, 40), (30, 40)), 4, CONNECTOR_PEN)
    expected = (
        ANCHOR_HEAD.format(z=4, x=127000, y=254000, cx=254000, cy=254000, id=3, name="connector 3")
        + '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="254000" cy="254000"/></a:xfrm><a:custGeom><a:avLst/><a:gdLst/><a:ahLst/>'
        '<a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>'
        '<a:path w="254000" h="254000" fill="none"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
        '<a:lnTo><a:pt x="0" y="254000"/></a:lnTo><a:lnTo><a:pt x="254000" y="254000"/></a:lnTo>'
        "</a:path></a:pathLst></a:custGeom><a:noFill/>"
        # The pen's 1 pt line and its 5 pt arrowhead (five line widths: "med").
        + LINE.format(width=12700, ends='<a:tailEnd type="triangle" w="med" len="med"/>')
        + '</wps:spPr><wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0"'
        ' bIns="0" anchor="t" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        + ANCHOR_TAIL
    )
    assert compact(element) == expected


def test_vertical_connector_keeps_a_nonzero_frame_and_upward_direction():
    # Upward: the path starts at the bottom of the box and ends (arrowhead) at its top.
    xml = compact(oxml.connector_anchor(1, pts((5, 50), (5, 10)), 1, CONNECTOR_PEN, arrow=False))
    assert '<wp:extent cx="1" cy="508000"/>' in xml
    assert (
        '<a:moveTo><a:pt x="0" y="508000"/></a:moveTo><a:lnTo><a:pt x="0" y="0"/></a:lnTo>'
    ) in xml
    assert "tailEnd" not in xml


def test_connector_hops_over_a_jump_as_a_semicircle_above_the_line():
    # Right along y=40 from x=10 to x=50, jumping a crossing at x=30 (hop radius 3 pt).
    connector = Connector(pts((10, 40), (50, 40)), "a", "b", "next", jumps=(Point(30, 40),))
    xml = compact(oxml.connector_anchor(1, connector_path(connector), 1, CONNECTOR_PEN))
    r = 3 * 12700
    # The frame reaches the top of the hop: 3 pt above the line.
    assert f"<wp:posOffset>{37 * 12700}</wp:posOffset>" in xml
    # A line to the hop's left end, then a clockwise half turn from 180 degrees (over the top).
    assert (
        f'<a:lnTo><a:pt x="{17 * 12700}" y="{r}"/></a:lnTo>'
        f'<a:arcTo wR="{r}" hR="{r}" stAng="{180 * 60000}" swAng="{180 * 60000}"/>'
    ) in xml


def test_text_box_is_transparent_and_borderless():
    xml = compact(oxml.text_box_anchor(2, 1, 2, 12, 9, 2, [("Tidak", "Arial", 7, False, False)]))
    assert '<wps:cNvSpPr txBox="1"/>' in xml
    assert "<a:noFill/><a:ln><a:noFill/></a:ln>" in xml
    assert '<w:t xml:space="preserve">Tidak</w:t>' in xml
    assert '<w:sz w:val="14"/>' in xml


def test_table_properties_fixed_layout_and_exact_rows():
    parent = etree.Element(oxml._W + "body", nsmap={"w": oxml.W})
    tbl = oxml.table(parent, [400, 600], 20, (40, 50, 40, 50))
    row = oxml.table_row(tbl, 280, header=True)
    oxml.table_cell(row, 1000, grid_span=2, v_merge="restart", fill="#eeeeee")
    xml = compact(tbl)
    assert ('<w:tblPr><w:tblW w:w="1000" w:type="dxa"/><w:tblInd w:w="20" w:type="dxa"/>') in xml
    assert '<w:tblLayout w:type="fixed"/>' in xml
    assert (
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="50" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="50" w:type="dxa"/></w:tblCellMar>'
    ) in xml
    assert '<w:tblGrid><w:gridCol w:w="400"/><w:gridCol w:w="600"/></w:tblGrid>' in xml
    assert (
        '<w:trPr><w:cantSplit/><w:trHeight w:val="280" w:hRule="exact"/><w:tblHeader/></w:trPr>'
    ) in xml
    assert (
        '<w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:gridSpan w:val="2"/>'
        '<w:vMerge w:val="restart"/><w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>'
        '<w:vAlign w:val="top"/></w:tcPr>'
    ) in xml


def test_section_properties_landscape_f4():
    # F4 landscape: 330 x 215 mm = 935.43 x 609.45 pt = 18709 x 12189 twips.
    mm = 72 / 25.4
    xml = compact(oxml.section_properties(330 * mm, 215 * mm, (42, 43, 44, 45)))
    assert '<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>' in xml
    assert '<w:pgMar w:top="840" w:right="860" w:bottom="880" w:left="900"' in xml
    assert "orient" not in compact(oxml.section_properties(100, 200, (0, 0, 0, 0)))


def test_compatibility_mode_is_replaced_not_duplicated():
    settings = etree.fromstring(
        f'<w:settings xmlns:w="{oxml.W}"><w:compat><w:compatSetting w:name="compatibilityMode"'
        ' w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat></w:settings>'
    )
    oxml.set_compatibility_mode(settings, 15)
    values = settings.findall(f".//{oxml._W}compatSetting")
    assert [(v.get(oxml._W + "name"), v.get(oxml._W + "val")) for v in values] == [
        ("compatibilityMode", "15")
    ]


def test_text_run_preserves_spaces_only_when_needed():
    p = etree.Element(oxml._W + "p", nsmap={"w": oxml.W})
    oxml.text_run(p, "a b", "Arial", 8)
    oxml.text_run(p, " lead", "Bookman Old Style", 8, italic=True)
    xml = compact(p)
    assert "<w:t>a b</w:t>" in xml
    assert '<w:t xml:space="preserve"> lead</w:t>' in xml
    assert 'w:ascii="Bookman Old Style"' in xml and "<w:i/><w:iCs/>" in xml


def test_text_run_turns_tabs_into_w_tab():
    p = etree.Element(oxml._W + "p", nsmap={"w": oxml.W})
    oxml.text_run(p, "1.\tUndang-Undang", "Arial", 8)
    assert compact(p).endswith("<w:t>1.</w:t><w:tab/><w:t>Undang-Undang</w:t></w:r></w:p>")


def test_paragraph_spacing_indent_and_page_break():
    body = etree.Element(oxml._W + "body", nsmap={"w": oxml.W})
    oxml.paragraph(
        body,
        align="both",
        line_exact=9.6,
        indent_left=12,
        hanging=12,
        space_before=30,
        page_break_before=True,
    )
    assert compact(body) == (
        "<w:body><w:p><w:pPr><w:pageBreakBefore/>"
        '<w:spacing w:before="600" w:after="0" w:line="192" w:lineRule="exact"/>'
        '<w:ind w:left="240" w:hanging="240"/><w:jc w:val="both"/></w:pPr></w:p></w:body>'
    )
