"""The raw OOXML SOP Studio writes into DOCX files, built from small lxml templates.

Everything that names a WordprocessingML or DrawingML element lives here: paragraphs and
runs, table/row/cell properties, section properties, and the page-anchored DrawingML shapes
(flowchart symbols, connectors, text boxes). The document builder only decides what to
place where, in points; this module converts to twips (1/20 pt) and EMU (12700 per pt).
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml.parser import parse_xml
from lxml import etree

from sopstudio.export.xml_text import escape, quoteattr
from sopstudio.model.layout.geometry import GRID_LINE, SYMBOL_LINE, ConnectorPen, Hop, Point

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

NSDECLS = f'xmlns:w="{W}" xmlns:wp="{WP}" xmlns:a="{A}" xmlns:wps="{WPS}"'
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

EMU_PER_PT = 12700
TWIPS_PER_PT = 20
LANG = "id-ID"

_W = f"{{{W}}}"


def emu(points: float) -> int:
    """Points to EMU."""
    return round(points * EMU_PER_PT)


#: The layout's stroke widths: symbol outlines in EMU, the table grid in eighths of a point
#: (connectors use their own pen).
LINE_EMU = emu(SYMBOL_LINE)
BORDER_EIGHTHS = round(GRID_LINE * 8)


def twips(points: float) -> int:
    """Points to twips (twentieths of a point)."""
    return round(points * TWIPS_PER_PT)


def half_points(points: float) -> int:
    """Points to the half-points of w:sz."""
    return round(points * 2)


def _sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    """Append a w: element with w: attributes."""
    element = etree.SubElement(parent, _W + tag)
    for name, value in attrs.items():
        element.set(_W + name, str(value))
    return element


def append(parent: etree._Element, xml: str) -> etree._Element:
    """Parse the markup of one w: element and append it to `parent`.

    Markup is built as text and parsed in one go because lxml spends microseconds on each
    element and attribute created from Python: a decree's tables hold ~200,000 of them.
    """
    # The declaration goes on the element itself (lxml drops it as redundant on appending):
    # moving children out of a declaring wrapper would re-resolve every node's namespace.
    name_end = min(i for i in (xml.find(" "), xml.find("/"), xml.find(">")) if i > 0)
    element = parse_xml(f"{xml[:name_end]} {_W_DECL}{xml[name_end:]}")
    parent.append(element)
    return element


_W_DECL = f'xmlns:w="{W}"'


# -- runs and paragraphs -------------------------------------------------------------------


_UNDERLINE = '<w:u w:val="single"/>'


def run_properties_xml(
    family: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> str:
    """w:rPr naming the font family (all scripts), weight, slant, underline and size."""
    face = quoteattr(family)
    sz = half_points(size)
    return (
        f"<w:rPr><w:rFonts w:ascii={face} w:hAnsi={face} w:cs={face} w:eastAsia={face}/>"
        f"{'<w:b/><w:bCs/>' if bold else ''}{'<w:i/><w:iCs/>' if italic else ''}"
        f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        f"{_UNDERLINE if underline else ''}</w:rPr>"
    )


def paragraph_xml(
    *,
    align: str = "left",
    line_exact: float | None = None,
    line_at_least: float | None = None,
    indent_left: float = 0.0,
    hanging: float = 0.0,
    indent_right: float = 0.0,
    space_before: float = 0.0,
    page_break_before: bool = False,
    keep_next: bool = False,
    keep_lines: bool = False,
    widow_control: bool = False,
    tabs: Sequence[float] = (),
    mark: str = "",
    content: str = "",
) -> str:
    """A w:p with the alignment, line height (exact, at least, or single), indents,
    space before, keep-with-next/keep-together, widow/orphan control, and left tab stops
    (points from the margin); `mark` (w:rPr of the paragraph mark) ends its w:pPr and
    `content` (runs) follows it.

    `align` is a w:jc value (left, center, right, both).
    """
    parts = ["<w:p><w:pPr>"]
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if widow_control:
        parts.append("<w:widowControl/>")
    if tabs:
        stops = "".join(f'<w:tab w:val="left" w:pos="{twips(position)}"/>' for position in tabs)
        parts.append(f"<w:tabs>{stops}</w:tabs>")
    before = twips(space_before)
    if line_exact is not None:
        parts.append(
            f'<w:spacing w:before="{before}" w:after="0" w:line="{twips(line_exact)}"'
            ' w:lineRule="exact"/>'
        )
    elif line_at_least is not None:
        parts.append(
            f'<w:spacing w:before="{before}" w:after="0"'
            f' w:line="{twips(line_at_least)}" w:lineRule="atLeast"/>'
        )
    else:
        parts.append(f'<w:spacing w:before="{before}" w:after="0" w:line="240" w:lineRule="auto"/>')
    left, right, hang = twips(indent_left), twips(indent_right), twips(hanging)
    if indent_right:
        parts.append(f'<w:ind w:left="{left}" w:right="{right}" w:hanging="{hang}"/>')
    elif indent_left or hanging:
        parts.append(f'<w:ind w:left="{left}" w:hanging="{hang}"/>')
    parts.append(f"<w:jc w:val={quoteattr(align)}/>{mark}</w:pPr>{content}</w:p>")
    return "".join(parts)


def paragraph(parent: etree._Element, **properties) -> etree._Element:
    """Append an empty w:p (see `paragraph_xml` for the properties)."""
    return append(parent, paragraph_xml(**properties))


def run_xml(
    text: str,
    family: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> str:
    """A w:r holding `text`; tab characters become w:tab."""
    parts = ["<w:r>", run_properties_xml(family, size, bold, italic, underline)]
    for index, piece in enumerate(text.split("\t")):
        if index:
            parts.append("<w:tab/>")
        if piece:
            space = piece != piece.strip() or "  " in piece
            parts.append(
                f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
                if space
                else f"<w:t>{escape(piece)}</w:t>"
            )
    parts.append("</w:r>")
    return "".join(parts)


def text_run(
    p: etree._Element,
    text: str,
    family: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> etree._Element:
    """Append a w:r holding `text` to a paragraph (see `run_xml`)."""
    return append(p, run_xml(text, family, size, bold, italic, underline))


#: The paragraph mark of a tiny paragraph: 1 pt, so it never makes the line taller.
_TINY_MARK = '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'


def tiny_paragraph_xml(height: float, page_break_before: bool = False) -> str:
    """An empty paragraph exactly `height` points tall (spacers, shape anchors)."""
    return paragraph_xml(line_exact=height, page_break_before=page_break_before, mark=_TINY_MARK)


def tiny_paragraph(parent: etree._Element, height: float, page_break_before: bool = False):
    """Append an empty paragraph exactly `height` points tall (see `tiny_paragraph_xml`)."""
    return append(parent, tiny_paragraph_xml(height, page_break_before))


def page_number_paragraph(
    parent: etree._Element, family: str, size: float, line_exact: float
) -> etree._Element:
    """Append a centred "Halaman {PAGE} dari {NUMPAGES}" paragraph (fields Word updates)."""
    p = paragraph(parent, align="center", line_exact=line_exact)
    text_run(p, "Halaman ", family, size)
    _field(p, "PAGE", "1", family, size)
    text_run(p, " dari ", family, size)
    _field(p, "NUMPAGES", "1", family, size)
    return p


def _field(p: etree._Element, instruction: str, shown: str, family: str, size: float) -> None:
    """Append a w:fldSimple with its cached result run."""
    field = _sub(p, "fldSimple", instr=f" {instruction} ")
    text_run(field, shown, family, size)


# -- tables --------------------------------------------------------------------------------


def table_xml(
    col_widths: Sequence[int],
    indent: int,
    margins: tuple[int, int, int, int],
    rows: str = "",
) -> str:
    """A fixed-layout w:tbl with single 0.5 pt borders holding `rows` (w:tr markup).

    `col_widths` and `indent` are twips; `margins` (top, left, bottom, right) twips are the
    default cell margins.
    """
    border = f' w:val="single" w:sz="{BORDER_EIGHTHS}" w:space="0" w:color="000000"/>'
    borders = "".join(
        f"<w:{side}{border}" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    cell_margins = "".join(
        f'<w:{side} w:w="{value}" w:type="dxa"/>'
        for side, value in zip(("top", "left", "bottom", "right"), margins, strict=True)
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in col_widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(col_widths)}" w:type="dxa"/>'
        f'<w:tblInd w:w="{indent}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{cell_margins}</w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0"'
        ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"
    )


def table(
    parent: etree._Element,
    col_widths: Sequence[int],
    indent: int,
    margins: tuple[int, int, int, int],
) -> etree._Element:
    """Append an empty table (see `table_xml`)."""
    return append(parent, table_xml(col_widths, indent, margins))


def table_row_xml(height: int | None, header: bool, cells: str = "") -> str:
    """A w:tr that never splits, of exact height (twips) or as tall as its text (None),
    holding `cells` (w:tc markup); `header` repeats it at the top of every page the table
    spans."""
    exact = f'<w:trHeight w:val="{height}" w:hRule="exact"/>' if height is not None else ""
    repeat = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{exact}{repeat}</w:trPr>{cells}</w:tr>"


def table_row(tbl: etree._Element, height: int | None, header: bool) -> etree._Element:
    """Append an empty row (see `table_row_xml`)."""
    return append(tbl, table_row_xml(height, header))


def table_cell_xml(
    width: int,
    *,
    grid_span: int = 1,
    v_merge: str | None = None,
    fill: str | None = None,
    v_align: str = "top",
    margins: tuple[int, int, int, int] | None = None,
    content: str = "",
) -> str:
    """A w:tc holding `content` (paragraphs); `v_merge` is "restart", "continue" or None;
    `fill` is "#rrggbb"."""
    parts = [f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>']
    if grid_span > 1:
        parts.append(f'<w:gridSpan w:val="{grid_span}"/>')
    if v_merge == "restart":
        parts.append('<w:vMerge w:val="restart"/>')
    elif v_merge == "continue":
        parts.append("<w:vMerge/>")
    if fill:
        parts.append(
            f'<w:shd w:val="clear" w:color="auto" w:fill={quoteattr(fill.lstrip("#").upper())}/>'
        )
    if margins is not None:
        parts.append("<w:tcMar>")
        parts.extend(
            f'<w:{side} w:w="{value}" w:type="dxa"/>'
            for side, value in zip(("top", "left", "bottom", "right"), margins, strict=True)
        )
        parts.append("</w:tcMar>")
    parts.append(f"<w:vAlign w:val={quoteattr(v_align)}/></w:tcPr>{content}</w:tc>")
    return "".join(parts)


def table_cell(tr: etree._Element, width: int, **properties) -> etree._Element:
    """Append an empty cell (see `table_cell_xml`)."""
    return append(tr, table_cell_xml(width, **properties))


# -- sections and settings -----------------------------------------------------------------


def section_properties(
    width: float, height: float, margins: tuple[float, float, float, float], footer: float = 0.0
) -> etree._Element:
    """A w:sectPr for a next-page section; `margins` (top, right, bottom, left) and the
    footer's distance from the page bottom in points."""
    top, right, bottom, left = (twips(m) for m in margins)
    orient = ' w:orient="landscape"' if width > height else ""
    return parse_xml(
        f'<w:sectPr {NSDECLS}><w:type w:val="nextPage"/>'
        f'<w:pgSz w:w="{twips(width)}" w:h="{twips(height)}"{orient}/>'
        f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}"'
        f' w:header="0" w:footer="{twips(footer)}" w:gutter="0"/><w:cols w:space="720"/>'
        '<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def set_compatibility_mode(settings: etree._Element, mode: int = 15) -> None:
    """Set w:compat/w:compatSetting compatibilityMode (15: Word 2013+ table placement)."""
    compat = settings.find(_W + "compat")
    if compat is None:
        compat = _sub(settings, "compat")
    for setting in compat.findall(_W + "compatSetting"):
        if setting.get(_W + "name") == "compatibilityMode":
            setting.set(_W + "val", str(mode))
            return
    _sub(
        compat,
        "compatSetting",
        name="compatibilityMode",
        uri="http://schemas.microsoft.com/office/word",
        val=mode,
    )


def document_defaults(styles: etree._Element, family: str, size: float) -> None:
    """Make `family`/`size`, language id-ID and zero paragraph spacing the defaults."""
    for old in styles.findall(_W + "docDefaults"):
        styles.remove(old)
    defaults = parse_xml(
        f"<w:docDefaults {NSDECLS}><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={quoteattr(family)} w:hAnsi={quoteattr(family)}"
        f" w:cs={quoteattr(family)} w:eastAsia={quoteattr(family)}/>"
        f'<w:sz w:val="{half_points(size)}"/><w:szCs w:val="{half_points(size)}"/>'
        f'<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    styles.insert(0, defaults)
    # The template's Normal style carries its own fonts and spacing; defer to the defaults.
    for style in styles.findall(_W + "style"):
        if style.get(_W + "styleId") == "Normal":
            for child in list(style):
                if child.tag in (_W + "rPr", _W + "pPr"):
                    style.remove(child)


# -- DrawingML shapes ----------------------------------------------------------------------

#: SymbolKind value -> preset geometry.
PRESETS = {
    "terminator": "flowChartTerminator",
    "process": "flowChartProcess",
    "decision": "flowChartDecision",
    "offpage": "flowChartOffpageConnector",
}

_SOLID_LINE = (
    '<a:ln w="{width}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
    '<a:miter lim="800000"/>{ends}</a:ln>'
)


def _anchor(
    shape_id: int, name: str, x: float, y: float, cx: int, cy: int, z: int, wsp: str
) -> str:
    """wp:anchor XML placing `wsp` at page position (x, y) points, in front of the text."""
    return (
        f'<wp:anchor {NSDECLS} distT="0" distB="0" distL="0" distR="0" simplePos="0"'
        f' relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name={quoteattr(name)}/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape">{wsp}</a:graphicData></a:graphic></wp:anchor>'
    )


def _text_box_content(lines: Sequence[tuple[str, str, float, bool, bool]], align: str) -> str:
    """wps:txbx XML with one paragraph per (text, family, size, bold, italic) line."""
    paragraphs = []
    for text, family, size, bold, italic in lines:
        weight = "<w:b/><w:bCs/>" if bold else ""
        slant = "<w:i/><w:iCs/>" if italic else ""
        paragraphs.append(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="{align}"/></w:pPr><w:r><w:rPr>'
            f"<w:rFonts w:ascii={quoteattr(family)} w:hAnsi={quoteattr(family)}"
            f" w:cs={quoteattr(family)}/>{weight}{slant}"
            f'<w:sz w:val="{half_points(size)}"/><w:szCs w:val="{half_points(size)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )
    return f"<wps:txbx><w:txbxContent>{''.join(paragraphs)}</w:txbxContent></wps:txbx>"


_BODY = (
    '<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"'
    ' anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr>'
)


def symbol_anchor(
    shape_id: int,
    kind: str,
    x: float,
    y: float,
    w: float,
    h: float,
    z: int,
    lines: Sequence[tuple[str, str, float, bool, bool]] = (),
) -> etree._Element:
    """A page-anchored flowchart symbol (preset geometry, white fill, black outline).

    `kind` is a SymbolKind value; `lines` is the centred text drawn inside, if any.
    """
    cx, cy = emu(w), emu(h)
    text = _text_box_content(lines, "center") if lines else ""
    wsp = (
        "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{PRESETS[kind]}"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f"{_SOLID_LINE.format(width=LINE_EMU, ends='')}</wps:spPr>{text}{_BODY}</wps:wsp>"
    )
    return parse_xml(_anchor(shape_id, f"{kind} {shape_id}", x, y, cx, cy, z, wsp))


#: DrawingML arrowhead sizes, as multiples of the line width as LibreOffice draws them
#: (measured: "med" on a 1 pt line is about 5 pt long and wide).
_ARROW_SIZES = {"sm": 3.0, "med": 5.0, "lg": 9.0}


def _arrow_size(multiple: float) -> str:
    """The DrawingML arrowhead size nearest to `multiple` line widths."""
    return min(_ARROW_SIZES, key=lambda name: abs(_ARROW_SIZES[name] - multiple))


def connector_anchor(
    shape_id: int, steps: Sequence[Point | Hop], z: int, pen: ConnectorPen, arrow: bool = True
) -> etree._Element:
    """A page-anchored freeform path through `steps` (page points, and the semicircular hops
    where it jumps another connector: `geometry.connector_path`), stroked with `pen`,
    arrowhead at the end."""
    xs, ys = [], []
    for step in steps:
        if isinstance(step, Hop):
            c, r = step.centre, step.radius
            xs += [c.x - r, c.x + r]
            ys += [c.y - r, c.y + r]
        else:
            xs.append(step.x)
            ys.append(step.y)
    left, top = min(xs), min(ys)
    # A straight vertical or horizontal line has zero extent on one axis; one EMU keeps
    # the path's coordinate frame non-degenerate for every consumer.
    cx = max(emu(max(xs) - left), 1)
    cy = max(emu(max(ys) - top), 1)

    def pt(x: float, y: float) -> str:
        return f'<a:pt x="{emu(x - left)}" y="{emu(y - top)}"/>'

    first = steps[0]
    assert isinstance(first, Point), "a connector path starts at a point"
    commands = [f"<a:moveTo>{pt(first.x, first.y)}</a:moveTo>"]
    for step in steps[1:]:
        if isinstance(step, Hop):
            # DrawingML angles run clockwise on the page (y down): the page's angles negated.
            start = round(-step.start_angle % 360 * 60000)
            sweep = round(-step.sweep * 60000)
            r = emu(step.radius)
            commands.append(f"<a:lnTo>{pt(step.start.x, step.start.y)}</a:lnTo>")
            commands.append(f'<a:arcTo wR="{r}" hR="{r}" stAng="{start}" swAng="{sweep}"/>')
        else:
            commands.append(f"<a:lnTo>{pt(step.x, step.y)}</a:lnTo>")
    size_w = _arrow_size(2 * pen.arrow_half_width / pen.width)
    size_len = _arrow_size(pen.arrow_length / pen.width)
    ends = f'<a:tailEnd type="triangle" w="{size_w}" len="{size_len}"/>' if arrow else ""
    wsp = (
        "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        "<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>"
        '<a:rect l="0" t="0" r="r" b="b"/><a:pathLst>'
        f'<a:path w="{cx}" h="{cy}" fill="none">{"".join(commands)}</a:path>'
        "</a:pathLst></a:custGeom><a:noFill/>"
        f"{_SOLID_LINE.format(width=emu(pen.width), ends=ends)}</wps:spPr>"
        '<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"'
        ' anchor="t" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    )
    return parse_xml(_anchor(shape_id, f"connector {shape_id}", left, top, cx, cy, z, wsp))


def text_box_anchor(
    shape_id: int,
    x: float,
    y: float,
    w: float,
    h: float,
    z: int,
    lines: Sequence[tuple[str, str, float, bool, bool]],
    align: str = "left",
) -> etree._Element:
    """A page-anchored borderless, transparent text box (Ya/Tidak labels, header lines)."""
    cx, cy = emu(w), emu(h)
    wsp = (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr>{_text_box_content(lines, align)}"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"'
        ' anchor="t" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    )
    return parse_xml(_anchor(shape_id, f"text {shape_id}", x, y, cx, cy, z, wsp))


def picture_anchor(
    shape_id: int, r_id: str, x: float, y: float, w: float, h: float
) -> etree._Element:
    """A page-anchored picture (pic:pic) showing the image part `r_id` at (x, y), w x h
    points, in front of the text."""
    cx, cy = emu(w), emu(h)
    return parse_xml(
        f'<wp:anchor {NSDECLS} xmlns:pic="{PIC}" xmlns:r="{R}" distT="0" distB="0" distL="0"'
        f' distR="0" simplePos="0" relativeHeight="{shape_id}" behindDoc="0" locked="0"'
        ' layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="picture {shape_id}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC}"><pic:pic><pic:nvPicPr>'
        f'<pic:cNvPr id="{shape_id}" name="picture {shape_id}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{r_id}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill><pic:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:anchor>"
    )


def draft_mark_anchor(
    shape_id: int, text: str, family: str, size: float, angle: float, color: str
) -> etree._Element:
    """The draft mark: `text` in a borderless text box centred on the page, behind the
    text, turned `angle` degrees counter-clockwise (for a header, so every page shows it)."""
    cx, cy = emu(size * 0.75 * len(text)), emu(size * 1.3)
    run = (
        f"<w:r><w:rPr><w:rFonts w:ascii={quoteattr(family)} w:hAnsi={quoteattr(family)}"
        f' w:cs={quoteattr(family)}/><w:color w:val="{color}"/>'
        f'<w:sz w:val="{half_points(size)}"/><w:szCs w:val="{half_points(size)}"/></w:rPr>'
        f"<w:t>{escape(text)}</w:t></w:r>"
    )
    wsp = (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm rot="{round(-angle * 60000)}"><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0"'
        f' w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>{run}</w:p>'
        f"</w:txbxContent></wps:txbx>{_BODY}</wps:wsp>"
    )
    return parse_xml(
        f'<wp:anchor {NSDECLS} distT="0" distB="0" distL="0" distR="0" simplePos="0"'
        ' relativeHeight="0" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:align>center</wp:align></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="draft mark"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape">{wsp}</a:graphicData></a:graphic></wp:anchor>'
    )


def drawing_run(p: etree._Element, anchor: etree._Element) -> etree._Element:
    """Append a w:r holding a w:drawing with the anchor to a paragraph."""
    r = _sub(p, "r")
    rpr = _sub(r, "rPr")
    _sub(rpr, "noProof")
    drawing = _sub(r, "drawing")
    drawing.append(anchor)
    return r
