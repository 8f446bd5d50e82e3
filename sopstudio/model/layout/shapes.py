"""Symbol sizes and the outline points where connectors leave and enter symbols."""

from __future__ import annotations

import math

from sopstudio.model.layout.geometry import Point, Rect, SymbolKind

#: Free space kept between a symbol and each edge of its lane (room for routing channels).
LANE_GUTTER = 12.0
#: Widest a flowchart symbol gets.
SYMBOL_MAX_WIDTH = 60.0
#: Height of process rectangles and terminator capsules.
SYMBOL_HEIGHT = 22.0
#: Height of decision diamonds.
DECISION_HEIGHT = 30.0
#: Off-page connector (pentagon pointing down) width and height.
OFFPAGE_WIDTH = 16.0
OFFPAGE_HEIGHT = 16.0
#: Horizontal distance between neighbouring entry points on one symbol's top.
ENTRY_SPACING = 8.0


def symbol_width(lane_width: float) -> float:
    """Width of every step symbol in lanes of this width."""
    return max(8.0, min(lane_width - 2 * LANE_GUTTER, SYMBOL_MAX_WIDTH))


def symbol_height(kind: SymbolKind) -> float:
    """Height of a step symbol of this kind."""
    return DECISION_HEIGHT if kind is SymbolKind.DECISION else SYMBOL_HEIGHT


def entry_half_range(kind: SymbolKind, rect: Rect) -> float:
    """How far from the top centre an arrow may still enter the symbol vertically."""
    if kind is SymbolKind.DECISION:
        return max(0.0, rect.w / 2 - 8)
    if kind is SymbolKind.OFFPAGE:
        return 0.0
    return max(0.0, rect.w / 2 - 4)


def top_outline(kind: SymbolKind, rect: Rect, offset: float) -> float:
    """The y where a vertical line at `offset` from the centre first meets the outline."""
    d = abs(offset)
    if kind is SymbolKind.DECISION:
        return rect.y + d * rect.h / rect.w
    if kind is SymbolKind.TERMINATOR:
        radius = min(rect.h, rect.w) / 2
        excess = d - (rect.w / 2 - radius)
        if excess > 0:
            return rect.y + radius - math.sqrt(max(0.0, radius * radius - excess * excess))
    return rect.y


def bottom_exit(rect: Rect) -> Point:
    """Where the main (next/yes) arrow leaves a symbol: its bottom centre."""
    return Point(rect.x + rect.w / 2, rect.bottom)


def side_exit(rect: Rect, side: int) -> Point:
    """Where a decision's second (Tidak) arrow leaves: the left (-1) or right (+1) vertex."""
    return Point(rect.right if side > 0 else rect.x, rect.y + rect.h / 2)
