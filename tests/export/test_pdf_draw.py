"""draw_page: every geometry object lands in the PDF exactly where the layout put it."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from sopstudio.export.pdf.draw import OFFPAGE_SHOULDER, draw_page
from sopstudio.model.layout.geometry import (
    CONNECTOR_PEN,
    Cell,
    CellRole,
    Connector,
    Label,
    Page,
    PageKind,
    Point,
    Rect,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
    TextLine,
)

TOL = 0.5
W, H = 935.4, 609.4


def _block(text: str, rect: Rect, font: str = "Arial") -> TextBlock:
    return TextBlock(rect, (TextLine(text, rect.x + 2, rect.y + 9, 6.0 * len(text), font, 8.0),))


def _cell(rect: Rect, text: str, role: CellRole, row: int, col: int, **kw) -> Cell:
    return Cell(rect, _block(text, rect), role, row, col, **kw)


def sample_page() -> Page:
    """A small flowchart page with one of every kind of object."""
    cells = (
        _cell(Rect(40, 40, 30, 20), "No", CellRole.HEADER, 0, 0, fill="#d9d9d9"),
        _cell(Rect(70, 40, 200, 20), "Kegiatan", CellRole.HEADER, 0, 1, fill="#d9d9d9"),
        _cell(Rect(40, 60, 30, 60), "1", CellRole.NO, 1, 0),
        _cell(Rect(70, 60, 200, 60), "Menerima surat masuk", CellRole.KEGIATAN, 1, 1),
    )
    symbols = (
        Symbol(SymbolKind.TERMINATOR, Rect(300, 70, 60, 20), "s1"),
        Symbol(SymbolKind.PROCESS, Rect(300, 130, 60, 20), "s2"),
        Symbol(SymbolKind.DECISION, Rect(300, 190, 60, 40), "s3"),
        Symbol(
            SymbolKind.OFFPAGE,
            Rect(320, 260, 20, 20),
            None,
            "A",
            _block("A", Rect(320, 260, 20, 14)),
        ),
        Symbol(
            SymbolKind.TERMINATOR,
            Rect(420, 70, 60, 20),
            None,
            "Mulai",
            _block("Mulai", Rect(420, 70, 60, 20)),
        ),
        Symbol(SymbolKind.OFFPAGE, Rect(460, 260, 20, 20), None, "B"),
    )
    connectors = (
        Connector((Point(330, 90), Point(330, 130)), "s1", "s2", "next"),
        Connector((Point(330, 150), Point(330, 190)), "s2", "s3", "next"),
        Connector(
            (Point(360, 210), Point(400, 210), Point(400, 140), Point(360, 140)),
            "s3",
            "s2",
            "no",
            label=Label(_block("Tidak", Rect(362, 198, 30, 12))),
        ),
        Connector((Point(330, 230), Point(330, 260)), "s3", "s4", "yes", offpage="A"),
    )
    table = Table((40.0, 70.0, 270.0), (40.0, 60.0, 120.0), cells, header_rows=1)
    header = _block("PEMERINTAH PROVINSI", Rect(40, 20, 200, 12), "Arial-Bold")
    return Page(PageKind.FLOWCHART, W, H, (table,), symbols, connectors, (header,))


@pytest.fixture(scope="module")
def drawn() -> tuple[Page, pdfplumber.page.Page]:
    page = sample_page()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page.width, page.height), invariant=1)
    draw_page(canvas, page)
    canvas.showPage()
    canvas.save()
    buffer.seek(0)
    with pdfplumber.open(buffer) as pdf:
        yield page, pdf.pages[0]


def _box(obj: dict) -> Rect:
    return Rect(obj["x0"], obj["top"], obj["x1"] - obj["x0"], obj["bottom"] - obj["top"])


def _same_box(a: Rect, b: Rect) -> bool:
    return all(
        abs(p - q) <= TOL
        for p, q in zip((a.x, a.y, a.right, a.bottom), (b.x, b.y, b.right, b.bottom), strict=True)
    )


def _near(p: tuple[float, float], q: Point) -> bool:
    return abs(p[0] - q.x) <= TOL and abs(p[1] - q.y) <= TOL


def test_cells_are_bordered_and_filled_at_their_rects(drawn):
    page, pdf_page = drawn
    for cell in page.tables[0].cells:
        match = [r for r in pdf_page.rects if _same_box(_box(r), cell.rect)]
        assert match, cell
        assert match[0]["stroke"]
        assert bool(match[0]["fill"]) == (cell.fill is not None)
        assert 0.5 <= match[0]["linewidth"] <= 0.75


def test_text_lines_sit_exactly_at_their_baseline_and_x(drawn):
    page, pdf_page = drawn
    words = pdf_page.extract_words(keep_blank_chars=True, extra_attrs=["fontname", "size"])
    lines = [line for cell in page.tables[0].cells for line in cell.text.lines]
    lines += [line for block in page.texts for line in block.lines]
    for line in lines:
        hit = [w for w in words if w["text"] == line.text]
        assert hit, line.text
        word = hit[0]
        assert abs(word["x0"] - line.x) <= TOL
        # pdfplumber's `bottom` is baseline + descent; the char matrix gives the baseline.
        char = next(
            c for c in pdf_page.chars if abs(c["x0"] - line.x) <= TOL and c["text"] == line.text[0]
        )
        assert abs((H - char["matrix"][5]) - line.baseline) <= TOL
        assert abs(word["size"] - line.size) <= 0.01
    bold = next(c for c in pdf_page.chars if c["text"] == "P")
    assert "Bold" in bold["fontname"]


def test_process_is_a_rectangle(drawn):
    page, pdf_page = drawn
    symbol = page.symbols[1]
    assert any(_same_box(_box(r), symbol.rect) and r["fill"] for r in pdf_page.rects)


def test_terminator_is_a_capsule_with_radius_half_height(drawn):
    page, pdf_page = drawn
    for symbol in (page.symbols[0], page.symbols[4]):
        r = symbol.rect
        curve = next(c for c in pdf_page.curves if _same_box(_box(c), r))
        points = curve["pts"]
        # The straight top edge runs between the two arcs: from x + h/2 to right - h/2.
        assert any(_near(p, Point(r.x + r.h / 2, r.y)) for p in points)
        assert any(_near(p, Point(r.right - r.h / 2, r.y)) for p in points)
        assert any(_near(p, Point(r.right, r.center.y)) for p in points)


def test_decision_is_a_diamond_on_the_edge_midpoints(drawn):
    page, pdf_page = drawn
    r = page.symbols[2].rect
    curve = next(c for c in pdf_page.curves if _same_box(_box(c), r))
    corners = {(round(x, 1), round(y, 1)) for x, y in curve["pts"]}
    assert corners == {(330.0, 190.0), (360.0, 210.0), (330.0, 230.0), (300.0, 210.0)}


def test_offpage_is_a_home_plate_pointing_down_with_its_label(drawn):
    page, pdf_page = drawn
    r = page.symbols[3].rect
    curve = next(c for c in pdf_page.curves if _same_box(_box(c), r))
    shoulder = r.y + r.h * OFFPAGE_SHOULDER
    corners = {(round(x, 1), round(y, 1)) for x, y in curve["pts"]}
    assert corners == {
        (320.0, 260.0),
        (340.0, 260.0),
        (340.0, round(shoulder, 1)),
        (330.0, 280.0),
        (320.0, round(shoulder, 1)),
    }
    assert any(c["text"] == "A" and r.contains(Point(c["x0"], c["top"])) for c in pdf_page.chars)


def test_a_label_without_a_text_block_is_centred_in_the_pentagon_body(drawn):
    page, pdf_page = drawn
    r = page.symbols[5].rect
    char = next(c for c in pdf_page.chars if c["text"] == "B")
    assert (char["x0"] + char["x1"]) / 2 == pytest.approx(r.center.x, abs=TOL)
    assert r.y < char["top"] and char["bottom"] < r.y + r.h * OFFPAGE_SHOULDER


def test_connectors_end_in_an_arrowhead_at_the_last_point(drawn):
    page, pdf_page = drawn
    paths = pdf_page.curves + pdf_page.lines
    for connector in page.connectors:
        first, before, tip = connector.points[0], connector.points[-2], connector.points[-1]
        heads = [
            c
            for c in pdf_page.curves
            if c["fill"] and any(_near(p, tip) for p in c["pts"]) and len(c["pts"]) <= 4
        ]
        assert heads, connector
        head = _box(heads[0])
        # The head points back along the last segment: its base lies the pen's arrow length
        # before the tip.
        assert max(head.w, head.h) == pytest.approx(CONNECTOR_PEN.arrow_length, abs=TOL)
        assert head.contains(tip) and not head.contains(before, tolerance=-TOL)
        shafts = [p for p in paths if not p["fill"] and any(_near(q, first) for q in p["pts"])]
        assert shafts, connector
    assert "Tidak" in pdf_page.extract_text()


def test_symbols_are_drawn_over_connectors_with_white_fill(drawn):
    _page, pdf_page = drawn
    process = next(r for r in pdf_page.rects if _same_box(_box(r), Rect(300, 130, 60, 20)))
    assert process["non_stroking_color"] in ((1, 1, 1), (1,), [1, 1, 1], 1)
