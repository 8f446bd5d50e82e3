"""Tables rebuilt from ruling lines: loose lines are not grid lines, touching tables split."""

from __future__ import annotations

from sopstudio.model.importers.pdfpage import Segment
from sopstudio.model.importers.pdftable import build_tables


def grid(xs: list[float], ys: list[float]) -> list[Segment]:
    """Every border of a full grid, as a line from one border to the other."""
    return [Segment(True, y, xs[0], xs[-1]) for y in ys] + [
        Segment(False, x, ys[0], ys[-1]) for x in xs
    ]


def test_a_loose_line_between_symbols_is_no_grid_line() -> None:
    # An arrow drawn without a head from a symbol in row 1 to one in row 2, down a lane.
    lines = grid([0, 100, 200, 300], [0, 50, 100, 150]) + [Segment(False, 150, 30, 80)]
    (table,) = build_tables(lines)
    assert table.xs == [0, 100, 200, 300]
    assert table.ys == [0, 50, 100, 150]


def test_tables_drawn_one_under_the_other_are_two() -> None:
    # An identity table (two columns) right on top of a flowchart table (four columns).
    identity = grid([0, 150, 300], [0, 20, 40])
    flowchart = grid([0, 40, 120, 200, 300], [40, 60, 100])
    tables = build_tables(identity + flowchart)
    assert [(t.xs, t.ys) for t in tables] == [
        ([0, 150, 300], [0, 20, 40]),
        ([0, 40, 120, 200, 300], [40, 60, 100]),
    ]
