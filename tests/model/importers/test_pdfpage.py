"""Reading the connectors our PDF exporter draws: jumps over crossings, entries shared by
several arrows into one target."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from sopstudio.export.pdf.draw import draw_page
from sopstudio.model.importers.pdf import read_page
from sopstudio.model.layout.geometry import (
    Connector,
    Page,
    PageKind,
    Point,
    Rect,
    Symbol,
    SymbolKind,
)

WIDTH, HEIGHT = 400.0, 400.0


def _arrows(*connectors: Connector, symbols: tuple[Symbol, ...] = ()) -> list[tuple]:
    """(tail, tip) of each arrow read back from a page drawing the connectors, rounded."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    draw_page(
        canvas, Page(PageKind.FLOWCHART, WIDTH, HEIGHT, symbols=symbols, connectors=connectors)
    )
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        content = read_page(document[0])[0]
    finally:
        document.close()
    return sorted(tuple((round(x), round(y)) for x, y in (a[0], a[-1])) for a in content.arrows)


def _connector(
    *points: tuple[float, float], jumps: tuple[tuple[float, float], ...] = ()
) -> Connector:
    return Connector(
        tuple(Point(*p) for p in points), "a", "b", "next", jumps=tuple(Point(*j) for j in jumps)
    )


def test_jump_over_a_crossing_reads_as_the_line_running_straight_on() -> None:
    across = _connector(
        (60, 210), (130, 210), (130, 250), (200, 250), jumps=((100, 210), (130, 230), (160, 250))
    )
    down = _connector((100, 120), (100, 300))
    also_down = _connector((160, 120), (160, 300))
    over = _connector((110, 230), (150, 230))
    assert _arrows(across, down, also_down, over) == [
        ((60, 210), (200, 250)),
        ((100, 120), (100, 300)),
        ((110, 230), (150, 230)),
        ((160, 120), (160, 300)),
    ]


def test_arrows_sharing_their_last_segment_each_reach_the_target() -> None:
    target = Symbol(SymbolKind.DECISION, Rect(100, 300, 60, 30))
    straight = _connector((130, 100), (130, 300))
    joining = _connector((250, 100), (250, 280), (130, 280), (130, 300))
    # An arrow ending beside another (8 pt apart) ends at its own head, not its neighbour's.
    beside = _connector((50, 100), (50, 250), (138, 250), (138, 300))
    assert _arrows(straight, joining, beside, symbols=(target,)) == [
        ((50, 100), (138, 300)),
        ((130, 100), (130, 300)),
        ((250, 100), (130, 300)),
    ]
