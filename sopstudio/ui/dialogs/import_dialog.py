"""Impor: read SOPs from a Word document, a PDF or tab-separated text, preview them with the
importer's report, and add the chosen ones to the library.

The importer runs on a worker thread; it never touches the library. Adding saves each
chosen SOP into the target unit (or the unit its own header names).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.errors import SopStudioError
from sopstudio.model.importers import ImportedSop, ImportResult, import_file
from sopstudio.model.importers.report import GUESS, WARNING, Note
from sopstudio.model.store import Library
from sopstudio.ui.worker import Worker, run_in_background

COL_TITLE, COL_STEPS, COL_LANES, COL_PROBLEMS, COL_GUESSES, COL_SOURCE = range(6)
#: The unit combo's value for "the unit named by the SOP's own header".
BY_HEADER = -1


class ImportDialog(QDialog):
    """Preview of the SOPs found in a file; "Tambahkan ke pustaka" saves the chosen ones."""

    #: Ids of the SOPs added to the library, in order.
    added = Signal(list)

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor SOP dari %1").replace("%1", path.name))
        self.library = library
        self.path = path
        self.result: ImportResult | None = None
        self.status = QLabel(self.tr("Membaca %1...").replace("%1", path.name), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Judul SOP"),
                self.tr("Langkah"),
                self.tr("Pelaksana"),
                self.tr("Perlu diperiksa"),
                self.tr("Tebakan"),
                self.tr("Sumber"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Pilih SOP untuk melihat laporan impornya."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("Menurut kop unit kerja pada SOP"), BY_HEADER)
        paths = {u.id: library.unit_path(u.id) for u in library.units()}
        for unit_id, names in paths.items():
            self.unit.addItem(" / ".join(names), unit_id)
        form = QFormLayout()
        form.addRow(self.tr("Unit tujuan"), self.unit)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("Tambahkan ke pustaka"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_to_library)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_report(row))
        self.table.itemChanged.connect(lambda _item: self._update())
        self.resize(900, 620)
        self.worker: Worker | None = run_in_background(
            lambda _progress: import_file(path), self._imported, self._failed
        )

    # -- results ------------------------------------------------------------------------

    def _imported(self, result: ImportResult) -> None:
        self.worker = None
        self.result = result
        self.progress.hide()
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(result.sops))
        for row, found in enumerate(result.sops):
            sop = found.sop
            title = QTableWidgetItem(sop.judul or self.tr("(tanpa judul)"))
            title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            title.setCheckState(Qt.CheckState.Checked)
            title.setToolTip(sop.nomor)
            to_check = sum(note.kind != GUESS for note in found.report.notes)
            cells = (
                [title]
                + [
                    QTableWidgetItem(str(v))
                    for v in (len(sop.steps), len(sop.actors), to_check, len(found.report.guesses))
                ]
                + [QTableWidgetItem(found.where)]
            )
            for column, cell in enumerate(cells):
                if column == COL_PROBLEMS and to_check:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(blocked)
        if result.sops:
            self.table.setCurrentCell(0, COL_TITLE)
        else:
            self.report.setPlainText("\n".join(self._note(n, {}) for n in result.report.notes))
        self._update()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.hide()
        self.status.setText(self.tr("Berkas tidak dapat diimpor: %1").replace("%1", message))

    def _show_report(self, row: int) -> None:
        """One report in words: what the import guessed, what it could not read, and what
        validation of the imported SOP finds (the importer adds its findings)."""
        if self.result is None or not 0 <= row < len(self.result.sops):
            return
        found = self.result.sops[row]
        notes = found.report.notes
        lines = [
            self.tr("%1 \u2014 %2 langkah, %3 pelaksana")
            .replace("%1", found.sop.judul)
            .replace("%2", str(len(found.sop.steps)))
            .replace("%3", str(len(found.sop.actors)))
        ]
        lines.append(
            self.tr("Perlu diperiksa: %1 galat, %2 peringatan; %3 tebakan.")
            .replace("%1", str(len(found.report.problems)))
            .replace("%2", str(sum(n.kind == WARNING for n in notes)))
            .replace("%3", str(len(found.report.guesses)))
        )
        places = {
            f"step:{s.id}": self.tr("langkah %1").replace("%1", str(n))
            for n, s in enumerate(found.sop.steps, start=1)
        }
        places |= {f"actor:{a.id}": a.name for a in found.sop.actors}
        lines += [self._note(note, places) for note in notes] or [
            self.tr("Tidak ada tebakan maupun masalah.")
        ]
        if self.result.report.notes:
            lines += ["", self.tr("Catatan untuk seluruh berkas:")]
            lines += [self._note(note, {}) for note in self.result.report.notes]
        self.report.setPlainText("\n".join(lines))

    def _note(self, note: Note, places: dict[str, str]) -> str:
        """A note in words ("Tebakan (baris 12): ...", "Peringatan (langkah 3): ..."); a
        validation note's location is named by `places`."""
        label = {GUESS: self.tr("Tebakan"), WARNING: self.tr("Peringatan")}.get(
            note.kind, self.tr("Perlu diperiksa")
        )
        where = places.get(note.where.split(".", 1)[0], note.where)
        place = f" ({where})" if where and ":" not in where and where != "sop" else ""
        return f"{label}{place}: {note.message}"

    def chosen(self) -> list[ImportedSop]:
        """The checked SOPs, in document order."""
        if self.result is None:
            return []
        return [
            found
            for row, found in enumerate(self.result.sops)
            if self.table.item(row, COL_TITLE).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        if self.result is None:
            return
        count = len(self.chosen())
        self.add_button.setEnabled(count > 0)
        self.status.setText(
            self.tr(
                "%1 SOP ditemukan, %2 dipilih. Periksa laporan tiap SOP sebelum menambahkannya."
            )
            .replace("%1", str(len(self.result.sops)))
            .replace("%2", str(count))
        )

    # -- adding -------------------------------------------------------------------------

    def add_to_library(self) -> list[str]:
        """Save the chosen SOPs into the library; returns their ids (also via `added`)."""
        target = self.unit.currentData()
        ids = []
        try:
            for found in self.chosen():
                sop = found.sop
                if target != BY_HEADER:
                    unit = target
                elif sop.unit_header:
                    unit = self.library.ensure_unit(sop.unit_header)
                else:
                    unit = None
                self.library.save_sop(sop, unit)
                ids.append(sop.id)
        except SopStudioError as exc:
            self.status.setText(self.tr("SOP tidak dapat disimpan: %1").replace("%1", str(exc)))
            if ids:
                self.added.emit(ids)
            return ids
        self.added.emit(ids)
        self.accept()
        return ids

    def reject(self) -> None:
        if self.worker is None:
            super().reject()
