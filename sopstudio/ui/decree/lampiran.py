"""The Lampiran's SOP list: add from the library, reorder by dragging, remove, renumber.

Each change is one `DecreeCommand` setting "lampiran.sops" holding the old and new lists, so a
reorder, a removal or a renumbering is undone in one step.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.drafting import renumber
from sopstudio.model.errors import SopStudioError
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.ui.decree.document import DecreeDocument

SOP_ID = Qt.ItemDataRole.UserRole
#: Pixels the mouse must travel with the button held before a press becomes a drag.
DRAG_DISTANCE = 6


class ReorderList(QListWidget):
    """A list whose rows are reordered by dragging them; the move is reported at release.

    No QDrag is involved: the row stays in place while a line shows where it would land,
    and `row_moved(from, to)` is emitted once when the button is released.
    """

    row_moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._press: tuple[int, QPoint] | None = None
        self._target: int | None = None

    def drop_row(self, pos: QPoint) -> int:
        """The gap (0..count) a row dropped at `pos` would land in."""
        item = self.itemAt(pos)
        if item is None:
            return self.count() if pos.y() > 0 else 0
        rect = self.visualItemRect(item)
        row = self.row(item)
        return row + 1 if pos.y() > rect.center().y() else row

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._press = (self.row(item), event.position().toPoint())

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if (
            self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (
                self._target is not None
                or (pos - self._press[1]).manhattanLength() >= DRAG_DISTANCE
            )
        ):
            self._target = self.drop_row(pos)
            self.viewport().update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        press, target = self._press, self._target
        self._press = self._target = None
        if press is not None and target is not None:
            self.viewport().update()
            source = press[0]
            # Dropping into the gap just above or below the row leaves it where it is.
            destination = target - 1 if target > source else target
            if destination != source:
                self.row_moved.emit(source, destination)
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._target is None or not self.count():
            return
        row = min(self._target, self.count() - 1)
        rect: QRect = self.visualItemRect(self.item(row))
        y = rect.bottom() if self._target >= self.count() else rect.top()
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().highlight().color(), 2))
        painter.drawLine(0, y, self.viewport().width(), y)


class SopPickerDialog(QDialog):
    """Choose SOPs of the library (search box, checkboxes) to add to a Lampiran."""

    def __init__(self, library: Library, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah SOP ke Lampiran"))
        self.library = library
        self.exclude = exclude
        self._checked: set[str] = set()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari judul, nomor atau kegiatan..."))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tambahkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("SOP yang sudah ada di Lampiran tidak ditampilkan."), self))
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.list.itemChanged.connect(self._item_changed)
        self.resize(560, 480)
        self.refresh()

    def refresh(self) -> None:
        """List the SOPs matching the search (checked ones stay checked)."""
        text = self.search.text().strip()
        summaries = self.library.search(text) if text else self.library.list_sops()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for summary in summaries:
            if summary.id in self.exclude:
                continue
            label = f"{summary.nomor} \u2014 {summary.judul}" if summary.nomor else summary.judul
            item = QListWidgetItem(label, self.list)
            item.setData(SOP_ID, summary.id)
            item.setToolTip(" / ".join(summary.unit_path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.id in self._checked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(blocked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        sop_id = item.data(SOP_ID)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(sop_id)
        else:
            self._checked.discard(sop_id)

    def chosen(self) -> list[str]:
        """Ids of the checked SOPs, in library order."""
        order = [s.id for s in self.library.list_sops()]
        return sorted(self._checked, key=order.index)


class LampiranEditor(QWidget):
    """The SOPs of a decree's Lampiran, with the buttons that change the list."""

    #: Ask the main window to open an SOP of the library (double-click on a row).
    open_requested = Signal(str)

    def __init__(
        self, document: DecreeDocument, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.library = library
        self.list = ReorderList(self)
        self.add_button = QPushButton(self.tr("Tambah SOP dari pustaka..."), self)
        self.remove_button = QPushButton(self.tr("Hapus dari Lampiran"), self)
        self.update_button = QPushButton(self.tr("Perbarui dari pustaka"), self)
        self.update_button.setToolTip(
            self.tr("Ganti salinan SOP di Lampiran dengan versi terbaru di pustaka.")
        )
        self.year = QSpinBox(self)
        self.year.setRange(1945, 2200)
        self.year.setValue(date.today().year)
        self.renumber_button = QPushButton(self.tr("Nomori ulang"), self)
        self.renumber_button.setToolTip(
            self.tr("Beri nomor \u201cNN Tahun YYYY\u201d menurut urutan Lampiran.")
        )
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.update_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Tahun"), self))
        buttons.addWidget(self.year)
        buttons.addWidget(self.renumber_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Urutan SOP di Lampiran (seret untuk memindahkan; klik dua kali untuk membuka):"
                ),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_current)
        self.update_button.clicked.connect(self.update_from_library)
        self.renumber_button.clicked.connect(lambda: self.renumber(self.year.value()))
        self.list.row_moved.connect(self.move)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(item.data(SOP_ID))
        )
        document.changed.connect(self._on_change)
        self.refresh()

    def sops(self) -> list[Sop]:
        return self.document.decree.lampiran.sops

    def _on_change(self, path: str) -> None:
        if path in ("lampiran", "lampiran.sops"):
            self.refresh()

    def refresh(self) -> None:
        """Show the Lampiran's SOPs, keeping the current row."""
        row = self.list.currentRow()
        self.list.clear()
        for index, sop in enumerate(self.sops(), start=1):
            nomor = sop.nomor or self.tr("(tanpa nomor)")
            item = QListWidgetItem(f"{index}.  {sop.judul}  \u2014  {nomor}", self.list)
            item.setData(SOP_ID, sop.id)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.remove_button.setEnabled(bool(self.sops()))
        self.renumber_button.setEnabled(bool(self.sops()))
        self.update_button.setEnabled(bool(self.sops()))

    def _set(self, sops: list[Sop], text: str) -> bool:
        return self.document.edit("lampiran.sops", sops, text)

    def pick(self) -> None:
        """Let the user choose SOPs of the library and append them."""
        dialog = SopPickerDialog(self.library, {s.id for s in self.sops()}, self)
        self.picker = dialog
        dialog.accepted.connect(lambda: self.add(dialog.chosen()))
        dialog.open()

    def add(self, sop_ids: list[str]) -> None:
        """Append SOPs of the library (their current saved versions) as one undo step."""
        sops = copy.deepcopy(self.sops())
        try:
            sops += [
                self.library.load_sop(sop_id)
                for sop_id in sop_ids
                if sop_id not in {s.id for s in sops}
            ]
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("SOP tidak dapat dimuat"), str(exc))
            return
        self._set(sops, self.tr("Tambah %1 SOP ke Lampiran").replace("%1", str(len(sop_ids))))

    def move(self, source: int, destination: int) -> None:
        """Move the SOP at `source` to `destination` (one undo step)."""
        sops = copy.deepcopy(self.sops())
        sops.insert(destination, sops.pop(source))
        if self._set(sops, self.tr("Pindahkan SOP di Lampiran")):
            self.list.setCurrentRow(destination)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            sops = copy.deepcopy(self.sops())
            del sops[row]
            self._set(sops, self.tr("Hapus SOP dari Lampiran"))

    def update_from_library(self) -> None:
        """Replace each SOP with the library's saved version (one undo step)."""
        sops = []
        missing = []
        for sop in self.sops():
            try:
                sops.append(self.library.load_sop(sop.id))
            except SopStudioError:
                missing.append(sop.judul)
                sops.append(copy.deepcopy(sop))
        changed = self._set(sops, self.tr("Perbarui SOP Lampiran dari pustaka"))
        if missing:
            QMessageBox.information(
                self,
                self.tr("Perbarui dari pustaka"),
                self.tr("SOP berikut tidak ada di pustaka ini dan tetap seperti di Lampiran:")
                + "\n"
                + "\n".join(missing),
            )
        elif not changed:
            QMessageBox.information(
                self,
                self.tr("Perbarui dari pustaka"),
                self.tr("Semua SOP di Lampiran sudah sama dengan pustaka."),
            )

    def renumber(self, year: int) -> None:
        """Number the SOPs "NN Tahun YYYY" in Lampiran order (one undo step)."""
        draft = copy.deepcopy(self.document.decree)
        renumber(draft, year)
        self._set(
            draft.lampiran.sops,
            self.tr("Nomori ulang SOP Lampiran (tahun %1)").replace("%1", str(year)),
        )
