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
    top = rect.y + (lh - asc - descent(font, size)) / 2 + asc  # first baseline
    if middle:
        top += (rect.h - text_height(len(lines), size)) / 2
    placed = []
    for index, text in enumerate(lines):
        width = string_width(text, font, size)
        if align is Align.CENTER:
            x = rect.x + (rect.w - width) / 2
        elif align is Align.RIGHT:
            x = rect.x + rect.w - width
        else:
            x = rect.x + indent
        placed.append(TextLine(text, x, top + index * lh, width, font, size))
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
    if not text:
        return TextBlock(rect, (), align)
    lines = place_lines(wrap(text, font, size, rect.w), font, size, rect, align, middle)
    return TextBlock(rect, lines, align)
