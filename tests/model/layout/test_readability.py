"""What an analyst sees on the printed table, checked on every real SOP: labels inside their
lane and off the grid, no needless detours, balanced pages, nothing past the margin."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.flowchart import (
    CELL_PAD,
    MIN_BODY_SIZE,
    OFFPAGE_BAND,
    TIGHT_PAD,
    _Link,
    _paginate,
    _Row,
    band_height,
)
from sopstudio.model.layout.geometry import CellRole, Page, PageKind, Point, SymbolKind
from sopstudio.model.layout.quality import quality_report
from sopstudio.model.layout.routing import BORDER_CLEARANCE, LABEL_GAP, LABEL_MARGIN
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import MM, Paper

from .corpus import all_sops

#: Least distance between a label and any grid line (the line is 0.5 pt wide).
LABEL_LINE_CLEARANCE = 1.0

PAPERS = [Paper.F4, Paper.A4]


def flow_pages(layout) -> list[Page]:
    return [p for p in layout.pages if p.kind is PageKind.FLOWCHART]


def label_grid_problems(page: Page) -> list[str]:
    """Labels that cross (or come within LABEL_LINE_CLEARANCE of) a column or row line."""
    table = page.tables[0]
    found = []
    for conn in page.connectors:
        if conn.label is None:
            continue
        r = conn.label.text.rect
        for x in table.col_x:
            if r.x - LABEL_LINE_CLEARANCE < x < r.right + LABEL_LINE_CLEARANCE:
                found.append(f"{conn.label.text.lines[0].text} ({conn.source_step}) at x={x:.1f}")
        for y in table.row_y:
            if r.y - LABEL_LINE_CLEARANCE < y < r.bottom + LABEL_LINE_CLEARANCE:
                found.append(f"{conn.label.text.lines[0].text} ({conn.source_step}) at y={y:.1f}")
    return found


@pytest.fixture(scope="module")
def layouts():
    """Every real SOP laid out on F4 and A4: (name, paper, sop, layout)."""
    return [
        (name, paper, sop, layout_sop(sop, paper=paper))
        for name, sop in all_sops()
        for paper in PAPERS
    ]


def test_labels_stay_inside_their_lane_and_off_every_line(layouts):
    problems = [
        (name, paper.value, index, found)
        for name, paper, _, layout in layouts
        for index, page in enumerate(flow_pages(layout))
        if (found := label_grid_problems(page))
    ]
    assert problems == []


def _decision_sop(lanes: int, tidak_to: int) -> Sop:
    """Start in lane 0, a decision in lane 1 whose Tidak goes back to step 1 (lane
    `tidak_to`), then the end."""
    actors = [Actor(f"Pelaksana {k}", id=f"a{k}") for k in range(lanes)]
    steps = [
        Step(id="s1", kind=StepKind.START, actor=f"a{tidak_to}", text="Menyusun konsep", next="s2"),
        Step(id="s2", kind=StepKind.DECISION, actor="a1", text="Memeriksa", yes="s3", no="s1"),
        Step(id="s3", kind=StepKind.END, actor="a1", text="Selesai"),
    ]
    return Sop(actors=actors, steps=steps)


@pytest.mark.parametrize("tidak_to", [0, 2], ids=["left", "right"])
def test_tidak_label_in_a_narrow_lane_slides_back_over_the_diamond_corner(tidak_to):
    # Seven lanes on A4 are LANE_MIN (56.7 pt) wide: the diamond leaves a 12 pt gutter, too
    # narrow for "Tidak" (17 pt at 7 pt). The label stays in the lane, 1.5 pt off its borders,
    # lifted off the run just enough to clear the diamond's slanted edge, shrunk to 6.5 pt.
    layout = layout_sop(_decision_sop(7, tidak_to), paper=Paper.A4)
    page = flow_pages(layout)[0]
    tidak = next(c for c in page.connectors if c.port == "no")
    diamond = next(s for s in page.symbols if s.step_id == "s2")
    lane_left, lane_right = dict((a, (l, r)) for a, l, r in layout.lanes)["a1"]
    label = tidak.label.text.rect
    assert label.x >= lane_left + LABEL_MARGIN - 1e-6
    assert label.right <= lane_right - LABEL_MARGIN + 1e-6
    assert min(label.x - lane_left, lane_right - label.right) == pytest.approx(LABEL_MARGIN)
    assert tidak.label.text.lines[0].size == 6.5
    # Upward (a loop back) the label hangs below the run, within the diamond's half height.
    exit_y = diamond.rect.center.y
    assert exit_y < label.y and label.bottom <= diamond.rect.bottom
    # Its near corner keeps LABEL_GAP from the diamond's lower edge (side vertex to bottom).
    d = diamond.rect
    right = tidak_to > 1
    vertex = Point(d.right if right else d.x, d.center.y)
    corner = Point(label.x if right else label.right, label.y)
    direction = (d.center.x - vertex.x, d.bottom - vertex.y)
    cross = (corner.x - vertex.x) * direction[1] - (corner.y - vertex.y) * direction[0]
    assert abs(cross) / math.hypot(*direction) == pytest.approx(LABEL_GAP)
    assert label_grid_problems(page) == []
    assert quality_report(layout).ok


def test_tidak_label_beside_the_vertex_in_a_wide_lane():
    layout = layout_sop(_decision_sop(3, 2))
    page = flow_pages(layout)[0]
    tidak = next(c for c in page.connectors if c.port == "no")
    diamond = next(s for s in page.symbols if s.step_id == "s2").rect
    label = tidak.label.text.rect
    assert label.x == pytest.approx(diamond.right + LABEL_GAP)
    assert label.y == pytest.approx(diamond.center.y + LABEL_GAP)
    assert tidak.label.text.lines[0].size == 7.0


# -- pagination ---------------------------------------------------------------------------------


def _chain(texts: list[str], lanes: int = 2) -> Sop:
    """A straight chain of steps alternating between `lanes` lanes, first a start, last an end."""
    actors = [Actor(f"Pelaksana {k}", id=f"a{k}") for k in range(lanes)]
    steps = []
    for k, text in enumerate(texts):
        kind = (
            StepKind.START if k == 0 else StepKind.END if k == len(texts) - 1 else StepKind.PROCESS
        )
        nxt = f"s{k + 1}" if k + 1 < len(texts) else None
        steps.append(Step(id=f"s{k}", kind=kind, actor=f"a{k % lanes}", text=text, next=nxt))
    return Sop(actors=actors, steps=steps)


def _rows_per_page(layout) -> list[int]:
    return [len(p.tables[0].row_y) - 1 - p.tables[0].header_rows for p in flow_pages(layout)]


def _rows(*heights: float) -> list[_Row]:
    return [
        _Row(f"s{k}", f"{k + 1}.", 0, SymbolKind.PROCESS, "", ("",) * 5, h, 8.0, CELL_PAD)
        for k, h in enumerate(heights)
    ]


def _link(source: int, target: int, port: str = "next") -> _Link:
    return _Link(source, target, port, f"s{source}", f"s{target}", 0, None)


def test_a_lone_last_row_takes_a_row_from_the_page_before():
    # 100 + 100 + 100 + the off-page band (28) fill 328 of 330 pt, so the greedy break leaves
    # row 4 alone. One row earlier, the last page holds band + 100 + 50: it fits, and the break
    # still cuts one link.
    assert OFFPAGE_BAND == 28
    rows = _rows(100, 100, 100, 50)
    chain = [_link(k, k + 1) for k in range(3)]
    assert _paginate(rows, chain, 330) == [(0, 1), (2, 3)]
    # With room for all four, nothing moves.
    assert _paginate(rows, chain, 350) == [(0, 3)]


def test_a_lone_last_row_stays_when_moving_the_break_would_cut_more_links():
    rows = _rows(100, 100, 100, 50)
    # Row 3 is a decision looping back to row 2: a break before row 3 would cut two links.
    # (The band under row 3 holds the runs of its two links too: band_height(1, 2) = 40.)
    links = [_link(0, 1), _link(1, 2), _link(2, 3, "yes"), _link(2, 1, "no")]
    assert band_height(1, 2) == 40
    assert _paginate(rows, links, 342) == [(0, 2), (3, 3)]
    # ... and when the last page could not hold both rows with its band (34 + 290 + 100).
    assert _paginate(_rows(10, 290, 100), [_link(0, 1), _link(1, 2)], 336) == [(0, 1), (2, 2)]


def test_no_real_sop_ends_with_a_lone_row_that_could_join_the_page_before(layouts):
    # Of the corpus, only seed SOP 267-013 keeps a lone last row: it is too tall to join the
    # page before with the off-page bands its links need.
    lone = sorted(
        {
            name
            for name, paper, _, layout in layouts
            if len(flow_pages(layout)) >= 2 and _rows_per_page(layout)[-1] == 1
        }
    )
    assert lone == ["267-013"]


# -- rows taller than a page --------------------------------------------------------------------


def _body_cells(page: Page, step_id: str):
    return [c for c in page.tables[0].cells if c.step_id == step_id]


def test_a_row_taller_than_the_page_tightens_its_padding_then_its_font():
    words = "menyusun laporan pertanggungjawaban keuangan " * 100
    layout = layout_sop(_chain(["Mulai", words, "Selesai"]))
    page = next(p for p in flow_pages(layout) if _body_cells(p, "s1"))
    cells = _body_cells(page, "s1")
    kegiatan = next(c for c in cells if c.role is CellRole.KEGIATAN)
    sizes = {line.size for line in kegiatan.text.lines}
    assert len(sizes) == 1 and MIN_BODY_SIZE <= sizes.pop() < 8.0
    assert kegiatan.text.rect.x - kegiatan.rect.x == pytest.approx(TIGHT_PAD)
    # Every line is drawn, inside its cell and above the bottom margin.
    assert " ".join(line.text for line in kegiatan.text.lines).split() == words.split()
    assert kegiatan.rect.bottom <= page.height - 15 * MM + 1e-6
    assert layout.warnings == ()
    assert quality_report(layout).ok
    # Rows that fit keep the house size and padding.
    other = next(c for c in _body_cells(flow_pages(layout)[0], "s0") if c.role is CellRole.KEGIATAN)
    assert other.text.lines[0].size == 8.0
    assert other.text.rect.x - other.rect.x == pytest.approx(CELL_PAD)


def test_a_row_too_tall_even_at_6_pt_is_reported_not_clipped():
    words = "menyusun laporan pertanggungjawaban keuangan " * 900
    layout = layout_sop(_chain(["Mulai", words, "Selesai"]))
    page = next(p for p in flow_pages(layout) if _body_cells(p, "s1"))
    kegiatan = next(c for c in _body_cells(page, "s1") if c.role is CellRole.KEGIATAN)
    assert {line.size for line in kegiatan.text.lines} == {MIN_BODY_SIZE}
    assert " ".join(line.text for line in kegiatan.text.lines).split() == words.split()
    assert kegiatan.rect.bottom > page.height - 15 * MM  # runs past the margin, never clipped
    assert len(layout.warnings) == 1 and "Langkah 2" in layout.warnings[0]
    assert "terlalu panjang" in layout.warnings[0]


def test_every_real_sop_stays_inside_the_margins_without_warnings(layouts):
    for name, _paper, _, layout in layouts:
        assert layout.warnings == (), name
        for page in flow_pages(layout):
            assert page.tables[0].row_y[-1] <= page.height - 15 * MM + 1e-6, name


# -- detours ------------------------------------------------------------------------------------


def test_a_skip_down_an_empty_stretch_of_its_lane_is_one_straight_drop():
    # Sample 07's last rows: s1 decides; Tidak goes to s2 in the other lane, Ya skips s2 to s3
    # in its own lane. Nothing stands in s1's lane at s2's row, so Ya drops straight down.
    actors = [Actor("Pokja", id="a0"), Actor("PPK", id="a1")]
    steps = [
        Step(id="s0", kind=StepKind.START, actor="a0", text="Mulai", next="s1"),
        Step(id="s1", kind=StepKind.DECISION, actor="a0", text="Lulus?", yes="s3", no="s2"),
        Step(id="s2", kind=StepKind.END, actor="a1", text="Gagal"),
        Step(id="s3", kind=StepKind.END, actor="a0", text="Selesai"),
    ]
    layout = layout_sop(Sop(actors=actors, steps=steps))
    page = flow_pages(layout)[0]
    ya = next(c for c in page.connectors if c.port == "yes")
    decision = next(s for s in page.symbols if s.step_id == "s1").rect
    end = next(s for s in page.symbols if s.step_id == "s3").rect
    assert ya.points == (Point(decision.center.x, decision.bottom), Point(end.center.x, end.y))
    assert quality_report(layout).ok


def test_a_skip_past_a_symbol_in_its_lane_still_goes_round_it():
    actors = [Actor("Pokja", id="a0")]
    steps = [
        Step(id="s0", kind=StepKind.DECISION, actor="a0", text="Lulus?", yes="s2", no="s1"),
        Step(id="s1", actor="a0", text="Perbaiki", next="s2"),
        Step(id="s2", kind=StepKind.END, actor="a0", text="Selesai"),
    ]
    page = flow_pages(layout_sop(Sop(actors=actors, steps=steps)))[0]
    ya = next(c for c in page.connectors if c.port == "yes")
    assert len(ya.points) > 2


def test_off_page_pair_from_a_decision_keeps_tidak_on_its_side_at_the_page_foot(layouts):
    # Sample 08, step 11 sends Ya and Tidak (left vertex) over the break: Tidak takes the left
    # pentagon, Ya the right, so the two arrows do not cross.
    layout = next(
        lay
        for name, paper, _, lay in layouts
        if name == "08-registrasi-verifikasi-penyedia" and paper is Paper.F4
    )
    page = next(
        p
        for p in flow_pages(layout)
        if any(c.source_step == "11" and c.offpage for c in p.connectors)
    )
    pieces = {c.port: c for c in page.connectors if c.source_step == "11"}
    assert pieces["no"].points[0].x < pieces["yes"].points[0].x  # left vertex, bottom vertex
    assert pieces["no"].points[-1].x < pieces["yes"].points[-1].x
    assert not _crosses(pieces["no"], pieces["yes"])


def _crosses(c, other) -> bool:
    """Whether two connectors cross (a vertical segment of one through a horizontal of the other)."""
    for a, b in pairwise(c.points):
        for p, q in pairwise(other.points):
            for (v1, v2), (h1, h2) in (((a, b), (p, q)), ((p, q), (a, b))):
                if (
                    v1.x == v2.x
                    and h1.y == h2.y
                    and min(h1.x, h2.x) < v1.x < max(h1.x, h2.x)
                    and min(v1.y, v2.y) < h1.y < max(v1.y, v2.y)
                ):
                    return True
    return False


def test_vertical_runs_keep_off_the_column_lines(layouts):
    problems = []
    for name, paper, _, layout in layouts:
        for index, page in enumerate(flow_pages(layout)):
            col_x = page.tables[0].col_x
            for c in page.connectors:
                for a, b in pairwise(c.points):
                    if a.x == b.x and min(abs(a.x - x) for x in col_x) < BORDER_CLEARANCE - 1e-6:
                        problems.append((name, paper.value, index, c.source_step, c.port))
    assert problems == []
