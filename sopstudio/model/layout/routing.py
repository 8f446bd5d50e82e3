"""Orthogonal connector routing on one flowchart page.

The page is a stack of *slots* (a row's symbol, or the band of off-page symbols at the top or
bottom of the page) separated by *gaps* (the empty horizontal band between two slots' symbols).
Every arrow leaves its source downwards (bottom exit) or sideways (a decision's Tidak exit),
and enters its target from above. Horizontal runs happen only on *tracks*: distinct y values
in a gap, or a side exit's own row centre. Vertical runs that pass other rows happen only in
*channels*: distinct x values in the strips between symbols (lane gutters). Because each
horizontal run has its own track and each long vertical its own channel interval, no two
connectors share a collinear segment, and since gaps and strips hold no symbols, no connector
passes through a symbol.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sopstudio.model.layout.fonts import line_height, string_width
from sopstudio.model.layout.geometry import (
    CONNECTOR_PEN,
    Align,
    Connector,
    Label,
    Point,
    Rect,
    SymbolKind,
    TextBlock,
)
from sopstudio.model.layout.shapes import (
    ENTRY_SPACING,
    bottom_exit,
    entry_half_range,
    side_exit,
    top_outline,
)
from sopstudio.model.layout.text import place_lines

#: Distance kept between a channel and a symbol edge or strip end.
CHANNEL_MARGIN = 3.0
#: Least distance between neighbouring parallel connectors (channels in a strip, tracks in a
#: gap): closer, one cannot tell which line goes where.
PARALLEL_SPACING = 6.0
#: Distances tried, in turn, between neighbouring channels in a strip: closer than
#: PARALLEL_SPACING only in a gutter too crowded for anything else (the quality report counts
#: it), before anything is allowed to overlap.
CHANNEL_SPACINGS = (PARALLEL_SPACING, 3.0, 1.5)
#: Channels keep at least this far from a lane border: printed closer, an arrow merges with
#: the grid line (as close as a channel keeps to a symbol).
BORDER_CLEARANCE = 3.0
#: Space kept between a gap's ends and its outermost tracks.
TRACK_MARGIN = 2.0
#: Horizontal runs keep at least this far from a row border: printed, a run on (or next to) a
#: grid line merges with it and the arrow reads as an unconnected stub.
ROW_CLEARANCE = 4.0
#: Least gap between the ends of two connectors' runs in line with each other (the eye joins
#: closer ones into one line).
RUN_GAP = 4.0
#: Gap between a connector and its Ya/Tidak label.
LABEL_GAP = 1.0
#: Least distance between a Ya/Tidak label and its lane's borders.
LABEL_MARGIN = 1.5
#: Smallest font size a Ya/Tidak label shrinks to in a narrow lane.
LABEL_MIN_SIZE = 6.0


@dataclass(frozen=True)
class Node:
    """A symbol on the page that connectors run from or to."""

    slot: int
    lane: int
    kind: SymbolKind
    rect: Rect


@dataclass(frozen=True)
class Link:
    """One connector to draw on the page, from `source` to `target`."""

    source: Node
    target: Node
    port: str
    source_step: str | None
    target_step: str | None
    side: int = 0  # 0: leaves from the bottom; -1/+1: leaves from the left/right vertex
    label: str | None = None
    offpage: str | None = None


@dataclass(frozen=True)
class PageFrame:
    """What the router needs to know about the page: gaps, lanes and label font."""

    #: gaps[j] = (top, bottom) of the free band above slot j; the last one is below the last slot
    gaps: tuple[tuple[float, float], ...]
    #: (left, right) of every lane
    lanes: tuple[tuple[float, float], ...]
    symbol_width: float
    label_font: str
    label_size: float
    #: y of the table's row borders that horizontal runs keep `ROW_CLEARANCE` away from
    borders: tuple[float, ...] = ()
    #: (slot, lane) of every step symbol on the page, so a link may drop straight down a lane
    #: where no symbol stands in its way
    taken: frozenset[tuple[int, int]] = frozenset()


@dataclass(eq=False)
class _Route:
    link: Link
    exit: Point
    direct: bool
    placed_entry: Point | None = None
    exit_track: float | None = None
    entry_track: float | None = None
    channel: float | None = None
    label: Label | None = None

    @property
    def entry(self) -> Point:
        """Where the route enters its target; placed before the tracks and channels."""
        assert self.placed_entry is not None, "a route's entry is read before it is placed"
        return self.placed_entry

    @entry.setter
    def entry(self, point: Point) -> None:
        self.placed_entry = point

    @property
    def from_below(self) -> bool:
        """Whether the route enters its target from below: a loop back to an earlier page,
        into the tip of its off-page symbol in the page's top band."""
        target = self.link.target
        return target.kind is SymbolKind.OFFPAGE and target.slot == 0 and self.link.source.slot > 0


def _label_block(text: str, frame: PageFrame, x: float, y: float, size: float) -> Label:
    """A label whose box has its top-left corner at (x, y)."""
    width = string_width(text, frame.label_font, size)
    rect = Rect(x, y, width, line_height(size))
    lines = place_lines([text], frame.label_font, size, rect)
    return Label(TextBlock(rect, lines, Align.LEFT))


def _label_for(link: Link, exit: Point, frame: PageFrame) -> Label | None:
    """The Ya/Tidak label next to the start of a connector."""
    if not link.label:
        return None
    if link.side == 0:
        return _label_block(
            link.label, frame, exit.x + LABEL_GAP + 1, exit.y + LABEL_GAP, frame.label_size
        )
    # Keep the label on the side of the horizontal run that its own channel does not take.
    upward = link.target.slot <= link.source.slot
    x, lift, size = _side_label_place(link, link.label, exit, frame)
    height = line_height(size)
    y = exit.y + lift if upward else exit.y - lift - height
    return _label_block(link.label, frame, x, y, size)


def _side_label_place(
    link: Link, text: str, exit: Point, frame: PageFrame
) -> tuple[float, float, float]:
    """(left x, distance from the run, font size) of a side exit's label.

    The label sits beside the vertex, inside the source's lane and `LABEL_MARGIN` off its
    borders (a label across a grid line reads as struck through). Where the gutter is
    narrower than the label, the label slides back over the diamond's corner, lifted off the
    run just enough to clear the diamond's slanted edge; only when it would then rise past
    the diamond's half height does the font shrink (down to `LABEL_MIN_SIZE`).
    """
    rect = link.source.rect
    lane_left, lane_right = frame.lanes[link.source.lane]
    half_w, half_h = rect.w / 2, rect.h / 2
    size = frame.label_size
    while True:
        width, height = string_width(text, frame.label_font, size), line_height(size)
        if link.side > 0:
            x = min(exit.x + LABEL_GAP, lane_right - LABEL_MARGIN - width)
            back = exit.x - x  # how far the label's near corner reaches back over the diamond
        else:
            x = max(exit.x - LABEL_GAP - width, lane_left + LABEL_MARGIN)
            back = x + width - exit.x
        # Lifted by `lift`, that corner keeps LABEL_GAP from the diamond's slanted edge (which
        # recedes half_w / half_h per point of height).
        lift = LABEL_GAP
        if half_w > 0 and half_h > 0:
            lift = max(lift, (back * half_h + LABEL_GAP * math.hypot(half_w, half_h)) / half_w)
        if lift + height <= half_h or size - 0.5 < LABEL_MIN_SIZE:
            return x, lift, size
        size -= 0.5


def _assign_entries(routes: list[_Route]) -> None:
    """Give every connector its own entry point on its target's top edge (a decision: its top
    vertex, where they merge; a loop back to an earlier page: its off-page symbol's tip)."""
    by_target: dict[Node, list[_Route]] = {}
    for route in routes:
        if route.from_below:
            rect = route.link.target.rect
            route.entry = Point(rect.x + rect.w / 2, rect.bottom)
            continue
        by_target.setdefault(route.link.target, []).append(route)
    for group in by_target.values():
        target = group[0].link.target
        rect = target.rect
        cx = rect.x + rect.w / 2
        if target.kind is SymbolKind.DECISION:
            for route in group:
                route.entry = Point(cx, rect.y)
            continue
        half = entry_half_range(target.kind, rect)
        # Drops leaving the slots the arrows run past (the slot above, or further up for a
        # straight drop down a clear lane): an entry drop in line with one would read as its
        # continuation (a Ya arrow seeming to run into the wrong step).
        top = min((r.link.source.slot for r in group if r.direct), default=target.slot - 1)
        above = [
            r for r in routes if r.link.side == 0 and top <= r.link.source.slot <= target.slot - 1
        ]
        straight = [r for r in group if r.direct and abs(r.exit.x - cx) < 1e-6][:1]
        placed = _entries_around(group, straight, cx, half, above, PARALLEL_SPACING)
        if placed is None:
            # Too crowded to keep clear of those drops: the arrows dropping from right above
            # keep their own x, and the others go PARALLEL_SPACING clear of them.
            through: list[_Route] = []
            for r in sorted(group, key=lambda r: abs(r.exit.x - cx)):
                if (
                    r.direct
                    and abs(r.exit.x - cx) <= half + 1e-9
                    and all(abs(r.exit.x - t.exit.x) >= PARALLEL_SPACING for t in through)
                ):
                    through.append(r)
            placed = _entries_around(group, through, cx, half, above, PARALLEL_SPACING)
        if placed is None:  # nothing fits: spread around the straight arrow regardless
            placed = _entries_around(group, straight, cx, half, above, ENTRY_SPACING / 2, True)
            assert placed is not None, "with anyhow=True every route gets an entry"
        for route, offset in placed:
            route.entry = Point(cx + offset, top_outline(target.kind, rect, offset))


def _entries_around(
    group: list[_Route],
    fixed: list[_Route],
    cx: float,
    half: float,
    above: list[_Route],
    clear: float,
    anyhow: bool = False,
) -> list[tuple[_Route, float]] | None:
    """(route, offset from the top centre) for every route into one target: the `fixed`
    routes keep their exit's x, the others spread left to right in the order of their
    sources, `clear` away from the fixed ones and from the drops of the other routes `above`
    (None when they do not fit, unless `anyhow`)."""
    others = [r for r in group if r not in fixed]
    # Arrows coming from further left take entry points further left, to avoid crossings.
    others.sort(key=lambda r: (r.link.source.lane + 0.5 * r.link.side, r.exit.y))
    kept = [r.exit.x - cx for r in fixed]
    drops = [r.exit.x - cx for r in above if r not in fixed]
    offsets = _entry_offsets(len(others), kept, half, drops, clear, anyhow)
    if offsets is None:
        return None
    return list(zip(fixed, kept, strict=True)) + list(zip(others, offsets, strict=True))


def _entry_offsets(
    count: int, kept: list[float], half: float, drops: list[float], clear: float, anyhow: bool
) -> list[float] | None:
    """Entry offsets from the top centre for `count` arrows, left to right: spread around the
    centre (or around a straight arrow that keeps the centre), shifted by half steps (or else
    whole points) where needed to keep `clear` from the `kept` offsets and the `drops`
    (offsets of other vertical runs); spread closer (`clear` apart) when that is what fits.
    None when nothing does, unless `anyhow` (then the first spread, unshifted)."""
    if not count:
        return []
    straight = abs(kept[0]) < 1e-6 if len(kept) == 1 else False
    if straight:
        widest = min(ENTRY_SPACING, half / ((count + 1) // 2)) if half else 0.0
    else:
        widest = min(ENTRY_SPACING, 2 * half / (count - 1)) if count > 1 else ENTRY_SPACING
        if kept:  # between arrows keeping their own x, as closely as they may
            widest = min(widest, clear)
    step = ENTRY_SPACING / 2
    shifts = [0.0] + [sign * k * step for k in range(1, 4) for sign in (1, -1)]
    # Where no half step will do, any whole point across the symbol.
    shifts += [sign * k for k in range(1, int(2 * half) + 1) for sign in (1, -1) if k % step]
    patterns = [
        _spread_offsets(count, straight, spacing)
        for spacing in dict.fromkeys((widest, min(widest, clear)))
    ]
    for pattern in patterns:
        for shift in shifts:
            offsets = [o + shift for o in pattern]
            if any(abs(o) > half + 1e-9 for o in offsets):
                continue
            if any(abs(o - k) < clear - 1e-9 for o in offsets for k in kept):
                continue
            if all(abs(o - d) >= clear - 1e-9 for o in offsets for d in drops):
                return offsets
    return patterns[0] if anyhow else None


def _spread_offsets(count: int, straight: bool, spacing: float) -> list[float]:
    """`count` offsets `spacing` apart, left to right: centred, or on both sides of a
    straight arrow at the centre."""
    if straight:
        pattern = sorted(k * sign * spacing for k in range(1, count // 2 + 2) for sign in (-1, 1))
        return sorted(sorted(pattern, key=abs)[:count])
    return [(j - (count - 1) / 2) * spacing for j in range(count)]


def _assign_tracks(routes: list[_Route], frame: PageFrame) -> None:
    """Give every horizontal run in a gap its own y (exits above combined runs above entries)."""
    exits: dict[int, list[_Route]] = {}
    combined: dict[int, list[_Route]] = {}
    entries: dict[int, list[_Route]] = {}
    rising: dict[int, list[_Route]] = {}  # entries from below, into the gap under the target
    reserve: dict[int, float] = {}
    for route in routes:
        link = route.link
        below_source = link.source.slot + 1
        if route.label is not None and link.side == 0:
            reserve[below_source] = max(
                reserve.get(below_source, 0.0), route.label.text.rect.bottom + LABEL_GAP
            )
        if route.direct:
            if abs(route.exit.x - route.entry.x) > 1e-6:
                combined.setdefault(below_source, []).append(route)
            continue
        if link.side == 0:
            exits.setdefault(below_source, []).append(route)
        if route.from_below:
            rising.setdefault(link.target.slot + 1, []).append(route)
        else:
            entries.setdefault(link.target.slot, []).append(route)
    for gap_index, (top, bottom) in enumerate(frame.gaps):
        upper = sorted(exits.get(gap_index, []), key=_exit_order)
        middle = _drop_order(sorted(combined.get(gap_index, []), key=_exit_order))
        lower = sorted(entries.get(gap_index, []), key=lambda r: (r.entry.x, r.exit.y))
        # Runs rising into the band above keep nearest to it.
        rise = sorted(rising.get(gap_index, []), key=lambda r: (r.entry.x, r.exit.y))
        tracks = rise + upper + middle + lower
        if not tracks:
            continue
        lo = max(top + TRACK_MARGIN, reserve.get(gap_index, top))
        hi = bottom - TRACK_MARGIN
        spans = _free_spans(lo, hi, frame.borders)
        if not spans:  # no room left clear of labels and borders: the checks will show it
            spans = [(top, bottom)]
        for route, y in zip(tracks, _spread_tracks(len(tracks), spans), strict=True):
            if route in lower or route in rise:
                route.entry_track = y
            else:
                route.exit_track = y
                if route in middle:
                    route.entry_track = y


def _free_spans(lo: float, hi: float, borders: tuple[float, ...]) -> list[tuple[float, float]]:
    """The parts of [lo, hi] at least `ROW_CLEARANCE` away from every row border, top down."""
    spans = [(lo, hi)] if hi > lo else []
    for border in borders:
        near_lo, near_hi = border - ROW_CLEARANCE, border + ROW_CLEARANCE
        kept = []
        for a, b in spans:
            if near_hi <= a or near_lo >= b:
                kept.append((a, b))
                continue
            if near_lo > a:
                kept.append((a, near_lo))
            if near_hi < b:
                kept.append((near_hi, b))
        spans = kept
    return spans


def _spread_tracks(count: int, spans: list[tuple[float, float]]) -> list[float]:
    """`count` y values evenly spaced along the spans laid end to end (their ends excluded)."""
    total = sum(b - a for a, b in spans)
    ys = []
    for k in range(1, count + 1):
        along = k * total / (count + 1)
        for a, b in spans:
            if along <= b - a:
                ys.append(a + along)
                break
            along -= b - a
        else:
            ys.append(spans[-1][1])
    return ys


def _exit_order(route: _Route) -> tuple[float, str]:
    return (route.exit.x, route.link.port)


def _drop_order(routes: list[_Route]) -> list[_Route]:
    """Order runs that both leave and enter through one gap, top to bottom, so that a run whose
    exit drop shares an x with another's entry drop lies above it (the drops then never meet).
    Keeps the given order where nothing constrains it; a cycle keeps the rest in given order."""
    pending = list(routes)
    ordered: list[_Route] = []
    while pending:
        for route in pending:
            # A pending run that drops out of its source where `route` drops into its target
            # must be placed first.
            blocked = any(
                other is not route and abs(other.exit.x - route.entry.x) < 0.5 for other in pending
            )
            if not blocked:
                break
        else:
            route = pending[0]
        ordered.append(route)
        pending.remove(route)
    return ordered


def _strips(frame: PageFrame) -> list[tuple[float, float]]:
    """(left, right) of the symbol-free strip left of each lane, plus one right of the last."""
    half = frame.symbol_width / 2
    centres = [(left + right) / 2 for left, right in frame.lanes]
    strips = [(frame.lanes[0][0], centres[0] - half)]
    for k in range(1, len(centres)):
        strips.append((centres[k - 1] + half, centres[k] - half))
    strips.append((centres[-1] + half, frame.lanes[-1][1]))
    return strips


@lru_cache(maxsize=4096)
def _strip_candidates(
    strip: tuple[float, float], from_left: bool, borders: tuple[float, ...], spacing: float
) -> tuple[float, ...]:
    """Channel x positions `spacing` apart in a strip, nearest to the source's side first."""
    left, right = strip[0] + CHANNEL_MARGIN, strip[1] - CHANNEL_MARGIN
    near = [b for b in borders if left - BORDER_CLEARANCE < b < right + BORDER_CLEARANCE]
    xs = []
    k = 0
    while True:
        x = left + k * spacing if from_left else right - k * spacing
        if x < left - 1e-9 or x > right + 1e-9:
            break
        if all(abs(x - b) >= BORDER_CLEARANCE for b in near):
            xs.append(x)
        k += 1
    return tuple(xs)


def _assign_channels(routes: list[_Route], frame: PageFrame) -> None:
    """Give every long vertical run an x in a lane gutter not used over its y interval."""
    strips = _strips(frame)
    borders = tuple(sorted({b for lane in frame.lanes for b in lane}))
    # (x, top, bottom) of vertical runs already fixed: channels, and the short drops from exits
    # and into entries (off-page symbols can sit in a gutter, so their drops matter too).
    occupied: list[tuple[float, float, float]] = []
    for route in routes:
        if route.link.side == 0:
            down_to = route.exit_track if route.exit_track is not None else route.entry.y
            occupied.append((route.exit.x, route.exit.y, down_to))
        from_y = route.entry_track if route.entry_track is not None else route.exit.y
        occupied.append((route.entry.x, min(from_y, route.entry.y), max(from_y, route.entry.y)))
    obstacles = [r.label.text.rect for r in routes if r.label is not None]
    channel_routes = [r for r in routes if not r.direct]
    side_taken = {r.link.source: r.link.side for r in routes if r.link.side}
    # Short runs first: they get the channels nearest the symbols, long ones go outside, so
    # nested loops nest (the shorter inside) instead of crossing.
    channel_routes.sort(key=lambda r: (_channel_length(r), r.exit.y, r.exit.x))
    # Segments already fixed: the routes that need no channel, and the drops every channel
    # route makes from its exit and into its entry whatever its channel.
    fixed = _Runs()
    for r in routes:
        if r.direct:
            fixed.add(_segments(_points(r)))
    # The drops of the routes still waiting for a channel; a route's own drops, and those of
    # routes already placed (part of `fixed` by then), are skipped.
    pending = _Runs()
    for r in channel_routes:
        pending.add(_drops(r), owner=id(r))
    placed: set[int] = set()
    for route in channel_routes:
        placed.add(id(route))
        best: tuple[int, int, int, float] | None = None
        candidates = _channel_candidates(route, strips, borders, side_taken)
        for rank, (tier, x) in enumerate(candidates):
            if best is not None and tier > best[0]:
                break
            if not _free(x, *_channel_span(route), occupied, obstacles, CHANNEL_SPACINGS[tier]):
                continue
            # Only the runs that move with the channel: the drops cross the same either way.
            runs = _channel_runs(route, x)
            crossings = fixed.crossings(runs) + pending.crossings(runs, skip=placed)
            cost = (tier, crossings, rank, x)
            if best is None or cost < best:
                best = cost
            if crossings == 0:
                break
        # No free channel at all: the quality report will show it.
        chosen = best[3] if best is not None else strips[0][0] + CHANNEL_MARGIN
        route.channel = chosen
        occupied.append((chosen, *_channel_span(route)))
        fixed.add(_segments(_points(route)))


def _channel_candidates(
    route: _Route,
    strips: list[tuple[float, float]],
    borders: tuple[float, ...],
    side_taken: dict[Node, int],
) -> Iterator[tuple[int, float]]:
    """(tier, x) channel positions for a route, most natural first: the strips nearest its
    source (towards its target), each from the source's side outwards, first at the widest
    spacing (tier 0), then at each denser one."""
    link = route.link
    lane = link.source.lane
    if link.side > 0:
        allowed = range(lane + 1, len(strips))
    elif link.side < 0:
        allowed = range(0, lane + 1)
    else:
        allowed = range(len(strips))
    home = lane if (link.side < 0 or (link.side == 0 and link.target.lane < lane)) else lane + 1
    toward = 1 if link.target.lane >= lane else -1
    if link.side == 0 and link.target.lane == lane and link.source in side_taken:
        # A Ya skipping down its own lane goes round on the side its Tidak does not take,
        # so the two never cross.
        toward = -side_taken[link.source]
        home = lane + 1 if toward > 0 else lane
    order = sorted(allowed, key=lambda k: (abs(k - home), 0 if (k - home) * toward >= 0 else 1))
    return (
        (tier, x)
        for tier, spacing in enumerate(CHANNEL_SPACINGS)
        for k in order
        for x in _strip_candidates(strips[k], k > lane, borders, spacing)
    )


def _channel_runs(route: _Route, x: float) -> list[tuple[bool, float, float, float]]:
    """The runs of a route that move with its channel at x, as (horizontal?, level, low end,
    high end): from the exit across to the channel, down or up it, across to the entry."""
    start_y = route.exit.y if route.link.side else _placed(route.exit_track)
    y0, y1 = _channel_span(route)
    return [
        (True, start_y, min(route.exit.x, x), max(route.exit.x, x)),
        (False, x, y0, y1),
        (True, _placed(route.entry_track), min(route.entry.x, x), max(route.entry.x, x)),
    ]


def _drops(route: _Route) -> list[Segment]:
    """The vertical runs of a channel route that do not depend on its channel."""
    drops = []
    if route.link.side == 0:
        drops.append((route.exit, Point(route.exit.x, _placed(route.exit_track))))
    drops.append((Point(route.entry.x, _placed(route.entry_track)), route.entry))
    return [d for d in drops if abs(d[0].y - d[1].y) > 1e-9]


Segment = tuple[Point, Point]


def _segments(points: tuple[Point, ...]) -> list[Segment]:
    return [(a, b) for a, b in pairwise(points) if a != b]


#: A crossing this close (points) to a segment's end is a junction, not a crossing.
_END = 0.5


class _Runs:
    """Horizontal runs (y, x0, x1, owner) and vertical runs (x, y0, y1, owner), to count
    crossings fast."""

    def __init__(self) -> None:
        self.horizontal: list[tuple[float, float, float, int]] = []
        self.vertical: list[tuple[float, float, float, int]] = []

    def add(self, segments: list[Segment], owner: int = 0) -> None:
        for a, b in segments:
            if abs(a.y - b.y) <= 1e-9:
                self.horizontal.append((a.y, min(a.x, b.x), max(a.x, b.x), owner))
            elif abs(a.x - b.x) <= 1e-9:
                self.vertical.append((a.x, min(a.y, b.y), max(a.y, b.y), owner))

    def crossings(self, runs: list[tuple[bool, float, float, float]], skip=frozenset()) -> int:
        """How many times the `runs` ((horizontal?, level, low end, high end)) cross these
        runs (but those of owners in `skip`), inside both (`_END` from their ends)."""
        count = 0
        for horizontal, level, lo, hi in runs:
            lo, hi = lo + _END, hi - _END
            others = self.vertical if horizontal else self.horizontal
            count += sum(
                1
                for at, a, b, owner in others
                if lo < at < hi and a + _END < level < b - _END and owner not in skip
            )
        return count


def _channel_length(route: _Route) -> float:
    top, bottom = _channel_span(route)
    return bottom - top


def _channel_span(route: _Route) -> tuple[float, float]:
    """The y interval a route's channel occupies."""
    start = route.exit.y if route.link.side else _placed(route.exit_track)
    end = _placed(route.entry_track)
    return (min(start, end), max(start, end))


def _placed(value: float | None) -> float:
    """A track or channel of a channel route, which `_assign_tracks` or `_assign_channels`
    set before any later step reads it."""
    assert value is not None, "a route's track or channel is read before it is placed"
    return value


def _free(x: float, y0: float, y1: float, occupied, obstacles, spacing: float) -> bool:
    """Whether a channel at x over [y0, y1] keeps clear of other channels (`spacing` apart
    alongside them) and of labels."""
    for other_x, a, b in occupied:
        # In line (within a point) and less than RUN_GAP apart end to end reads as one line;
        # alongside closer than PARALLEL_SPACING, one cannot tell the two apart.
        if abs(other_x - x) < 1.0 and a <= y1 + RUN_GAP and y0 <= b + RUN_GAP:
            return False
        if abs(other_x - x) < spacing - 1e-6 and a < y1 and y0 < b:
            return False
    for rect in obstacles:
        if rect.x - 0.5 <= x <= rect.right + 0.5 and rect.y - 0.5 <= y1 and y0 <= rect.bottom + 0.5:
            return False
    return True


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and the middle of collinear runs."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1].x - p.x) < 1e-9 and abs(out[-1].y - p.y) < 1e-9:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a.x - b.x) < 1e-9 and abs(b.x - p.x) < 1e-9) or (
                abs(a.y - b.y) < 1e-9 and abs(b.y - p.y) < 1e-9
            ):
                out[-1] = p
                continue
        out.append(p)
    return tuple(out)


def _points(route: _Route) -> tuple[Point, ...]:
    exit, entry = route.exit, route.entry
    if route.direct:
        y = route.exit_track if route.exit_track is not None else exit.y
        return _simplify([exit, Point(exit.x, y), Point(entry.x, y), entry])
    x = _placed(route.channel)
    if route.link.side:
        start = [exit, Point(x, exit.y)]
    else:
        exit_y = _placed(route.exit_track)
        start = [exit, Point(exit.x, exit_y), Point(x, exit_y)]
    entry_y = _placed(route.entry_track)
    return _simplify(start + [Point(x, entry_y), Point(entry.x, entry_y), entry])


def _clear_drop(link: Link, frame: PageFrame) -> bool:
    """Whether a bottom exit reaches its target without a channel: the next slot, or further
    down the same lane with no symbol in that lane between them (a straight drop, no detour
    round empty cells)."""
    source, target = link.source, link.target
    if target.slot == source.slot + 1:
        return True
    return (
        target.slot > source.slot
        and target.lane == source.lane
        and all(
            (slot, source.lane) not in frame.taken for slot in range(source.slot + 1, target.slot)
        )
    )


def route_page(links: list[Link], frame: PageFrame) -> tuple[Connector, ...]:
    """Connectors for every link on one page, in the order given."""
    routes = []
    for link in links:
        rect = link.source.rect
        exit = side_exit(rect, link.side) if link.side else bottom_exit(rect)
        direct = link.side == 0 and _clear_drop(link, frame)
        route = _Route(link, exit, direct)
        route.label = _label_for(link, exit, frame)
        routes.append(route)
    _assign_entries(routes)
    _assign_tracks(routes, frame)
    _assign_channels(routes, frame)
    paths = [_points(r) for r in routes]
    jumps = _jumps(paths)
    return tuple(
        Connector(
            points=path,
            source_step=r.link.source_step,
            target_step=r.link.target_step,
            port=r.link.port,
            label=r.label,
            offpage=r.link.offpage,
            jumps=tuple(hops),
        )
        for r, path, hops in zip(routes, paths, jumps, strict=True)
    )


def _jumps(paths: list[tuple[Point, ...]]) -> list[list[Point]]:
    """For each path, the crossings where it hops over another path: on the horizontal
    segment of the two, unless the hop would not fit there (too near its ends or the
    arrowhead) and does on the vertical one."""
    pen = CONNECTOR_PEN
    room = pen.jump_radius + _END

    def fits(path: tuple[Point, ...], index: int, point: Point) -> bool:
        a, b = path[index], path[index + 1]
        if index == len(path) - 2 and math.hypot(point.x - b.x, point.y - b.y) < (
            pen.arrow_length + room
        ):  # keep the hop off the arrowhead
            return False
        return all(math.hypot(point.x - e.x, point.y - e.y) >= room for e in (a, b))

    jumps: list[list[Point]] = [[] for _ in paths]
    # (path, segment index, fixed coordinate, low end, high end) of every horizontal/vertical
    horizontal, vertical = [], []
    for i, path in enumerate(paths):
        for si, (a, b) in enumerate(pairwise(path)):
            if abs(a.y - b.y) <= 1e-9 and abs(a.x - b.x) > 1e-9:
                horizontal.append((i, si, a.y, min(a.x, b.x), max(a.x, b.x)))
            elif abs(a.x - b.x) <= 1e-9 and abs(a.y - b.y) > 1e-9:
                vertical.append((i, si, a.x, min(a.y, b.y), max(a.y, b.y)))
    for i, si, y, x0, x1 in horizontal:
        for j, sj, x, y0, y1 in vertical:
            if i == j or not (x0 + _END < x < x1 - _END and y0 + _END < y < y1 - _END):
                continue
            point = Point(x, y)
            if fits(paths[i], si, point) or not fits(paths[j], sj, point):
                jumps[i].append(point)
            else:
                jumps[j].append(point)
    return jumps
