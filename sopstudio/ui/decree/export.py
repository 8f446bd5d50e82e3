"""Export of a whole decree (body, Lampiran and every SOP) to PDF or DOCX off the UI thread.

A decree with errors (its own or an SOP's) is refused, the errors listed, unless "draf" is
ticked: then every page and the file name are marked DRAF.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.export_gate import blocking_findings, draft_path
from sopstudio.model.style import Paper, StyleCatalog
from sopstudio.ui.dialogs.refusal import refusal_box
from sopstudio.ui.file_dialogs import add_open_button, choose_file, last_folder, show_written
from sopstudio.ui.worker import Progress, Worker, run_in_background

FORMATS = ("pdf", "docx")


def export_decree(decree: Decree, path: Path, fmt: str, paper: Paper, progress: Progress,
                  styles: StyleCatalog, draft: bool = False) -> str:
    """Write the decree in a format (the exporters are imported only when needed)."""
    options = {"paper": paper, "progress": progress, "styles": styles, "draft": draft}
    if fmt == "pdf":
        from sopstudio.export.pdf.decree import write_decree_pdf

        write_decree_pdf(decree, path, **options)
    else:
        from sopstudio.export.docx.decree import write_decree_docx

        write_decree_docx(decree, path, **options)
    return str(path)


def suggested_decree_name(decree: Decree, fmt: str) -> str:
    """A file name from the decree's kind and number ("Keputusan Gubernur 267-KEP-HK-2024.pdf")."""
    nomor = re.sub(r'[\\/:*?"<>|\s]+', "-", decree.nomor).strip("-")[:60]
    return f"{decree.kind.label} {nomor}".strip() + f".{fmt}"


class DecreeExportDialog(QDialog):
    """Choose format, paper and file, then export the decree with a progress bar."""

    #: The written file (after a successful export).
    exported = Signal(str)

    def __init__(self, decree: Decree, paper: Paper, fmt: str = "pdf",
                 folder: Path | None = None, parent: QWidget | None = None,
                 styles: StyleCatalog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor keputusan"))
        self.decree = decree
        self.styles = styles or StyleCatalog()
        self.worker: Worker | None = None
        #: The message box listing the errors of a refused export (None until one is refused).
        self.refusal: QMessageBox | None = None
        folder = folder or last_folder()
        self.formats = QButtonGroup(self)
        self.pdf = QRadioButton("PDF", self)
        self.docx = QRadioButton(self.tr("DOCX (Word)"), self)
        row = QHBoxLayout()
        for index, button in enumerate((self.pdf, self.docx)):
            self.formats.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        (self.docx if fmt == "docx" else self.pdf).setChecked(True)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("F4 (215 \u00d7 330 mm)"), Paper.F4)
        self.paper.addItem(self.tr("A4 (210 \u00d7 297 mm)"), Paper.A4)
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.path = QLineEdit(str(folder / suggested_decree_name(decree, fmt)), self)
        browse = QPushButton(self.tr("Pilih..."), self)
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), row)
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Berkas tujuan"), target)
        self.draft = QCheckBox(self.tr("Ekspor sebagai draf (setiap halaman dan nama berkas "
                                       "bertanda DRAF; boleh masih ada kesalahan)"), self)
        form.addRow("", self.draft)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Ekspor"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Tutup"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_button = add_open_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.formats.idToggled.connect(self._format_changed)
        self.resize(560, self.sizeHint().height())

    def fmt(self) -> str:
        return FORMATS[self.formats.checkedId()]

    def _format_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self.path.setText(str(Path(self.path.text()).with_suffix("." + self.fmt())))

    def _browse(self) -> None:
        kind = self.tr("Dokumen PDF (*.pdf)") if self.fmt() == "pdf" else \
            self.tr("Dokumen Word (*.docx)")
        chosen = choose_file(self, self.tr("Simpan sebagai"), kind, save=True,
                             start=self.path.text())
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        """Begin the export in a worker thread (the dialog stays responsive)."""
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Tentukan berkas tujuan terlebih dahulu."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != "." + self.fmt():
            path = path.with_name(path.name + "." + self.fmt())
            self.path.setText(str(path))
        draft = self.draft.isChecked()
        if not draft and (errors := blocking_findings(self.decree, self.styles)):
            self.status.setText(self.tr("Ekspor ditolak: %1 kesalahan.").replace(
                "%1", str(len(errors))))
            self.refusal = refusal_box(self, self.tr("Ekspor ditolak"), self.tr(
                "Dokumen ini masih memiliki %1 kesalahan dan tidak dapat diekspor untuk "
                "ditandatangani. Perbaiki kesalahan berikut, atau centang \u201cEkspor sebagai "
                "draf\u201d.").replace("%1", str(len(errors))), errors)
            self.refusal.open()
            return
        if draft:
            path = draft_path(path)
        # A private copy made on the UI thread: later edits do not race with the export.
        decree = decree_json.loads(decree_json.dumps(self.decree))
        fmt, paper, styles = self.fmt(), Paper(self.paper.currentData()), self.styles
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Mengekspor..."))
        self.worker = run_in_background(
            lambda progress: export_decree(decree, path, fmt, paper, progress, styles, draft),
            self._finished, self._failed, self._progress)

    def running(self) -> bool:
        return self.worker is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("Mengekspor... (%1 dari %2 bagian)").replace(
            "%1", str(done)).replace("%2", str(total)))

    def _finished(self, path: str) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Tersimpan: %1").replace("%1", path))
        show_written(self.open_button, path)
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.status.setText(message)
