"""Rebuild resources/fonts from Debian's font packages (fonts-liberation2, fonts-texgyre).

Liberation Sans is copied as is (metric-compatible with Arial). TeX Gyre Bonum, the free
stand-in for Bookman Old Style, ships as CFF OpenType, which reportlab cannot embed, so its
outlines are converted to TrueType quadratic curves here. Run once; the results are committed.
"""

import shutil
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
GYRE = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")


def otf_to_ttf(src: Path, dst: Path) -> None:
    """Convert a CFF-flavoured OpenType font to a TrueType-flavoured one."""
    font = TTFont(src)
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        shutil.copy(LIBERATION / f"LiberationSans-{style}.ttf", OUT)
        otf_to_ttf(GYRE / f"texgyrebonum-{style.lower()}.otf", OUT / f"TeXGyreBonum-{style}.ttf")


if __name__ == "__main__":
    main()
