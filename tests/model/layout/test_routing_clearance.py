"""Connectors keep clear of the grid and of each other: horizontal runs off row borders, arrows
in line with each other well apart, labels off every line (the defects printed PDFs showed)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from sopstudio.model import jsonio
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import PageKind
from sopstudio.model.layout.routing import PARALLEL_SPACING
from sopstudio.model.layout.shapes import ENTRY_SPACING
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper, StyleCatalog
from sopstudio.model.style_json import preset_styles
from sopstudio.resources import SAMPLES

from .checks import RUN_CLEARANCE, problems

SAMPLE_FILES = sorted(SAMPLES.glob("**/*.sop.json"))


def flow_pages(layout):
    return [p for p in layout.pages if p.kind is PageKind.FLOWCHART]


def test_ya_skipping_the_next_row_does_not_seem_to_run_into_it():
    # ENGINE_BUGS #1: s2's Ya skips s3 (to s4) and its Tidak goes to s3, all in one lane.
    steps = [
        Step(id="s1", kind=StepKind.START, actor="a", text="Mulai", next="s2"),
        Step(id="s2", kind=StepKind.DECISION, actor="a", text="Setuju?", yes="s4", no="s3"),
        Step(id="s3", actor="a", text="Perbaiki", next="s4"),
        Step(id="s4", kind=StepKind.END, actor="a", text="Selesai"),
    ]
    page = flow_pages(layout_sop(Sop(actors=[Actor("A", id="a")], steps=steps)))[0]
    ya = next(c for c in page.connectors if c.port == "yes")
    tidak = next(c for c in page.connectors if c.port == "no")
    drop_x = ya.points[0].x  # Ya leaves the bottom vertex straight down, then turns away
    assert ya.points[1].x == pytest.approx(drop_x) and ya.points[2].x != pytest.approx(drop_x)
    entry = tidak.points[-1]
    # Tidak enters s3 beside the line of the Ya drop, not in line with it, and far enough
    # that the two do not read as one bundle.
    assert abs(entry.x - drop_x) == pytest.approx(ENTRY_SPACING)
    assert abs(entry.x - drop_x) >= PARALLEL_SPACING
    # Tidak leaves the right vertex and goes down the right gutter; Ya goes round s3 on the
    # left, so the two never cross.
    diamond = next(s for s in page.symbols if s.step_id == "s2").rect
    assert tidak.points[1].x > diamond.right and ya.points[2].x < diamond.x
    assert problems(page) == []


@pytest.mark.parametrize("style", [s.name for s in preset_styles()])
@pytest.mark.parametrize("paper", list(Paper), ids=lambda p: p.value)
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name.removesuffix(".sop.json"))
def test_sample_runs_keep_off_the_grid(path, paper, style):
    layout = layout_sop(jsonio.load(path), style=StyleCatalog().style_of(style), paper=paper)
    for page in flow_pages(layout):
        borders = page.tables[0].row_y[page.tables[0].header_rows :]
        for c in page.connectors:
            for a, b in pairwise(c.points):
                if a.y == b.y and a.x != b.x:
                    assert min(abs(a.y - y) for y in borders) >= RUN_CLEARANCE - 1e-6
        assert problems(page) == []
