"""SopEditor: the swimlane canvas of one SOP with its undo stack (what the main window embeds).

Every edit is an `OpCommand` pushed through `self.runner`; the scene follows the model.
Mouse gestures are `interactions`; keys are handled here so a whole SOP can be typed
without the mouse:

    Enter            insert a step below the selected one and edit its Kegiatan
    Tab / F2         edit the selected step's Kegiatan, caret at the end (Tab/Shift+Tab
                     move between cells)
    Up / Down        select the previous / next step
    Ctrl+Up / Down   move the step up / down
    Ctrl+Left/Right  move the step into the neighbouring lane
    Ctrl+Shift+Left/Right  move the step's lane left / right
    Ctrl+1..4        Proses, Keputusan, Mulai, Selesai
    Ctrl+L           add a lane and rename it
    Del              delete the step (links repaired)
    Menu, Shift+F10  context menu of the selected step
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model import ops
from sopstudio.model.sop import Sop, Step, StepKind
from sopstudio.ui.canvas.editors import CANCEL, NEXT, PREVIOUS, CellEditor
from sopstudio.ui.canvas.interactions import (
    Interaction,
    LaneDragInteraction,
    LinkInteraction,
    MoveStepInteraction,
)
from sopstudio.ui.canvas.scene import EDIT_FIELDS, SopScene
from sopstudio.ui.canvas.view import SopView
from sopstudio.ui.commands import UndoRunner

#: Undo text of an edit to each step field.
FIELD_COMMAND_TEXT = {
    "text": QT_TRANSLATE_NOOP("SopEditor", "Ubah teks kegiatan"),
    "kelengkapan": QT_TRANSLATE_NOOP("SopEditor", "Ubah kelengkapan"),
    "waktu": QT_TRANSLATE_NOOP("SopEditor", "Ubah waktu"),
    "output": QT_TRANSLATE_NOOP("SopEditor", "Ubah output"),
    "keterangan": QT_TRANSLATE_NOOP("SopEditor", "Ubah keterangan"),
}

#: Context-menu label and shortcut of each step kind.
KIND_ACTIONS: tuple[tuple[StepKind, str, str], ...] = (
    (StepKind.PROCESS, QT_TRANSLATE_NOOP("SopEditor", "Proses"), "Ctrl+1"),
    (StepKind.DECISION, QT_TRANSLATE_NOOP("SopEditor", "Keputusan"), "Ctrl+2"),
    (StepKind.START, QT_TRANSLATE_NOOP("SopEditor", "Mulai (terminator)"), "Ctrl+3"),
    (StepKind.END, QT_TRANSLATE_NOOP("SopEditor", "Selesai (terminator)"), "Ctrl+4"),
)


def _severity_name(severity: object) -> str:
    """ "error" / "warning" / ... from an enum member or a string."""
    return str(getattr(severity, "value", severity)).lower()


class SopEditor(QWidget):
    """The canvas of one SOP: view, scene, undo stack and the editing gestures."""

    #: The selected step id, or None.
    selection_changed = Signal(object)
    #: A refused edit's message (Bahasa Indonesia), for the status bar or a message box.
    message = Signal(str)

    def __init__(self, sop: Sop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sop = sop
        self.undo_stack = QUndoStack(self)
        self.runner = UndoRunner(sop, self.undo_stack, self)
        self.runner.error.connect(self.message)
        self.scene = SopScene(sop, self)
        self.view = SopView(self.scene, self)
        self.empty_hint = QFrame(self)
        self.empty_hint.setStyleSheet("QFrame { background: #e8f0fe; }")
        hint_text = QLabel(
            self.tr(
                "Diagram alir masih kosong. Tambahkan langkah pertama dengan tombol ini, tekan "
                "Enter pada diagram, atau pilih simbol pada palet."
            ),
            self.empty_hint,
        )
        hint_text.setWordWrap(True)
        self.first_step_button = QPushButton(self.tr("Tambah langkah pertama"), self.empty_hint)
        self.first_step_button.clicked.connect(self.add_first_step)
        hint_row = QHBoxLayout(self.empty_hint)
        hint_row.addWidget(hint_text, 1)
        hint_row.addWidget(self.first_step_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        # One relayout per command, right after it is applied, undone or redone.
        self.undo_stack.indexChanged.connect(self.scene.flush)
        self.scene.layout_changed.connect(self._on_layout_changed)
        self.scene.installEventFilter(self)
        self.view.installEventFilter(self)
        self.interaction: Interaction | None = None
        self.cell_editor: CellEditor | None = None
        self._sessions = itertools.count(1)
        self._selected: str | None = None
        self._shown = False
        #: The zoom to open at (None: as wide as the view, following its width).
        self.initial_zoom: float | None = None
        self._menu: QMenu | None = None
        self.empty_hint.setVisible(not sop.steps)

    # -- public API ----------------------------------------------------------------------

    def run(self, op: ops.Op, text: str, merge_key: object = None) -> bool:
        """Apply an operation as one undo step; a refused one emits `message`."""
        return self.runner.run(op, text, merge_key)

    def selected_step_id(self) -> str | None:
        return self._selected

    def select_step(self, step_id: str | None, reveal: bool = True) -> None:
        """Select a step (None clears) and, with `reveal`, scroll its symbol into view."""
        self.scene.flush()
        if step_id == self._selected:
            return
        self._selected = step_id
        self.scene.set_selected_step(step_id)
        if step_id is not None and reveal:
            # The symbol, not the whole row: a row is wider than a zoomed view, and scrolling
            # to it on a mouse press would move the step away from under the cursor.
            self.view.ensureVisible(self.scene.symbol_item(step_id).sceneBoundingRect(), 20, 20)
        self.selection_changed.emit(step_id)

    def set_findings(self, findings: Iterable[object]) -> None:
        """Mark steps with findings (objects with `.severity` and `.location` "step:<id>");
        errors are outlined red, other severities orange."""
        marks: dict[str, str] = {}
        for finding in findings:
            location = str(getattr(finding, "location", "") or "")
            if not location.startswith("step:"):
                continue
            step_id = location.split(":", 1)[1].split(".", 1)[0]
            severity = _severity_name(finding.severity)
            if marks.get(step_id) != "error":
                marks[step_id] = "error" if severity == "error" else severity
        self.scene.set_severities(marks)

    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit_width(self) -> None:
        self.view.fit_width()

    def reset_zoom(self) -> None:
        self.view.reset_zoom()

    # -- step edits ----------------------------------------------------------------------

    def insert_step(
        self, below: bool = True, edit: bool = True, kind: StepKind | None = None
    ) -> str | None:
        """Insert a new step (of `kind`; by default Mulai first, then Proses) below (or above)
        the selection, or at the end; edit its text."""
        if not self.sop.actors:
            self.message.emit(self.tr("Tambahkan pelaksana terlebih dahulu (Ctrl+L)."))
            return None
        anchor = self.selected_step_id() or (self.sop.steps[-1].id if self.sop.steps else None)
        actor = self.sop.step(anchor).actor if anchor else self.sop.actors[0].id
        if kind is None:
            kind = StepKind.START if not self.sop.steps else StepKind.PROCESS
        step = Step(kind=kind, actor=actor)
        if below:
            text = self.tr("Sisipkan langkah di bawah")
        else:
            text = self.tr("Sisipkan langkah di atas")
        if not self.run(ops.insert_step_after(self.sop, anchor, step, below), text):
            return None
        self.select_step(step.id)
        if edit:
            self.edit_field(step.id, "text")
        return step.id

    def delete_step(self, step_id: str | None = None) -> None:
        """Delete a step (the selected one by default), repairing the links into it."""
        step_id = step_id or self.selected_step_id()
        if step_id is None:
            return
        index = self.sop.step_index(step_id)
        if self.run(ops.remove_step(self.sop, step_id), self.tr("Hapus langkah")):
            steps = self.sop.steps
            self.select_step(steps[min(index, len(steps) - 1)].id if steps else None)

    def duplicate_step(self, step_id: str | None = None) -> None:
        step_id = step_id or self.selected_step_id()
        if step_id is not None:
            self.run(ops.duplicate_step(self.sop, step_id), self.tr("Duplikat langkah"))

    def set_kind(self, kind: StepKind, step_id: str | None = None) -> None:
        """Change a step's kind, carrying its links over."""
        step_id = step_id or self.selected_step_id()
        if step_id is not None and self.sop.step(step_id).kind is not kind:
            self.run(ops.change_kind(self.sop, step_id, kind), self.tr("Ubah jenis langkah"))

    def swap_yes_no(self, step_id: str | None = None) -> None:
        """Swap a decision's Ya and Tidak targets."""
        step_id = step_id or self.selected_step_id()
        if step_id is None:
            return
        step = self.sop.step(step_id)
        if step.kind is StepKind.DECISION:
            swap = ops.Batch(
                (
                    ops.SetStepField(step_id, "yes", step.no),
                    ops.SetStepField(step_id, "no", step.yes),
                )
            )
            self.run(swap, self.tr("Tukar Ya/Tidak"))

    def move_step_by(self, delta: int) -> None:
        """Move the selected step up (-1) or down (+1) one row."""
        step_id = self.selected_step_id()
        if step_id is None:
            return
        index = self.sop.step_index(step_id) + delta
        if 0 <= index < len(self.sop.steps):
            self.run(ops.MoveStep(step_id, index), self.tr("Pindahkan langkah"))

    def move_to_lane_by(self, delta: int) -> None:
        """Move the selected step into the lane left (-1) or right (+1) of its own."""
        step_id = self.selected_step_id()
        if step_id is None or not self.sop.actors:
            return
        actor = self.sop.step(step_id).actor
        index = self.sop.actor_index(actor) + delta if actor else 0
        if 0 <= index < len(self.sop.actors):
            target = self.sop.actors[index]
            self.run(
                ops.assign_actor(step_id, target.id),
                self.tr("Pindahkan ke pelaksana %1").replace("%1", target.name),
            )

    # -- lane edits ----------------------------------------------------------------------

    def add_lane(self, index: int | None = None, rename: bool = True) -> str:
        """Add a lane (at the end by default) and start renaming it."""
        name = self.tr("Pelaksana %1").replace("%1", str(len(self.sop.actors) + 1))
        op = ops.add_actor(self.sop, name, index)
        self.run(op, self.tr("Tambah pelaksana"))
        if rename:
            self.rename_lane(op.actor.id)
        return op.actor.id

    def move_lane_by(self, delta: int, actor_id: str | None = None) -> None:
        """Move a lane (by default the selected step's) one place left (-1) or right (+1)."""
        if actor_id is None:
            step_id = self.selected_step_id()
            actor_id = self.sop.step(step_id).actor if step_id else None
        if actor_id is None:
            return
        index = self.sop.actor_index(actor_id) + delta
        if 0 <= index < len(self.sop.actors):
            self.run(ops.MoveActor(actor_id, index), self.tr("Pindahkan pelaksana"))

    def add_first_step(self) -> None:
        """The empty flowchart's button: a lane when there is none, then the first step."""
        if not self.sop.actors:
            self.add_lane(rename=False)
        self.insert_step()

    def delete_lane(self, actor_id: str) -> None:
        """Delete a lane; refused (with a message naming the steps) while it has steps."""
        self.run(ops.RemoveActor(actor_id), self.tr("Hapus pelaksana"))

    def rename_lane(self, actor_id: str) -> None:
        """Edit a lane's name in place over its header."""
        self.scene.flush()
        self._start_session(
            self.sop.actor(actor_id).name,
            lambda: self.scene.header_rect(actor_id),
            self.scene.header_font_size(actor_id),
            lambda text: ops.RenameActor(actor_id, text),
            self.tr("Ganti nama pelaksana"),
            lambda how: None,
            select_all=True,
        )

    # -- in-place editing ----------------------------------------------------------------

    def edit_field(self, step_id: str, field: str = "text", select_all: bool = True) -> None:
        """Edit one text field of a step in place, its text selected (or, for F2 and Tab on
        the canvas, the caret at the end); Tab/Shift+Tab continue to the next cell."""
        self.scene.flush()
        self.select_step(step_id)
        self.view.ensureVisible(self.scene.cell_rect(step_id, field), 10, 10)
        self._start_session(
            getattr(self.sop.step(step_id), field),
            lambda: self.scene.cell_rect(step_id, field),
            self.scene.cell_font_size(step_id, field),
            lambda text: ops.SetStepField(step_id, field, text),
            self.tr(FIELD_COMMAND_TEXT[field]),
            lambda how: self._edit_next(step_id, field, how),
            select_all,
        )

    def _start_session(
        self,
        text: str,
        anchor: Callable,
        size: float,
        make_op: Callable[[str], ops.Op],
        command_text: str,
        then: Callable[[str], None],
        select_all: bool = False,
    ) -> None:
        """Show a CellEditor whose every change is one merging command; Escape reverts."""
        self.commit_edit()
        key = ("edit", next(self._sessions))
        editor = CellEditor(self.view, text, anchor, size, select_all=select_all)
        original = text
        editor.textChanged.connect(
            lambda: self.run(make_op(editor.toPlainText()), command_text, key)
        )

        def finished(how: str) -> None:
            self.cell_editor = None
            if how == CANCEL and editor.toPlainText() != original:
                self.run(make_op(original), command_text, key)
            # Focus goes back to the canvas unless the user moved it elsewhere (a click
            # into the Properti dock keeps its keys).
            if QApplication.focusWidget() in (None, editor):
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            then(how)

        editor.finished.connect(finished)
        self.cell_editor = editor

    def commit_edit(self) -> None:
        """End the current in-place edit, keeping what was typed."""
        if self.cell_editor is not None:
            self.cell_editor.finish("commit")

    def _edit_next(self, step_id: str, field: str, how: str) -> None:
        if how not in (NEXT, PREVIOUS) or step_id not in {s.id for s in self.sop.steps}:
            return
        order = [(s.id, f) for s in self.sop.steps for f in EDIT_FIELDS]
        index = order.index((step_id, field)) + (1 if how == NEXT else -1)
        if 0 <= index < len(order):
            self.edit_field(*order[index], select_all=True)

    # -- events --------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            # Open on the flowchart at full width; the identity page is one scroll up.
            self._shown = True
            if self.initial_zoom is None:
                self.view.fit_width()
            else:
                self.view.set_zoom(self.initial_zoom)
            self.view.show_page_top(self.scene.first_flowchart_page())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scene:
            return self._scene_event(event)
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def _scene_event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMousePress:
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            self._press(event.scenePos())
            return True
        if kind == QEvent.Type.GraphicsSceneMouseMove and self.interaction is not None:
            self.interaction.move(event.scenePos())
            return True
        if kind == QEvent.Type.GraphicsSceneMouseRelease and self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.finish(event.scenePos())
            return True
        if kind == QEvent.Type.GraphicsSceneMouseDoubleClick:
            self._double_click(event.scenePos())
            return True
        if kind == QEvent.Type.GraphicsSceneContextMenu:
            self.show_context_menu(event.scenePos(), event.screenPos())
            return True
        return False

    def _press(self, pos: QPointF) -> None:
        self.commit_edit()
        if self.interaction is not None:
            self.interaction.cancel()
        self.interaction = None
        handle = self.scene.handle_at(pos)
        # What was clicked is on screen: selecting it must not scroll it from under the cursor.
        if handle is not None:
            self.select_step(handle.step_id, reveal=False)
            self.interaction = LinkInteraction(self, pos, handle.step_id)
            return
        symbol = self.scene.symbol_at(pos)
        if symbol is not None:
            self.select_step(symbol.step_id, reveal=False)
            self.interaction = MoveStepInteraction(self, pos, symbol.step_id)
            return
        actor = self.scene.header_at(pos)
        if actor is not None:
            self.interaction = LaneDragInteraction(self, pos, actor)
            return
        self.select_step(self.scene.step_at(pos), reveal=False)

    def _double_click(self, pos: QPointF) -> None:
        self.interaction = None
        symbol = self.scene.symbol_at(pos)
        hit = (symbol.step_id, "text") if symbol is not None else self.scene.field_at(pos)
        if hit is not None:
            self.edit_field(*hit)
            return
        actor = self.scene.header_at(pos)
        if actor is not None:
            self.rename_lane(actor)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        selected = self.selected_step_id()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            self.insert_step(below=not mods & Qt.KeyboardModifier.ShiftModifier)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_F2) and selected is not None:
            self.edit_field(selected, "text", select_all=False)
        elif key == Qt.Key.Key_Backtab and selected is not None:
            self.edit_field(selected, EDIT_FIELDS[-1], select_all=False)
        elif key == Qt.Key.Key_Delete and selected is not None:
            self.delete_step(selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.move_step_by(-1 if key == Qt.Key.Key_Up else 1)
        elif (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and ctrl
            and mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self.move_lane_by(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl:
            self.move_to_lane_by(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.sop.steps:
            ids = [s.id for s in self.sop.steps]
            if selected is None:
                self.select_step(ids[0] if key == Qt.Key.Key_Down else ids[-1])
            else:
                index = ids.index(selected) + (-1 if key == Qt.Key.Key_Up else 1)
                self.select_step(ids[max(0, min(index, len(ids) - 1))])
        elif ctrl and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.set_kind(KIND_ACTIONS[key - Qt.Key.Key_1][0])
        elif ctrl and key == Qt.Key.Key_L:
            self.add_lane()
        elif (
            key == Qt.Key.Key_Menu
            or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier)
        ) and selected:
            item = self.scene.symbol_item(selected)
            pos = item.sceneBoundingRect().center()
            self.show_context_menu(pos, self.view.mapToGlobal(self.view.mapFromScene(pos)))
        elif key == Qt.Key.Key_Escape and self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        else:
            return False
        return True

    def _on_layout_changed(self) -> None:
        self.empty_hint.setVisible(not self.sop.steps)
        if self._selected is not None and self._selected not in {s.id for s in self.sop.steps}:
            self.select_step(None)

    # -- context menu --------------------------------------------------------------------

    def show_context_menu(self, pos: QPointF, screen_pos: QPoint) -> QMenu:
        """Pop up the menu for what is under a scene point (step, lane header or empty)."""
        self.commit_edit()
        menu = QMenu(self)
        step_id = self.scene.step_at(pos)
        symbol = self.scene.symbol_at(pos)
        if symbol is not None:
            step_id = symbol.step_id
        actor = self.scene.header_at(pos)
        if step_id is not None:
            self.select_step(step_id)
            self._step_menu(menu, step_id)
        elif actor is not None:
            self._lane_menu(menu, actor)
        else:
            lane = self.scene.lane_at(pos)
            index = self.sop.actor_index(lane) + 1 if lane else None
            menu.addAction(self.tr("Tambah pelaksana"), lambda: self.add_lane(index))
            if self.sop.actors:
                menu.addAction(
                    self.tr("Tambah langkah di akhir"),
                    lambda: (self.select_step(None), self.insert_step()),
                )
        # One menu lives at a time: the previous one goes when the next opens.
        if self._menu is not None:
            self._menu.deleteLater()
        self._menu = menu
        menu.popup(screen_pos)
        return menu

    def _step_menu(self, menu: QMenu, step_id: str) -> None:
        step = self.sop.step(step_id)
        kinds = menu.addMenu(self.tr("Ubah jenis"))
        for kind, label, shortcut in KIND_ACTIONS:
            action = self._add(
                kinds, self.tr(label), shortcut, lambda k=kind: self.set_kind(k, step_id)
            )
            action.setCheckable(True)
            action.setChecked(step.kind is kind)
        menu.addSeparator()
        self._add(
            menu,
            self.tr("Sisipkan langkah di atas"),
            "Shift+Return",
            lambda: self.insert_step(below=False),
        )
        self._add(menu, self.tr("Sisipkan langkah di bawah"), "Return", lambda: self.insert_step())
        self._add(menu, self.tr("Duplikat"), "", lambda: self.duplicate_step(step_id))
        self._add(menu, self.tr("Hapus langkah"), "Del", lambda: self.delete_step(step_id))
        if step.kind is StepKind.DECISION:
            menu.addSeparator()
            self._add(menu, self.tr("Tukar Ya/Tidak"), "", lambda: self.swap_yes_no(step_id))
        menu.addSeparator()
        self._add(
            menu, self.tr("Sunting teks kegiatan"), "F2", lambda: self.edit_field(step_id, "text")
        )

    def _lane_menu(self, menu: QMenu, actor_id: str) -> None:
        index = self.sop.actor_index(actor_id)
        self._add(menu, self.tr("Ganti nama pelaksana"), "", lambda: self.rename_lane(actor_id))
        self._add(menu, self.tr("Tambah pelaksana di kiri"), "", lambda: self.add_lane(index))
        self._add(menu, self.tr("Tambah pelaksana di kanan"), "", lambda: self.add_lane(index + 1))
        self._add(
            menu,
            self.tr("Geser pelaksana ke kiri"),
            "Ctrl+Shift+Left",
            lambda: self.move_lane_by(-1, actor_id),
        ).setEnabled(index > 0)
        self._add(
            menu,
            self.tr("Geser pelaksana ke kanan"),
            "Ctrl+Shift+Right",
            lambda: self.move_lane_by(1, actor_id),
        ).setEnabled(index < len(self.sop.actors) - 1)
        menu.addSeparator()
        self._add(menu, self.tr("Hapus pelaksana"), "", lambda: self.delete_lane(actor_id))

    @staticmethod
    def _add(menu: QMenu, text: str, shortcut: str, slot: Callable) -> QAction:
        action = menu.addAction(text, slot)
        if shortcut:
            # Shown as a hint only: the keys themselves are handled by the editor.
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return action
