"""draw_string writes exactly what reportlab's setFont + drawString would, byte for byte."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from sopstudio.export.pdf.draw import draw_string
from sopstudio.model.layout.fonts import ensure_registered

#: Over 256 distinct characters (Latin, Latin Extended, Greek, Cyrillic), so the font needs a
#: second subset and a line switches subsets mid-string.
MANY_GLYPHS = "".join(map(chr, range(0x21, 0x7F))) + "".join(
    chr(c) for c in (*range(0xC0, 0x180), *range(0x391, 0x3A9), *range(0x410, 0x450))
)
LINES = [
    ("Arial", 8.0, 40.0, 500.0, "Menerima surat masuk"),
    ("Arial-Bold", 9.5, 41.25, 480.125, "KEGIATAN (Mutu Baku)"),
    ("Arial", 8.0, 300.0, 20.0, "Menerima surat masuk"),  # drawn again elsewhere
    ("Arial", 7.0, 10.0, 10.0, r"kurung ( ) dan garis miring \ , tanda – “kutip” é"),
    ("Bookman Old Style-Italic", 11.0, 12.0, 13.0, "Halaman 1 dari 2"),
    ("Arial", 6.0, 1.0, 2.0, MANY_GLYPHS),
    ("Arial", 6.0, 3.0, 4.0, MANY_GLYPHS[::-1]),
    ("Arial", 8.0, 5.0, 6.0, "tanpa glyph: \u4e2d\u6587 \U0001f600"),
    ("Helvetica", 8.0, 7.0, 8.0, "fonta Type 1 bawaan"),
    ("Arial", 8.0, 40.0, 500.0, "Menerima surat masuk"),
]


def _pdf(draw) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    for _ in range(2):  # a second page: codes and subsets carry over within the document
        canvas.saveState()
        for font, size, x, y, text in LINES:
            draw(canvas, font, size, x, y, text)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _reportlab(canvas: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def test_draw_string_writes_what_drawstring_writes():
    ensure_registered()
    expected = _pdf(_reportlab)
    assert b"/F2+1" in expected  # the second subset is really used
    assert _pdf(draw_string) == expected
