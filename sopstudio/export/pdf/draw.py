"""Draw one layout `Page` onto a reportlab canvas.

Everything is placed exactly where the layout engine put it, and connectors are stroked with
the pen the geometry gives them (width, arrowhead, jump hops); the only thing computed here is
how the y axis flips (layout: origin top-left, y down; PDF: origin bottom-left, y up).
"""

from __future__ import annotations

import io
import math
from weakref import WeakKeyDictionary

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from sopstudio.model.layout.fonts import ensure_registered
from sopstudio.model.layout.geometry import (
    GRID_LINE,
    OFFPAGE_SHOULDER,
    SYMBOL_LINE,
    Connector,
    ConnectorPen,
    Hop,
    Page,
    Point,
    Rect,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
    connector_path,
    diamond_outline,
    offpage_outline,
)

#: Where the sides of the off-page pentagon turn towards its bottom point (fraction of h).
#: Font key and largest size for a symbol label the layout did not place itself.
LABEL_FONT = "Arial"
LABEL_SIZE = 8.0


def draw_page(canvas: Canvas, page: Page) -> None:
    """Draw a page's tables, connectors, symbols, free text and pictures (the page must be
    current)."""
    ensure_registered()
    flip = _Flip(page.height)
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setLineJoin(0)
    canvas.setLineCap(0)
    for table in page.tables:
        _draw_table(canvas, flip, table)
    # Connectors go under the symbols, so a white-filled symbol hides any overdraw.
    for connector in page.connectors:
        _draw_connector(canvas, flip, connector)
    for symbol in page.symbols:
        _draw_symbol(canvas, flip, symbol)
    for block in page.texts:
        _draw_text(canvas, flip, block)
    for picture in page.pictures:
        x, y = flip.bottom_left(picture.rect)
        image = ImageReader(io.BytesIO(picture.png))
        canvas.drawImage(image, x, y, picture.rect.w, picture.rect.h, mask="auto")
    canvas.restoreState()


class _Flip:
    """Converts layout y (down from the top) to PDF y (up from the bottom)."""

    def __init__(self, height: float) -> None:
        self.height = height

    def y(self, y: float) -> float:
        return self.height - y

    def bottom_left(self, rect: Rect) -> tuple[float, float]:
        """The PDF coordinates of a layout rect's lower-left corner."""
        return rect.x, self.height - rect.bottom


def _draw_table(canvas: Canvas, flip: _Flip, table: Table) -> None:
    canvas.setLineWidth(GRID_LINE)
    for cell in table.cells:
        x, y = flip.bottom_left(cell.rect)
        if cell.fill:
            canvas.setFillColor(HexColor(cell.fill))
            canvas.rect(x, y, cell.rect.w, cell.rect.h, stroke=1, fill=1)
            canvas.setFillColor(black)
        else:
            canvas.rect(x, y, cell.rect.w, cell.rect.h, stroke=1, fill=0)
    for cell in table.cells:
        _draw_text(canvas, flip, cell.text)


def _draw_text(canvas: Canvas, flip: _Flip, block: TextBlock) -> None:
    # Lines are already wrapped and aligned: x is the left end, baseline the y.
    for line in block.lines:
        if line.text:
            draw_string(canvas, line.font, line.size, line.x, flip.y(line.baseline), line.text)


#: Per canvas: (font, size, string) -> its PDF text operators (see `draw_string`).
_SHOWN: WeakKeyDictionary[Canvas, dict[tuple[str, float, str], str]] = WeakKeyDictionary()


def draw_string(canvas: Canvas, font: str, size: float, x: float, y: float, text: str) -> None:
    """What `canvas.setFont(font, size); canvas.drawString(x, y, text)` writes, byte for byte,
    at a fraction of its cost (a decree draws ~15,000 lines).

    For a TrueType font reportlab's drawString builds a text object, measures the string and
    maps every character to its subset code (`TTFont.splitString`) on each call. The codes of
    a document never change once assigned, so the operators of a string are built once per
    canvas (the first time, with reportlab's own calls, assigning codes in the same order) and
    reused; only the position differs. Other fonts go through drawString unchanged. The
    canvas's current font is left alone: `draw_page` restores its state anyway.
    """
    shown = _SHOWN.get(canvas)
    if shown is None:
        shown = _SHOWN[canvas] = {}
    key = (font, size, text)
    operators = shown.get(key)
    if operators is None:
        face = getFont(font)
        if not face._dynamicFont or not canvas.bottomup:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
            return
        operators = shown[key] = _text_operators(canvas, face, size, text)
    canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {operators} T* ET")


def _text_operators(canvas: Canvas, face, size: float, text: str) -> str:
    """The font selection and show-string operators reportlab's `PDFTextObject._formatText`
    writes for `text` in a TrueType font (its subsets switched as they change)."""
    doc = canvas._doc
    parts: list[str] = []
    subset_now = -1
    for subset, chunk in face.splitString(text, doc):
        if subset != subset_now:
            # setFont's default leading is 1.2 x size.
            parts.append(
                f"{face.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf "
                f"{fp_str(size * 1.2)} TL"
            )
            subset_now = subset
        parts.append(f"({canvas._escape(chunk)}) Tj")
    return " ".join(parts)


def _draw_symbol(canvas: Canvas, flip: _Flip, symbol: Symbol) -> None:
    r = symbol.rect
    x, y = flip.bottom_left(r)
    canvas.setLineWidth(SYMBOL_LINE)
    canvas.setFillColor(white)
    if symbol.kind is SymbolKind.TERMINATOR:
        canvas.roundRect(x, y, r.w, r.h, radius=min(r.w, r.h) / 2, stroke=1, fill=1)
    elif symbol.kind is SymbolKind.PROCESS:
        canvas.rect(x, y, r.w, r.h, stroke=1, fill=1)
    else:
        _polygon(canvas, flip, _outline(symbol.kind, r))
    canvas.setFillColor(black)
    if symbol.label_text is not None:
        _draw_text(canvas, flip, symbol.label_text)
    elif symbol.label:
        _draw_centred_label(canvas, flip, symbol)


def _draw_centred_label(canvas: Canvas, flip: _Flip, symbol: Symbol) -> None:
    """A label the layout gave no text block (e.g. an off-page letter), centred in the
    symbol's body: the whole box, or the part of the pentagon above its shoulders."""
    r = symbol.rect
    body = r.h * OFFPAGE_SHOULDER if symbol.kind is SymbolKind.OFFPAGE else r.h
    size = min(LABEL_SIZE, body * 0.6)
    canvas.setFont(LABEL_FONT, size)
    # Cap height of Arial is ~0.72 em: this centres capitals vertically in the body.
    canvas.drawCentredString(r.center.x, flip.y(r.y + body / 2 + size * 0.36), symbol.label)


def _outline(kind: SymbolKind, r: Rect) -> tuple[Point, ...]:
    """The vertices (layout coordinates) of a diamond or an off-page pentagon."""
    if kind is SymbolKind.DECISION:
        return diamond_outline(r)
    if kind is SymbolKind.OFFPAGE:
        return offpage_outline(r)
    raise ValueError(f"no polygon outline for {kind}")


def _polygon(canvas: Canvas, flip: _Flip, points: tuple[Point, ...]) -> None:
    path = canvas.beginPath()
    path.moveTo(points[0].x, flip.y(points[0].y))
    for p in points[1:]:
        path.lineTo(p.x, flip.y(p.y))
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


def _draw_connector(canvas: Canvas, flip: _Flip, connector: Connector) -> None:
    points = _distinct(connector.points)
    if len(points) >= 2:
        pen = connector.pen
        canvas.setLineWidth(pen.width)
        head = _arrowhead(points[-2], points[-1], pen) if connector.arrow else None
        steps = connector_path(connector)
        # The shaft stops at the arrowhead's base so its square end cannot poke past the tip.
        if head:
            steps = steps[:-1] + (head[0],)
        path = canvas.beginPath()
        path.moveTo(points[0].x, flip.y(points[0].y))
        for step in steps[1:]:
            if isinstance(step, Hop):
                c, r = step.centre, step.radius
                # arcTo draws the line to the arc's start, then the arc (angles y up, as here).
                path.arcTo(
                    c.x - r, flip.y(c.y) - r, c.x + r, flip.y(c.y) + r, step.start_angle, step.sweep
                )
            else:
                path.lineTo(step.x, flip.y(step.y))
        canvas.drawPath(path, stroke=1, fill=0)
        if head:
            _polygon(canvas, flip, head[1:])
    if connector.label is not None:
        _draw_text(canvas, flip, connector.label.text)


def _distinct(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """The points without consecutive duplicates (a zero-length segment has no direction)."""
    kept: list[Point] = []
    for p in points:
        if not kept or (p.x, p.y) != (kept[-1].x, kept[-1].y):
            kept.append(p)
    return tuple(kept)


def _arrowhead(before: Point, tip: Point, pen: ConnectorPen) -> tuple[Point, Point, Point, Point]:
    """(base centre, tip, left corner, right corner) of the pen's arrowhead ending at `tip`."""
    dx, dy = tip.x - before.x, tip.y - before.y
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    # A segment shorter than the arrowhead still gets a full head; it just covers it.
    base = Point(tip.x - ux * pen.arrow_length, tip.y - uy * pen.arrow_length)
    half = pen.arrow_half_width
    left = Point(base.x - uy * half, base.y + ux * half)
    right = Point(base.x + uy * half, base.y - ux * half)
    return base, tip, left, right
