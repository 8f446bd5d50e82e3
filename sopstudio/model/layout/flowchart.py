"""The flowchart pages: header rows, measured body rows, pagination, symbols and connectors."""

from __future__ import annotations

from dataclasses import dataclass

from sopstudio.model.layout.columns import FlowColumns, flow_columns
from sopstudio.model.layout.fonts import font_key, line_height, wrap
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
from sopstudio.model.layout.routing import Link, Node, PageFrame, route_page
from sopstudio.model.layout.shapes import OFFPAGE_HEIGHT, OFFPAGE_WIDTH, symbol_height, symbol_width
from sopstudio.model.layout.text import place_lines, text_block
from sopstudio.model.sop import Port, Sop, StepKind
from sopstudio.model.style import HouseStyle, PageSettings

#: Padding between a cell's border and its text.
CELL_PAD = 3.0
#: Least free height kept above and below a symbol inside its row (room for arrow tracks).
ROW_BAND = 10.0
#: Space above and below the off-page symbols in the band added to a page's first/last row.
BAND_PAD = 6.0
#: Horizontal space between off-page symbols sharing a lane.
OFFPAGE_GAP = 2.0
#: Ya/Tidak labels and the text inside symbols are this much smaller than the body text.
LABEL_SHRINK = 1.0
#: Height of an off-page band (top or bottom of a page).
OFFPAGE_BAND = OFFPAGE_HEIGHT + 2 * BAND_PAD

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


def _measure(texts: tuple[str, ...], number: str, columns: FlowColumns, fonts: _Fonts) -> float:
    """Height the row's text needs (excluding symbols)."""
    lines = 1 if number else 0
    for text, col in zip(texts, _text_columns(columns)):
        width = columns.col_x[col + 1] - columns.col_x[col] - 2 * CELL_PAD
        if text:
            lines = max(lines, len(wrap(text, fonts.regular, fonts.body, width)))
    return lines * line_height(fonts.body) + 2 * CELL_PAD


def _side(source_lane: int, target_lane: int, lane_count: int) -> int:
    """Which vertex a decision's Tidak arrow leaves from: away from the table's text columns
    at the outer lanes, otherwise towards the target's lane."""
    if lane_count == 1 or source_lane == 0:
        return 1
    if source_lane == lane_count - 1:
        return -1
    return -1 if target_lane < source_lane else 1


def _rows_and_links(
    sop: Sop, style: HouseStyle, columns: FlowColumns, fonts: _Fonts, lane_of: dict[str, int],
    orphan: int | None,
) -> tuple[list[_Row], list[_Link]]:
    separate = style.separate_terminator_rows
    rows: list[_Row] = []
    row_of: dict[str, int] = {}

    def add(step_id, number, lane, kind, label, texts):
        core = symbol_height(kind) + 2 * ROW_BAND
        height = max(core, _measure(texts, number, columns, fonts))
        rows.append(_Row(step_id, number, lane, kind, label, texts, height))

    def lane(step) -> int:
        return lane_of.get(step.actor, orphan)

    if separate and sop.steps:
        add(None, "", lane(sop.steps[0]), SymbolKind.TERMINATOR, style.labels.mulai, ("",) * 5)
    for number, step in enumerate(sop.steps, start=1):
        kind = _STEP_SYMBOLS[step.kind]
        if separate and kind is SymbolKind.TERMINATOR:
            kind = SymbolKind.PROCESS
        row_of[step.id] = len(rows)
        texts = (step.text, step.kelengkapan, step.waktu, step.output, step.keterangan)
        add(step.id, f"{number}.", lane(step), kind, "", texts)
    if separate and sop.steps:
        add(None, "", lane(sop.steps[-1]), SymbolKind.TERMINATOR, style.labels.selesai, ("",) * 5)

    links: list[_Link] = []
    lane_count = columns.lane_count
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
                    side = _side(rows[source].lane, rows[target].lane, lane_count)
            links.append(_Link(source, target, port.value, step.id, target_id, side, label))
        if separate and step.kind is StepKind.END:
            links.append(_Link(source, len(rows) - 1, Port.NEXT.value, step.id, None, 0, None))
    return rows, links


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

    def needed(text: str, c0: int, c1: int) -> float:
        width = col_x[c1] - col_x[c0] - 2 * CELL_PAD
        return len(wrap(text, fonts.bold, fonts.header, width)) * lh + 2 * CELL_PAD

    # (text, row, col, row_span, col_span)
    spec = [
        (labels.no, 0, 0, 2, 1),
        (labels.kegiatan, 0, 1, 2, 1),
        (labels.pelaksana, 0, 2, 1, lanes),
        (labels.mutu_baku, 0, m, 1, 3),
        (labels.keterangan, 0, m + 3, 2, 1),
    ]
    spec += [(name, 1, 2 + i, 1, 1) for i, name in enumerate(lane_names)]
    spec += [(labels.kelengkapan, 1, m, 1, 1), (labels.waktu, 1, m + 1, 1, 1), (labels.output, 1, m + 2, 1, 1)]
    heights = [lh + 2 * CELL_PAD, lh + 2 * CELL_PAD]
    for text, row, col, row_span, col_span in spec:
        if row_span == 1:
            heights[row] = max(heights[row], needed(text, col, col + col_span))
    for text, row, col, row_span, col_span in spec:
        if row_span == 2:
            heights[1] = max(heights[1], needed(text, col, col + col_span) - heights[0])
    if style.column_numbers:
        heights.append(lh + 2 * CELL_PAD)
    edges = [top]
    for h in heights:
        edges.append(edges[-1] + h)

    cells = []
    for text, row, col, row_span, col_span in spec:
        rect = Rect(col_x[col], edges[row], col_x[col + col_span] - col_x[col], edges[row + row_span] - edges[row])
        cells.append(_cell(text, rect, CellRole.HEADER, row, col, fonts.bold, fonts.header, Align.CENTER, True,
                           row_span=row_span, col_span=col_span))
    if style.column_numbers:
        for col in range(len(col_x) - 1):
            rect = Rect(col_x[col], edges[2], col_x[col + 1] - col_x[col], edges[3] - edges[2])
            cells.append(_cell(str(col + 1), rect, CellRole.COLUMN_NUMBER, 2, col, fonts.regular, fonts.header,
                               Align.CENTER, True))
    return edges, cells


def _cell(text, rect, role, row, col, font, size, align, middle, row_span=1, col_span=1, step_id=None) -> Cell:
    inner = Rect(rect.x + CELL_PAD, rect.y + CELL_PAD, rect.w - 2 * CELL_PAD, rect.h - 2 * CELL_PAD)
    return Cell(rect, text_block(text, font, size, inner, align, middle), role, row, col, row_span, col_span, step_id)


# -- pagination -----------------------------------------------------------------------------


def _crossing(links: list[_Link], first: int, last: int) -> tuple[bool, bool]:
    """Whether a page holding rows first..last needs a top and a bottom off-page band."""
    inside = lambda r: first <= r <= last  # noqa: E731 - local predicate
    top = any(inside(l.target) and not inside(l.source) for l in links)
    bottom = any(inside(l.source) and not inside(l.target) for l in links)
    return top, bottom


def _paginate(rows: list[_Row], links: list[_Link], available: float) -> list[tuple[int, int]]:
    """Pages as (first row, last row): as many whole rows as fit with their off-page bands."""
    pages = []
    first = 0
    while first < len(rows):
        last = first
        while last + 1 < len(rows):
            top, bottom = _crossing(links, first, last + 1)
            need = sum(r.height for r in rows[first : last + 2]) + OFFPAGE_BAND * (top + bottom)
            if need > available:
                break
            last += 1
        pages.append((first, last))
        first = last + 1
    return pages


def _offpage_name(index: int) -> str:
    """A, B, ..., Z, AA, AB, ...: the label shared by a pair of off-page symbols."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


# -- pages ------------------------------------------------------------------------------------


def layout_flowchart(sop: Sop, style: HouseStyle, settings: PageSettings) -> FlowchartLayout:
    """Lay out the flowchart table of `sop` on as many pages as it needs."""
    family = style.fonts.family
    fonts = _Fonts(
        font_key(family), font_key(family, bold=True), style.fonts.body_size, style.fonts.header_size,
        style.fonts.body_size - LABEL_SHRINK,
    )
    page_w, page_h = settings.size
    cx0, cy0, cw, ch = settings.content_box
    lane_names, lane_of, orphan = _lanes(sop)
    columns = flow_columns(cx0, cw, len(lane_names))
    lane_ranges = tuple(columns.lane_range(i) for i in range(columns.lane_count))
    sym_w = symbol_width(columns.lane_width)
    rows, links = _rows_and_links(sop, style, columns, fonts, lane_of, orphan)
    header_edges, header_cells = _header(style, columns, lane_names, fonts, cy0)
    header_rows = len(header_edges) - 1
    body_top = header_edges[-1]
    pagination = _paginate(rows, links, cy0 + ch - body_top) if rows else [(0, -1)]
    page_of = {}
    for page_index, (first, last) in enumerate(pagination):
        for r in range(first, last + 1):
            page_of[r] = page_index
    # Off-page labels in reading order of the links that cross a page break.
    crossing = [l for l in links if page_of[l.source] != page_of[l.target]]
    crossing.sort(key=lambda l: (l.source, _PORT_ORDER[l.port], l.target))
    offpage_label = {id(l): _offpage_name(i) for i, l in enumerate(crossing)}

    pages = []
    step_rows = []
    for page_index, (first, last) in enumerate(pagination):
        page, page_step_rows = _flow_page(
            rows, links, first, last, page_of, page_index, offpage_label, columns, lane_ranges, sym_w,
            header_edges, header_cells, header_rows, fonts, page_w, page_h,
        )
        pages.append(page)
        step_rows.extend(page_step_rows)
    lanes = tuple((actor.id, *lane_ranges[i]) for i, actor in enumerate(sop.actors))
    return FlowchartLayout(tuple(pages), tuple(step_rows), lanes)


def _flow_page(
    rows, links, first, last, page_of, page_index, offpage_label, columns, lane_ranges, sym_w,
    header_edges, header_cells, header_rows, fonts, page_w, page_h,
):
    col_x = columns.col_x
    here = lambda r: page_of[r] == page_index  # noqa: E731 - local predicate
    incoming = [l for l in links if here(l.target) and not here(l.source)]
    outgoing = [l for l in links if here(l.source) and not here(l.target)]
    lane_centre = [(a + b) / 2 for a, b in lane_ranges]

    # Row rectangles, with the off-page bands added to the first and last row.
    row_y = list(header_edges)
    symbols: list[Symbol] = []
    nodes: dict[int, Node] = {}
    slot_extents: list[tuple[float, float]] = []
    top_band = bool(incoming)
    y = header_edges[-1]
    band_nodes_top: dict[int, Node] = {}
    band_nodes_bottom: dict[int, Node] = {}
    if top_band:
        slot_extents.append((y + BAND_PAD, y + BAND_PAD + OFFPAGE_HEIGHT))
        band_nodes_top = _band(incoming, lambda l: rows[l.target].lane, 0, y + BAND_PAD, lane_ranges,
                               offpage_label, symbols, fonts)
    cells: list[Cell] = list(header_cells)
    step_rows = []
    for r in range(first, last + 1):
        row = rows[r]
        extra_top = OFFPAGE_BAND if (r == first and top_band) else 0.0
        extra_bottom = OFFPAGE_BAND if (r == last and outgoing) else 0.0
        height = extra_top + row.height + extra_bottom
        rect_row = Rect(col_x[0], y, col_x[-1] - col_x[0], height)
        core_mid = y + extra_top + row.height / 2
        sh = symbol_height(row.kind)
        rect = Rect(lane_centre[row.lane] - sym_w / 2, core_mid - sh / 2, sym_w, sh)
        label_text = None
        if row.label:
            label_text = TextBlock(rect, place_lines([row.label], fonts.regular, fonts.label, rect, Align.CENTER, True),
                                   Align.CENTER)
        symbols.append(Symbol(row.kind, rect, row.step_id, row.label, label_text))
        nodes[r] = Node(len(slot_extents), row.lane, row.kind, rect)
        slot_extents.append((rect.y, rect.bottom))
        table_row = header_rows + r - first
        cells.extend(_body_cells(row, table_row, y, height, columns, fonts))
        if row.step_id is not None:
            step_rows.append((row.step_id, page_index, rect_row))
        y += height
        row_y.append(y)
    if outgoing:
        band_top = y - OFFPAGE_BAND + BAND_PAD
        slot = len(slot_extents)
        slot_extents.append((band_top, band_top + OFFPAGE_HEIGHT))
        band_nodes_bottom = _band(outgoing, lambda l: rows[l.source].lane, slot, band_top, lane_ranges,
                                  offpage_label, symbols, fonts)

    page_links: list[Link] = []
    for link in links:
        src_here, tgt_here = here(link.source), here(link.target)
        if not (src_here or tgt_here):
            continue
        source = nodes[link.source] if src_here else band_nodes_top[id(link)]
        target = nodes[link.target] if tgt_here else band_nodes_bottom[id(link)]
        crossing = offpage_label.get(id(link)) if not (src_here and tgt_here) else None
        page_links.append(Link(
            source, target, link.port, link.source_step, link.target_step,
            side=link.side if src_here else 0,
            label=link.label if src_here else None,
            offpage=crossing,
        ))
    gaps = [(header_edges[-1], slot_extents[0][0])] if slot_extents else []
    for j in range(1, len(slot_extents)):
        gaps.append((slot_extents[j - 1][1], slot_extents[j][0]))
    if slot_extents:
        gaps.append((slot_extents[-1][1], y))
    frame = PageFrame(tuple(gaps), tuple(lane_ranges), sym_w, fonts.regular, fonts.label)
    connectors = route_page(page_links, frame)
    table = Table(tuple(col_x), tuple(row_y), tuple(cells), header_rows)
    page = Page(PageKind.FLOWCHART, page_w, page_h, (table,), tuple(symbols), connectors)
    return page, step_rows


def _band(band_links, lane_of_link, slot, top, lane_ranges, offpage_label, symbols, fonts) -> dict[int, Node]:
    """Off-page symbols for the links crossing a page edge, side by side in their lanes."""
    by_lane: dict[int, list[_Link]] = {}
    for link in sorted(band_links, key=lambda l: (len(offpage_label[id(l)]), offpage_label[id(l)])):
        by_lane.setdefault(lane_of_link(link), []).append(link)
    pitch = OFFPAGE_WIDTH + OFFPAGE_GAP
    wanted = []  # (centre x, lane, link), centred in the lane, in lane order
    for lane, group in sorted(by_lane.items()):
        centre = sum(lane_ranges[lane]) / 2
        n = len(group)
        wanted += [(centre + (j - (n - 1) / 2) * pitch, lane, link) for j, link in enumerate(group)]
    xs = _spread([x for x, _, _ in wanted], lane_ranges[0][0], lane_ranges[-1][1], pitch)
    nodes = {}
    for x, (_, lane, link) in zip(xs, wanted):
        rect = Rect(x - OFFPAGE_WIDTH / 2, top, OFFPAGE_WIDTH, OFFPAGE_HEIGHT)
        name = offpage_label[id(link)]
        # The letter sits in the square part of the pentagon, above the point.
        box = Rect(rect.x, rect.y, rect.w, rect.h * 0.7)
        lines = place_lines([name], fonts.regular, fonts.label, box, Align.CENTER, True)
        symbols.append(Symbol(SymbolKind.OFFPAGE, rect, None, name, TextBlock(box, lines, Align.CENTER)))
        nodes[id(link)] = Node(slot, lane, SymbolKind.OFFPAGE, rect)
    return nodes


def _spread(xs: list[float], left: float, right: float, pitch: float) -> list[float]:
    """Move sorted centres apart to at least `pitch` while keeping them within [left, right]."""
    lo, hi = left + pitch / 2, right - pitch / 2
    out = []
    for x in xs:
        out.append(max(x, lo, out[-1] + pitch if out else lo))
    for k in range(len(out) - 1, -1, -1):
        limit = hi if k == len(out) - 1 else out[k + 1] - pitch
        out[k] = min(out[k], limit)
    return out


def _body_cells(row: _Row, table_row: int, y: float, height: float, columns: FlowColumns, fonts: _Fonts):
    col_x = columns.col_x

    def rect(col: int) -> Rect:
        return Rect(col_x[col], y, col_x[col + 1] - col_x[col], height)

    cells = [_cell(row.number, rect(0), CellRole.NO, table_row, 0, fonts.regular, fonts.body, Align.CENTER, False,
                   step_id=row.step_id)]
    roles = (CellRole.KEGIATAN, CellRole.KELENGKAPAN, CellRole.WAKTU, CellRole.OUTPUT, CellRole.KETERANGAN)
    aligns = (Align.LEFT, Align.LEFT, Align.CENTER, Align.LEFT, Align.LEFT)
    for text, col, role, align in zip(row.texts, _text_columns(columns), roles, aligns):
        cells.append(_cell(text, rect(col), role, table_row, col, fonts.regular, fonts.body, align, False,
                           step_id=row.step_id))
    for lane in range(columns.lane_count):
        cells.append(_cell("", rect(2 + lane), CellRole.LANE, table_row, 2 + lane, fonts.regular, fonts.body,
                           Align.CENTER, False, step_id=row.step_id))
    cells.sort(key=lambda c: c.col)
    return cells
