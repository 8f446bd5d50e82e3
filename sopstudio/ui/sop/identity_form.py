"""The "Identitas" tab: every identity field of an SOP and its six lists.

Every change is an `OpCommand(SetField)` on the document's undo stack; typing in one field
is one command until the field loses focus. The form follows the model's notifications, so
undo and redo (and edits made elsewhere) show up here.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.ops import SetField
from sopstudio.model.sop import Change, Sop
from sopstudio.model.style import StyleCatalog
from sopstudio.ui.commands import UndoRunner
from sopstudio.ui.date_field import DateField
from sopstudio.ui.list_editor import ListEditor
from sopstudio.ui.text_fields import FieldLineEdit


class IdentityForm(QScrollArea):
    """The identity page of one SOP as a form; edits become undo commands."""

    def __init__(
        self,
        sop: Sop,
        runner: UndoRunner,
        parent: QWidget | None = None,
        styles: StyleCatalog | None = None,
    ) -> None:
        super().__init__(parent)
        self.sop = sop
        self.runner = runner
        self._sessions = itertools.count(1)
        self._session: dict[str, int] = {}
        #: The editing widget of each field name ("judul", "approver.nip", "dasar_hukum", ...).
        self.fields: dict[str, QWidget] = {}
        #: The label of each field, as the form shows it.
        self.labels: dict[str, str] = {}
        self.setWidgetResizable(True)
        body = QWidget(self)
        column = QVBoxLayout(body)

        head = QGroupBox(self.tr("Kop, nomor dan judul"), body)
        form = QFormLayout(head)
        self._row(form, "unit_header", self.tr("Kop unit kerja (satu baris per butir)"))
        self._row(form, "nomor", self.tr("Nomor SOP"))
        self._row(form, "judul", self.tr("Judul SOP"))
        style = QComboBox(head)
        self.set_styles(styles or StyleCatalog(), style)
        style.activated.connect(lambda _i: self._set("style", style.currentData()))
        self.fields["style"] = style
        self.labels["style"] = self.tr("Gaya tata letak")
        form.addRow(self.labels["style"], style)
        column.addWidget(head)

        dates = QGroupBox(self.tr("Tanggal"), body)
        form = QFormLayout(dates)
        for name, label in (
            ("tanggal_pembuatan", self.tr("Tanggal Pembuatan")),
            ("tanggal_revisi", self.tr("Tanggal Revisi")),
            ("tanggal_efektif", self.tr("Tanggal Efektif")),
        ):
            field = DateField(dates)
            field.value_changed.connect(lambda value, n=name: self._set(n, value))
            self.fields[name] = field
            self.labels[name] = label
            form.addRow(label, field)
        column.addWidget(dates)

        approver = QGroupBox(self.tr("Disahkan oleh"), body)
        form = QFormLayout(approver)
        self._row(form, "approver.jabatan", self.tr("Jabatan"))
        self._row(form, "approver.nama", self.tr("Nama"))
        self._row(form, "approver.pangkat", self.tr("Pangkat/golongan"))
        self._row(form, "approver.nip", self.tr("NIP"))
        column.addWidget(approver)

        lists = QGridLayout()
        titles = {
            "dasar_hukum": self.tr("Dasar Hukum"),
            "kualifikasi": self.tr("Kualifikasi Pelaksana"),
            "keterkaitan": self.tr("Keterkaitan"),
            "peralatan": self.tr("Peralatan/Perlengkapan"),
            "peringatan": self.tr("Peringatan"),
            "pencatatan": self.tr("Pencatatan dan Pendataan"),
        }
        for index, (name, title) in enumerate(titles.items()):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(self._list(name, title))
            lists.addWidget(box, index // 2, index % 2)
        column.addLayout(lists)
        column.addStretch(1)
        self.setWidget(body)
        self.refresh()
        sop.subscribe(self._on_change)

    # -- building ------------------------------------------------------------------------

    def set_styles(self, styles: StyleCatalog, combo: QComboBox | None = None) -> None:
        """Offer these house styles in the style list (after a style was added or changed)."""
        combo = combo or self.fields["style"]
        blocked = combo.blockSignals(True)
        combo.clear()
        for name in styles.names():
            style = styles.style_of(name)
            combo.addItem(f"{name} — {style.description}" if style.description else name, name)
        if self.sop.style not in styles.names():
            combo.addItem(self.tr("%1 (tidak ada)").replace("%1", self.sop.style), self.sop.style)
        combo.setCurrentIndex(max(0, combo.findData(self.sop.style)))
        combo.blockSignals(blocked)

    def _row(self, form: QFormLayout, name: str, label: str) -> None:
        widget = self._list(name, label) if name == "unit_header" else self._line(name, label)
        form.addRow(label, widget)

    def _line(self, name: str, label: str) -> FieldLineEdit:
        self.labels[name] = label
        edit = FieldLineEdit(self)
        edit.textEdited.connect(lambda text: self._set(name, text, merge=True))
        edit.session_ended.connect(lambda: self._session.pop(name, None))
        self.fields[name] = edit
        return edit

    def _list(self, name: str, label: str) -> ListEditor:
        self.labels[name] = label
        editor = ListEditor(self)
        editor.list_changed.connect(lambda items: self._set(name, items))
        self.fields[name] = editor
        return editor

    # -- model <-> widgets ---------------------------------------------------------------

    def _set(self, name: str, value: object, merge: bool = False) -> None:
        """Apply a field change as one command (typing merges until focus leaves)."""
        if self._value(name) == value:
            return
        key = None
        if merge:
            key = ("identity", name, self._session.setdefault(name, next(self._sessions)))
        text = self.tr("Ubah %1").replace("%1", self.labels[name])
        self.runner.run(SetField(name, value), text, key)

    def _value(self, name: str) -> object:
        if name.startswith("approver."):
            return getattr(self.sop.approver, name.split(".", 1)[1])
        return getattr(self.sop, name)

    def _on_change(self, change: Change) -> None:
        if change.what == "identity" and change.key in self.fields:
            self._show(change.key)

    def refresh(self) -> None:
        """Show every field's current value."""
        for name in self.fields:
            self._show(name)

    def _show(self, name: str) -> None:
        widget = self.fields[name]
        value = self._value(name)
        if isinstance(widget, QLineEdit):
            if widget.text() != value:
                widget.setText(str(value))
        elif isinstance(widget, ListEditor):
            widget.set_items(list(value))
        elif isinstance(widget, DateField):
            if widget.value() != value:
                widget.set_value(str(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))

    def focus_field(self, name: str) -> None:
        """Scroll to a field and give it the keyboard focus (from a validation finding)."""
        widget = self.fields.get(name)
        if widget is None:
            return
        self.ensureWidgetVisible(widget)
        target = {ListEditor: lambda w: w.list, DateField: lambda w: w.edit}
        for kind, inner in target.items():
            if isinstance(widget, kind):
                widget = inner(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def detach(self) -> None:
        """Stop following the model (the document is closing)."""
        self.sop.unsubscribe(self._on_change)
