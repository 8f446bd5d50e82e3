"""Bandingkan revisi: two revisions of an SOP side by side, changes marked, exportable."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.export.form_style import MARK_COLOURS
from sopstudio.export.forms import write_form
from sopstudio.model.errors import SopStudioError
from sopstudio.model.forms import FormDocument, FormTable, redline
from sopstudio.model.sop_diff import diff_sops
from sopstudio.model.store import Library


class RevisionDialog(QDialog):
    """Pick an old and a new revision; the table shows the redline the export writes."""

    def __init__(self, library: Library, sop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bandingkan revisi SOP"))
        self.library, self.sop_id = library, sop_id
        kept = [r.revision for r in library.history(sop_id) if r.has_snapshot]
        self.old, self.new = QComboBox(self), QComboBox(self)
        for combo in (self.old, self.new):
            for revision in kept:
                combo.addItem(self.tr("Revisi %1").replace("%1", str(revision)), revision)
        self.old.setCurrentIndex(max(0, len(kept) - 2))
        self.new.setCurrentIndex(len(kept) - 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        export = buttons.addButton(self.tr("Ekspor..."), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(lambda: self.export_to(self._ask_target()))
        buttons.rejected.connect(self.reject)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("SOP lama"), self))
        pick.addWidget(self.old)
        pick.addWidget(QLabel(self.tr("SOP baru"), self))
        pick.addWidget(self.new)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.form: FormDocument | None = None
        self.resize(1200, 700)
        self.refresh()

    def refresh(self) -> None:
        """Compare the chosen revisions and show the step table."""
        if self.old.count() == 0:
            self.summary.setText(self.tr("SOP ini belum punya revisi tersimpan."))
            return
        old = self.library.load_revision(self.sop_id, self.old.currentData())
        new = self.library.load_revision(self.sop_id, self.new.currentData())
        self.form = redline(old, new, diff_sops(old, new))
        self.summary.setText("; ".join(f"{label}: {value}" for label, value in self.form.info))
        self._show(self.form.tables[-1])

    def _show(self, table: FormTable) -> None:
        self.table.clear()
        self.table.setColumnCount(len(table.header))
        self.table.setHorizontalHeaderLabels(list(table.header))
        width = max(self.table.viewport().width(), 1100)
        for c, share in enumerate(table.widths):
            self.table.setColumnWidth(c, int(width * share / sum(table.widths)))
        self.table.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell.text)
                if cell.mark.value:
                    item.setBackground(QColor(MARK_COLOURS[cell.mark]))
                    font = item.font()
                    font.setStrikeOut(cell.mark.value == "dihapus")
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _ask_target(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor perbandingan"),
            "",
            self.tr("Dokumen PDF (*.pdf);;Dokumen Word (*.docx)"),
        )
        return path

    def export_to(self, path: str) -> bool:
        """Write the comparison (PDF/DOCX); False when nothing was written."""
        if not path or self.form is None:
            return False
        try:
            write_form(self.form, path)
        except (SopStudioError, OSError) as exc:
            self.summary.setText(self.tr("Gagal mengekspor: %1").replace("%1", str(exc)))
            return False
        self.summary.setText(self.tr("Tersimpan: %1").replace("%1", path))
        return True
