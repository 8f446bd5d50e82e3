"""The bundled fonts, their real metrics, and word wrapping.

Every renderer resolves a `TextLine.font` key through `FONT_FILES`, so a line measured here has
the same width in the PDF, the canvas and (metric-compatibly) in Word.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sopstudio.resources import FONTS

#: The file stem of the bundled stand-in for each family offices name in their documents.
_FAMILY_FILES: dict[str, str] = {
    "Arial": "LiberationSans",
    "Bookman Old Style": "TeXGyreBonum",
}
#: The font families SOPs are printed in (each with bundled metric-compatible files).
FAMILIES: tuple[str, ...] = tuple(_FAMILY_FILES)
_VARIANTS: dict[str, str] = {
    "": "Regular",
    "-Bold": "Bold",
    "-Italic": "Italic",
    "-BoldItalic": "BoldItalic",
}

#: Font key (as used in `TextLine.font`) -> bundled TrueType file.
FONT_FILES: dict[str, Path] = {
    family + suffix: FONTS / f"{stem}-{variant}.ttf"
    for family, stem in _FAMILY_FILES.items()
    for suffix, variant in _VARIANTS.items()
}

#: Baseline-to-baseline distance as a multiple of the font size.
LINE_SPACING = 1.2

_registered = False


def ensure_registered() -> None:
    """Register every bundled font with reportlab under its `FONT_FILES` key (idempotent)."""
    global _registered
    if _registered:
        return
    registered = set(pdfmetrics.getRegisteredFontNames())
    for key, path in FONT_FILES.items():
        if key not in registered:
            pdfmetrics.registerFont(TTFont(key, str(path)))
    _registered = True


def font_key(family: str, bold: bool = False, italic: bool = False) -> str:
    """The `FONT_FILES` key of a family and variant; unknown families fall back to Arial."""
    if family not in _FAMILY_FILES:
        family = "Arial"
    suffix = "-Bold" * bold + "-Italic" * italic
    return family + ("-BoldItalic" if suffix == "-Bold-Italic" else suffix)


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    """Advance width of `text` at size 1 (widths scale linearly with size)."""
    ensure_registered()
    return pdfmetrics.stringWidth(text, font, 1.0)


def string_width(text: str, font: str, size: float) -> float:
    """Advance width of `text` in points."""
    return _unit_width(text, font) * size


@lru_cache(maxsize=64)
def _unit_ascent_descent(font: str) -> tuple[float, float]:
    ensure_registered()
    face = pdfmetrics.getFont(font).face
    return face.ascent / 1000.0, -face.descent / 1000.0


def ascent(font: str, size: float) -> float:
    """Height of the font's ascender above the baseline, in points."""
    return _unit_ascent_descent(font)[0] * size


def descent(font: str, size: float) -> float:
    """Depth of the font's descender below the baseline, in points (positive)."""
    return _unit_ascent_descent(font)[1] * size


def line_height(size: float) -> float:
    """Baseline-to-baseline distance for a font size."""
    return LINE_SPACING * size


@lru_cache(maxsize=16)
def _covered(font: str) -> frozenset[int]:
    """The code points the font has a glyph for."""
    ensure_registered()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _invisible(char: str) -> bool:
    """A format character (zero-width, bidi control) or variation selector: drawn as nothing."""
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


def missing_glyphs(text: str, font: str) -> list[str]:
    """The characters of `text` (each once, in order) the font cannot draw; whitespace and
    invisible format characters do not count."""
    if text.isascii():
        return []
    covered = _covered(font)
    seen = dict.fromkeys(
        c for c in text if ord(c) not in covered and not c.isspace() and not _invisible(c)
    )
    return list(seen)


@lru_cache(maxsize=16384)
def drawable(text: str, font: str) -> str:
    """`text` as the font can draw it: a character without a glyph (an emoji, a script the
    bundled fonts lack) becomes a visible "[U+1F600]", invisible format characters go."""
    if text.isascii():
        return text
    covered = _covered(font)
    return "".join(
        c if ord(c) in covered or c.isspace() else "" if _invisible(c) else f"[U+{ord(c):04X}]"
        for c in text
    )


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Split a word too wide for `width` into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        # Grow the piece while the next character still fits.
        while end < len(word) and string_width(word[start : end + 1], font, size) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


@lru_cache(maxsize=16384)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy word wrap of `text` into lines no wider than `width` (cached: rows are measured
    and then placed, and editors re-lay out mostly unchanged text).

    Explicit newlines start new lines (an empty paragraph gives an empty line); runs of spaces
    collapse; a word wider than the line is broken between characters; characters the font
    lacks are shown as `drawable` writes them.
    """
    lines: list[str] = []
    space = string_width(" ", font, size)
    for paragraph in drawable(text, font).split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in paragraph.split():
            word_width = string_width(word, font, size)
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if current:
                lines.append(" ".join(current))
            if word_width <= width:
                current, current_width = [word], word_width
            else:
                *whole, last = _break_word(word, font, size, width)
                lines.extend(whole)
                current, current_width = [last], string_width(last, font, size)
        lines.append(" ".join(current))
    return tuple(lines)
