"""The decree form: every field of a Keputusan or Peraturan, bound to dotted model paths.

Each change is one `DecreeCommand` on the decree's undo stack (typing in one field merges
until the field loses focus); the form follows `DecreeDocument.changed`, so undo and redo
show up here.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.decree import DecreeKind, ParafRow, Promulgation, Signer
from sopstudio.ui.date_field import DateField
from sopstudio.ui.decree.document import DecreeDocument
from sopstudio.ui.decree.lists import (
    LETTERED,
    NUMBERED,
    ChapterEditor,
    DiktumEditor,
    MarkedListEditor,
)
from sopstudio.ui.list_editor import ListEditor
from sopstudio.ui.text_fields import FieldLineEdit

#: Paths of optional blocks: the widgets below them are enabled only when the block exists.
OPTIONAL = ("promulgation", "salinan")


class DecreeForm(QScrollArea):
    """The decree's fields as a form; edits become undo commands on its document."""

    def __init__(self, document: DecreeDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._sessions = itertools.count(1)
        self._session: dict[str, int] = {}
        #: The editing widget of each path ("nomor", "signer.nama", "menimbang", ...).
        self.fields: dict[str, QWidget] = {}
        #: The label of each path, as the form shows it.
        self.labels: dict[str, str] = {}
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.column = QVBoxLayout(body)

        head = self._group(self.tr("Keputusan"))
        form = QFormLayout(head)
        kind = QComboBox(head)
        for item in DecreeKind:
            kind.addItem(item.label, item.value)
        kind.activated.connect(lambda _i: self.set_value("kind", DecreeKind(kind.currentData())))
        self._add(form, "kind", self.tr("Jenis"), kind)
        self._add(form, "region", self.tr("Daerah"), self._line("region"))
        issuer = self._line("issuer")
        self._add(form, "issuer", self.tr("Pejabat penetap (jika berbeda)"), issuer)
        self._add(form, "nomor", self.tr("Nomor"), self._line("nomor"))
        self._add(form, "tentang", self.tr("Tentang"), self._line("tentang"))
        self._add(
            form, "tempat_ditetapkan", self.tr("Ditetapkan di"), self._line("tempat_ditetapkan")
        )
        self._add(
            form,
            "tanggal_ditetapkan",
            self.tr("Tanggal ditetapkan"),
            self._date("tanggal_ditetapkan"),
        )
        ordinal = QComboBox(head)
        for first in ("KESATU", "PERTAMA"):
            ordinal.addItem(first, first)
        ordinal.activated.connect(lambda _i: self.set_value("ordinal_first", ordinal.currentData()))
        self._add(form, "ordinal_first", self.tr("Diktum pertama"), ordinal)
        self._add(form, "kop", self.tr("Kop (satu baris per butir)"), self._list("kop"))

        considerations = self._group(self.tr("Konsiderans"))
        form = QFormLayout(considerations)
        self._add(form, "menimbang", self.tr("Menimbang"), self._list("menimbang", LETTERED))
        mengingat = QWidget(considerations)
        column = QVBoxLayout(mengingat)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._list("mengingat", NUMBERED))
        self.suggest_button = QPushButton(self.tr("Sarankan dari Dasar Hukum SOP"), mengingat)
        column.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._add(form, "mengingat", self.tr("Mengingat"), mengingat)
        self._add(
            form, "memperhatikan", self.tr("Memperhatikan"), self._list("memperhatikan", NUMBERED)
        )

        self.diktum_box = self._group(self.tr("Diktum"))
        column = QVBoxLayout(self.diktum_box)
        self.diktum = DiktumEditor(self.diktum_box)
        self.diktum.list_changed.connect(lambda items: self.set_value("diktum", items))
        self.diktum.list.setMinimumHeight(180)
        self.fields["diktum"] = self.diktum
        self.labels["diktum"] = self.tr("Diktum")
        column.addWidget(self.diktum)
        self.redraft_button = QPushButton(self.tr("Buat ulang diktum..."), self.diktum_box)
        column.addWidget(self.redraft_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.chapters_box = self._group(self.tr("Bab dan Pasal"))
        column = QVBoxLayout(self.chapters_box)
        self.chapters = ChapterEditor(self.chapters_box)
        self.chapters.chapters_changed.connect(
            lambda items, typing: self.set_value("chapters", items, merge=typing)
        )
        self.chapters.session_ended.connect(lambda: self._session.pop("chapters", None))
        self.fields["chapters"] = self.chapters
        self.labels["chapters"] = self.tr("Bab dan Pasal")
        column.addWidget(self.chapters)
        self.redraft_chapters_button = QPushButton(
            self.tr("Buat ulang bab dan pasal..."), self.chapters_box
        )
        column.addWidget(self.redraft_chapters_button, 0, Qt.AlignmentFlag.AlignLeft)

        signing = self._group(self.tr("Penandatangan"))
        form = QFormLayout(signing)
        self._signer_rows(form, "signer")

        self.promulgation_box = self._group(self.tr("Pengundangan (Peraturan)"))
        form = QFormLayout(self.promulgation_box)
        self._toggle(form, "promulgation", self.tr("Diundangkan dalam Berita Daerah"), Promulgation)
        self._add(
            form,
            "promulgation.tempat",
            self.tr("Diundangkan di"),
            self._line("promulgation.tempat"),
        )
        self._add(
            form,
            "promulgation.tanggal",
            self.tr("Tanggal diundangkan"),
            self._date("promulgation.tanggal"),
        )
        self._signer_rows(form, "promulgation.signer", delegation=False)
        self._add(
            form,
            "promulgation.berita_daerah",
            self.tr("Berita Daerah"),
            self._line("promulgation.berita_daerah"),
        )
        self._toggle(form, "salinan", self.tr("Salinan sesuai dengan aslinya"), Signer)
        self._signer_rows(form, "salinan", delegation=False)

        closing = self._group(self.tr("Tembusan dan paraf"))
        form = QFormLayout(closing)
        self._add(form, "tembusan", self.tr("Tembusan"), self._list("tembusan", NUMBERED))
        self._add(form, "paraf", self.tr("Paraf hierarki (jabatan)"), self._list("paraf"))
        self.column.addStretch(1)
        self.setWidget(body)
        self.refresh()
        document.changed.connect(self._on_change)

    # -- building ------------------------------------------------------------------------

    def _group(self, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        self.column.addWidget(box)
        return box

    def _add(self, form: QFormLayout, path: str, label: str, widget: QWidget) -> None:
        self.labels[path] = label
        form.addRow(label, widget)
        if path not in self.fields:
            self.fields[path] = widget

    def _line(self, path: str) -> FieldLineEdit:
        edit = FieldLineEdit(self)
        edit.textEdited.connect(lambda text: self.set_value(path, text, merge=True))
        edit.session_ended.connect(lambda: self._session.pop(path, None))
        self.fields[path] = edit
        return edit

    def _date(self, path: str) -> DateField:
        field = DateField(self)
        field.value_changed.connect(lambda value: self.set_value(path, value))
        self.fields[path] = field
        return field

    def _list(self, path: str, marker=None) -> ListEditor:
        editor = MarkedListEditor(marker, self) if marker else ListEditor(self)
        editor.list_changed.connect(lambda items: self.set_value(path, items))
        self.fields[path] = editor
        return editor

    def _signer_rows(self, form: QFormLayout, path: str, delegation: bool = True) -> None:
        rows = [
            ("jabatan", self.tr("Jabatan")),
            ("nama", self.tr("Nama")),
            ("pangkat", self.tr("Pangkat/golongan")),
            ("nip", self.tr("NIP")),
        ]
        if delegation:
            rows[:0] = [
                ("atas_nama", self.tr("a.n. (atas nama)")),
                ("untuk_beliau", self.tr("ub. (untuk beliau)")),
            ]
        for name, label in rows:
            self._add(form, f"{path}.{name}", label, self._line(f"{path}.{name}"))

    def _toggle(self, form: QFormLayout, path: str, label: str, factory) -> None:
        box = QCheckBox(label, self)
        box.clicked.connect(lambda checked: self.set_value(path, factory() if checked else None))
        self.fields[path] = box
        self.labels[path] = label
        form.addRow(box)

    # -- model <-> widgets ---------------------------------------------------------------

    def value(self, path: str) -> Any:
        """The model's value at a path; "" below an optional block that is absent."""
        head = path.split(".", 1)[0]
        if head in OPTIONAL and "." in path and getattr(self.document.decree, head) is None:
            return ""
        if path == "paraf":
            return [row.jabatan for row in self.document.decree.paraf]
        return self.document.value(path)

    def set_value(self, path: str, value: Any, merge: bool = False) -> None:
        """Apply a change as one command (typing merges until focus leaves)."""
        if path == "paraf":
            old = self.document.decree.paraf
            value = [
                ParafRow(text, old[i].paraf if i < len(old) else "") for i, text in enumerate(value)
            ]
        key = None
        if merge:
            key = ("decree", path, self._session.setdefault(path, next(self._sessions)))
        label = self.labels.get(path, path)
        self.document.edit(path, value, self.tr("Ubah %1").replace("%1", label), key)

    def _on_change(self, path: str) -> None:
        for name in self.fields:
            if name == path or name.startswith(path + ".") or path.startswith(name + "."):
                self._show(name)
        if path in ("kind", *OPTIONAL):
            self._update_enabled()

    def refresh(self) -> None:
        """Show every field's current value."""
        for name in self.fields:
            self._show(name)
        self._update_enabled()

    def _update_enabled(self) -> None:
        decree = self.document.decree
        peraturan = decree.kind.is_peraturan
        self.diktum_box.setVisible(not peraturan)
        self.chapters_box.setVisible(peraturan)
        self.promulgation_box.setVisible(peraturan)
        for name, widget in self.fields.items():
            head = name.split(".", 1)[0]
            if head in OPTIONAL and "." in name:
                widget.setEnabled(getattr(decree, head) is not None)
        self.fields["issuer"].setPlaceholderText(
            f"{decree.kind.official} {decree.region}".strip().upper()
        )

    def _show(self, name: str) -> None:
        widget = self.fields[name]
        value = self.value(name)
        if isinstance(widget, DiktumEditor):
            widget.set_ordinal_first(self.document.decree.ordinal_first)
            widget.set_items(value)
        elif isinstance(widget, ChapterEditor):
            widget.set_chapters(value)
        elif isinstance(widget, QLineEdit):
            if widget.text() != value:
                widget.setText(str(value))
        elif isinstance(widget, ListEditor):
            widget.set_items(list(value))
        elif isinstance(widget, DateField):
            if widget.value() != value:
                widget.set_value(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value is not None)
        elif isinstance(widget, QComboBox):
            data = value.value if isinstance(value, DecreeKind) else value
            widget.setCurrentIndex(max(0, widget.findData(data)))
        if name == "ordinal_first":
            self.diktum.set_ordinal_first(value)

    def focus_field(self, path: str) -> None:
        """Scroll to a field and give it the keyboard focus (from a validation finding)."""
        widget = self.fields.get(path)
        if widget is None:
            return
        self.ensureWidgetVisible(widget)
        if isinstance(widget, ListEditor):
            widget = widget.list
        elif isinstance(widget, DateField):
            widget = widget.edit
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
