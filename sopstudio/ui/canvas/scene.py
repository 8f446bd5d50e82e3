"""The swimlane scene: the layout engine's pages, stacked vertically, kept in step with the SOP.

The scene subscribes to the SOP. Notifications only mark the layout stale; the relayout
runs once, either at `flush()` (the editor calls it after every undo command) or from a
zero-timer for changes made outside commands. It lays out through a `LayoutCache`, so the
pages an edit did not touch come back as the same objects, and it skips those; for the rest
it updates the items it already has (one per page and one per symbol, keyed by step id)
instead of rebuilding them, and a visible page repaints only what changed.

The scene only draws and answers geometric questions (what is under a point); editing is
done by the editor and its interactions.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene

from sopstudio.model import layout as layout_engine
from sopstudio.model.layout.geometry import (
    STEP_FIELD_BY_ROLE,
    Cell,
    Page,
    PageKind,
    Rect,
    SopLayout,
)
from sopstudio.model.sop import PORTS_BY_KIND, Change, Sop
from sopstudio.model.style import StyleCatalog
from sopstudio.ui.canvas.items import (
    SELECTION,
    SEVERITY_COLORS,
    IndicatorItem,
    MarkItem,
    PageItem,
    SymbolItem,
)

#: Vertical gap between stacked pages, in points.
PAGE_GAP = 24.0
#: Margin around the pages, in points.
SCENE_MARGIN = 24.0

#: The editable step fields, in Tab order (the layout's map of cell roles to fields).
FIELD_BY_ROLE = STEP_FIELD_BY_ROLE
EDIT_FIELDS: tuple[str, ...] = tuple(FIELD_BY_ROLE.values())


def _page_cells(
    page: Page, lane_by_span: dict[tuple[float, float], str]
) -> tuple[list[tuple[tuple[str, str], Cell]], list[tuple[Cell, str]]]:
    """A flowchart page's editable cells ((step id, field) -> cell) and lane headers."""
    cells, headers = [], []
    if page.kind is not PageKind.FLOWCHART:
        return cells, headers
    for table in page.tables:
        for cell in table.cells:
            field = FIELD_BY_ROLE.get(cell.role)
            if cell.step_id is not None and field is not None:
                cells.append(((cell.step_id, field), cell))
            elif cell.step_id is None and cell.row < table.header_rows:
                actor = lane_by_span.get((round(cell.rect.x, 2), round(cell.rect.right, 2)))
                if actor is not None:
                    headers.append((cell, actor))
    return cells, headers


def qrect(rect: Rect, origin: QPointF) -> QRectF:
    """A layout rectangle on the page at `origin`, in scene coordinates."""
    return QRectF(origin.x() + rect.x, origin.y() + rect.y, rect.w, rect.h)


class SopScene(QGraphicsScene):
    """Draws an SOP's layout and tracks selection, findings and drag feedback."""

    #: Emitted after each relayout (editors re-anchor themselves on it).
    layout_changed = Signal()

    def __init__(self, sop: Sop, parent=None) -> None:
        super().__init__(parent)
        self.sop = sop
        #: The house styles the SOP may name (the library's, set by the document tab).
        self.styles = StyleCatalog()
        self.layout: SopLayout | None = None
        # Pages whose inputs an edit left alone come back as the same objects.
        self._layout_cache = layout_engine.LayoutCache()
        self._pages: list[PageItem] = []
        self._origins: list[QPointF] = []
        self._symbols: dict[object, SymbolItem] = {}
        self._rows: dict[str, tuple[int, Rect]] = {}
        self._cells: dict[tuple[str, str], tuple[int, Cell]] = {}
        self._headers: list[tuple[int, Cell, str]] = []
        #: page index -> (page, lane spans, its editable cells, its lane headers) last indexed
        self._page_cells: dict[int, tuple] = {}
        self._selected: str | None = None
        self._severity: dict[str, str] = {}
        self._marks: list[MarkItem] = []
        self._selection_mark = MarkItem(QRectF(), SELECTION, filled=True)
        self._selection_mark.hide()
        self.addItem(self._selection_mark)
        self.indicator = IndicatorItem()
        self.addItem(self.indicator)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._dirty = True
        listener = self._on_change
        sop.subscribe(listener)
        # The SOP outlives its editor tab: stop following it when the scene goes.
        self.destroyed.connect(lambda: sop.unsubscribe(listener))
        self.flush()

    # -- following the model -------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if not self._dirty:
            self._dirty = True
            self._timer.start()

    def flush(self) -> None:
        """Relayout now if the SOP changed since the last layout."""
        if not self._dirty:
            return
        self._dirty = False
        self._timer.stop()
        style = self.styles.style_of(self.sop.style)
        self._apply_layout(
            layout_engine.layout_sop(self.sop, style=style, cache=self._layout_cache)
        )

    def set_styles(self, styles: StyleCatalog) -> None:
        """Lay out in these house styles from now on (a style was added or changed)."""
        self.styles = styles
        self._layout_cache = layout_engine.LayoutCache()
        self._dirty = True
        self.flush()

    def _apply_layout(self, layout: SopLayout) -> None:
        self.layout = layout
        y = SCENE_MARGIN
        self._origins = []
        in_view = [v.mapToScene(v.viewport().rect()).boundingRect() for v in self.views()]
        for index, page in enumerate(layout.pages):
            if index < len(self._pages):
                item = self._pages[index]
                shown = item.sceneBoundingRect()
                item.set_page(page, any(shown.intersects(r) for r in in_view))
            else:
                item = PageItem(page)
                self._pages.append(item)
                self.addItem(item)
            origin = QPointF(SCENE_MARGIN, y)
            if item.pos() != origin:
                item.setPos(origin)
            self._origins.append(origin)
            y += page.height + PAGE_GAP
        for item in self._pages[len(layout.pages) :]:
            self.removeItem(item)
        del self._pages[len(layout.pages) :]
        self._index_cells(layout)
        self._place_symbols(layout)
        width = max((p.width for p in layout.pages), default=0.0) + 2 * SCENE_MARGIN
        self.setSceneRect(QRectF(0, 0, width, max(y - PAGE_GAP + SCENE_MARGIN, 2 * SCENE_MARGIN)))
        self._show_marks()
        self.layout_changed.emit()

    def _index_cells(self, layout: SopLayout) -> None:
        self._rows = {step_id: (page, rect) for step_id, page, rect in layout.step_rows}
        # A lane's header is the header-row cell spanning exactly that lane's column.
        lane_by_span = {
            (round(left, 2), round(right, 2)): actor for actor, left, right in layout.lanes
        }
        indexed = {}
        self._cells = {}
        self._headers = []
        for index, page in enumerate(layout.pages):
            entry = self._page_cells.get(index)
            if entry is None or entry[0] is not page or entry[1] != lane_by_span:
                entry = (page, lane_by_span, *_page_cells(page, lane_by_span))
            indexed[index] = entry
            self._cells.update((key, (index, cell)) for key, cell in entry[2])
            self._headers.extend((index, cell, actor) for cell, actor in entry[3])
        self._page_cells = indexed

    def _place_symbols(self, layout: SopLayout) -> None:
        kinds = {step.id: step.kind for step in self.sop.steps}
        keep: dict[object, SymbolItem] = {}
        for index, page in enumerate(layout.pages):
            origin = self._origins[index]
            for n, symbol in enumerate(page.symbols):
                key = symbol.step_id or (index, n)
                kind = kinds.get(symbol.step_id)
                has_handle = kind is not None and bool(PORTS_BY_KIND[kind])
                x, y = origin.x() + symbol.rect.x, origin.y() + symbol.rect.y
                item = self._symbols.pop(key, None)
                if item is None:
                    item = SymbolItem(symbol, has_handle)
                    self.addItem(item)
                elif (
                    item.symbol is symbol
                    and item.has_handle == has_handle
                    and item.x() == x
                    and item.y() == y
                    and item.opacity() == 1.0
                ):
                    keep[key] = item  # on a page the layout reused, and not being dragged
                    continue
                else:
                    item.set_symbol(symbol, has_handle)
                item.setOpacity(1.0)
                item.setPos(x, y)
                keep[key] = item
        for item in self._symbols.values():
            self.removeItem(item)
        self._symbols = keep

    # -- selection and findings ----------------------------------------------------------

    def set_selected_step(self, step_id: str | None) -> None:
        """Highlight one step (its row and symbol), or none."""
        self._selected = step_id
        self._show_marks()

    def set_severities(self, severity_by_step: dict[str, str]) -> None:
        """Outline steps with findings: "error" red, anything else orange."""
        self._severity = dict(severity_by_step)
        self._show_marks()

    def _show_marks(self) -> None:
        for item in self._symbols.values():
            step_id = item.step_id
            item.set_state(
                step_id is not None and step_id == self._selected,
                self._severity.get(step_id) if step_id else None,
            )
        if self._selected not in self._rows:
            self._selection_mark.hide()
        else:
            self._selection_mark.set_rect(self.row_rect(self._selected))
            self._selection_mark.show()
        for mark in self._marks:
            self.removeItem(mark)
        self._marks = []
        for step_id, severity in self._severity.items():
            if step_id in self._rows:
                color = SEVERITY_COLORS.get(severity, SEVERITY_COLORS["warning"])
                mark = MarkItem(self.row_rect(step_id).adjusted(1, 1, -1, -1), color, False)
                self.addItem(mark)
                self._marks.append(mark)

    # -- geometry queries ----------------------------------------------------------------

    def page_origin(self, index: int) -> QPointF:
        """Top-left corner of a page in the scene."""
        return self._origins[index]

    def page_rect(self, index: int) -> QRectF:
        page = self.layout.pages[index]
        origin = self._origins[index]
        return QRectF(origin.x(), origin.y(), page.width, page.height)

    def page_at(self, pos: QPointF) -> int | None:
        for index in range(len(self._origins)):
            if self.page_rect(index).contains(pos):
                return index
        return None

    def first_flowchart_page(self) -> int:
        for index, page in enumerate(self.layout.pages):
            if page.kind is PageKind.FLOWCHART:
                return index
        return 0

    def row_rect(self, step_id: str) -> QRectF:
        """The step's table row, in scene coordinates."""
        page, rect = self._rows[step_id]
        return qrect(rect, self._origins[page])

    def cell_rect(self, step_id: str, field: str) -> QRectF:
        """The table cell showing one field of a step, in scene coordinates."""
        page, cell = self._cells[(step_id, field)]
        return qrect(cell.rect, self._origins[page])

    def cell_font_size(self, step_id: str, field: str) -> float:
        """The body text size of a step's cell, in points (for in-place editors)."""
        _, cell = self._cells[(step_id, field)]
        lines = cell.text.lines
        return lines[0].size if lines else self._body_size()

    def _body_size(self) -> float:
        for _, cell in self._cells.values():
            if cell.text.lines:
                return cell.text.lines[0].size
        return 8.0

    def header_rect(self, actor_id: str) -> QRectF:
        """The lane's header cell on the first flowchart page, in scene coordinates."""
        for page, cell, actor in self._headers:
            if actor == actor_id:
                return qrect(cell.rect, self._origins[page])
        raise KeyError(actor_id)

    def header_font_size(self, actor_id: str) -> float:
        for _, cell, actor in self._headers:
            if actor == actor_id and cell.text.lines:
                return cell.text.lines[0].size
        return self._body_size()

    def symbol_item(self, step_id: str) -> SymbolItem | None:
        return self._symbols.get(step_id)

    def symbol_items(self) -> Iterable[SymbolItem]:
        return self._symbols.values()

    def symbol_at(self, pos: QPointF) -> SymbolItem | None:
        """The step symbol under a scene point (its link handle included)."""
        for item in self.items(pos):
            if isinstance(item, SymbolItem) and item.step_id is not None and item.isVisible():
                return item
        return None

    def handle_at(self, pos: QPointF) -> SymbolItem | None:
        """The symbol whose link handle is under a scene point."""
        for item in self._symbols.values():
            if item.step_id is not None and item.on_handle(pos):
                return item
        return None

    def step_at(self, pos: QPointF) -> str | None:
        """The step whose table row contains a scene point."""
        for step_id, (page, rect) in self._rows.items():
            if qrect(rect, self._origins[page]).contains(pos):
                return step_id
        return None

    def field_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(step id, field) of the editable text cell under a scene point."""
        for (step_id, field), (page, cell) in self._cells.items():
            if qrect(cell.rect, self._origins[page]).contains(pos):
                return step_id, field
        return None

    def header_at(self, pos: QPointF) -> str | None:
        """The actor whose lane header (on any page) is under a scene point."""
        for page, cell, actor in self._headers:
            if qrect(cell.rect, self._origins[page]).contains(pos):
                return actor
        return None

    def lane_at(self, pos: QPointF) -> str | None:
        """The actor whose lane column lies under a scene point on a flowchart page."""
        page = self.page_at(pos)
        if page is None or self.layout.pages[page].kind is not PageKind.FLOWCHART:
            return None
        x = pos.x() - self._origins[page].x()
        for actor, left, right in self.layout.lanes:
            if left <= x < right:
                return actor
        return None

    def lane_cell(self, actor_id: str, step_id: str) -> QRectF:
        """The box where a lane crosses a step's row, in scene coordinates."""
        page, rect = self._rows[step_id]
        origin = self._origins[page]
        for actor, left, right in self.layout.lanes:
            if actor == actor_id:
                return QRectF(origin.x() + left, origin.y() + rect.y, right - left, rect.h)
        raise KeyError(actor_id)

    def lane_boundary(self, index: int, actor_id: str) -> QLineF:
        """The vertical line before lane `index` (len(lanes): after the last), on the page of
        `actor_id`'s header: where a dragged lane would land."""
        lanes = self.layout.lanes
        x = lanes[index][1] if index < len(lanes) else lanes[-1][2]
        page, cell, _ = next(h for h in self._headers if h[2] == actor_id)
        origin = self._origins[page]
        table = next(t for t in self.layout.pages[page].tables if cell in t.cells)
        return QLineF(
            origin.x() + x,
            origin.y() + table.row_y[0],
            origin.x() + x,
            origin.y() + table.row_y[-1],
        )

    def row_gap_at(self, pos: QPointF) -> tuple[int, QLineF] | None:
        """Where a row dropped at a scene point would go: (gap index 0..n, line to draw).

        Gap i is the boundary above step i (gap n: below the last step); the nearest row on
        the point's page decides, by which half of it the point is in.
        """
        page = self.page_at(pos)
        rows = [
            (i, s.id)
            for i, s in enumerate(self.sop.steps)
            if s.id in self._rows and self._rows[s.id][0] == page
        ]
        if not rows:
            return None
        index, step_id = min(rows, key=lambda r: abs(self.row_rect(r[1]).center().y() - pos.y()))
        rect = self.row_rect(step_id)
        if pos.y() < rect.center().y():
            return index, QLineF(rect.topLeft(), rect.topRight())
        return index + 1, QLineF(rect.bottomLeft(), rect.bottomRight())
