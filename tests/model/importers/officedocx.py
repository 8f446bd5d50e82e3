"""Builders of DOCX files in the style offices make them (python-docx), for importer tests."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table

_PRESETS = {
    "terminator": "flowChartTerminator",
    "process": "flowChartProcess",
    "decision": "flowChartDecision",
}


def mark_header(table: Table, rows: int) -> None:
    """Mark the first `rows` rows as header rows Word repeats on every page (w:tblHeader)."""
    for row in table.rows[:rows]:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def inline_symbol(cell, kind: str) -> None:
    """Draw a flowchart symbol (DrawingML wps shape, inline) in a table cell."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:inline><wp:extent cx="457200" cy="228600"/><wp:docPr id="1" name="s"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr>'
        f'<a:prstGeom prst="{_PRESETS[kind]}"><a:avLst/></a:prstGeom></wps:spPr>'
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    cell.paragraphs[0]._p.append(parse_xml(xml))


def vml_symbol(cell, shape_type: str) -> None:
    """Draw a legacy VML flowchart shape (``#_x0000_tNNN``) in a table cell."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape type="#_x0000_t{shape_type}" style="width:36pt;height:18pt"/>'
        "</w:pict></w:r>"
    )
    cell.paragraphs[0]._p.append(parse_xml(xml))


NTT_HEADER = (
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "SEKRETARIAT DAERAH",
    "BIRO ORGANISASI",
    "BAGIAN TATA LAKSANA",
)


def identity(
    document,
    fields: Sequence[tuple[str, str]],
    lists: Sequence[tuple[str, str]],
    header: Sequence[str] = NTT_HEADER,
) -> None:
    """The unit header, the two-column field table and the 2 x 3 list grid."""
    for line in header:
        document.add_paragraph(line)
    table = document.add_table(rows=len(fields), cols=2)
    for row, (label, value) in zip(table.rows, fields, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    grid = document.add_table(rows=6, cols=2)
    for index, (label, items) in enumerate(lists):
        row, col = divmod(index, 2)
        grid.cell(row * 2, col).text = label
        grid.cell(row * 2 + 1, col).text = items


def flowchart(
    document,
    lanes: Sequence[str],
    steps: Sequence[tuple[str, str, str | None, str, str, str]],
    *,
    number_row: bool = True,
    repeat_every: int = 0,
    symbols: dict[int, str] | None = None,
) -> None:
    """A flowchart table: merged "Pelaksana" over the lanes and "Mutu Baku" over three columns.

    Each step is (number, text, lane or None, kelengkapan, waktu, output). With
    `repeat_every`, the header is repeated as its own table every that many steps, as a
    document pasted page by page looks. `symbols` maps a step index to a drawn symbol kind.
    """
    chunks = (
        [steps[i : i + repeat_every] for i in range(0, len(steps), repeat_every)]
        if (repeat_every)
        else [steps]
    )
    ncols = 2 + len(lanes) + 4
    done = 0
    for chunk in chunks:
        header_rows = 3 if number_row else 2
        table = document.add_table(rows=header_rows + len(chunk), cols=ncols)
        table.style = "Table Grid"
        top, sub = table.rows[0].cells, table.rows[1].cells
        top[0].text, top[1].text = "No", "Uraian Kegiatan"
        top[0].merge(sub[0])
        top[1].merge(sub[1])
        pelaksana = top[2].merge(top[1 + len(lanes)])
        pelaksana.text = "Pelaksana"
        mutu = top[2 + len(lanes)].merge(top[4 + len(lanes)])
        mutu.text = "Mutu Baku"
        top[ncols - 1].merge(sub[ncols - 1]).text = "Ket."
        for j, lane in enumerate(lanes):
            sub[2 + j].text = lane
        for j, label in enumerate(("Persyaratan/Kelengkapan", "Waktu", "Output")):
            sub[2 + len(lanes) + j].text = label
        if number_row:
            for j, cell in enumerate(table.rows[2].cells):
                cell.text = str(j + 1)
        mark_header(table, header_rows)
        for offset, (number, text, lane, kel, waktu, output) in enumerate(chunk):
            cells = table.rows[header_rows + offset].cells
            cells[0].text, cells[1].text = number, text
            if lane is not None:
                lane_cell = cells[2 + lanes.index(lane)]
                kind = (symbols or {}).get(done + offset)
                if kind:
                    inline_symbol(lane_cell, kind)
                else:
                    lane_cell.text = ""
            cells[2 + len(lanes)].text = kel
            cells[3 + len(lanes)].text = waktu
            cells[4 + len(lanes)].text = output
        done += len(chunk)
        document.add_paragraph("")


def to_bytes(document) -> bytes:
    """The DOCX bytes of a python-docx document."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def new_document():
    """An empty python-docx document."""
    return Document()


def anchored_symbols(paragraph, table, shapes: Sequence[tuple[str, int, int]]) -> None:
    """Draw symbols anchored to `paragraph` as hand-made documents do: x from the text column,
    y from the paragraph. Each shape is (kind, grid column of `table`, order from the top)."""
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    for number, (kind, column, order) in enumerate(shapes, start=1):
        centre_twips = sum(widths[:column]) + widths[column] / 2
        cx, cy = 457200, 228600
        x = int(centre_twips * 635 - cx / 2)
        y = order * 600000
        xml = (
            f'<w:r {nsdecls("w")} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
            'main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:wrapNone/>'
            f'<wp:docPr id="{100 + number}" name="s{number}"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr/><wps:spPr><a:prstGeom prst="{_PRESETS[kind]}"><a:avLst/>'
            "</a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></w:r>"
        )
        paragraph._p.append(parse_xml(xml))
