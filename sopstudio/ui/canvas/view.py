"""The page view: zoom (100% = printed size on this screen), fit to width, painted signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView

from sopstudio.ui.canvas.scene import SCENE_MARGIN, SopScene

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class SopView(QGraphicsView):
    """Shows a SopScene like a stack of printed pages on a grey desk."""

    #: Emitted after each repaint (benchmarks measure edit -> painted with it).
    painted = Signal()
    #: Emitted when scrolling or zooming moved the scene under the viewport.
    viewport_moved = Signal()
    #: Emitted with the new zoom factor (1.0 = 100%).
    zoom_changed = Signal(float)

    def __init__(self, scene: SopScene, parent=None) -> None:
        super().__init__(scene, parent)
        self._zoom = 1.0
        #: Fitting the width: the zoom follows the view's width until zoomed by hand.
        self.fitting = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#8a8f96"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Like a document viewer: resizing the window keeps the top of what is shown.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._apply_zoom()

    # -- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Zoom factor: 1.0 shows pages at their printed size on this screen."""
        return self._zoom

    def pixels_per_point(self) -> float:
        """Screen pixels per scene unit (point) at the current zoom."""
        return self._zoom * self.logicalDpiX() / 72.0

    def set_zoom(self, zoom: float) -> None:
        self.fitting = False
        self._zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        scale = self.pixels_per_point()
        self.resetTransform()
        self.scale(scale, scale)
        self.zoom_changed.emit(self._zoom)
        self.viewport_moved.emit()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        """100%: printed size."""
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        """Zoom so the widest page (with its margin) fills the viewport's width."""
        width = self.scene().sceneRect().width() or 1.0
        # Leave room for the vertical scroll bar, which a tall document always shows.
        available = self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()
        self.set_zoom(available / width * 72.0 / self.logicalDpiX())
        self.fitting = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting and event.size().width() != event.oldSize().width():
            self.fit_width()

    # -- events --------------------------------------------------------------------------

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom * ZOOM_STEP ** (delta / 120))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() == Qt.Key.Key_Equal
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_0
        ):
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport_moved.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def show_page_top(self, index: int) -> None:
        """Scroll so a page's top edge is at the top of the viewport."""
        top = self.scene().page_rect(index).top() - SCENE_MARGIN / 2
        self.verticalScrollBar().setValue(
            int(self.mapFromScene(0, top).y() + self.verticalScrollBar().value())
        )
