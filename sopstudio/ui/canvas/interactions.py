"""Mouse interactions on the canvas: small objects with move/finish/cancel.

The editor starts one at mouse press; it shows feedback during the drag and, at release,
turns the whole gesture into ONE undo command through the editor's runner.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QPointF

from sopstudio.model import ops
from sopstudio.model.sop import Port, Sop, Step, StepKind
from sopstudio.ui.canvas.scene import SopScene


class CanvasHost(Protocol):
    """What a gesture needs of the editor that started it (`ui.editor.SopEditor` is one):
    the SOP, its scene, a way to run one undoable operation, and step selection."""

    sop: Sop
    scene: SopScene

    def run(self, op: ops.Op, text: str, merge_key: object = None) -> bool: ...

    def select_step(self, step_id: str) -> None: ...


#: Distance in points the mouse must travel before a press becomes a drag.
DRAG_THRESHOLD = 3.0


def next_port(step: Step) -> Port:
    """The port a new link from `step` takes: Ya first then Tidak for a decision (Tidak is
    replaced when both are set), `next` otherwise."""
    if step.kind is StepKind.DECISION:
        return Port.YES if step.yes is None else Port.NO
    return Port.NEXT


class Interaction:
    """A gesture in progress, started by a mouse press at `start` (scene coordinates)."""

    def __init__(self, editor: CanvasHost, start: QPointF) -> None:
        self.editor = editor
        self.scene = editor.scene
        self.start = start
        self.dragging = False

    def move(self, pos: QPointF) -> None:
        """Follow the mouse (button held)."""
        if not self.dragging and QLineF(self.start, pos).length() >= DRAG_THRESHOLD:
            self.dragging = True
        if self.dragging:
            self.drag_to(pos)

    def drag_to(self, pos: QPointF) -> None:
        """Show where a release at `pos` would drop."""

    def finish(self, pos: QPointF) -> None:
        """Mouse released: commit the gesture (if it was a drag) and clear feedback."""
        self.scene.indicator.clear()
        if self.dragging:
            self.drop(pos)

    def drop(self, pos: QPointF) -> None:
        """Turn the drag into one command."""

    def cancel(self) -> None:
        """Abandon the gesture without changing the model."""
        self.scene.indicator.clear()


class MoveStepInteraction(Interaction):
    """Drag a symbol: sideways into another lane assigns the actor, up/down reorders."""

    def __init__(self, editor: CanvasHost, start: QPointF, step_id: str) -> None:
        super().__init__(editor, start)
        self.step_id = step_id
        self.item = self.scene.symbol_item(step_id)
        self.item_origin = self.item.pos()

    def target(self, pos: QPointF) -> tuple[str | None, int]:
        """(actor, table index) a drop at `pos` would give the step."""
        sop = self.editor.sop
        step = sop.step(self.step_id)
        actor = self.scene.lane_at(pos) or step.actor
        current = sop.step_index(self.step_id)
        if self.scene.step_at(pos) == self.step_id:
            return actor, current
        gap = self.scene.row_gap_at(pos)
        if gap is None:
            return actor, current
        return actor, gap[0] if gap[0] <= current else gap[0] - 1

    def drag_to(self, pos: QPointF) -> None:
        self.item.setPos(self.item_origin + (pos - self.start))
        self.item.setOpacity(0.6)
        actor, index = self.target(pos)
        step = self.editor.sop.step(self.step_id)
        current = self.editor.sop.step_index(self.step_id)
        line = None
        row_step = self.step_id
        if index != current:
            gap, line = self.scene.row_gap_at(pos)
            row_step = self.scene.step_at(pos) or self.step_id
        rect = self.scene.lane_cell(actor, row_step) if actor != step.actor or line else None
        if line is None and rect is None:
            self.scene.indicator.clear()
        else:
            self.scene.indicator.show_feedback(line=line, rect=rect)

    def drop(self, pos: QPointF) -> None:
        sop = self.editor.sop
        actor, index = self.target(pos)
        changes: list[ops.Op] = []
        if actor != sop.step(self.step_id).actor:
            changes.append(ops.assign_actor(self.step_id, actor))
        if index != sop.step_index(self.step_id):
            changes.append(ops.MoveStep(self.step_id, index))
        if not changes:
            self.cancel()
            return
        translate = QCoreApplication.translate
        if index != sop.step_index(self.step_id):
            text = translate("SopEditor", "Pindahkan langkah")
        else:
            text = translate("SopEditor", "Pindahkan ke pelaksana %1")
            text = text.replace("%1", sop.actor(actor).name)
        self.editor.run(ops.Batch(tuple(changes)), text)

    def cancel(self) -> None:
        super().cancel()
        self.item.setPos(self.item_origin)
        self.item.setOpacity(1.0)


class LinkInteraction(Interaction):
    """Drag from a symbol's handle: onto a symbol links, onto an empty lane creates a step."""

    def __init__(self, editor: CanvasHost, start: QPointF, step_id: str) -> None:
        super().__init__(editor, start)
        self.step_id = step_id
        item = self.scene.symbol_item(step_id)
        self.anchor = item.mapToScene(item.handle_center())

    def target_step(self, pos: QPointF) -> str | None:
        item = self.scene.symbol_at(pos)
        if item is None or item.step_id == self.step_id:
            return None
        return item.step_id

    def drag_to(self, pos: QPointF) -> None:
        target = self.target_step(pos)
        rect = None
        if target is not None:
            rect = self.scene.symbol_item(target).sceneBoundingRect()
        else:
            lane = self.scene.lane_at(pos)
            if lane is not None:
                # The new step will take the row just below the source: highlight it there.
                steps = self.editor.sop.steps
                below = self.editor.sop.step_index(self.step_id) + 1
                row = steps[below].id if below < len(steps) else self.step_id
                rect = self.scene.lane_cell(lane, row)
        self.scene.indicator.show_feedback(line=QLineF(self.anchor, pos), rect=rect, arrow=True)

    def drop(self, pos: QPointF) -> None:
        sop = self.editor.sop
        source = sop.step(self.step_id)
        port = next_port(source)
        translate = QCoreApplication.translate
        label = {
            Port.YES: translate("SopEditor", " (Ya)"),
            Port.NO: translate("SopEditor", " (Tidak)"),
        }.get(port, "")
        target = self.target_step(pos)
        if target is not None:
            self.editor.run(
                ops.link(self.step_id, port, target),
                translate("SopEditor", "Tautkan langkah") + label,
            )
            return
        lane = self.scene.lane_at(pos)
        if lane is None:
            return
        # A new step below the source, in the lane, continuing where the port used to go.
        new = Step(kind=StepKind.PROCESS, actor=lane, next=source.target(port))
        batch = ops.Batch(
            (
                ops.InsertStep(sop.step_index(self.step_id) + 1, new),
                ops.link(self.step_id, port, new.id),
            )
        )
        if self.editor.run(batch, translate("SopEditor", "Tambah langkah tertaut") + label):
            self.editor.select_step(new.id)


class LaneDragInteraction(Interaction):
    """Drag a lane header sideways to reorder the lanes."""

    def __init__(self, editor: CanvasHost, start: QPointF, actor_id: str) -> None:
        super().__init__(editor, start)
        self.actor_id = actor_id

    def target(self, pos: QPointF) -> int:
        """The lane index the dragged lane would take."""
        lanes = self.scene.layout.lanes
        origin_x = self.scene.page_origin(self.scene.first_flowchart_page()).x()
        x = pos.x() - origin_x
        gap = sum(1 for _, left, right in lanes if x > (left + right) / 2)
        current = self.editor.sop.actor_index(self.actor_id)
        return gap if gap <= current else gap - 1

    def drag_to(self, pos: QPointF) -> None:
        index = self.target(pos)
        if index == self.editor.sop.actor_index(self.actor_id):
            self.scene.indicator.clear()
            return
        current = self.editor.sop.actor_index(self.actor_id)
        boundary = index if index < current else index + 1
        self.scene.indicator.show_feedback(line=self.scene.lane_boundary(boundary, self.actor_id))

    def drop(self, pos: QPointF) -> None:
        index = self.target(pos)
        if index != self.editor.sop.actor_index(self.actor_id):
            self.editor.run(
                ops.MoveActor(self.actor_id, index),
                QCoreApplication.translate("SopEditor", "Pindahkan pelaksana"),
            )
