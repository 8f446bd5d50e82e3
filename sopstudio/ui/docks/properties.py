"""The properties dock: kind, performer, texts and links of the selected step.

Every change is a command on the document's undo stack (through `SopEditor.run`); typing in
one field is one command until the field loses focus. The dock follows the model, so undo,
redo and canvas edits show up here.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from sopstudio.model import ops
from sopstudio.model.sop import PORTS_BY_KIND, Change, Port, Step, StepKind
from sopstudio.ui.sop.editor import SopEditor
from sopstudio.ui.text_fields import FieldLineEdit, FieldTextEdit

#: The text fields of a step shown as one-line edits, in table order.
LINE_FIELDS = ("kelengkapan", "waktu", "output", "keterangan")


class PropertiesDock(QDockWidget):
    """Edits the selected step of the current document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Properti Langkah"), parent)
        self.setObjectName("properties_dock")
        self.editor: SopEditor | None = None
        self.step_id: str | None = None
        self._sessions = itertools.count(1)
        self._session: dict[str, int] = {}
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Pilih satu langkah pada diagram alir."), self.stack)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(8)
        self.stack.addWidget(self.placeholder)
        form_page = QWidget(self.stack)
        form = QFormLayout(form_page)
        self.number = QLabel(form_page)
        form.addRow(self.tr("Langkah"), self.number)
        self.kind = QComboBox(form_page)
        for kind, label in (
            (StepKind.START, self.tr("Mulai (terminator)")),
            (StepKind.PROCESS, self.tr("Proses")),
            (StepKind.DECISION, self.tr("Keputusan")),
            (StepKind.END, self.tr("Selesai (terminator)")),
        ):
            self.kind.addItem(label, kind)
        self.kind.activated.connect(self._kind_chosen)
        form.addRow(self.tr("Jenis"), self.kind)
        self.actor = QComboBox(form_page)
        self.actor.activated.connect(self._actor_chosen)
        form.addRow(self.tr("Pelaksana"), self.actor)
        self.text = FieldTextEdit(form_page)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.text.textChanged.connect(lambda: self._typed("text", self.text.toPlainText()))
        self.text.session_ended.connect(lambda: self._session.pop("text", None))
        form.addRow(self.tr("Kegiatan"), self.text)
        labels = {
            "kelengkapan": self.tr("Kelengkapan"),
            "waktu": self.tr("Waktu"),
            "output": self.tr("Output"),
            "keterangan": self.tr("Keterangan"),
        }
        self.lines: dict[str, FieldLineEdit] = {}
        for name in LINE_FIELDS:
            edit = FieldLineEdit(form_page)
            edit.textEdited.connect(lambda value, n=name: self._typed(n, value))
            edit.session_ended.connect(lambda n=name: self._session.pop(n, None))
            self.lines[name] = edit
            form.addRow(labels[name], edit)
        self.links: dict[Port, QComboBox] = {}
        for port, label in (
            (Port.NEXT, self.tr("Berikutnya")),
            (Port.YES, self.tr("Ya")),
            (Port.NO, self.tr("Tidak")),
        ):
            combo = QComboBox(form_page)
            combo.activated.connect(lambda _i, p=port: self._link_chosen(p))
            self.links[port] = combo
            form.addRow(label, combo)
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        self.form = form
        self.stack.addWidget(scroll)
        self.setWidget(self.stack)

    # -- following the current document ---------------------------------------------------

    def set_editor(self, editor: SopEditor | None) -> None:
        """Follow another document's canvas (None: no document open)."""
        if self.editor is not None:
            self.editor.selection_changed.disconnect(self.show_step)
            self.editor.sop.unsubscribe(self._on_change)
        self.editor = editor
        if editor is not None:
            editor.selection_changed.connect(self.show_step)
            editor.sop.subscribe(self._on_change)
        self.show_step(editor.selected_step_id() if editor is not None else None)

    def show_step(self, step_id: str | None) -> None:
        """Show a step's properties (None: the placeholder)."""
        if step_id != self.step_id:
            self._session.clear()
        self.step_id = step_id
        self.refresh()

    def _on_change(self, _change: Change) -> None:
        self.refresh()

    def _step(self) -> Step | None:
        if self.editor is None or self.step_id is None:
            return None
        try:
            return self.editor.sop.step(self.step_id)
        except KeyError:
            return None

    def refresh(self) -> None:
        """Show the current values; widgets already showing them are left alone."""
        step = self._step()
        self.stack.setCurrentIndex(0 if step is None else 1)
        if step is None:
            return
        sop = self.editor.sop
        self.number.setText(str(sop.step_index(step.id) + 1))
        self.kind.setCurrentIndex(self.kind.findData(step.kind))
        self._fill(self.actor, [(a.name, a.id) for a in sop.actors], step.actor)
        self.text.set_text(step.text)
        for name, edit in self.lines.items():
            if edit.text() != getattr(step, name):
                edit.setText(getattr(step, name))
        targets = [(self.tr("(tidak ada)"), None)] + [
            (f"{n}. {self._short(s.text)}", s.id)
            for n, s in enumerate(sop.steps, start=1)
            if s.id != step.id
        ]
        for port, combo in self.links.items():
            used = port in PORTS_BY_KIND[step.kind]
            combo.setEnabled(used)
            self.form.setRowVisible(combo, used)
            self._fill(combo, targets, step.target(port) if used else None)

    @staticmethod
    def _short(text: str, limit: int = 48) -> str:
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "\u2026"

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str | None]], current: str | None) -> None:
        existing = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        blocked = combo.blockSignals(True)
        if existing != entries:
            combo.clear()
            for label, data in entries:
                combo.addItem(label, data)
        combo.setCurrentIndex(
            max(0, combo.findData(current))
            if current is not None
            else (0 if entries and entries[0][1] is None else -1)
        )
        combo.blockSignals(blocked)

    # -- edits -----------------------------------------------------------------------------

    def _typed(self, name: str, value: str) -> None:
        step = self._step()
        if step is None or getattr(step, name) == value:
            return
        key = ("properties", name, self._session.setdefault(name, next(self._sessions)))
        labels = {
            "text": self.tr("Ubah teks kegiatan"),
            "kelengkapan": self.tr("Ubah kelengkapan"),
            "waktu": self.tr("Ubah waktu"),
            "output": self.tr("Ubah output"),
            "keterangan": self.tr("Ubah keterangan"),
        }
        self.editor.run(ops.SetStepField(step.id, name, value), labels[name], key)

    def _kind_chosen(self, _index: int) -> None:
        step = self._step()
        if step is not None:
            self.editor.set_kind(StepKind(self.kind.currentData()), step.id)

    def _actor_chosen(self, _index: int) -> None:
        step = self._step()
        actor_id = self.actor.currentData()
        if step is not None and actor_id and actor_id != step.actor:
            name = self.editor.sop.actor(actor_id).name
            self.editor.run(
                ops.assign_actor(step.id, actor_id),
                self.tr("Pindahkan ke pelaksana %1").replace("%1", name),
            )

    def _link_chosen(self, port: Port) -> None:
        step = self._step()
        target = self.links[port].currentData()
        if step is not None and step.target(port) != target:
            self.editor.run(ops.link(step.id, port, target), self.tr("Ubah sambungan"))
