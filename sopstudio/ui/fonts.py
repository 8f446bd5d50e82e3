"""The bundled fonts as QFonts, so the canvas draws text with the layout engine's metrics.

The layout engine names fonts by key (`sopstudio.model.layout.fonts.FONT_FILES`, e.g.
"Arial-Bold") and sizes them in points. One scene unit is one point, so a font must be
sized in scene units, whatever the screen's DPI: QFont only takes integer pixel sizes, so
fonts are made `TEXT_SCALE` times larger and the painter draws them scaled down by as much.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from sopstudio.model.layout import fonts as layout_fonts

#: Text is drawn at this many times its size under a 1/TEXT_SCALE painter scale, which
#: keeps 1/8-point size precision (sizes such as 7.5 pt stay exact).
TEXT_SCALE = 8


@cache
def _face(key: str) -> tuple[str, QFont.Weight, bool]:
    """(family, weight, italic) of the bundled TTF for a layout font key, registered once."""
    path = str(layout_fonts.FONT_FILES[key])
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id < 0:
        raise RuntimeError(f"Qt cannot load the bundled font {path}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    raw = QRawFont(path, 10)
    return family, raw.weight(), raw.style() != QFont.Style.StyleNormal


@cache
def scaled_font(key: str, size: float) -> QFont:
    """The QFont for a layout font key at `size` points, scaled up by TEXT_SCALE."""
    family, weight, italic = _face(key)
    font = QFont(family)
    font.setWeight(QFont.Weight(weight))
    font.setItalic(italic)
    font.setPixelSize(max(1, round(size * TEXT_SCALE)))
    # The layout engine measures unhinted advances without kerning; match it so lines keep
    # the measured widths.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


def ui_font(key: str, pixel_size: int) -> QFont:
    """The QFont for a layout font key at an integer pixel size (for editor widgets)."""
    font = QFont(scaled_font(key, 1.0))
    font.setPixelSize(max(1, pixel_size))
    return font
