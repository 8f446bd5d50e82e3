"""Column widths of the flowchart table: No, Kegiatan, the lanes, Mutu Baku and Keterangan."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations, repeat

from sopstudio.model.style import MM

#: Width of the No column.
NO_WIDTH = 24.0
#: Preferred widths of the text columns (Kegiatan, Kelengkapan, Waktu, Output, Keterangan):
#: they set the lanes' share of the page, and split the text columns' width when there is no
#: text to measure.
TEXT_WIDTHS: tuple[float, ...] = (200.0, 90.0, 50.0, 90.0, 60.0)
#: A lane is never narrower than this while the text columns keep half their width...
LANE_MIN = 20 * MM
#: ...and never wider than this (extra width goes to the text columns).
LANE_MAX = 130.0
#: The text columns together never shrink below this fraction of their preferred widths...
TEXT_MIN_SCALE = 0.5
#: ...and each one stays between these fractions of its preferred width (or its longest word).
COLUMN_MIN_SCALE = 0.5
COLUMN_MAX_SCALE = 2.0
#: The widths the text columns get in proportion to their text are rounded to this grid
#: (points), so that an edit in one cell of a long SOP (which moves the proportions by a
#: fraction of a point) rarely moves any column: a moved column re-wraps and redraws every
#: page, and the balancing that follows starts from the same widths.
WIDTH_GRID = 8.0


@dataclass(frozen=True)
class FlowColumns:
    """The x edges of the flowchart table's columns and where the lanes are."""

    col_x: tuple[float, ...]
    lane_count: int

    @property
    def first_lane(self) -> int:
        """Column index of the first lane."""
        return 2

    def lane_range(self, lane: int) -> tuple[float, float]:
        """(left, right) x of a lane."""
        return self.col_x[2 + lane], self.col_x[3 + lane]

    @property
    def lane_width(self) -> float:
        left, right = self.lane_range(0)
        return right - left

    @property
    def mutu_col(self) -> int:
        """Column index of Kelengkapan (Waktu and Output follow, then Keterangan)."""
        return 2 + self.lane_count


def lane_width(width: float, lane_count: int) -> float:
    """The width of each of `lane_count` lanes in a table `width` wide."""
    text_total = sum(TEXT_WIDTHS)
    lane = (width - NO_WIDTH - text_total) / lane_count
    lane = min(max(lane, LANE_MIN), LANE_MAX)
    # Keep the text readable before honouring the lane minimum.
    return min(lane, (width - NO_WIDTH - TEXT_MIN_SCALE * text_total) / lane_count)


def text_widths(total: float, needs: Sequence[float], least: Sequence[float]) -> list[float]:
    """Split `total` between the five text columns in proportion to the text each holds
    (`needs`, e.g. the summed width of its words; the columns between their bounds rounded to
    WIDTH_GRID), each kept between its minimum (the larger of `least` and COLUMN_MIN_SCALE of
    its preferred width) and COLUMN_MAX_SCALE of its preferred width. With no text at all, the
    preferred proportions apply.
    """
    lows = [
        min(max(low, COLUMN_MIN_SCALE * pref), COLUMN_MAX_SCALE * pref)
        for low, pref in zip(least, TEXT_WIDTHS, strict=False)
    ]
    if sum(lows) > total:  # crowded by lanes: every column gives up the same share
        return [low * total / sum(lows) for low in lows]
    highs = [COLUMN_MAX_SCALE * pref for pref in TEXT_WIDTHS]
    measured = any(needs)
    weights = list(needs) if measured else list(TEXT_WIDTHS)
    widths: list[float | None] = [None] * len(TEXT_WIDTHS)
    while True:  # water-filling: fix the columns that hit a bound, share the rest again
        free = [c for c, w in enumerate(widths) if w is None]
        left = total - sum(w for w in widths if w is not None)
        weight = sum(weights[c] for c in free)
        if not free or weight <= 0:
            break
        share = {c: left * weights[c] / weight for c in free}
        low = [c for c in free if share[c] < lows[c]]
        high = [c for c in free if share[c] > highs[c]]
        for c in low:
            widths[c] = lows[c]
        if not low:
            for c in high:
                widths[c] = highs[c]
        if not low and not high:
            for c, w in (_snapped(share, left, lows, highs) if measured else share).items():
                widths[c] = w
            break
    for c in range(len(widths)):  # columns with no text keep their minimum
        if widths[c] is None:
            widths[c] = lows[c]
    fixed: list[float] = [w for w in widths if w is not None]
    spare = total - sum(fixed)
    if spare > 1e-9:  # every column at its maximum: the rest in preferred proportions
        fixed = [
            w + spare * pref / sum(TEXT_WIDTHS) for w, pref in zip(fixed, TEXT_WIDTHS, strict=False)
        ]
    return fixed


def _snapped(
    share: dict[int, float], left: float, lows: Sequence[float], highs: Sequence[float]
) -> dict[int, float]:
    """The `share` of `left` points of the columns between their bounds, rounded to WIDTH_GRID
    points, the widest of them taking the rest (unrounded if that would cross its bounds).
    The rest is computed from `left`, not from the shares, whose sum differs from it in the
    last bits from one edit to the next."""
    widest = max(share, key=lambda c: (share[c], -c))
    snapped = {
        c: min(max(round(w / WIDTH_GRID) * WIDTH_GRID, lows[c]), highs[c])
        for c, w in share.items()
        if c != widest
    }
    snapped[widest] = left - sum(snapped.values())
    if not lows[widest] <= snapped[widest] <= highs[widest]:
        return share
    return snapped


#: What one wrapped line costs while balancing, besides the height it adds (points).
LINE_COST = 1.0
#: Widths moved between text columns while balancing, coarse to fine (points).
BALANCE_STEPS = (32.0, 16.0, 8.0, 4.0)


@dataclass(frozen=True)
class RowText:
    """What balancing needs to know of the body rows: for each row, the width of each text
    column's words set on one line (0 for none), the line height, the cell padding and the
    least height of a row (its symbol and arrow tracks)."""

    cells: tuple[tuple[float, ...], ...]
    line: float
    pad: float
    floor: float


@lru_cache(maxsize=256)
def balance(
    widths: tuple[float, ...], least: tuple[float, ...], rows: RowText
) -> tuple[float, ...]:
    """The text column widths moved, a step at a time, from the columns with slack to the
    columns whose wrapping makes rows tall, while that lowers the table's (estimated) height
    plus a little for every line: no column wraps one word a line while another has room to
    spare. Each column keeps at least `least` (its longest word); lines are estimated from
    the text's width."""
    if not rows.cells:
        return widths
    columns = list(zip(*rows.cells, strict=False))
    floor = rows.floor / rows.line  # in lines
    known: dict[tuple[int, float], tuple[tuple[int, ...], int]] = {}

    def lines(c: int, width: float) -> tuple[tuple[int, ...], int]:
        """Each row's line count in column c at this width, and their sum."""
        key = (c, round(width, 6))
        if key not in known:
            room = max(width - 2 * rows.pad, 1.0)
            counts = tuple(math.ceil(t * 1.05 / room) if t else 0 for t in columns[c])
            known[key] = counts, sum(counts)
        return known[key]

    def cost(ws: Sequence[float]) -> float:
        per_column = [lines(c, w) for c, w in enumerate(ws)]
        tallest = map(max, *(counts for counts, _ in per_column), repeat(floor))
        return rows.line * sum(tallest) + LINE_COST * sum(n for _, n in per_column)

    best = cost(widths)
    for step in BALANCE_STEPS:
        while True:
            moves = []
            for give, take in permutations(range(len(widths)), 2):
                if widths[give] - step < least[give]:
                    continue
                moved = list(widths)
                moved[give] -= step
                moved[take] += step
                moves.append((cost(moved), give, take, tuple(moved)))
            if not moves:
                break
            lowest, _, _, chosen = min(moves, key=lambda m: m[:3])
            if lowest >= best - 1e-6:
                break
            best, widths = lowest, chosen
    return widths


def flow_columns(
    x: float,
    width: float,
    lane_count: int,
    needs: Sequence[float] = (0.0,) * 5,
    least: Sequence[float] = (0.0,) * 5,
    rows: RowText | None = None,
) -> FlowColumns:
    """Columns filling `width` from `x` for `lane_count` lanes (at least one), the text columns
    sized by `text_widths(..., needs, least)`, then balanced against the `rows`' text."""
    lane_count = max(1, lane_count)
    lane = lane_width(width, lane_count)
    text: Sequence[float] = text_widths(width - NO_WIDTH - lane * lane_count, needs, least)
    if rows is not None:
        text = balance(tuple(text), tuple(least), rows)
    widths = [NO_WIDTH, text[0]] + [lane] * lane_count + list(text[1:])
    edges = [x]
    for w in widths:
        edges.append(edges[-1] + w)
    edges[-1] = x + width  # absorb rounding so the table ends exactly at the margin
    return FlowColumns(tuple(edges), lane_count)
