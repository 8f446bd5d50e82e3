"""Text column widths follow the text the columns hold, within bounds, so rows stay balanced."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from benchmarks.canvas import LONG_TEXT
from benchmarks.corpus import make_long_sop
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.columns import (
    COLUMN_MAX_SCALE,
    COLUMN_MIN_SCALE,
    LANE_MIN,
    TEXT_WIDTHS,
    WIDTH_GRID,
    RowText,
    balance,
    text_widths,
)
from sopstudio.model.layout.fonts import string_width
from sopstudio.model.layout.geometry import CellRole, PageKind
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import Paper

LOWS = [COLUMN_MIN_SCALE * w for w in TEXT_WIDTHS]  # 100, 45, 25, 45, 30


def test_without_text_the_preferred_proportions_apply():
    assert text_widths(245.0, [0.0] * 5, [0.0] * 5) == pytest.approx([100, 45, 25, 45, 30])
    assert text_widths(490.0, [0.0] * 5, [0.0] * 5) == pytest.approx(list(TEXT_WIDTHS))


def test_width_follows_the_text_each_column_holds():
    # Kegiatan holds three times the text of Kelengkapan and Output; Waktu and Keterangan none.
    widths = text_widths(500.0, [600.0, 200.0, 0.0, 200.0, 0.0], [0.0] * 5)
    # Waktu and Keterangan keep their minimum (25 and 30); the 445 pt left go 3 : 1 : 1
    # (267 : 89 : 89), rounded to WIDTH_GRID, Kegiatan (the widest) taking the rest.
    assert WIDTH_GRID == 8.0
    assert widths == pytest.approx([269.0, 88.0, 25.0, 88.0, 30.0])


def test_bounds_hold_and_the_whole_width_is_used():
    # Kelengkapan alone holds text: it stops at twice its preferred width; Kegiatan, with a
    # long word, keeps room for it; the spare width is shared in the preferred proportions.
    widths = text_widths(600.0, [0.0, 900.0, 0.0, 0.0, 0.0], [150.0, 0.0, 0.0, 0.0, 0.0])
    high = COLUMN_MAX_SCALE * TEXT_WIDTHS[1]
    fixed = [150.0, high, LOWS[2], LOWS[3], LOWS[4]]
    spare = 600.0 - sum(fixed)
    shares = [w + spare * p / sum(TEXT_WIDTHS) for w, p in zip(fixed, TEXT_WIDTHS, strict=True)]
    assert widths == pytest.approx(shares)
    assert sum(widths) == pytest.approx(600.0)


def test_crowded_tables_shrink_every_minimum_alike():
    least = [120.0, 60.0, 40.0, 60.0, 60.0]  # 340 pt of minimums in 245 pt
    widths = text_widths(245.0, [1.0] * 5, least)
    assert widths == pytest.approx([w * 245.0 / 340.0 for w in least])


def test_a_long_kelengkapan_widens_its_column_and_lowers_the_row():
    kelengkapan = (
        "Formulir data penyedia, Formulir keikutsertaan dan Dokumen perusahaan asli "
        "serta salinannya; NPWP; SIUP; Akta pendirian perusahaan dan Akta perubahan "
        "terakhir"
    )
    actors = [Actor(f"Pelaksana {k}", id=f"a{k}") for k in range(4)]
    steps = [
        Step(
            id="1",
            kind=StepKind.START,
            actor="a0",
            text="Mempersiapkan berkas permohonan.",
            kelengkapan=kelengkapan,
            waktu="10 menit",
            next="2",
        ),
        Step(
            id="2",
            kind=StepKind.END,
            actor="a1",
            text="Menyerahkan berkas.",
            kelengkapan="Berkas",
            waktu="5 menit",
        ),
    ]
    layout = layout_sop(Sop(actors=actors, steps=steps))
    page = next(p for p in layout.pages if p.kind is PageKind.FLOWCHART)
    table = page.tables[0]
    widths = [b - a for a, b in pairwise(table.col_x)]
    assert all(w >= LANE_MIN for w in widths[2:6])
    kegiatan, kel, waktu = widths[1], widths[6], widths[7]
    assert kel > TEXT_WIDTHS[1] and kegiatan < TEXT_WIDTHS[0] * 1.5
    # Waktu keeps its longest entry on one line; every text line fits its cell.
    assert waktu >= string_width("10 menit", "Arial", 8.0) + 6.0
    for cell in table.cells:
        if cell.role is CellRole.WAKTU and cell.text.lines:
            assert len(cell.text.lines) == 1
    kel_cell = next(c for c in table.cells if c.role is CellRole.KELENGKAPAN and c.step_id == "1")
    assert len(kel_cell.text.lines) <= 6  # 9 lines at the preferred 90 pt


@pytest.mark.parametrize("paper", list(Paper), ids=lambda p: p.value)
def test_columns_fill_the_content_width(paper):
    sop = Sop(actors=[Actor("A", id="a")], steps=[Step(id="1", actor="a", text="x " * 200)])
    page = next(p for p in layout_sop(sop, paper=paper).pages if p.kind is PageKind.FLOWCHART)
    col_x = page.tables[0].col_x
    assert all(b > a for a, b in pairwise(col_x))
    assert col_x[-1] - col_x[0] == pytest.approx(page.width - 2 * col_x[0])


def test_balance_widens_a_column_wrapping_word_by_word_beside_slack():
    # Issue 14: Kegiatan holds most of the text (long steps), so the proportional split gives
    # it ~300 pt; one row's Kelengkapan is a long list beside a one-line step and wrapped a
    # word a line into a tall row. Balancing moves width until that row is no taller than
    # the long steps need.
    long_step = string_width("menyusun " * 60, "Arial", 8.0)
    kelengkapan = string_width("surat permohonan proposal penelitian " * 4, "Arial", 8.0)
    cells = tuple([(long_step, 0.0, 30.0, 40.0, 0.0)] * 4 + [(40.0, kelengkapan, 30.0, 40.0, 0.0)])
    rows = RowText(cells, line=9.2, pad=3.0, floor=36.0)
    least = (60.0, 50.0, 36.0, 50.0, 30.0)
    start = tuple(text_widths(520.0, [4 * long_step + 40, kelengkapan, 150, 200, 0], least))
    balanced = balance(start, least, rows)
    assert sum(balanced) == pytest.approx(sum(start))
    assert all(w >= low for w, low in zip(balanced, least, strict=True))
    lines = [math.ceil(kelengkapan * 1.05 / (w - 6)) for w in (start[1], balanced[1])]
    assert lines[1] < lines[0]
    assert balanced[1] > start[1] and balanced[0] < start[0]


def test_balance_keeps_columns_that_are_already_even():
    rows = RowText(((50.0, 50.0, 30.0, 50.0, 0.0),) * 3, line=9.2, pad=3.0, floor=36.0)
    widths = (200.0, 90.0, 50.0, 90.0, 60.0)
    assert balance(widths, (60.0, 50.0, 36.0, 50.0, 30.0), rows) == widths


def columns(sop: Sop, step_id: str = "") -> tuple[tuple[float, ...], tuple[str, ...]]:
    """The x edges of the flowchart table (every page has the same) and the lines of the
    Kegiatan of step `step_id`."""
    pages = [p for p in layout_sop(sop).pages if p.kind is PageKind.FLOWCHART]
    lines = next(
        (
            tuple(line.text for line in cell.text.lines)
            for p in pages
            for cell in p.tables[0].cells
            if cell.step_id == step_id and cell.role is CellRole.KEGIATAN
        ),
        (),
    )
    return pages[0].tables[0].col_x, lines


def test_one_edited_cell_of_a_long_sop_leaves_the_columns_where_they_were():
    # Issue 14 follow-up (P3): replacing one Kegiatan of a 100-step SOP with a long text moved
    # the proportional widths by a fraction of a point, and the balancing after them by up to
    # 8 pt, on most such edits: every page was laid out again. Widths are still a function of
    # the text alone (a fresh layout), only on a grid that one cell rarely crosses.
    sop = make_long_sop(steps=100, lanes=6, seed=100)
    before = columns(sop)
    for step in sop.steps[::9]:
        text, step.text = step.text, LONG_TEXT
        assert columns(sop) == before, step.id
        step.text = text + " dan"
        assert columns(sop) == before, step.id
        step.text = text


def test_a_word_typed_past_its_column_widens_it_every_few_characters():
    # P3 types one more character into one word: past the Kegiatan column's width (~250 pt),
    # the column followed the word at every key press, and every page was laid out again.
    sop = make_long_sop(steps=100, lanes=6, seed=100)
    step = sop.steps[4]
    text = step.text
    seen = []
    # The word grows from ~200 to ~270 pt (longer, the text columns' minimums no longer fit
    # beside the lanes, and all of them shrink alike).
    for n in range(44, 62):
        step.text = f"{text} {'a' * n}"
        col_x, lines = columns(sop, step.id)
        assert lines[-1] == "a" * n  # the word is never broken
        seen.append(col_x)
    assert 1 < len(set(seen)) <= len(seen) // 4
