"""What an analyst sees on the printed table, checked on every real SOP: labels inside their
lane and off the grid, no needless detours, balanced pages, nothing past the margin."""

from __future__ import annotations

import math

import pytest

from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import Page, PageKind, Point
from sopstudio.model.layout.quality import quality_report
from sopstudio.model.layout.routing import LABEL_GAP, LABEL_MARGIN
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper

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
