"""The flowchart pages: header rows, measured body rows, pagination, symbols and connectors."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from sopstudio.model.layout.cache import PageMemo
from sopstudio.model.layout.columns import TEXT_WIDTHS, FlowColumns, RowText, flow_columns
from sopstudio.model.layout.fonts import font_key, line_height, string_width, wrap
from sopstudio.model.layout.geometry import (
    Align,
    Cell,
    CellRole,
    Page,
    PageKind,
    Rect,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
)
from sopstudio.model.layout.routing import (
    BORDER_CLEARANCE,
    LABEL_GAP,
    PARALLEL_SPACING,
    ROW_CLEARANCE,
    TRACK_MARGIN,
    Link,
    Node,
    PageFrame,
    route_page,
)
from sopstudio.model.layout.shapes import (
    OFFPAGE_HEIGHT,
    OFFPAGE_WIDTH,
    SYMBOL_HEIGHT,
    symbol_height,
    symbol_width,
)
from sopstudio.model.layout.text import place_lines, text_block
from sopstudio.model.sop import Port, Sop, Step, StepKind
from sopstudio.model.style import HouseStyle, PageSettings

#: Padding between a cell's border and its text.
CELL_PAD = 3.0
#: The padding, and the smallest body text size, a row taller than a page shrinks to.
TIGHT_PAD = 1.0
MIN_BODY_SIZE = 6.0
#: Least free height kept above and below a symbol inside its row (room for arrow tracks).
ROW_BAND = 10.0
#: Distance between neighbouring horizontal runs that rows are made tall enough for.
TRACK_PITCH = PARALLEL_SPACING
#: Height a gap holding one horizontal run keeps for it besides the row border's clearance.
LONE_RUN_ROOM = 8.0
#: Space above and below the off-page symbols in the band added to a page's first/last row.
BAND_PAD = 6.0
#: Horizontal space between off-page symbols sharing a lane.
OFFPAGE_GAP = 2.0
#: Ya/Tidak labels and the text inside symbols are this much smaller than the body text.
LABEL_SHRINK = 1.0
#: Extra width a column keeps beyond its longest word: Word and LibreOffice re-wrap the DOCX
#: and break a word that fits its cell only to the hundredth of a point.
WORD_SLACK = 2.0
#: Header text shrinks down to this size so that a long word need not break.
HEADER_MIN_SIZE = 6.0
#: Height of an off-page band (top or bottom of a page) with one off-page symbol.
OFFPAGE_BAND = OFFPAGE_HEIGHT + 2 * BAND_PAD


def band_height(count: int, runs: int = 0) -> float:
    """Height of an off-page band holding `count` symbols (0 for none), where `runs` more
    horizontal runs (of the links of the row beside the band) share the band's gap: every run
    keeps `TRACK_PITCH` from the next, so a crowded band grows."""
    if not count:
        return 0.0
    room = ROW_BAND + BAND_PAD - 2 * TRACK_MARGIN  # the gap a band of the least height leaves
    return OFFPAGE_BAND + max(0.0, (count + runs + 1) * TRACK_PITCH - room)


_STEP_SYMBOLS = {
    StepKind.START: SymbolKind.TERMINATOR,
    StepKind.END: SymbolKind.TERMINATOR,
    StepKind.PROCESS: SymbolKind.PROCESS,
    StepKind.DECISION: SymbolKind.DECISION,
}
_PORT_ORDER = {Port.NEXT.value: 0, Port.YES.value: 1, Port.NO.value: 2}


@dataclass(frozen=True)
class _Row:
    """One body row: a step, or a house style's separate Mulai/Selesai row."""

    step_id: str | None
    number: str
    lane: int
    kind: SymbolKind
    label: str  # text inside the symbol (Mulai/Selesai rows only)
    texts: tuple[str, ...]  # Kegiatan, Kelengkapan, Waktu, Output, Keterangan
    height: float  # without off-page bands
    size: float  # body text size (smaller than the house style's only in a row too tall)
    pad: float  # cell padding


@dataclass(frozen=True)
class _Link:
    """A link between two body rows."""

    source: int
    target: int
    port: str
    source_step: str | None
    target_step: str | None
    side: int
    label: str | None


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    body: float
    header: float
    label: float


@dataclass(frozen=True)
class FlowchartLayout:
    """The flowchart pages and the editor's lookup tables (page indices start at 0)."""

    pages: tuple[Page, ...]
    step_rows: tuple[tuple[str, int, Rect], ...]
    lanes: tuple[tuple[str, float, float], ...]
    warnings: tuple[str, ...] = ()


def _label_room(kind: SymbolKind, fonts: _Fonts) -> float:
    """Extra height under a decision for the label of the arrow leaving its bottom vertex."""
    return line_height(fonts.label) + 2 * LABEL_GAP if kind is SymbolKind.DECISION else 0.0


def _lanes(sop: Sop) -> tuple[list[str], dict[str, int], int | None]:
    """Lane names, actor id -> lane index, and the index of the extra lane for steps whose
    actor is missing (None when every step has a known actor)."""
    names = [actor.name for actor in sop.actors]
    index = {actor.id: i for i, actor in enumerate(sop.actors)}
    orphan = None
    if not names or any(step.actor not in index for step in sop.steps):
        orphan = len(names)
        names.append("")
    return names, index, orphan


def _text_columns(columns: FlowColumns) -> list[int]:
    """Column indices of Kegiatan, Kelengkapan, Waktu, Output, Keterangan."""
    m = columns.mutu_col
    return [1, m, m + 1, m + 2, m + 3]


_WAKTU = 2  # index of Waktu among the text columns


#: Grid (points) of the row texts' widths that the columns are balanced by.
NEEDS_STEP = 8.0
#: Text column widths follow the amount of text counted on a grid of about 1/NEEDS_GRID of the
#: total, so that typing a character does not shift every column by a hundredth of a point
#: (and re-wrap, and redraw, every page). The grid is a power of two, steady as the total grows.
NEEDS_GRID = 256


@lru_cache(maxsize=16384)
def _extent(text: str, font: str, size: float) -> tuple[float, float]:
    """(width of the words of `text` set on one line, width of its longest word); 0 for none."""
    widths = [string_width(word, font, size) for word in text.split()]
    if not widths:
        return 0.0, 0.0
    return sum(widths) + string_width(" ", font, size) * (len(widths) - 1), max(widths)


#: A column's least width (its longest word) beyond LONG_WORD times its preferred width, rare
#: in a finished SOP (a code, an address) but passed by a word as it is typed, is rounded up
#: to a power-of-two grid of about 1/LONG_WORD_GRID of it: typing it then moves the columns
#: (and relayouts every page) every few characters instead of at each one.
LONG_WORD = 1.2
LONG_WORD_GRID = 8


def _rounded_up(least: float, preferred: float) -> float:
    """`least` on LONG_WORD_GRID's grid when it is beyond LONG_WORD times `preferred`."""
    if least <= LONG_WORD * preferred:
        return least
    step = 2.0 ** math.floor(math.log2(least / LONG_WORD_GRID))
    return math.ceil(least / step) * step


def _on_grid(needs: list[float]) -> list[float]:
    """`needs` rounded to a power-of-two grid of about 1/NEEDS_GRID of their sum."""
    total = sum(needs)
    if total <= 0:
        return needs
    step = 2.0 ** math.floor(math.log2(total / NEEDS_GRID))
    return [round(need / step) * step for need in needs]


def _column_text(
    sop: Sop, style: HouseStyle, fonts: _Fonts
) -> tuple[list[float], list[float], RowText]:
    """For Kegiatan, Kelengkapan, Waktu, Output and Keterangan: how much text each holds (the
    summed width of its words, see NEEDS_GRID) and the least width it needs (its longest word,
    body or head; for Waktu its longest entry; see LONG_WORD); and each row's text, to balance
    them by."""
    labels = style.labels
    heads = (labels.kegiatan, labels.kelengkapan, labels.waktu, labels.output, labels.keterangan)
    needs = [0.0] * 5
    least = [
        max((string_width(w, fonts.bold, fonts.header) for w in head.split()), default=0.0)
        for head in heads
    ]
    cells = []
    for step in sop.steps:
        texts = (step.text, step.kelengkapan, step.waktu, step.output, step.keterangan)
        row = []
        for c, text in enumerate(texts):
            whole, longest = _extent(text, fonts.regular, fonts.body)
            # On a grid, so that typing does not move the columns at every character.
            row.append(round(whole / NEEDS_STEP) * NEEDS_STEP)
            if whole:
                needs[c] += whole
                # A duration ("10 menit") reads best unbroken; other texts may wrap at spaces.
                least[c] = max(least[c], whole if c == _WAKTU else longest)
        cells.append(tuple(row))
    # A row is never lower than its symbol and arrow tracks, whatever its text.
    floor = SYMBOL_HEIGHT + 2 * ROW_BAND - 2 * CELL_PAD
    rows = RowText(tuple(cells), line_height(fonts.body), CELL_PAD, floor)
    least = [
        _rounded_up(w + 2 * CELL_PAD + WORD_SLACK, p)
        for w, p in zip(least, TEXT_WIDTHS, strict=False)
    ]
    return _on_grid(needs), least, rows


def _measure(
    texts: tuple[str, ...],
    numbered: bool,
    widths: tuple[float, ...],
    font: str,
    size: float,
    pad: float,
) -> float:
    """Height the row's text needs (excluding symbols) at this size and padding, its five text
    columns being `widths` wide."""
    lines = 1 if numbered else 0
    for text, width in zip(texts, widths, strict=False):
        if text:
            lines = max(lines, len(wrap(text, font, size, width - 2 * pad)))
    return lines * line_height(size) + 2 * pad


@lru_cache(maxsize=16384)
def _fitting_text(
    texts: tuple[str, ...],
    numbered: bool,
    widths: tuple[float, ...],
    fonts: _Fonts,
    limit: float,
) -> tuple[float, float, float]:
    """(height, size, pad) of a row's text in text columns `widths` wide: the house size and
    padding when the row fits in `limit` (a page's body height), else the padding tightened,
    then the size reduced in half points down to MIN_BODY_SIZE. Text is never clipped: if even
    that is too tall, the row keeps the smallest size and runs past the page (the caller
    warns). Cached: an edit leaves most rows' text as it was."""
    height = _measure(texts, numbered, widths, fonts.regular, fonts.body, CELL_PAD)
    if height <= limit:
        return height, fonts.body, CELL_PAD
    size = fonts.body
    while True:
        height = _measure(texts, numbered, widths, fonts.regular, size, TIGHT_PAD)
        if height <= limit or size - 0.5 < MIN_BODY_SIZE:
            return height, size, TIGHT_PAD
        size -= 0.5


def _side(source_lane: int, target_lane: int, lane_count: int) -> int:
    """Which vertex a decision's Tidak arrow leaves from: away from the table's text columns
    at the outer lanes, otherwise towards the target's lane."""
    if lane_count == 1 or source_lane == 0:
        return 1
    if source_lane == lane_count - 1:
        return -1
    return -1 if target_lane < source_lane else 1


def _terminator_text(step: Step, kind: SymbolKind, style: HouseStyle) -> str:
    """The word the style writes inside a step drawn as a terminator (Mulai / Selesai)."""
    if kind is not SymbolKind.TERMINATOR:
        return ""
    return style.labels.mulai if step.kind is StepKind.START else style.labels.selesai


def _rows_and_links(
    sop: Sop,
    style: HouseStyle,
    columns: FlowColumns,
    fonts: _Fonts,
    lane_of: dict[str, int],
    orphan: int | None,
    limit: float,
) -> tuple[list[_Row], list[_Link]]:
    """The body rows (text fitted to `limit`, the most a row may take on a page) and links."""
    separate = style.separate_terminator_rows
    widths = tuple(columns.col_x[c + 1] - columns.col_x[c] for c in _text_columns(columns))
    specs: list[tuple] = []  # the fields of each _Row, its height still without the symbol
    row_of: dict[str, int] = {}

    def add(step_id, number, lane, kind, label, texts):
        fitted = _fitting_text(texts, bool(number), widths, fonts, limit)
        specs.append((step_id, number, lane, kind, label, texts, *fitted))

    def lane(step) -> int:
        found = lane_of.get(step.actor, orphan)
        assert found is not None  # no orphan lane only when every step has a known actor
        return found

    if separate and sop.steps:
        add(None, "", lane(sop.steps[0]), SymbolKind.TERMINATOR, style.labels.mulai, ("",) * 5)
    for number, step in enumerate(sop.steps, start=1):
        kind = _STEP_SYMBOLS[step.kind]
        if separate and kind is SymbolKind.TERMINATOR:
            kind = SymbolKind.PROCESS
        row_of[step.id] = len(specs)
        texts = (step.text, step.kelengkapan, step.waktu, step.output, step.keterangan)
        add(step.id, f"{number}.", lane(step), kind, _terminator_text(step, kind, style), texts)
    if separate and sop.steps:
        add(None, "", lane(sop.steps[-1]), SymbolKind.TERMINATOR, style.labels.selesai, ("",) * 5)

    links: list[_Link] = []
    lane_count = columns.lane_count
    lanes = [spec[2] for spec in specs]
    if separate and sop.steps:
        starts = [s for s in sop.steps if s.kind is StepKind.START] or [sop.steps[0]]
        first = row_of[starts[0].id]
        links.append(_Link(0, first, Port.NEXT.value, None, starts[0].id, 0, None))
    for step in sop.steps:
        source = row_of[step.id]
        for port, target_id in step.links():
            if target_id not in row_of:
                continue  # a dangling link is the validator's finding, not a drawing
            target = row_of[target_id]
            side, label = 0, None
            if step.kind is StepKind.DECISION:
                if port is Port.YES:
                    label = style.labels.ya
                else:
                    label = style.labels.tidak
                    side = _side(lanes[source], lanes[target], lane_count)
            links.append(_Link(source, target, port.value, step.id, target_id, side, label))
        if separate and step.kind is StepKind.END:
            links.append(_Link(source, len(specs) - 1, Port.NEXT.value, step.id, None, 0, None))
    # Each row grows to hold its symbol and the arrow tracks above and below it.
    rows = [
        _Row(
            step_id,
            number,
            lane,
            kind,
            label,
            texts,
            max(height, symbol_height(kind) + 2 * band + _label_room(kind, fonts)),
            size,
            pad,
        )
        for (step_id, number, lane, kind, label, texts, height, size, pad), band in zip(
            specs, _bands(lanes, links), strict=False
        )
    ]
    return rows, links


def _bands(lanes: list[int], links: list[_Link]) -> list[float]:
    """Free height kept above and below each row's symbol: enough for the horizontal runs in
    the gaps beside it to keep `TRACK_PITCH` apart and `ROW_CLEARANCE` clear of the row borders.

    Counted as if every row shared one page; a page break only moves runs into the off-page
    bands, which hold no row border.
    """
    count = len(lanes)
    runs = [0] * (count + 1)  # runs in the gap above each row, and below the last one
    for link in links:
        if link.side == 0 and link.target == link.source + 1:
            runs[link.target] += lanes[link.source] != lanes[link.target]
            continue
        if link.side == 0:
            runs[link.source + 1] += 1
        runs[link.target] += 1
    reach = ROW_CLEARANCE + TRACK_MARGIN
    bands = [ROW_BAND] * count
    for gap, n in enumerate(runs):
        if not n:
            continue
        # Runs spread evenly, TRACK_PITCH apart; a lone run only keeps LONE_RUN_ROOM.
        room = TRACK_PITCH * (n + 1) if n > 1 else LONE_RUN_ROOM
        sides: tuple[int, ...]
        if 0 < gap < count:  # a row border in the middle, a row's band on either side
            sides, need = (gap - 1, gap), reach + room / 2
        else:  # the table head above the first row or its foot below the last: one band
            sides, need = (min(gap, count - 1),), reach + room
        for row in sides:
            bands[row] = max(bands[row], need)
    return bands


# -- header -------------------------------------------------------------------------------


def _header(
    style: HouseStyle, columns: FlowColumns, lane_names: list[str], fonts: _Fonts, top: float
) -> tuple[list[float], list[Cell]]:
    """Header row edges (absolute y) and cells."""
    labels = style.labels
    col_x = columns.col_x
    lanes = columns.lane_count
    m = columns.mutu_col
    lh = line_height(fonts.header)

    def fitting_size(text: str, c0: int, c1: int) -> float:
        """The header size, reduced (down to HEADER_MIN_SIZE) until the longest word fits."""
        width = col_x[c1] - col_x[c0] - 2 * CELL_PAD
        longest = max(text.split(), key=lambda w: string_width(w, fonts.bold, 1.0), default="")
        size = fonts.header
        while size > HEADER_MIN_SIZE and string_width(longest, fonts.bold, size) > width:
            size -= 0.5
        return size

    def needed(text: str, c0: int, c1: int, size: float) -> float:
        width = col_x[c1] - col_x[c0] - 2 * CELL_PAD
        return len(wrap(text, fonts.bold, size, width)) * line_height(size) + 2 * CELL_PAD

    # (text, row, col, row_span, col_span)
    spec = [
        (labels.no, 0, 0, 2, 1),
        (labels.kegiatan, 0, 1, 2, 1),
        (labels.pelaksana, 0, 2, 1, lanes),
        (labels.mutu_baku, 0, m, 1, 3),
        (labels.keterangan, 0, m + 3, 2, 1),
    ]
    spec += [(name, 1, 2 + i, 1, 1) for i, name in enumerate(lane_names)]
    spec += [(labels.kelengkapan, 1, m, 1, 1), (labels.waktu, 1, m + 1, 1, 1)]
    spec += [(labels.output, 1, m + 2, 1, 1)]
    # Long words (actor names in narrow lanes) shrink rather than break mid-word.
    sized = [
        (text, row, col, rs, cs, fitting_size(text, col, col + cs))
        for text, row, col, rs, cs in spec
    ]
    heights = [lh + 2 * CELL_PAD, lh + 2 * CELL_PAD]
    for text, row, col, row_span, col_span, size in sized:
        if row_span == 1:
            heights[row] = max(heights[row], needed(text, col, col + col_span, size))
    for text, _row, col, row_span, col_span, size in sized:
        if row_span == 2:
            heights[1] = max(heights[1], needed(text, col, col + col_span, size) - heights[0])
    if style.column_numbers:
        heights.append(lh + 2 * CELL_PAD)
    edges = [top]
    for h in heights:
        edges.append(edges[-1] + h)

    cells = []
    for text, row, col, row_span, col_span, size in sized:
        rect = Rect(
            col_x[col],
            edges[row],
            col_x[col + col_span] - col_x[col],
            edges[row + row_span] - edges[row],
        )
        cells.append(
            _cell(
                text,
                rect,
                CellRole.HEADER,
                row,
                col,
                fonts.bold,
                size,
                Align.CENTER,
                True,
                row_span=row_span,
                col_span=col_span,
            )
        )
    if style.column_numbers:
        for col in range(len(col_x) - 1):
            rect = Rect(col_x[col], edges[2], col_x[col + 1] - col_x[col], edges[3] - edges[2])
            cells.append(
                _cell(
                    str(col + 1),
                    rect,
                    CellRole.COLUMN_NUMBER,
                    2,
                    col,
                    fonts.regular,
                    fonts.header,
                    Align.CENTER,
                    True,
                )
            )
    return edges, cells


def _cell(
    text: str,
    rect: Rect,
    role: CellRole,
    row: int,
    col: int,
    font: str,
    size: float,
    align: Align,
    middle: bool,
    row_span: int = 1,
    col_span: int = 1,
    step_id: str | None = None,
    pad: float = CELL_PAD,
) -> Cell:
    """A table cell with its text wrapped inside the padding."""
    inner = Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad, rect.h - 2 * pad)
    block = text_block(text, font, size, inner, align, middle)
    return Cell(rect, block, role, row, col, row_span, col_span, step_id)


# -- pagination -----------------------------------------------------------------------------


#: A page being filled: (height of its rows, off-page symbols in its top band (links from
#: elsewhere into it, and loops back to an earlier page), in its bottom band (links forward)).
_Fill = tuple[float, int, int]


def _paginate(rows: list[_Row], links: list[_Link], available: float) -> list[tuple[int, int]]:
    """Pages as (first row, last row): as many whole rows as fit with their off-page bands
    (a top band when a link enters the page from elsewhere or loops back to an earlier page,
    a bottom band when one leaves forward).

    A last page left with a single row takes one more from the page before when that still
    fits and no more links cross the new break than the old one (the same pages and off-page
    pairs, but no lone row at the end)."""
    ends: list[list[tuple[int, bool]]] = [[] for _ in rows]  # row -> (other end, is source)
    for link in links:
        if link.source != link.target:
            ends[link.source].append((link.target, True))
            ends[link.target].append((link.source, False))
    runs_in, runs_out = _band_runs(rows, links)

    def grow(fill: _Fill, first: int, row: int) -> _Fill:
        """The fill of a page holding rows first..row-1 once it takes row `row` too."""
        height, entering, leaving = fill
        for other, is_source in ends[row]:
            inside = first <= other < row
            if is_source and other < first:  # a loop back to an earlier page: top band
                entering += 1
            elif is_source:  # row -> other: it stops entering the page, or starts leaving it
                entering, leaving = (entering - 1, leaving) if inside else (entering, leaving + 1)
            else:  # other -> row: it stops leaving the page, or starts entering it
                entering, leaving = (entering, leaving - 1) if inside else (entering + 1, leaving)
        return height + rows[row].height, entering, leaving

    def fits(fill: _Fill, first: int, last: int) -> bool:
        height, entering, leaving = fill
        top = band_height(entering, runs_in[first])
        return height + top + band_height(leaving, runs_out[last]) <= available

    def fill_of(first: int, last: int) -> _Fill:
        fill: _Fill = (0.0, 0, 0)
        for row in range(first, last + 1):
            fill = grow(fill, first, row)
        return fill

    def crossing(before: int) -> int:
        """How many links cross a break between row `before - 1` and row `before`."""
        return sum((link.source < before) != (link.target < before) for link in links)

    pages = []
    first = 0
    while first < len(rows):
        last = first
        fill = fill_of(first, first)
        while last + 1 < len(rows):
            grown = grow(fill, first, last + 1)
            if not fits(grown, first, last + 1):
                break
            fill, last = grown, last + 1
        pages.append((first, last))
        first = last + 1
    if len(pages) >= 2:
        (a, b), (c, d) = pages[-2:]
        if c == d and b > a and fits(fill_of(b, d), b, d) and crossing(b) <= crossing(c):
            pages[-2:] = [(a, b - 1), (b, d)]
    return pages


def _band_runs(rows: list[_Row], links: list[_Link]) -> tuple[list[int], list[int]]:
    """For each row: how many links run into it (the runs in an off-page band above it), and
    how many leave it (the runs in an off-page band below it)."""
    runs_in, runs_out = [0] * len(rows), [0] * len(rows)
    for link in links:
        runs_in[link.target] += 1
        runs_out[link.source] += 1
    return runs_in, runs_out


def _offpage_name(index: int) -> str:
    """A, B, ..., Z, AA, AB, ...: the label shared by a pair of off-page symbols."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


# -- pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    """What every flowchart page of one SOP shares."""

    rows: list[_Row]
    links: list[_Link]
    columns: FlowColumns
    lane_ranges: tuple[tuple[float, float], ...]
    symbol_width: float
    header_edges: list[float]
    header_cells: list[Cell]
    fonts: _Fonts
    page_size: tuple[float, float]
    page_of: dict[int, int]  # row index -> page index
    offpage_label: dict[int, str]  # link index -> label of its off-page pair
    runs_in: list[int]  # row index -> links into it (see _band_runs)
    runs_out: list[int]  # row index -> links out of it


def layout_flowchart(
    sop: Sop, style: HouseStyle, settings: PageSettings, memo: PageMemo | None = None
) -> FlowchartLayout:
    """Lay out the flowchart table of `sop` on as many pages as it needs; `memo` returns the
    pages of earlier layouts whose inputs are unchanged (the same objects)."""
    family = style.fonts.family
    body = style.fonts.body_size
    fonts = _Fonts(
        font_key(family),
        font_key(family, bold=True),
        body,
        style.fonts.header_size,
        body - LABEL_SHRINK,
    )
    x, y, width, height = settings.content_box
    lane_names, lane_of, orphan = _lanes(sop)
    columns = flow_columns(x, width, len(lane_names), *_column_text(sop, style, fonts))
    lane_ranges = tuple(columns.lane_range(i) for i in range(columns.lane_count))
    header_edges, header_cells = _header(style, columns, lane_names, fonts, y)
    available = y + height - header_edges[-1]
    # A row alone on its page may need an off-page band above and below it.
    limit = available - 2 * band_height(1, 2)
    rows, links = _rows_and_links(sop, style, columns, fonts, lane_of, orphan, limit)
    pagination = _paginate(rows, links, available) if rows else [(0, -1)]
    page_of = {
        r: index for index, (first, last) in enumerate(pagination) for r in range(first, last + 1)
    }
    # Off-page labels in reading order of the links that cross a page break.
    crossing = [k for k, link in enumerate(links) if page_of[link.source] != page_of[link.target]]
    crossing.sort(key=lambda k: (links[k].source, _PORT_ORDER[links[k].port], links[k].target))
    sheet = _Sheet(
        rows,
        links,
        columns,
        lane_ranges,
        symbol_width(columns.lane_width),
        header_edges,
        header_cells,
        fonts,
        settings.size,
        page_of,
        {k: _offpage_name(i) for i, k in enumerate(crossing)},
        *_band_runs(rows, links),
    )
    touching: list[list[int]] = [[] for _ in pagination]  # page index -> its links
    for k, link in enumerate(links):
        touching[page_of[link.source]].append(k)
        if page_of[link.target] != page_of[link.source]:
            touching[page_of[link.target]].append(k)
    if memo is not None:
        memo.start((columns, tuple(header_edges), tuple(header_cells), fonts, settings.size))
    pages = []
    step_rows: list[tuple[str, int, Rect]] = []
    for index, (first, last) in enumerate(pagination):
        page_links = sorted(touching[index])

        def build(index=index, first=first, last=last, page_links=page_links):
            return _flow_page(sheet, index, first, last, page_links)

        if memo is None:
            page, rows_here = build()
        else:
            page, rows_here = memo.get(_page_key(sheet, index, first, last, page_links), build)
        pages.append(page)
        step_rows.extend((step_id, index, rect) for step_id, rect in rows_here)
    lanes = tuple((actor.id, *lane_ranges[i]) for i, actor in enumerate(sop.actors))
    warnings = tuple(
        f"Langkah {row.number.rstrip('.')} terlalu panjang untuk satu halaman, bahkan dengan "
        f"huruf {MIN_BODY_SIZE:g} pt: barisnya melewati batas bawah halaman. Persingkat "
        "uraiannya atau bagi menjadi beberapa langkah."
        for row in rows
        if row.height > limit
    )
    return FlowchartLayout(tuple(pages), tuple(step_rows), lanes, warnings)


def _page_key(sheet: _Sheet, index: int, first: int, last: int, touching: list[int]) -> tuple:
    """Everything `_flow_page` reads besides the sheet's shared parts: the page's rows and the
    links touching it, with row indices relative to the page's first row."""
    links = []
    for k in touching:
        link = sheet.links[k]
        here = sheet.page_of[link.source] == index
        there = sheet.page_of[link.target] == index
        links.append(
            (
                link.source - first if here else None,
                link.target - first if there else None,
                link.port,
                link.source_step,
                link.target_step,
                link.side,
                link.label,
                sheet.offpage_label.get(k),
            )
        )
    return tuple(sheet.rows[first : last + 1]), tuple(links)


def _flow_page(
    sheet: _Sheet, index: int, first: int, last: int, touching: list[int]
) -> tuple[Page, list[tuple[str, Rect]]]:
    """One page holding rows first..last (`touching`: the indices of the links with an end on
    it, ascending): table, symbols, off-page bands and connectors; and each step's row."""
    rows, fonts, col_x = sheet.rows, sheet.fonts, sheet.columns.col_x
    here = {k: sheet.page_of[sheet.links[k].source] == index for k in touching}
    there = {k: sheet.page_of[sheet.links[k].target] == index for k in touching}
    incoming = [k for k in touching if not here[k]]
    # A link leaving the page forward goes to the bottom band; a loop back to an earlier page
    # to the top band (the short way up), beside the links coming in.
    back = [k for k in touching if not there[k] and sheet.links[k].target < first]
    outgoing = [k for k in touching if not there[k] and k not in back]
    top_count, bottom_count = len(incoming) + len(back), len(outgoing)
    header_rows = len(sheet.header_edges) - 1

    row_y = list(sheet.header_edges)
    cells: list[Cell] = list(sheet.header_cells)
    symbols: list[Symbol] = []
    nodes: dict[int, Node] = {}  # row index -> its symbol
    slots: list[tuple[float, float]] = []  # (top, bottom) of each slot's symbols, top to bottom
    step_rows = []
    y = sheet.header_edges[-1]
    top_nodes: dict[int, Node] = {}
    if top_count:
        slots.append((y + BAND_PAD, y + BAND_PAD + OFFPAGE_HEIGHT))
        top_lanes = {k: rows[sheet.links[k].target].lane for k in incoming}
        top_lanes.update({k: rows[sheet.links[k].source].lane for k in back})
        top_nodes = _band(sheet, top_lanes, 0, y + BAND_PAD, symbols, rows[first])
    for r in range(first, last + 1):
        row = rows[r]
        # The off-page bands are added to the page's first and last row.
        extra_top = band_height(top_count, sheet.runs_in[first]) if r == first else 0.0
        extra_bottom = band_height(bottom_count, sheet.runs_out[last]) if r == last else 0.0
        height = extra_top + row.height + extra_bottom
        # A decision sits centred above the room kept for its Ya label.
        middle = y + extra_top + (row.height - _label_room(row.kind, fonts)) / 2
        h = symbol_height(row.kind)
        centre = sum(sheet.lane_ranges[row.lane]) / 2
        rect = Rect(centre - sheet.symbol_width / 2, middle - h / 2, sheet.symbol_width, h)
        inside = _inside(row.label, rect, fonts)
        symbols.append(Symbol(row.kind, rect, row.step_id, row.label, inside))
        nodes[r] = Node(len(slots), row.lane, row.kind, rect)
        slots.append((rect.y, rect.bottom))
        cells.extend(_body_cells(row, header_rows + r - first, y, height, sheet.columns, fonts))
        if row.step_id is not None:
            step_rows.append((row.step_id, Rect(col_x[0], y, col_x[-1] - col_x[0], height)))
        y += height
        row_y.append(y)
    bottom_nodes: dict[int, Node] = {}
    if outgoing:
        band_top = y - BAND_PAD - OFFPAGE_HEIGHT
        slots.append((band_top, band_top + OFFPAGE_HEIGHT))
        bottom_lanes = {k: rows[sheet.links[k].source].lane for k in outgoing}
        bottom_nodes = _band(sheet, bottom_lanes, len(slots) - 1, band_top, symbols, rows[last])

    page_links: list[Link] = []
    for k in touching:
        link = sheet.links[k]
        page_links.append(
            Link(
                nodes[link.source] if here[k] else top_nodes[k],
                nodes[link.target] if there[k] else (top_nodes if k in back else bottom_nodes)[k],
                link.port,
                link.source_step,
                link.target_step,
                side=link.side if here[k] else 0,
                label=link.label if here[k] else None,
                offpage=sheet.offpage_label.get(k),
            )
        )
    tops = [sheet.header_edges[-1]] + [bottom for _, bottom in slots]
    bottoms = [top for top, _ in slots] + [y]
    frame = PageFrame(
        tuple(zip(tops, bottoms, strict=False)),
        sheet.lane_ranges,
        sheet.symbol_width,
        fonts.regular,
        fonts.label,
        tuple(row_y[header_rows:]),
        frozenset((node.slot, node.lane) for node in nodes.values()),
    )
    table = Table(tuple(col_x), tuple(row_y), tuple(cells), header_rows)
    width, height = sheet.page_size
    connectors = route_page(page_links, frame)
    page = Page(PageKind.FLOWCHART, width, height, (table,), tuple(symbols), connectors)
    return page, step_rows


def _inside(text: str, rect: Rect, fonts: _Fonts) -> TextBlock | None:
    """Text centred inside a symbol (Mulai/Selesai, off-page letters), or None for none."""
    if not text:
        return None
    lines = place_lines([text], fonts.regular, fonts.label, rect, Align.CENTER, True)
    return TextBlock(rect, lines, Align.CENTER)


def _band(
    sheet: _Sheet, lanes: dict[int, int], slot: int, top: float, symbols: list[Symbol], beside: _Row
):
    """Off-page symbols (link index -> node) for links crossing a page edge, side by side in
    their lanes (`lanes`: link index -> lane), in label order; at the bottom of a page a
    decision whose two exits both cross the break puts the one from its left vertex on the
    left and the one from its right vertex on the right, so they do not cross. A symbol whose
    lane holds a terminator in the row next to the band (`beside`) moves to a neighbouring
    lane: right under an End it would read as the End flowing into it."""
    labels = sheet.offpage_label
    bottom = slot > 0
    by_lane: dict[int, list[int]] = {}

    def order(k: int) -> tuple[int, int, int, str]:
        # Labels follow the links' sources, so this only swaps the two exits of one decision.
        source, side = (sheet.links[k].source, sheet.links[k].side) if bottom else (0, 0)
        return (source, side, len(labels[k]), labels[k])

    for k in sorted(lanes, key=order):
        by_lane.setdefault(lanes[k], []).append(k)
    pitch = OFFPAGE_WIDTH + OFFPAGE_GAP
    wanted = []  # (centre x, lane, link index), centred in the lane, in lane order
    for lane, group in sorted(by_lane.items()):
        centre = sum(sheet.lane_ranges[lane]) / 2
        first = centre - (len(group) - 1) / 2 * pitch
        wanted += [(first + j * pitch, lane, k) for j, k in enumerate(group)]
    left, right = sheet.lane_ranges[0][0], sheet.lane_ranges[-1][1]
    borders = tuple(sorted({x for lane in sheet.lane_ranges for x in lane}))
    if beside.kind is SymbolKind.TERMINATOR:  # clear of the terminator, in the next lane
        lanes_here = sheet.lane_ranges
        centre = sum(lanes_here[beside.lane]) / 2
        away = 1 if beside.lane + 1 < len(lanes_here) else -1
        if len(lanes_here) > 1:
            next_centre = sum(lanes_here[beside.lane + away]) / 2
            wanted = sorted(
                (next_centre, beside.lane + away, k) if lane == beside.lane else (x, lane, k)
                for x, lane, k in wanted
            )
        xs = _spread([x for x, _, _ in wanted], left, right, pitch, borders)
        half = sheet.symbol_width / 2 + OFFPAGE_GAP
        before = [x for x in xs if x < centre]
        xs = _spread(before, left, centre - half, pitch, borders) + _spread(
            xs[len(before) :], centre + half, right, pitch, borders
        )
    else:
        xs = _spread([x for x, _, _ in wanted], left, right, pitch, borders)
    nodes = {}
    for x, (_, lane, k) in zip(xs, wanted, strict=False):
        rect = Rect(x - OFFPAGE_WIDTH / 2, top, OFFPAGE_WIDTH, OFFPAGE_HEIGHT)
        # The letter sits in the square part of the pentagon, above the point.
        box = Rect(rect.x, rect.y, rect.w, rect.h * 0.7)
        inside = _inside(labels[k], box, sheet.fonts)
        symbols.append(Symbol(SymbolKind.OFFPAGE, rect, None, labels[k], inside))
        nodes[k] = Node(slot, lane, SymbolKind.OFFPAGE, rect)
    return nodes


def _spread(
    xs: list[float], left: float, right: float, pitch: float, borders: tuple[float, ...] = ()
) -> list[float]:
    """Move sorted centres apart to at least `pitch` while keeping them within [left, right],
    and `BORDER_CLEARANCE` off the `borders` (a line dropping from a symbol centred on a grid
    line would merge with it)."""

    def clear(x: float, sign: int) -> float:
        near = [b for b in borders if abs(x - b) < BORDER_CLEARANCE]
        return near[0] + sign * BORDER_CLEARANCE if near else x

    lo, hi = left + pitch / 2, right - pitch / 2
    out: list[float] = []
    for x in xs:
        out.append(clear(max(x, lo, out[-1] + pitch if out else lo), 1))
    for k in range(len(out) - 1, -1, -1):
        limit = hi if k == len(out) - 1 else out[k + 1] - pitch
        if out[k] > limit:
            out[k] = clear(limit, -1)
    return out


_BODY_ROLES = (
    CellRole.KEGIATAN,
    CellRole.KELENGKAPAN,
    CellRole.WAKTU,
    CellRole.OUTPUT,
    CellRole.KETERANGAN,
)
_BODY_ALIGNS = (Align.LEFT, Align.LEFT, Align.CENTER, Align.LEFT, Align.LEFT)


def _body_cells(
    row: _Row, table_row: int, y: float, height: float, columns: FlowColumns, fonts: _Fonts
) -> list[Cell]:
    """The cells of one body row, left to right."""
    col_x = columns.col_x

    def cell(text: str, col: int, role: CellRole, align: Align) -> Cell:
        rect = Rect(col_x[col], y, col_x[col + 1] - col_x[col], height)
        return _cell(
            text,
            rect,
            role,
            table_row,
            col,
            fonts.regular,
            row.size,
            align,
            False,
            step_id=row.step_id,
            pad=row.pad,
        )

    cells = [cell(row.number, 0, CellRole.NO, Align.CENTER)]
    for text, col, role, align in zip(
        row.texts, _text_columns(columns), _BODY_ROLES, _BODY_ALIGNS, strict=False
    ):
        cells.append(cell(text, col, role, align))
    cells += [cell("", 2 + lane, CellRole.LANE, Align.CENTER) for lane in range(columns.lane_count)]
    cells.sort(key=lambda c: c.col)
    return cells
