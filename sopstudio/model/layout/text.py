"""Placing wrapped text in boxes: the one place that turns strings into `TextLine`s."""

from __future__ import annotations

from collections.abc import Sequence

from sopstudio.model.layout.fonts import ascent, descent, line_height, string_width, wrap
from sopstudio.model.layout.geometry import Align, Rect, TextBlock, TextLine


def text_height(line_count: int, size: float) -> float:
    """Height taken by `line_count` lines (0 for none)."""
    return line_count * line_height(size)


def place_lines(
    lines: Sequence[str],
    font: str,
    size: float,
    rect: Rect,
    align: Align = Align.LEFT,
    middle: bool = False,
    indent: float = 0.0,
) -> tuple[TextLine, ...]:
    """Lay already-wrapped lines in `rect` from its top (or centred vertically if `middle`).

    Each line occupies `line_height(size)`; its baseline sits so that the ascender-to-descender
    box is centred in that height. `indent` shifts left-aligned lines right.
    """
    lh = line_height(size)
    asc = ascent(font, size)
    half_leading = (lh - asc - descent(font, size)) / 2
    top = rect.y
    if middle:
        top += (rect.h - text_height(len(lines), size)) / 2
    placed = []
    for index, text in enumerate(lines):
        width = string_width(text, font, size)
        if align is Align.CENTER:
            x = rect.x + (rect.w - width) / 2
        elif align is Align.RIGHT:
            x = rect.right - width
        else:
            x = rect.x + indent
        placed.append(TextLine(text, x, top + index * lh + half_leading + asc, width, font, size))
    return tuple(placed)


def text_block(
    text: str,
    font: str,
    size: float,
    rect: Rect,
    align: Align = Align.LEFT,
    middle: bool = False,
) -> TextBlock:
    """`text` wrapped to the width of `rect` and placed in it."""
    lines = wrap(text, font, size, rect.w) if text else ()
    return TextBlock(rect, place_lines(lines, font, size, rect, align, middle), align)
