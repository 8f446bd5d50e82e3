"""Thin scene items: each draws one piece of the layout engine's geometry.

Items hold ids and geometry, never business state; the scene gives them new geometry
after every relayout. Coordinates inside an item are page points (1 scene unit = 1 pt).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sopstudio.model.layout.geometry import (
    CONNECTOR_PEN,
    GRID_LINE,
    SYMBOL_LINE,
    Connector,
    ConnectorPen,
    Hop,
    Page,
    Rect,
    Symbol,
    SymbolKind,
    Table,
    TextBlock,
    connector_path,
    diamond_outline,
    offpage_outline,
)
from sopstudio.ui.fonts import TEXT_SCALE, scaled_font

#: Line width of table borders and symbol outlines, in points (as printed); connectors are
#: stroked with the pen the layout gives them (`Connector.pen`).
#: Radius of the link handle drawn under a hovered or selected symbol.
HANDLE_RADIUS = 4.0
#: Page shadow offset.
SHADOW = 4.0

INK = QColor("#000000")
SELECTION = QColor("#1a73e8")
SEVERITY_COLORS = {"error": QColor("#d93025"), "warning": QColor("#f29900")}

Z_PAGE, Z_MARK, Z_SYMBOL, Z_INDICATOR = 0, 1, 2, 3


def _pen(color: QColor = INK, width: float = SYMBOL_LINE) -> QPen:
    pen = QPen(color, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def draw_text_blocks(painter: QPainter, blocks: Iterable[TextBlock]) -> None:
    """Draw already-wrapped lines at their exact positions with the bundled fonts."""
    painter.save()
    painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
    painter.setPen(INK)
    current = None
    for block in blocks:
        for line in block.lines:
            if (line.font, line.size) != current:
                current = (line.font, line.size)
                painter.setFont(scaled_font(line.font, line.size))
            painter.drawText(QPointF(line.x * TEXT_SCALE, line.baseline * TEXT_SCALE), line.text)
    painter.restore()


def draw_text_block(painter: QPainter, block: TextBlock) -> None:
    """Draw one block's lines (see `draw_text_blocks`)."""
    if block.lines:
        draw_text_blocks(painter, (block,))


def arrowhead(tip: QPointF, towards_from: QPointF, pen: ConnectorPen = CONNECTOR_PEN) -> QPolygonF:
    """The filled arrowhead polygon at `tip` for a segment coming from `towards_from`."""
    dx, dy = tip.x() - towards_from.x(), tip.y() - towards_from.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = QPointF(tip.x() - ux * pen.arrow_length, tip.y() - uy * pen.arrow_length)
    normal = QPointF(-uy * pen.arrow_half_width, ux * pen.arrow_half_width)
    return QPolygonF([tip, base + normal, base - normal])


def draw_connector(painter: QPainter, connector: Connector) -> None:
    """Draw an orthogonal polyline, hopping over the connectors it jumps, with its arrowhead
    and label, in the connector's own pen."""
    points = [QPointF(p.x, p.y) for p in connector.points]
    if len(points) < 2:
        return
    path = QPainterPath(points[0])
    for step in connector_path(connector)[1:]:
        if isinstance(step, Hop):
            c, r = step.centre, step.radius
            path.lineTo(step.start.x, step.start.y)
            path.arcTo(QRectF(c.x - r, c.y - r, 2 * r, 2 * r), step.start_angle, step.sweep)
        else:
            path.lineTo(step.x, step.y)
    painter.setPen(_pen(width=connector.pen.width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if connector.arrow:
        painter.setBrush(INK)
        painter.drawPolygon(arrowhead(points[-1], points[-2], connector.pen))
    if connector.label is not None:
        draw_text_block(painter, connector.label.text)


def symbol_path(kind: SymbolKind, rect: QRectF) -> QPainterPath:
    """The outline of an official flowchart symbol filling `rect`."""
    path = QPainterPath()
    if kind is SymbolKind.TERMINATOR:
        radius = rect.height() / 2
        path.addRoundedRect(rect, radius, radius)
    elif kind in (SymbolKind.DECISION, SymbolKind.OFFPAGE):
        outline = diamond_outline if kind is SymbolKind.DECISION else offpage_outline
        points = outline(Rect(rect.x(), rect.y(), rect.width(), rect.height()))
        path.addPolygon(QPolygonF([QPointF(p.x, p.y) for p in points]))
        path.closeSubpath()
    else:
        path.addRect(rect)
    return path


def _box(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def connector_box(connector: Connector) -> QRectF:
    """The area a connector paints (polyline, arrowhead and label)."""
    xs = [p.x for p in connector.points]
    ys = [p.y for p in connector.points]
    box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    pen = connector.pen
    pad = max(pen.arrow_length, pen.jump_radius) + pen.width  # arrowhead, hops, stroke
    box = box.adjusted(-pad, -pad, pad, pad)
    if connector.label is not None:
        box = box.united(_box(connector.label.text.rect))
    return box


def page_damage(old: Page, new: Page) -> QRectF | None:
    """The part of a page that differs between two layouts; None when it is all of it.

    Cells, connectors and free texts are compared position by position, which is cheap
    and exact when an edit keeps the page's structure (typing in a cell).
    """
    if (
        old.width,
        old.height,
        len(old.tables),
        len(old.connectors),
        len(old.texts),
        old.pictures,
    ) != (
        new.width,
        new.height,
        len(new.tables),
        len(new.connectors),
        len(new.texts),
        new.pictures,
    ):
        return None
    dirty = QRectF()
    for old_table, new_table in zip(old.tables, new.tables, strict=False):
        if len(old_table.cells) != len(new_table.cells):
            return None
        for a, b in zip(old_table.cells, new_table.cells, strict=False):
            if a != b:
                dirty = dirty.united(_box(a.rect)).united(_box(b.rect))
    for a, b in zip(old.connectors, new.connectors, strict=False):
        if a != b:
            dirty = dirty.united(connector_box(a)).united(connector_box(b))
    for a, b in zip(old.texts, new.texts, strict=False):
        if a != b:
            dirty = dirty.united(_box(a.rect)).united(_box(b.rect))
    return dirty


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching intervals joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def grid_lines(table: Table) -> list[QLineF]:
    """The borders of a table's cells, each stretch of its grid once and as long as it runs.

    A cell's edge is also its neighbour's: stroking every cell's rectangle would draw the grid
    twice, in short pieces. Edges are found on the grid (cells' row/col and spans), so equal
    borders are equal whatever rounding their rectangles carry.
    """
    across = defaultdict(list)  # grid row boundary -> column spans of horizontal borders
    down = defaultdict(list)  # grid column boundary -> row spans of vertical borders
    for cell in table.cells:
        r0, r1 = cell.row, cell.row + cell.row_span
        c0, c1 = cell.col, cell.col + cell.col_span
        across[r0].append((c0, c1))
        across[r1].append((c0, c1))
        down[c0].append((r0, r1))
        down[c1].append((r0, r1))
    xs, ys = table.col_x, table.row_y
    lines = [
        QLineF(xs[a], ys[r], xs[b], ys[r]) for r, spans in across.items() for a, b in _merged(spans)
    ]
    lines += [
        QLineF(xs[c], ys[a], xs[c], ys[b]) for c, spans in down.items() for a, b in _merged(spans)
    ]
    return lines


class _PageDrawing:
    """One page prepared for painting: fills, grid, text blocks, connectors and pictures with
    the boxes that cull them against the exposed area."""

    def __init__(self, page: Page) -> None:
        cells = [cell for table in page.tables for cell in table.cells]
        self.fills = [(_box(cell.rect), QColor(cell.fill)) for cell in cells if cell.fill]
        self.grid = [line for table in page.tables for line in grid_lines(table)]
        blocks = [cell.text for cell in cells] + list(page.texts)
        self.texts = [(_box(block.rect), block) for block in blocks if block.lines]
        self.connectors = [(connector_box(c), c) for c in page.connectors if len(c.points) > 1]
        self.pictures = [(_box(p.rect), QImage.fromData(p.png, "PNG")) for p in page.pictures]


class PageItem(QGraphicsItem):
    """One printed page: paper and shadow, tables with their text, free text, connectors,
    pictures."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self._drawing: _PageDrawing | None = None  # prepared at the first paint
        self.setZValue(Z_PAGE)
        # exposedRect then names just the damaged area, so paint() can skip the rest.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_page(self, page: Page, visible: bool) -> None:
        """Show new geometry for this page (nothing to do when it is the same page object).

        A `visible` page repaints only what changed; for a page out of view, finding that
        out would cost more than the (deferred, culled) repaint.
        """
        if page is self.page:
            return
        damage = page_damage(self.page, page) if visible else None
        if (page.width, page.height) != (self.page.width, self.page.height):
            self.prepareGeometryChange()
        self.page = page
        self._drawing = None
        if damage is None:
            self.update()
        elif not damage.isEmpty():
            self.update(damage.adjusted(-2, -2, 2, 2))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.page.width + SHADOW, self.page.height + SHADOW)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        page = self.page
        if self._drawing is None:
            self._drawing = _PageDrawing(page)
        drawing = self._drawing
        exposed = option.exposedRect
        shadow = QColor(0, 0, 0, 60)
        painter.fillRect(QRectF(page.width, SHADOW, SHADOW, page.height), shadow)
        painter.fillRect(QRectF(SHADOW, page.height, page.width - SHADOW, SHADOW), shadow)
        painter.fillRect(
            QRectF(0, 0, page.width, page.height).intersected(exposed), Qt.GlobalColor.white
        )
        for rect, color in drawing.fills:
            if rect.intersects(exposed):
                painter.fillRect(rect, color)
        painter.setPen(_pen(width=GRID_LINE))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Borders snapped to whole pixels: crisp and black like a printed grid, where an
        # antialiased thin line straddling two pixels reads as a grey double line.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawLines(drawing.grid)  # clipped to the exposed area by the view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_text_blocks(
            painter, [block for rect, block in drawing.texts if rect.intersects(exposed)]
        )
        for rect, connector in drawing.connectors:
            if rect.intersects(exposed):
                draw_connector(painter, connector)
        for rect, image in drawing.pictures:
            if rect.intersects(exposed):
                painter.drawImage(rect, image)


class SymbolItem(QGraphicsItem):
    """A flowchart symbol; `step_id` names its step (None for off-page connectors)."""

    def __init__(self, symbol: Symbol, has_handle: bool) -> None:
        super().__init__()
        self.symbol = symbol
        self.has_handle = has_handle
        self.selected = False
        self.severity: str | None = None
        self._hovered = False
        self.setZValue(Z_SYMBOL)
        self.setAcceptHoverEvents(True)

    @property
    def step_id(self) -> str | None:
        return self.symbol.step_id

    def set_symbol(self, symbol: Symbol, has_handle: bool) -> None:
        """Show new geometry (placed by the scene) and whether a link may start here."""
        if (symbol is self.symbol or symbol == self.symbol) and has_handle == self.has_handle:
            return
        self.prepareGeometryChange()
        self.symbol = symbol
        self.has_handle = has_handle
        self.update()

    def set_state(self, selected: bool, severity: str | None) -> None:
        """Show selection and validation marks."""
        if (selected, severity) != (self.selected, self.severity):
            self.selected, self.severity = selected, severity
            self.update()

    def shape_rect(self) -> QRectF:
        """The symbol's box in item coordinates."""
        return QRectF(0, 0, self.symbol.rect.w, self.symbol.rect.h)

    def handle_center(self) -> QPointF:
        """Centre of the link handle, in item coordinates (just below the symbol)."""
        rect = self.shape_rect()
        return QPointF(rect.center().x(), rect.bottom() + HANDLE_RADIUS)

    def handle_visible(self) -> bool:
        return self.has_handle and (self._hovered or self.selected)

    def on_handle(self, scene_pos: QPointF) -> bool:
        """True when `scene_pos` is on the link handle (it is grabbable even when hidden)."""
        if not self.has_handle:
            return False
        d = self.mapFromScene(scene_pos) - self.handle_center()
        return math.hypot(d.x(), d.y()) <= HANDLE_RADIUS + 1.5

    def boundingRect(self) -> QRectF:
        pad = 2.0
        return self.shape_rect().adjusted(-pad, -pad, pad, pad + 2 * HANDLE_RADIUS + 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.shape_rect())
        if self.has_handle:
            path.addEllipse(self.handle_center(), HANDLE_RADIUS + 1.5, HANDLE_RADIUS + 1.5)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.shape_rect()
        path = symbol_path(self.symbol.kind, rect)
        painter.setBrush(Qt.GlobalColor.white)
        painter.setPen(_pen(width=SYMBOL_LINE))
        painter.drawPath(path)
        if self.symbol.label_text is not None:
            painter.save()
            painter.translate(-self.symbol.rect.x, -self.symbol.rect.y)
            draw_text_block(painter, self.symbol.label_text)
            painter.restore()
        outline = SEVERITY_COLORS.get(self.severity or "")
        if self.selected:
            outline = SELECTION
        if outline is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(outline, 2.0))
            painter.drawPath(symbol_path(self.symbol.kind, rect.adjusted(-1.5, -1.5, 1.5, 1.5)))
        if self.handle_visible():
            painter.setPen(_pen(SELECTION, 1.0))
            painter.setBrush(QColor(255, 255, 255))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()


class MarkItem(QGraphicsItem):
    """A row outline: the selection (translucent fill) or a validation finding."""

    def __init__(self, rect: QRectF, color: QColor, filled: bool) -> None:
        super().__init__()
        self._rect = rect
        self._color = color
        self._filled = filled
        self.setZValue(Z_MARK)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._filled:
            fill = QColor(self._color)
            fill.setAlpha(28)
            painter.fillRect(self._rect, fill)
        painter.setPen(_pen(self._color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)


class IndicatorItem(QGraphicsItem):
    """Feedback during a drag: a drop line, a highlighted lane box, or a link preview."""

    def __init__(self) -> None:
        super().__init__()
        self._line: QLineF | None = None
        self._rect: QRectF | None = None
        self._arrow = False
        self.setZValue(Z_INDICATOR)
        self.hide()

    def show_feedback(
        self, line: QLineF | None = None, rect: QRectF | None = None, arrow: bool = False
    ) -> None:
        """Show a thick drop line (between rows or lanes) or, with `arrow`, a link being
        drawn; and/or a highlighted target box (a lane cell, a target symbol)."""
        self.prepareGeometryChange()
        self._line, self._rect, self._arrow = line, rect, arrow
        self.show()
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._line = self._rect = None
        self.hide()

    def boundingRect(self) -> QRectF:
        box = QRectF()
        if self._line is not None:
            box = QRectF(self._line.p1(), self._line.p2()).normalized()
        if self._rect is not None:
            box = box.united(self._rect)
        pad = CONNECTOR_PEN.arrow_length + 3
        return box.adjusted(-pad, -pad, pad, pad)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._rect is not None:
            fill = QColor(SELECTION)
            fill.setAlpha(45)
            painter.setBrush(QBrush(fill))
            painter.setPen(_pen(SELECTION, 1.5))
            painter.drawRect(self._rect)
        if self._line is not None:
            if self._arrow:
                pen = _pen(SELECTION, 1.25)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(self._line)
                painter.setPen(_pen(SELECTION, 1.0))
                painter.setBrush(SELECTION)
                painter.drawPolygon(arrowhead(self._line.p2(), self._line.p1()))
            else:
                painter.setPen(_pen(SELECTION, 3.0))
                painter.drawLine(self._line)
