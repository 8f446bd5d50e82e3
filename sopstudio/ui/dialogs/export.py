"""The export dialog: one SOP, or a whole decree with its Lampiran, to PDF or DOCX, written on
a worker thread (`ui.worker`).

A document with errors is refused, the errors listed in a message box, unless "draf" is
ticked: then every page and the file name are marked DRAF. The exporters are pure Python and
never touch Qt, so the worker gets its own copy of the document (the user may keep editing
meanwhile) and reports back through queued signals.
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

from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.export_gate import blocking_findings, draft_path
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, StyleCatalog
from sopstudio.model.validate import Finding
from sopstudio.ui.dialogs.refusal import refusal_box
from sopstudio.ui.file_dialogs import add_open_button, choose_file, last_folder, show_written
from sopstudio.ui.worker import Progress, Worker, run_in_background

FORMATS = ("pdf", "docx")


def export_document(
    document: Sop | Decree,
    path: Path,
    fmt: str,
    paper: Paper,
    progress: Progress,
    styles: StyleCatalog,
    draft: bool = False,
) -> str:
    """Write an SOP or a whole decree in a format (the exporters are imported only when
    needed); returns the path written. A decree reports its progress part by part."""
    options = {"paper": paper, "styles": styles, "draft": draft}
    if isinstance(document, Decree):
        if fmt == "pdf":
            from sopstudio.export.pdf.decree import write_decree_pdf as write
        else:
            from sopstudio.export.docx.decree import write_decree_docx as write
        write(document, path, progress=progress, **options)
    elif fmt == "pdf":
        from sopstudio.export.pdf import write_sop_pdf

        write_sop_pdf(document, path, **options)
    else:
        from sopstudio.export.docx import write_sop_docx

        write_sop_docx(document, path, **options)
    return str(path)


def _private_copy(document: Sop | Decree) -> Sop | Decree:
    """A copy made on the UI thread, so later edits never race with the export."""
    if isinstance(document, Decree):
        return decree_json.loads(decree_json.dumps(document))
    return jsonio.loads(jsonio.dumps(document))


def suggested_name(sop: Sop, fmt: str) -> str:
    """A file name from the SOP's title ("SOP Penanganan Surat Masuk.pdf")."""
    title = re.sub(r'[\\/:*?"<>|\s]+', " ", sop.judul).strip()[:80] or "SOP"
    return f"SOP {title}.{fmt}" if not title.upper().startswith("SOP") else f"{title}.{fmt}"


def suggested_decree_name(decree: Decree, fmt: str) -> str:
    """A file name from the decree's kind and number ("Keputusan Gubernur 267-KEP-HK-2024.pdf")."""
    nomor = re.sub(r'[\\/:*?"<>|\s]+', "-", decree.nomor).strip("-")[:60]
    return f"{decree.kind.label} {nomor}".strip() + f".{fmt}"


class ExportDialog(QDialog):
    """Choose format, paper and target file, then export an SOP or a decree with a progress
    bar."""

    #: The written file (after a successful export).
    exported = Signal(str)

    def __init__(
        self,
        document: Sop | Decree,
        paper: Paper,
        fmt: str = "pdf",
        folder: Path | None = None,
        parent: QWidget | None = None,
        styles: StyleCatalog | None = None,
    ) -> None:
        super().__init__(parent)
        is_decree = isinstance(document, Decree)
        self.setWindowTitle(self.tr("Ekspor keputusan") if is_decree else self.tr("Ekspor SOP"))
        self.document = document
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
        name = suggested_decree_name(document, fmt) if is_decree else suggested_name(document, fmt)
        self.path = QLineEdit(str(folder / name), self)
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
        self.draft = QCheckBox(
            self.tr(
                "Ekspor sebagai draf (setiap halaman dan nama berkas "
                "bertanda DRAF; boleh masih ada kesalahan)"
            ),
            self,
        )
        form.addRow("", self.draft)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Ekspor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_button = add_open_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.formats.idToggled.connect(self._format_changed)
        self.resize(520, self.sizeHint().height())

    def fmt(self) -> str:
        return FORMATS[self.formats.checkedId()]

    def _format_changed(self, _id: int, checked: bool) -> None:
        if checked:
            path = Path(self.path.text())
            self.path.setText(str(path.with_suffix("." + self.fmt())))

    def _browse(self) -> None:
        kind = (
            self.tr("Dokumen PDF (*.pdf)")
            if self.fmt() == "pdf"
            else self.tr("Dokumen Word (*.docx)")
        )
        chosen = choose_file(
            self, self.tr("Simpan sebagai"), kind, save=True, start=self.path.text()
        )
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
        if not draft and (errors := blocking_findings(self.document, self.styles)):
            self._refuse(errors)
            return
        if draft:
            path = draft_path(path)
        document = _private_copy(self.document)
        fmt, paper, styles = self.fmt(), Paper(self.paper.currentData()), self.styles
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until (a decree's) first progress report
        self.status.setText(self.tr("Mengekspor..."))
        self.worker = run_in_background(
            lambda progress: export_document(document, path, fmt, paper, progress, styles, draft),
            self._finished,
            self._failed,
            self._progress,
        )

    def _refuse(self, errors: list[Finding]) -> None:
        """Tell why the export is refused: every error, and how to export a draft instead."""
        self.status.setText(
            self.tr("Ekspor ditolak: %1 kesalahan.").replace("%1", str(len(errors)))
        )
        self.refusal = refusal_box(
            self,
            self.tr("Ekspor ditolak"),
            self.tr(
                "Dokumen ini masih memiliki %1 kesalahan dan tidak dapat diekspor untuk "
                "ditandatangani. Perbaiki kesalahan berikut, atau centang \u201cEkspor sebagai "
                "draf\u201d."
            ).replace("%1", str(len(errors))),
            errors,
        )
        self.refusal.open()

    def running(self) -> bool:
        return self.worker is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Mengekspor... (%1 dari %2 bagian)")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

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
