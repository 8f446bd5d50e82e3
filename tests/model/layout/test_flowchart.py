"""Flowchart pages: exact geometry for small cases, computed here from the documented constants."""

from __future__ import annotations

from itertools import pairwise

import pytest

from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.columns import (
    COLUMN_MAX_SCALE,
    COLUMN_MIN_SCALE,
    LANE_MAX,
    LANE_MIN,
    NO_WIDTH,
    TEXT_MIN_SCALE,
    TEXT_WIDTHS,
)
from sopstudio.model.layout.flowchart import (
    BAND_PAD,
    CELL_PAD,
    OFFPAGE_BAND,
    ROW_BAND,
    TRACK_PITCH,
    WORD_SLACK,
    band_height,
)
from sopstudio.model.layout.fonts import line_height, string_width
from sopstudio.model.layout.geometry import CellRole, PageKind, Rect, SymbolKind
from sopstudio.model.layout.routing import (
    CHANNEL_MARGIN,
    LABEL_GAP,
    ROW_CLEARANCE,
    TRACK_MARGIN,
)
from sopstudio.model.layout.shapes import (
    DECISION_HEIGHT,
    ENTRY_SPACING,
    LANE_GUTTER,
    OFFPAGE_HEIGHT,
    OFFPAGE_WIDTH,
    SYMBOL_HEIGHT,
    SYMBOL_MAX_WIDTH,
)
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.style import MM, Paper

from .checks import problems

MARGIN = 15 * MM
F4_W, F4_H = 330 * MM, 215 * MM
CONTENT_W = F4_W - 2 * MARGIN
LH = line_height(8.0)  # body and header text are 8 pt in both house styles
HEADER_ROW = LH + 2 * CELL_PAD  # every header row holds one line in these cases
LABEL_H = line_height(7.0)  # Ya/Tidak are 1 pt smaller than the body text
ROW = SYMBOL_HEIGHT + 2 * ROW_BAND  # a one-line row is as tall as its symbol needs
DROW = DECISION_HEIGHT + 2 * ROW_BAND + LABEL_H + 2 * LABEL_GAP  # room for the Ya label below
# Beside a gap holding two horizontal runs, rows keep more room around their symbols: the two
# runs keep TRACK_PITCH apart and ROW_CLEARANCE off the row border (15 pt with the constants).
BAND2 = ROW_CLEARANCE + TRACK_MARGIN + 3 * TRACK_PITCH / 2


def box(rect: Rect) -> tuple[float, float, float, float]:
    return (rect.x, rect.y, rect.w, rect.h)


def approx_box(x, y, w, h):
    return pytest.approx((x, y, w, h))


def approx_point(x, y):
    return pytest.approx((x, y))


def pts(connector) -> list[tuple[float, float]]:
    return [(round(p.x, 6), round(p.y, 6)) for p in connector.points]


def approx(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(round(x, 6), round(y, 6)) for x, y in points]


def flow_pages(layout):
    return [p for p in layout.pages if p.kind is PageKind.FLOWCHART]


def text_columns(
    lanes: int,
    content_w: float = CONTENT_W,
    keterangan: str = "Keterangan",
    font: str = "Arial-Bold",
) -> tuple[float, list[float]]:
    """(lane width, widths of Kegiatan, Kelengkapan, Waktu, Output, Keterangan) for a table
    whose only text is a short Kegiatan per step: the other text columns shrink to their
    minimum (their bold 8 pt heading's longest word with padding and slack, or half their
    preferred width), Kegiatan
    takes the rest up to twice its preferred width, and what is left after that is shared in
    the preferred proportions."""
    lane = min(max((content_w - NO_WIDTH - sum(TEXT_WIDTHS)) / lanes, LANE_MIN), LANE_MAX)
    lane = min(lane, (content_w - NO_WIDTH - TEXT_MIN_SCALE * sum(TEXT_WIDTHS)) / lanes)
    total = content_w - NO_WIDTH - lane * lanes
    heads = ("Kelengkapan", "Waktu", "Output", keterangan)
    others = [
        max(string_width(h, font, 8.0) + 2 * CELL_PAD + WORD_SLACK, COLUMN_MIN_SCALE * pref)
        for h, pref in zip(heads, TEXT_WIDTHS[1:], strict=True)
    ]
    widths = [min(total - sum(others), COLUMN_MAX_SCALE * TEXT_WIDTHS[0])] + others
    spare = total - sum(widths)
    return lane, [
        w + spare * pref / sum(TEXT_WIDTHS) for w, pref in zip(widths, TEXT_WIDTHS, strict=True)
    ]


def lane_geometry(lanes: int, content_w: float = CONTENT_W, *house: str):
    """(x of the first lane, lane width) for the ntt table (or another house's headings)."""
    lane, widths = text_columns(lanes, content_w, *house)
    return MARGIN + NO_WIDTH + widths[0], lane


def connector(page, source, target, port=None):
    found = [c for c in page.connectors if c.source_step == source and c.target_step == target]
    if port:
        found = [c for c in found if c.port == port]
    assert len(found) == 1, (source, target, found)
    return found[0]


def symbol(page, step_id):
    return next(s for s in page.symbols if s.step_id == step_id)


def chain(kinds_lanes, actors, **links) -> Sop:
    """An SOP of one-word steps "1", "2", ... in the given (kind, actor) order."""
    steps = []
    for n, (kind, actor) in enumerate(kinds_lanes, start=1):
        steps.append(Step(id=str(n), kind=kind, actor=actor, text=f"Langkah {n}"))
    for n, step in enumerate(steps[:-1]):
        if step.kind in (StepKind.START, StepKind.PROCESS):
            step.next = steps[n + 1].id
    for key, target in links.items():  # e.g. yes3="4", no3="2"
        setattr(steps[int(key[-1]) - 1], key[:-1], target)
    return Sop(judul="Uji", actors=[Actor(a, id=a) for a in actors], steps=steps)


BODY_TOP = MARGIN + 3 * HEADER_ROW  # two header rows and the column-number row


def test_straight_chain():
    sop = chain([(StepKind.START, "A"), (StepKind.PROCESS, "A"), (StepKind.END, "A")], ["A", "B"])
    layout = layout_sop(sop)
    assert [p.kind for p in layout.pages] == [PageKind.IDENTITY, PageKind.FLOWCHART]
    page = layout.pages[1]
    assert (page.width, page.height) == pytest.approx((F4_W, F4_H))

    lane_x, lane_w = lane_geometry(2)
    assert lane_w == LANE_MAX  # two lanes would be wider than the maximum
    cx = lane_x + lane_w / 2
    width = min(lane_w - 2 * LANE_GUTTER, SYMBOL_MAX_WIDTH)
    table = page.tables[0]
    assert table.header_rows == 3
    assert table.col_x[0] == pytest.approx(MARGIN) and table.col_x[-1] == pytest.approx(
        MARGIN + CONTENT_W
    )
    assert table.row_y == pytest.approx(
        [MARGIN + k * HEADER_ROW for k in range(4)] + [BODY_TOP + k * ROW for k in (1, 2, 3)]
    )

    kinds = [SymbolKind.TERMINATOR, SymbolKind.PROCESS, SymbolKind.TERMINATOR]
    for n, kind in enumerate(kinds):
        s = symbol(page, str(n + 1))
        assert s.kind is kind
        assert (s.rect.x, s.rect.y, s.rect.w, s.rect.h) == pytest.approx(
            (cx - width / 2, BODY_TOP + n * ROW + ROW_BAND, width, SYMBOL_HEIGHT)
        )
    for n in (1, 2):
        c = connector(page, str(n), str(n + 1))
        assert c.port == "next" and c.arrow and c.label is None and c.offpage is None
        # straight down from the bottom centre to the top centre of the next symbol
        bottom = BODY_TOP + (n - 1) * ROW + ROW_BAND + SYMBOL_HEIGHT
        assert pts(c) == approx([(cx, bottom), (cx, bottom + 2 * ROW_BAND)])
    assert len(page.connectors) == 2
    assert problems(page) == []

    assert [lane[0] for lane in layout.lanes] == ["A", "B"]
    assert [lane[1:] for lane in layout.lanes] == [
        pytest.approx((lane_x, lane_x + lane_w)),
        pytest.approx((lane_x + lane_w, lane_x + 2 * lane_w)),
    ]
    assert [(sid, page_index) for sid, page_index, _ in layout.step_rows] == [
        ("1", 1),
        ("2", 1),
        ("3", 1),
    ]
    assert box(layout.step_rows[1][2]) == approx_box(
        MARGIN, BODY_TOP + ROW, table.col_x[-1] - MARGIN, ROW
    )


def test_header_cells_span_like_the_official_table():
    sop = chain([(StepKind.START, "A"), (StepKind.END, "B")], ["A", "B"])
    table = flow_pages(layout_sop(sop))[0].tables[0]
    header = {c.text.lines[0].text if c.text.lines else "": c for c in table.cells if c.row < 2}
    assert (header["No"].row_span, header["Kegiatan"].row_span, header["Keterangan"].row_span) == (
        2,
        2,
        2,
    )
    assert (header["Pelaksana"].col, header["Pelaksana"].col_span) == (2, 2)
    assert (header["Mutu Baku"].col, header["Mutu Baku"].col_span) == (4, 3)
    assert [header[name].col for name in ("A", "B", "Kelengkapan", "Waktu", "Output")] == [
        2,
        3,
        4,
        5,
        6,
    ]
    numbers = [c for c in table.cells if c.role is CellRole.COLUMN_NUMBER]
    assert [c.text.lines[0].text for c in numbers] == [str(k) for k in range(1, 9)]
    body = [c for c in table.cells if c.row == 3]
    assert [c.role for c in body] == [
        CellRole.NO,
        CellRole.KEGIATAN,
        CellRole.LANE,
        CellRole.LANE,
        CellRole.KELENGKAPAN,
        CellRole.WAKTU,
        CellRole.OUTPUT,
        CellRole.KETERANGAN,
    ]
    assert body[0].text.lines[0].text == "1." and body[0].step_id == "1"


def test_decision_with_approval_loop_back():
    # 1 (A) -> 2 (B) -> 3 (C, decision): Ya -> 4 (A), Tidak -> back to 2.
    sop = chain(
        [
            (StepKind.START, "A"),
            (StepKind.PROCESS, "B"),
            (StepKind.DECISION, "C"),
            (StepKind.END, "A"),
        ],
        ["A", "B", "C"],
        yes3="4",
        no3="2",
    )
    page = flow_pages(layout_sop(sop))[0]
    lane_x, lane_w = lane_geometry(3)
    cx = [lane_x + (k + 0.5) * lane_w for k in range(3)]
    half = min(lane_w - 2 * LANE_GUTTER, SYMBOL_MAX_WIDTH) / 2
    # The gap between rows 1 and 2 holds two runs (1 -> 2 and the loop): both rows grow.
    assert BAND2 == 15.0
    row12 = SYMBOL_HEIGHT + 2 * BAND2
    tops = [BODY_TOP, BODY_TOP + row12, BODY_TOP + 2 * row12, BODY_TOP + 2 * row12 + DROW]
    sym_top = [tops[0] + BAND2, tops[1] + BAND2, tops[2] + ROW_BAND, tops[3] + ROW_BAND]
    sym_bottom = [
        sym_top[0] + SYMBOL_HEIGHT,
        sym_top[1] + SYMBOL_HEIGHT,
        sym_top[2] + DECISION_HEIGHT,
        sym_top[3] + SYMBOL_HEIGHT,
    ]
    decision_mid = sym_top[2] + DECISION_HEIGHT / 2  # diamonds sit ROW_BAND below the row top

    # Step 2 has two arrivals: from 1 (coming from the left) and the loop (from the right).
    # Free for runs: 15 - 2 - 4 = 9 pt above the border and 9 pt below it; the two runs split
    # those 18 pt in thirds, 7 pt above and 7 pt below the border (exits run above entries).
    run_1_2, run_loop = tops[1] - 7.0, tops[1] + 7.0
    left_in, right_in = cx[1] - ENTRY_SPACING / 2, cx[1] + ENTRY_SPACING / 2
    assert pts(connector(page, "1", "2")) == approx(
        [(cx[0], sym_bottom[0]), (cx[0], run_1_2), (left_in, run_1_2), (left_in, sym_top[1])]
    )
    # Tidak leaves the left vertex (C is the last lane), climbs the gutter beside the diamond.
    loop = connector(page, "3", "2", "no")
    channel = cx[2] - half - CHANNEL_MARGIN
    assert pts(loop) == approx(
        [
            (cx[2] - half, decision_mid),
            (channel, decision_mid),
            (channel, run_loop),
            (right_in, run_loop),
            (right_in, sym_top[1]),
        ]
    )
    tidak = string_width("Tidak", "Arial", 7.0)
    assert loop.label.text.lines[0].text == "Tidak"
    assert box(loop.label.text.rect) == approx_box(
        cx[2] - half - LABEL_GAP - tidak, decision_mid + LABEL_GAP, tidak, LABEL_H
    )

    # Ya leaves the bottom vertex; its label sits just below the diamond, the run below that.
    ya = connector(page, "3", "4", "yes")
    ya_w = string_width("Ya", "Arial", 7.0)
    assert box(ya.label.text.rect) == approx_box(
        cx[2] + LABEL_GAP + 1, sym_bottom[2] + LABEL_GAP, ya_w, LABEL_H
    )
    # Under the label 10 - 4 = 6 pt are free above the border, and 10 - 4 - 2 = 4 pt below it:
    # the one run sits halfway along those 10 pt, 5 pt above the border.
    run = tops[3] - 5.0
    assert pts(ya) == approx(
        [(cx[2], sym_bottom[2]), (cx[2], run), (cx[0], run), (cx[0], sym_top[3])]
    )
    assert problems(page) == []


def test_decision_skipping_forward():
    # 2 (A, decision): Ya -> 3 (B), Tidak skips 3 and goes straight to 4 (A).
    sop = chain(
        [
            (StepKind.START, "A"),
            (StepKind.DECISION, "A"),
            (StepKind.PROCESS, "B"),
            (StepKind.END, "A"),
        ],
        ["A", "B"],
        yes2="3",
        no2="4",
    )
    page = flow_pages(layout_sop(sop))[0]
    lane_x, lane_w = lane_geometry(2)
    cx = [lane_x + (k + 0.5) * lane_w for k in range(2)]
    half = min(lane_w - 2 * LANE_GUTTER, SYMBOL_MAX_WIDTH) / 2
    # The gap above 4 holds two runs, so rows 3 and 4 keep BAND2 around their symbols.
    tops = [
        BODY_TOP,
        BODY_TOP + ROW,
        BODY_TOP + ROW + DROW,
        BODY_TOP + ROW + DROW + SYMBOL_HEIGHT + 2 * BAND2,
    ]
    top3, top4 = tops[2] + BAND2, tops[3] + BAND2
    mid2 = tops[1] + ROW_BAND + DECISION_HEIGHT / 2
    bottom3 = top3 + SYMBOL_HEIGHT

    skip = connector(page, "2", "4", "no")
    # The gutter right of the diamond would cross the run from 3 to 4: the skip goes round
    # lane B instead, in the first channel right of it, and crosses nothing.
    channel = cx[1] + half + CHANNEL_MARGIN
    # In the gap above 4: the run from 3 (an exit, upper) and the skip's entry run (lower), each
    # 7 pt from the row border (see test_decision_with_approval_loop_back).
    run_3_4, run_skip = tops[3] - 7.0, tops[3] + 7.0
    left_in, right_in = cx[0] - ENTRY_SPACING / 2, cx[0] + ENTRY_SPACING / 2
    assert pts(skip) == approx(
        [
            (cx[0] + half, mid2),
            (channel, mid2),
            (channel, run_skip),
            (left_in, run_skip),
            (left_in, top4),
        ]
    )
    tidak = string_width("Tidak", "Arial", 7.0)
    # The skip runs down, so its label sits above the exit.
    assert box(skip.label.text.rect) == approx_box(
        cx[0] + half + LABEL_GAP, mid2 - LABEL_GAP - LABEL_H, tidak, LABEL_H
    )
    assert pts(connector(page, "3", "4")) == approx(
        [(cx[1], bottom3), (cx[1], run_3_4), (right_in, run_3_4), (right_in, top4)]
    )
    assert problems(page) == []


def test_decision_that_ends_the_procedure():
    # 2 (B, decision): Tidak -> 3 (B, END: the request is refused), Ya -> continue with 4 (A).
    sop = chain(
        [
            (StepKind.START, "A"),
            (StepKind.DECISION, "B"),
            (StepKind.END, "B"),
            (StepKind.PROCESS, "A"),
            (StepKind.END, "A"),
        ],
        ["A", "B"],
        yes2="4",
        no2="3",
    )
    page = flow_pages(layout_sop(sop))[0]
    lane_x, lane_w = lane_geometry(2)
    cx = [lane_x + (k + 0.5) * lane_w for k in range(2)]
    half = min(lane_w - 2 * LANE_GUTTER, SYMBOL_MAX_WIDTH) / 2
    # The gap between rows 2 and 3 holds two runs (Ya leaving, Tidak arriving): both rows keep
    # BAND2 around their symbols.
    top2 = BODY_TOP + ROW
    mid2 = top2 + BAND2 + DECISION_HEIGHT / 2
    top3 = top2 + DROW + 2 * (BAND2 - ROW_BAND)
    sym3 = top3 + BAND2
    # Free for runs: under the Ya label 15 - 4 = 11 pt above the border, 15 - 4 - 2 = 9 pt below
    # it. Two runs split the 20 pt in thirds: the Ya exit run, then the Tidak entry run.
    run_yes = top3 - ROW_CLEARANCE - 11.0 + 20 / 3
    run_no = top3 + ROW_CLEARANCE + (40 / 3 - 11.0)
    # Tidak: left vertex (B is the last lane), down the gutter between the lanes, into the END,
    # an entry spacing right of its centre: a drop on the centre line would continue the Ya
    # arrow's drop and seem to send Ya into the END, and one closer than PARALLEL_SPACING would
    # run alongside it.
    end = connector(page, "2", "3", "no")
    channel = cx[1] - half - CHANNEL_MARGIN
    end_in = cx[1] + ENTRY_SPACING
    assert pts(end) == approx(
        [(cx[1] - half, mid2), (channel, mid2), (channel, run_no), (end_in, run_no), (end_in, sym3)]
    )
    # The END step has no way out; the Ya branch skips it to step 4, round lane B on the right:
    # in the gutter between the lanes it would cross the Tidak arrow.
    assert not [c for c in page.connectors if c.source_step == "3"]
    ya = connector(page, "2", "4", "yes")
    top4 = top3 + SYMBOL_HEIGHT + 2 * BAND2
    run_4 = top4 - 6.5  # one run: 15 - 6 = 9 pt free above the border and 4 pt below, halfway
    channel_yes = cx[1] + half + CHANNEL_MARGIN
    assert pts(ya) == approx(
        [
            (cx[1], top2 + BAND2 + DECISION_HEIGHT),
            (cx[1], run_yes),
            (channel_yes, run_yes),
            (channel_yes, run_4),
            (cx[0], run_4),
            (cx[0], top4 + ROW_BAND),
        ]
    )
    assert symbol(page, "3").kind is SymbolKind.TERMINATOR
    assert problems(page) == []


def test_link_across_a_page_break():
    # One lane, rows of exactly eight lines: five fit on the first page with its off-page band.
    text = "\n".join(["baris"] * 8)
    steps = [Step(id=str(n), actor="A", text=text) for n in range(1, 9)]
    for a, b in pairwise(steps):
        a.next = b.id
    sop = Sop(actors=[Actor("A", id="A")], steps=steps)
    row = 8 * LH + 2 * CELL_PAD
    available = F4_H - 2 * MARGIN - 3 * HEADER_ROW
    # Each band holds one symbol and the run of the one link of the row beside it.
    band = band_height(1, 1)
    assert band == OFFPAGE_BAND + 6
    assert 5 * row + band <= available < 6 * row + band
    first, second = flow_pages(layout_sop(sop))
    assert [s.step_id for s in first.symbols if s.step_id] == ["1", "2", "3", "4", "5"]
    assert [s.step_id for s in second.symbols if s.step_id] == ["6", "7", "8"]

    lane_x, lane_w = lane_geometry(1)
    cx = lane_x + lane_w / 2
    last_bottom = BODY_TOP + 5 * row + band
    assert first.tables[0].row_y[-1] == pytest.approx(last_bottom)
    out = next(s for s in first.symbols if s.kind is SymbolKind.OFFPAGE)
    band_top = last_bottom - BAND_PAD - OFFPAGE_HEIGHT
    assert box(out.rect) == approx_box(
        cx - OFFPAGE_WIDTH / 2, band_top, OFFPAGE_WIDTH, OFFPAGE_HEIGHT
    )
    twin = next(s for s in second.symbols if s.kind is SymbolKind.OFFPAGE)
    assert box(twin.rect) == approx_box(
        cx - OFFPAGE_WIDTH / 2, BODY_TOP + BAND_PAD, OFFPAGE_WIDTH, OFFPAGE_HEIGHT
    )
    assert out.label == twin.label == "A" and out.label_text.lines[0].text == "A"

    leaving = connector(first, "5", "6")
    arriving = connector(second, "5", "6")
    assert leaving.offpage == arriving.offpage == "A"
    sym5_bottom = BODY_TOP + 4 * row + row / 2 + SYMBOL_HEIGHT / 2
    assert pts(leaving) == approx([(cx, sym5_bottom), (cx, band_top)])
    sym6_top = BODY_TOP + band + row / 2 - SYMBOL_HEIGHT / 2
    assert pts(arriving) == approx([(cx, BODY_TOP + BAND_PAD + OFFPAGE_HEIGHT), (cx, sym6_top)])
    # the first row of the second page grows by the band; the header repeats
    assert second.tables[0].row_y[4] - second.tables[0].row_y[3] == pytest.approx(band + row)
    assert second.tables[0].header_rows == 3
    assert problems(first) == [] and problems(second) == []


def test_loop_back_across_a_page_break():
    text = "\n".join(["baris"] * 8)
    steps = [Step(id=str(n), actor="A", text=text) for n in range(1, 8)]
    for a, b in pairwise(steps):
        a.next = b.id
    steps[6].kind = StepKind.DECISION
    steps[6].yes, steps[6].no = None, "2"
    sop = Sop(actors=[Actor("A", id="A"), Actor("B", id="B")], steps=steps)
    pages = flow_pages(layout_sop(sop))
    assert len(pages) == 2
    first, second = pages
    back_out = connector(second, "7", "2")
    back_in = connector(first, "7", "2")
    assert back_out.offpage == back_in.offpage
    assert back_out.label.text.lines[0].text == "Tidak" and back_in.label is None
    twin_top = [
        s
        for s in first.symbols
        if s.kind is SymbolKind.OFFPAGE and s.rect.y < BODY_TOP + OFFPAGE_BAND
    ]
    assert [s.label for s in twin_top] == [back_in.offpage]
    assert problems(first) == [] and problems(second) == []


def test_seven_lanes_fit_a4():
    actors = [f"Pelaksana {k}" for k in range(7)]
    sop = chain(
        [(StepKind.START, actors[0])]
        + [(StepKind.PROCESS, a) for a in actors[1:]]
        + [(StepKind.END, actors[0])],
        actors,
    )
    page = flow_pages(layout_sop(sop, paper=Paper.A4))[0]
    content_w = 297 * MM - 2 * MARGIN
    table = page.tables[0]
    assert table.col_x[-1] == pytest.approx(MARGIN + content_w)
    widths = [b - a for a, b in pairwise(table.col_x)]
    lane, text = text_columns(7, content_w)
    assert lane == pytest.approx(LANE_MIN)
    expected = [NO_WIDTH, text[0]] + [LANE_MIN] * 7 + text[1:]
    assert widths == pytest.approx(expected)
    for s in page.symbols:
        assert s.rect.w == pytest.approx(LANE_MIN - 2 * LANE_GUTTER)
    assert problems(page) == []


def test_malang_rows_mulai_and_selesai():
    sop = chain([(StepKind.START, "A"), (StepKind.PROCESS, "B"), (StepKind.END, "B")], ["A", "B"])
    sop.style = "malang"
    page = flow_pages(layout_sop(sop))[0]
    table = page.tables[0]
    assert table.header_rows == 2  # no column-number row in this house
    body_top = MARGIN + 2 * HEADER_ROW
    mulai, *steps, selesai = page.symbols
    assert (mulai.kind, mulai.step_id, mulai.label) == (SymbolKind.TERMINATOR, None, "Mulai")
    assert (selesai.kind, selesai.step_id, selesai.label) == (
        SymbolKind.TERMINATOR,
        None,
        "Selesai",
    )
    assert mulai.label_text.lines[0].text == "Mulai"
    assert [s.kind for s in steps] == [SymbolKind.PROCESS] * 3
    lane_x, lane_w = lane_geometry(2, CONTENT_W, "Ket", "Bookman Old Style-Bold")
    cx = [lane_x + (k + 0.5) * lane_w for k in range(2)]
    assert (mulai.rect.center.x, mulai.rect.center.y) == approx_point(cx[0], body_top + ROW / 2)
    assert (selesai.rect.center.x, selesai.rect.center.y) == approx_point(
        cx[1], body_top + 4 * ROW + ROW / 2
    )
    numbers = [
        c.text.lines[0].text if c.text.lines else "" for c in table.cells if c.role is CellRole.NO
    ]
    assert numbers == ["", "1.", "2.", "3.", ""]
    first = next(c for c in page.connectors if c.source_step is None)
    assert first.target_step == "1"
    assert pts(first) == approx(
        [(cx[0], body_top + ROW_BAND + SYMBOL_HEIGHT), (cx[0], body_top + ROW + ROW_BAND)]
    )
    last = next(c for c in page.connectors if c.target_step is None)
    assert last.source_step == "3"
    assert pts(last) == approx(
        [
            (cx[1], body_top + 3 * ROW + ROW_BAND + SYMBOL_HEIGHT),
            (cx[1], body_top + 4 * ROW + ROW_BAND),
        ]
    )
    assert problems(page) == []


def test_same_input_same_output():
    sop = chain(
        [
            (StepKind.START, "A"),
            (StepKind.PROCESS, "B"),
            (StepKind.DECISION, "C"),
            (StepKind.END, "A"),
        ],
        ["A", "B", "C"],
        yes3="4",
        no3="2",
    )
    assert layout_sop(sop) == layout_sop(sop)


def test_steps_without_a_known_actor_get_an_unnamed_lane():
    sop = chain([(StepKind.START, "A"), (StepKind.END, None)], ["A"])
    layout = layout_sop(sop)
    page = flow_pages(layout)[0]
    assert [lane[0] for lane in layout.lanes] == ["A"]
    lanes = [c for c in page.tables[0].cells if c.row == 1 and c.col in (2, 3)]
    assert [c.text.lines[0].text if c.text.lines else "" for c in lanes] == ["A", ""]
    assert symbol(page, "2").rect.x > layout.lanes[0][2]
    assert problems(page) == []


def test_long_actor_names_shrink_instead_of_breaking_words():
    actors = [
        "Pengadministrasi Umum",
        "Kepala Bagian Kelembagaan dan Analisis Jabatan",
        "B",
        "C",
        "D",
        "E",
        "F",
    ]
    sop = chain([(StepKind.START, actors[0]), (StepKind.END, actors[1])], actors)
    table = flow_pages(layout_sop(sop, paper=Paper.A4))[0].tables[0]
    names = [c for c in table.cells if c.row == 1 and 2 <= c.col < 9]
    for cell, name in zip(names, actors, strict=True):
        assert " ".join(line.text for line in cell.text.lines) == name
        assert all(
            line.x >= cell.rect.x and line.x + line.width <= cell.rect.right
            for line in cell.text.lines
        )
    assert names[0].text.lines[0].size < 8.0 and names[2].text.lines[0].size == 8.0


@pytest.mark.parametrize("style", ["ntt", "malang"])
def test_empty_sop_still_prints_the_table_head(style):
    layout = layout_sop(Sop(style=style))
    assert [p.kind for p in layout.pages] == [PageKind.IDENTITY, PageKind.FLOWCHART]
    page = layout.pages[1]
    assert page.symbols == () and page.connectors == ()
    table = page.tables[0]
    assert len(table.row_y) == table.header_rows + 1
    assert layout.step_rows == ()


def test_symbols_sit_in_the_middle_of_tall_rows_and_waktu_is_centred():
    long = " ".join(["Menelaah dan mengoreksi konsep Nota Dinas"] * 20)
    sop = chain(
        [(StepKind.START, "A"), (StepKind.DECISION, "A"), (StepKind.END, "A")],
        ["A"],
        yes2="3",
        no2="1",
    )
    for step in sop.steps:
        step.text, step.waktu = long, "10 menit"
    layout = layout_sop(sop)
    page = flow_pages(layout)[0]
    rows = {sid: rect for sid, _, rect in layout.step_rows}
    assert rows["1"].h > SYMBOL_HEIGHT + 2 * ROW_BAND + 10  # the text makes the rows tall
    # A process or terminator sits in the middle of its row; a diamond in the middle of the
    # part above the room kept for its Ya label.
    assert symbol(page, "1").rect.center.y == pytest.approx(rows["1"].y + rows["1"].h / 2)
    assert symbol(page, "3").rect.center.y == pytest.approx(rows["3"].y + rows["3"].h / 2)
    label_room = LABEL_H + 2 * LABEL_GAP
    assert symbol(page, "2").rect.center.y == pytest.approx(
        rows["2"].y + (rows["2"].h - label_room) / 2
    )
    for cell in page.tables[0].cells:
        if cell.role is CellRole.WAKTU and cell.text.lines:
            (line,) = cell.text.lines
            assert line.x + line.width / 2 == pytest.approx(cell.rect.x + cell.rect.w / 2)
    assert problems(page) == []
