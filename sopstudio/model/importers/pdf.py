"""Reading SOPs from a digital PDF (printed from Word or LibreOffice, or our own export).

Each page is read with pypdfium2 (`pdfpage`): its ruling lines become tables (`pdftable`),
text runs go into the cells under them, and flowchart symbols into the lane cells under their
centre. Table rows and the lines of text outside tables are fed, top to bottom, to the same
`RowReader` as the DOCX reader, so identity blocks, flowchart tables over many pages and
sub-procedures are recognised the same way. Arrows join the symbols they start and end at
(through off-page connectors across pages) and become the steps' links.

A page without a text layer that shows an image is a scan: it is reported, never read as an
empty SOP.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pypdfium2 as pdfium

from sopstudio.model.importers.docx import (
    PORT_LABELS,
    Connector,
    Drawing,
    Node,
    Shape,
    attach_links,
    drawn_edges,
)
from sopstudio.model.importers.pdfpage import (
    Frame,
    PageContent,
    TextRun,
    is_scanned,
    read_paths,
    read_runs,
    split_run,
)
from sopstudio.model.importers.pdftable import PdfTable, build_tables, lines_of
from sopstudio.model.importers.raw import RawDocument
from sopstudio.model.importers.report import ImportFailed, ImportReport
from sopstudio.model.importers.rows import RowReader

#: Points to twips: the arrow matching of the DOCX reader works in twips.
TWIPS = 20.0
#: How far (points) an arrow label may sit from its arrow.
LABEL_NEAR = 20.0
_PAGE_NUMBER = re.compile(r"^(?:halaman|hal\.?)\s*\d+(?:\s*(?:dari|/)\s*\d+)?$", re.IGNORECASE)


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """The PDF document in `data`; ImportFailed when it cannot be opened."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ImportFailed(f"PDF rusak, terkunci sandi atau tidak dapat dibuka ({exc}).") from exc


def read_page(
    page: pdfium.PdfPage,
) -> tuple[PageContent, list[PdfTable], list[TextRun], list[TextRun]]:
    """A page's content, its tables (with text and symbols placed), the text outside them and
    the labels of its drawing (text inside symbols, Ya/Tidak beside arrows)."""
    frame = Frame.of(page)
    content = PageContent(frame)
    textpage = page.get_textpage()
    try:
        if is_scanned(page, textpage):
            content.scanned = True
            return content, [], [], []
        read_paths(page, content)
        tables = build_tables(content.rulings)
        runs: list[TextRun] = []
        for run in read_runs(textpage, frame):
            table = _table_at(tables, run)
            cuts = table.cuts(run) if table is not None else []
            runs.extend(split_run(textpage, run, cuts, frame) if cuts else [run])
    finally:
        textpage.close()
    for index, symbol in enumerate(content.symbols):
        for table in tables:
            if table.add_symbol(index, symbol):
                break
    free: list[TextRun] = []
    labels: list[TextRun] = []
    for run in runs:
        if any(_inside(run.centre, s.box) for s in content.symbols) or _arrow_label(run, content):
            labels.append(run)
            continue
        table = _table_at(tables, run)
        if table is not None:
            table.add_run(run)
        else:
            free.append(run)
    return content, tables, free, labels


def _inside(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _table_at(tables: list[PdfTable], run: TextRun) -> PdfTable | None:
    for table in tables:
        if table.locate(*run.centre) is not None:
            return table
    return None


def _near_arrow(point: tuple[float, float], content: PageContent) -> bool:
    for arrow in content.arrows:
        for a, b in pairwise(arrow):
            lo_x, hi_x = sorted((a[0], b[0]))
            lo_y, hi_y = sorted((a[1], b[1]))
            dx = max(lo_x - point[0], 0.0, point[0] - hi_x)
            dy = max(lo_y - point[1], 0.0, point[1] - hi_y)
            if (dx * dx + dy * dy) ** 0.5 <= LABEL_NEAR:
                return True
    return False


def _arrow_label(run: TextRun, content: PageContent) -> bool:
    return run.text.casefold().strip(" .") in PORT_LABELS and _near_arrow(run.centre, content)


def _drawing(content: PageContent, runs: list[TextRun]) -> Drawing:
    """The page's symbols, arrows and arrow labels in twips, for `drawn_edges`."""
    drawing = Drawing()
    for symbol in content.symbols:
        text = " ".join(r.text for r in runs if _inside(r.centre, symbol.box))
        x0, y0, x1, y1 = symbol.box
        box = (x0 * TWIPS, y0 * TWIPS, x1 * TWIPS, y1 * TWIPS)
        drawing.shapes.append(Shape(symbol.kind, box, text, offpage=symbol.kind is None))
    for arrow in content.arrows:
        drawing.connectors.append(Connector(tuple((x * TWIPS, y * TWIPS) for x, y in arrow)))
    for run in runs:
        if _arrow_label(run, content):
            port = PORT_LABELS[run.text.casefold().strip(" .")]
            drawing.labels.append((port, (run.centre[0] * TWIPS, run.centre[1] * TWIPS)))
    return drawing


def _blocks(
    tables: list[PdfTable], free: list[TextRun]
) -> list[tuple[tuple, PdfTable | list[TextRun]]]:
    """Tables and free lines in reading order; lines beside a table come before it."""
    blocks: list[tuple[tuple, PdfTable | list[TextRun]]] = []
    for number, table in enumerate(tables):
        blocks.append(((table.ys[0], 1, number), table))
    for line in lines_of(free):
        if _PAGE_NUMBER.match(" ".join(r.text for r in line)):
            continue
        top = min(r.box[1] for r in line)
        middle = sum(r.centre[1] for r in line) / len(line)
        left, right = min(r.box[0] for r in line), max(r.box[2] for r in line)
        key: tuple = (top, 0, 0)
        for table in tables:
            beside = right <= table.xs[0] + 1 or left >= table.xs[-1] - 1
            if beside and table.ys[0] - 1 <= middle <= table.ys[-1] and top >= table.ys[0] - 2:
                key = (table.ys[0], 0, top)
                break
        blocks.append((key, line))
    return sorted(blocks, key=lambda block: block[0])


def read_pdf(data: bytes, report: ImportReport) -> RawDocument:
    """The raw SOPs in the bytes of a PDF file."""
    document = open_pdf(data)
    reader = RowReader(report)
    edges: list[tuple[Node, Node, str]] = []
    scanned: list[int] = []
    try:
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            try:
                content, tables, free, labels = read_page(page)
            except pdfium.PdfiumError as exc:
                raise ImportFailed(f"Halaman {number} PDF rusak ({exc}).") from exc
            finally:
                page.close()
            if content.scanned:
                scanned.append(number)
                continue
            nodes: dict[int, Node] = {}
            for key, block in _blocks(tables, free):
                if isinstance(block, PdfTable):
                    where = f"halaman {number} tabel {key[2] + 1}"
                    for row, (texts, marks) in enumerate(block.rows(), start=1):
                        reader.feed(f"{where} baris {row}", texts, marks)
                    for index, row in block.placed.items():
                        nodes[index] = ("row", f"{where} baris {row + 1}")
                else:
                    reader.feed(f"halaman {number}", [" ".join(r.text for r in block)])
            drawing = _drawing(content, labels)
            for index, shape in enumerate(drawing.shapes):
                if shape.offpage and shape.text:
                    nodes[index] = ("offpage", shape.text)
            edges.extend(drawn_edges(drawing, nodes))
    finally:
        document.close()
    for number in scanned:
        report.problem(
            "SCANNED_PAGE",
            f"Halaman {number} hasil pindai; perlu OCR (tidak ada lapisan teks).",
            f"halaman {number}",
        )
    return attach_links(reader.finish(), edges)
