"""The quality report catches each crafted geometric defect and passes clean geometry."""

import json

import pytest

from sopstudio.model.layout import fonts
from sopstudio.model.layout.geometry import (
    Cell,
    CellRole,
    Connector,
    Label,
    Page,
    PageKind,
    Point,
    Rect,
    SopLayout,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
    TextLine,
)
from sopstudio.model.layout.quality import (
    SHARED_STUB,
    line_box,
    link_coverage,
    outline,
    quality_report,
)
from sopstudio.model.sop import Actor, Sop, Step, StepKind

# A hand-made page: two lanes (x 100..200 and 200..300), rows 50 pt high from y=100.
#   s1 terminator in lane 1 row 1, s2 decision in lane 1 row 2, s3 process in lane 2 row 3.
S1 = Symbol(SymbolKind.TERMINATOR, Rect(120, 110, 60, 30), "s1")
S2 = Symbol(SymbolKind.DECISION, Rect(130, 155, 40, 40), "s2")
S3 = Symbol(SymbolKind.PROCESS, Rect(220, 210, 60, 30), "s3")
NEXT = Connector((Point(150, 140), Point(150, 155)), "s1", "s2", "next")
YES = Connector((Point(170, 175), Point(250, 175), Point(250, 210)), "s2", "s3", "yes")
# Tidak loops back from the decision's left vertex through the lane gutter to s1's left end.
NO = Connector(
    (Point(130, 175), Point(110, 175), Point(110, 125), Point(120, 125)), "s2", "s1", "no"
)


def text_line(text: str, x: float, baseline: float, width: float, size: float = 8.0) -> TextLine:
    return TextLine(text, x, baseline, width, "Arial", size)


def label(text: str, rect: Rect) -> Label:
    ascent = fonts.ascent("Arial", 1.0)
    line = text_line(text, rect.x + 1, rect.y + 1 + ascent * 8, rect.w - 2)
    return Label(TextBlock(rect, (line,)))


def cell(rect: Rect, *lines: TextLine, row: int = 0, col: int = 0) -> Cell:
    return Cell(rect, TextBlock(rect, lines), CellRole.KEGIATAN, row, col)


def page(symbols=(S1, S2, S3), connectors=(NEXT, YES, NO), cells=(), texts=()) -> Page:
    tables = (Table((0.0, 100.0), (100.0, 250.0), tuple(cells)),) if cells else ()
    return Page(PageKind.FLOWCHART, 936, 609, tables, tuple(symbols), tuple(connectors), texts)


def report(*pages: Page):
    return quality_report(SopLayout("sop", tuple(pages)))


def clean_cell() -> Cell:
    ascent = fonts.ascent("Arial", 1.0)
    return cell(Rect(10, 100, 80, 50), text_line("Menerima surat", 13, 103 + ascent * 8, 60))


def test_clean_page_has_no_findings():
    ya = label("Ya", Rect(175, 162, 14, 12))
    labelled_yes = Connector(YES.points, "s2", "s3", "yes", label=ya)
    result = report(page(connectors=(NEXT, labelled_yes, NO), cells=(clean_cell(),)))
    assert result.ok
    assert result.pages == 1
    assert result.details == ()
    assert result.to_dict() == {
        "pages": 1,
        "counts": {
            "symbol_overlaps": 0,
            "connector_symbol_crossings": 0,
            "connector_overlaps": 0,
            "text_overflows": 0,
            "label_overlaps": 0,
            "non_orthogonal": 0,
            "detached_ends": 0,
            "crossings": 0,
            "near_parallel": 0,
            "diamond_off_vertex": 0,
            "diamond_shared_vertex": 0,
            "offpage_by_terminator": 0,
        },
        # 15 + 115 + 80 pt of line; the layout names no step rows, so no loop is known.
        "figures": {"jumps": 0, "connector_length": 210.0, "back_route_length": 0.0},
        "details": [],
    }
    json.dumps(result.to_dict())


def test_overlapping_symbols_are_counted_once_per_pair():
    s4 = Symbol(SymbolKind.PROCESS, Rect(240, 230, 60, 30), "s4")  # overlaps S3 by 40 x 10
    result = report(page(symbols=(S1, S2, S3, s4), connectors=()))
    assert result.symbol_overlaps == 1
    assert "s3" in result.details[0] and "s4" in result.details[0]


def test_symbols_touching_edge_to_edge_do_not_overlap():
    s4 = Symbol(SymbolKind.PROCESS, Rect(280.2, 210, 60, 30), "s4")  # 0.2 pt: within tolerance
    assert report(page(symbols=(S1, S2, S3, s4), connectors=())).symbol_overlaps == 0


def test_segment_through_a_symbol_is_a_crossing():
    # s1 -> s3 drawn straight down through the decision s2.
    through = Connector((Point(150, 140), Point(150, 225), Point(220, 225)), "s1", "s3", "next")
    result = report(page(connectors=(through,)))
    assert result.connector_symbol_crossings == 1
    assert "s2" in result.details[0]


def test_diamond_corner_region_is_not_the_diamond():
    # A vertical line at x=135 passes the diamond's bounding box but misses the diamond
    # itself only above/below its left vertex region: at x=135 the diamond spans y 170..180.
    near = Connector((Point(135, 140), Point(135, 168)), "s1", "s2", "next")
    assert report(page(connectors=(near,))).connector_symbol_crossings == 0
    into = Connector((Point(135, 140), Point(135, 178)), "s1", "s2", "next")
    assert report(page(connectors=(into,))).connector_symbol_crossings == 1


def test_terminator_rounded_end_is_outside_the_capsule():
    # The capsule s1 (120..180 x 110..140) has radius 15; the corner (121, 111) is outside it.
    corner = Connector((Point(100, 111), Point(121, 111)), "s2", "s1", "no")
    assert report(page(symbols=(S1,), connectors=(corner,))).connector_symbol_crossings == 0
    into = Connector((Point(100, 125), Point(125, 125)), "s2", "s1", "no")
    assert report(page(symbols=(S1,), connectors=(into,))).connector_symbol_crossings == 1


def test_segment_along_a_symbol_edge_is_not_a_crossing():
    along = Connector((Point(220, 210), Point(280, 210)), "s3", "s3", "next")
    assert report(page(symbols=(S3,), connectors=(along,))).connector_symbol_crossings == 0


def test_collinear_segments_of_different_connectors_overlap():
    # A second connector into s3 that runs along YES's horizontal segment at y=175.
    other = Connector(
        (Point(190, 190), Point(190, 175), Point(230, 175), Point(230, 210)), "s1", "s3", "next"
    )
    result = report(page(symbols=(), connectors=(YES, other)))
    assert result.connector_overlaps == 1
    assert "40.0 pt" in result.details[0]


def test_crossing_at_a_point_is_not_an_overlap():
    cross = Connector((Point(200, 160), Point(200, 190)), "s1", "s3", "next")
    assert report(page(symbols=(), connectors=(YES, cross))).connector_overlaps == 0


def test_parallel_segments_apart_do_not_overlap():
    parallel = Connector((Point(170, 176), Point(250, 176)), "s1", "s3", "next")  # 1 pt below
    assert report(page(symbols=(), connectors=(YES, parallel))).connector_overlaps == 0


def test_collinear_segments_almost_end_to_end_read_as_one_line():
    # Ya leaves the diamond downwards and turns right 2.5 pt above the point where Tidak
    # comes down into s3 in the same column: it looks as if Ya ran into s3.
    ya = Connector((Point(150, 195), Point(150, 200), Point(200, 200)), "s2", "s4", "yes")
    tidak = Connector(
        (Point(170, 175), Point(175, 175), Point(175, 202.5), Point(150, 202.5), Point(150, 210)),
        "s2",
        "s3",
        "no",
    )
    result = report(page(symbols=(), connectors=(ya, tidak)))
    assert result.connector_overlaps == 1
    assert "tampak bersambung" in result.details[0]
    far = Connector((Point(150, 195), Point(150, 198), Point(200, 198)), "s2", "s4", "yes")
    assert report(page(symbols=(), connectors=(far, tidak))).connector_overlaps == 0


def test_short_shared_arrival_into_one_target_is_accepted():
    a = Connector((Point(240, 150), Point(250, 150), Point(250, 210)), "s1", "s3", "next")
    b = Connector((Point(260, 190), Point(250, 190), Point(250, 210)), "s2", "s3", "yes")
    result = report(page(symbols=(), connectors=(a, b)))
    assert result.connector_overlaps == 0
    # The same stub made longer than SHARED_STUB is an overlap.
    top = 210 - SHARED_STUB - 5
    c = Connector((Point(260, top), Point(250, top), Point(250, 210)), "s2", "s3", "yes")
    assert report(page(symbols=(), connectors=(a, c))).connector_overlaps == 1


def test_shared_run_into_different_targets_is_an_overlap():
    a = Connector((Point(250, 150), Point(250, 210)), "s1", "s3", "next")
    b = Connector((Point(250, 190), Point(250, 210)), "s2", "s4", "yes")
    assert report(page(symbols=(), connectors=(a, b))).connector_overlaps == 1


def test_pieces_of_one_connector_are_not_compared():
    back = Connector((Point(150, 100), Point(150, 90), Point(150, 95)), "s1", "s1", "next")
    assert report(page(symbols=(), connectors=(back,))).connector_overlaps == 0


def test_diagonal_segment_is_non_orthogonal():
    slanted = Connector((Point(170, 175), Point(250, 210)), "s2", "s3", "yes")
    result = report(page(connectors=(NEXT, slanted, NO)))
    assert result.non_orthogonal == 1
    assert result.connector_symbol_crossings == 0


def test_connector_without_segments_is_reported():
    dot = Connector((Point(1, 1),), "s1", "s2", "next")
    assert report(page(connectors=(dot,))).non_orthogonal == 1


def test_ends_must_touch_source_and_target_outlines():
    short = Connector((Point(170, 175), Point(250, 175), Point(250, 205)), "s2", "s3", "yes")
    result = report(page(connectors=(NEXT, short, NO)))
    assert result.detached_ends == 1
    assert "akhir" in result.details[0]
    # Leaving the diamond from a point of its bounding box that is not on the diamond.
    corner = Connector((Point(170, 160), Point(250, 160), Point(250, 210)), "s2", "s3", "yes")
    assert report(page(connectors=(NEXT, corner, NO))).detached_ends == 1


def test_end_whose_symbol_is_on_another_page_is_detached():
    result = report(page(symbols=(S1, S2), connectors=(NEXT, YES, NO)))
    assert result.detached_ends == 1
    assert "tidak ada di halaman ini" in result.details[0]


def offpage_pair(label_text: str = "A"):
    """s2 -yes-> s3 broken across pages: down to an off-page mark, on from its twin."""
    bottom = Symbol(SymbolKind.OFFPAGE, Rect(240, 560, 20, 20), label=label_text)
    top = Symbol(SymbolKind.OFFPAGE, Rect(240, 100, 20, 20), label=label_text)
    s3 = Symbol(SymbolKind.PROCESS, Rect(220, 150, 60, 30), "s3")
    leave = Connector(
        (Point(170, 175), Point(250, 175), Point(250, 560)), "s2", "s3", "yes", offpage=label_text
    )
    arrive = Connector((Point(250, 120), Point(250, 150)), "s2", "s3", "yes", offpage=label_text)
    first = page(symbols=(S1, S2, bottom), connectors=(NEXT, leave))
    second = page(symbols=(s3, top), connectors=(arrive,))
    return first, second


def test_offpage_pieces_end_at_their_marks():
    first, second = offpage_pair()
    assert report(first, second).ok
    lost = Connector((Point(250, 125), Point(250, 150)), "s2", "s3", "yes", offpage="B")
    result = report(first, page(symbols=second.symbols, connectors=(lost,)))
    assert result.detached_ends == 1


def test_offpage_point_is_part_of_the_outline():
    mark = Symbol(SymbolKind.OFFPAGE, Rect(0, 0, 20, 20), label="A")
    assert Point(10, 20) in outline(mark)
    assert Point(0, 20) not in outline(mark)


def test_text_line_leaving_its_cell_overflows():
    ascent = fonts.ascent("Arial", 1.0)
    wide = cell(Rect(10, 100, 80, 50), text_line("Menerima surat masuk", 13, 103 + ascent * 8, 90))
    low = cell(Rect(10, 100, 80, 50), text_line("Menerima", 13, 149, 30), row=1)
    result = report(page(cells=(clean_cell(), wide, low)))
    assert result.text_overflows == 2


def test_line_box_uses_font_ascent_and_descent():
    ascent, descent = fonts.ascent("Arial", 1.0), fonts.descent("Arial", 1.0)
    assert 0.6 < ascent < 1.0 and 0.1 < descent < 0.4
    box = line_box(text_line("Ya", 10, 20, 9, size=10))
    assert box == Rect(10, 20 - 10 * ascent, 9, 10 * (ascent + descent))


def test_symbol_and_label_text_must_stay_in_their_rects():
    ascent = fonts.ascent("Arial", 1.0)
    inside = TextBlock(S1.rect, (text_line("Mulai", 135, 120 + ascent * 8, 25),))
    outside = TextBlock(S1.rect, (text_line("Mulai", 135, 139.5, 25),))
    ok = Symbol(SymbolKind.TERMINATOR, S1.rect, "s1", label_text=inside)
    bad = Symbol(SymbolKind.TERMINATOR, S1.rect, "s1", label_text=outside)
    assert report(page(symbols=(ok, S2, S3))).text_overflows == 0
    assert report(page(symbols=(bad, S2, S3))).text_overflows == 1
    lines = label("Ya", Rect(175, 162, 14, 12)).text.lines
    squeezed = Label(TextBlock(Rect(175, 162, 5, 12), lines))
    yes = Connector(YES.points, "s2", "s3", "yes", label=squeezed)
    assert report(page(connectors=(NEXT, yes, NO))).text_overflows == 1


@pytest.mark.parametrize(
    "rect, what",
    [
        (Rect(150, 178, 12, 10), "simbol langkah s2"),  # on the decision
        (Rect(104, 150, 14, 12), "ruas"),  # on the Tidak loop's vertical segment at x=110
        (Rect(20, 104, 14, 12), "teks"),  # on the Kegiatan cell's text
    ],
)
def test_label_on_something_is_a_label_overlap(rect, what):
    yes = Connector(YES.points, "s2", "s3", "yes", label=label("Ya", Rect(175, 162, 14, 12)))
    bad = Connector(NEXT.points, "s1", "s2", "next", label=label("Ya", rect))
    result = report(page(connectors=(bad, yes, NO), cells=(clean_cell(),)))
    assert result.label_overlaps == 1, result.details
    assert what in result.details[0]


def test_two_labels_on_each_other_overlap():
    yes = Connector(YES.points, "s2", "s3", "yes", label=label("Ya", Rect(175, 162, 14, 12)))
    no = Connector(NO.points, "s2", "s1", "no", label=label("Tidak", Rect(180, 160, 24, 12)))
    assert report(page(connectors=(NEXT, yes, no))).label_overlaps == 1


def test_label_beside_the_diamond_corner_is_clear():
    # The box touches the diamond's bounding box corner region but not the diamond.
    yes = Connector(YES.points, "s2", "s3", "yes", label=label("Ya", Rect(164, 156, 10, 6)))
    assert report(page(connectors=(NEXT, yes, NO))).label_overlaps == 0


# -- link coverage ---------------------------------------------------------------------------


def three_step_sop() -> Sop:
    return Sop(
        id="sop",
        actors=[Actor("A", id="a"), Actor("B", id="b")],
        steps=[
            Step(id="s1", kind=StepKind.START, actor="a", next="s2"),
            Step(id="s2", kind=StepKind.DECISION, actor="a", yes="s3", no="s1"),
            Step(id="s3", kind=StepKind.END, actor="b"),
        ],
    )


def coverage(*pages: Page):
    return link_coverage(three_step_sop(), SopLayout("sop", tuple(pages)))


def test_every_link_drawn_once_is_complete():
    result = coverage(page())
    assert result.ok and result.links == 3
    counts = result.to_dict()["counts"]
    assert counts == {"missing": 0, "duplicate": 0, "broken_offpage": 0, "extra": 0}


def test_missing_duplicate_and_extra_links():
    stray = Connector(NEXT.points, "s3", "s1", "next")
    result = coverage(page(connectors=(NEXT, NEXT, stray)))
    assert (result.missing, result.duplicate, result.extra) == (2, 1, 1)
    assert len(result.details) == 4


def test_matching_offpage_pair_covers_a_link():
    first, second = offpage_pair()
    first = page(symbols=first.symbols, connectors=first.connectors + (NO,))
    assert coverage(first, second).ok


def test_offpage_pair_problems():
    first, second = offpage_pair()
    first = page(symbols=first.symbols, connectors=first.connectors + (NO,))
    mixed = coverage(first, page())  # s2 -yes-> s3 once as a piece and once whole
    assert (mixed.duplicate, mixed.broken_offpage) == (2, 1)
    only_one = coverage(first, page(symbols=second.symbols, connectors=()))
    assert only_one.broken_offpage == 1
    relabelled = Connector(second.connectors[0].points, "s2", "s3", "yes", offpage="B")
    other_label = coverage(first, page(symbols=second.symbols, connectors=(relabelled,)))
    assert other_label.broken_offpage == 1
    unmarked = coverage(first, page(symbols=(second.symbols[0],), connectors=second.connectors))
    assert unmarked.broken_offpage == 1
    assert "0 simbol antarhalaman" in unmarked.details[0]


def test_offpage_label_shared_by_two_links_is_broken():
    first, second = offpage_pair()
    down = (Point(130, 175), Point(110, 175), Point(110, 560))
    back = Connector(down, "s2", "s1", "no", offpage="A")
    back_in = Connector((Point(110, 120), Point(110, 125)), "s2", "s1", "no", offpage="A")
    result = coverage(
        page(symbols=first.symbols, connectors=first.connectors + (back,)),
        page(symbols=second.symbols, connectors=second.connectors + (back_in,)),
    )
    assert result.broken_offpage == 2
