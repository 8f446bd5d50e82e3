"""Monitoring and evaluation of one SOP, filled in the app and printed to PDF/DOCX.

Both dialogs edit a record of the library (not the SOP): "Simpan" stores it as one library
write; "Cetak..." prints it (or, for monitoring, a blank form for a field visit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.export.forms import write_form
from sopstudio.model.assessments import (
    criteria,
    evaluations,
    monitorings,
    save_evaluation,
    save_monitoring,
)
from sopstudio.model.errors import SopStudioError
from sopstudio.model.forms import FormDocument, evaluation_form, monitoring_form
from sopstudio.model.monitoring import (
    PENILAIAN,
    Answer,
    Assessor,
    Evaluation,
    Monitoring,
    MonitoringRow,
    blank_evaluation,
    blank_monitoring,
)
from sopstudio.model.numbering import format_date_field, parse_indonesian_date
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library

#: The Ya/Tidak combo's entries and the values they stand for.
ANSWERS = (("", None), ("Ya", True), ("Tidak", False))


class _RecordDialog(QDialog):
    """What both dialogs share: the SOP, the header form, the table and the buttons."""

    def __init__(self, library: Library, sop: Sop, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.library, self.sop = library, sop
        self.form = QFormLayout()
        self.tanggal = QLineEdit(self)
        self.tanggal.setPlaceholderText(self.tr("mis. 30 Juni 2025"))
        self.nama, self.jabatan = QLineEdit(self), QLineEdit(self)
        self.table = QTableWidget(0, 0, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # Rows fit their wrapped text at the columns' real widths, also after a resize.
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button = buttons.addButton(
            self.tr("Cetak..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_to(self._ask_target()))
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{sop.nomor}</b> {sop.judul}", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(1000, 640)

    def _add_header_fields(self) -> None:
        self.form.addRow(self.tr("Tanggal penilaian"), self.tanggal)
        self.form.addRow(self.tr("Nama penilai"), self.nama)
        self.form.addRow(self.tr("Jabatan penilai"), self.jabatan)

    def _assessor(self) -> Assessor:
        return Assessor(self.nama.text().strip(), self.jabatan.text().strip())

    def _iso_date(self) -> str | None:
        """The typed date as ISO ("" when empty); None (with a message) when unreadable."""
        text = self.tanggal.text().strip()
        if not text:
            return ""
        iso = parse_indonesian_date(text)
        if iso is None or len(iso) != 10:
            self.message.setText(
                self.tr("Tanggal tidak dikenali: %1 (mis. 30 Juni 2025)").replace("%1", text)
            )
        return iso if iso and len(iso) == 10 else None

    def _text_item(self, text: str, editable: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _ask_target(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Cetak ke"), "", self.tr("Dokumen PDF (*.pdf);;Dokumen Word (*.docx)")
        )
        return path

    def print_to(self, path: str) -> bool:
        """Write the printable form to `path` (.pdf/.docx); False (with a message) if it failed."""
        if not path:
            return False
        try:
            write_form(self.printable(), path)
        except (SopStudioError, OSError) as exc:
            self.message.setText(self.tr("Gagal mencetak: %1").replace("%1", str(exc)))
            return False
        self.message.setText(self.tr("Tersimpan: %1").replace("%1", path))
        return True

    def printable(self) -> FormDocument:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError


class MonitoringDialog(_RecordDialog):
    """Tabel 7 for one SOP and period: Penilaian, Catatan and Tindakan per step."""

    def __init__(
        self, library: Library, sop: Sop, periode: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(library, sop, parent)
        self.setWindowTitle(self.tr("Monitoring pelaksanaan SOP"))
        self.periode = QComboBox(self)
        self.periode.setEditable(True)
        self.periode.lineEdit().setPlaceholderText(self.tr("mis. Semester I 2025"))
        self.periode.addItems([m.periode for m in monitorings(library, sop.id)])
        self.form.addRow(self.tr("Periode"), self.periode)
        self._add_header_fields()
        self.blank_button = self.buttons.addButton(
            self.tr("Cetak formulir kosong..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.blank_button.clicked.connect(lambda: self.print_blank(self._ask_target()))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Prosedur"),
                self.tr("Penilaian terhadap penerapan"),
                self.tr("Catatan hasil penilaian"),
                self.tr("Tindakan yang harus diambil"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 36), (1, 400), (2, 200), (3, 220), (4, 200)):
            self.table.setColumnWidth(column, width)
        self.periode.currentTextChanged.connect(self._load_periode)
        self.periode.setEditText(periode or self.periode.currentText())
        self._load_periode(self.periode.currentText())

    def _load_periode(self, periode: str) -> None:
        found = [m for m in monitorings(self.library, self.sop.id) if m.periode == periode.strip()]
        record = found[0] if found else blank_monitoring(self.sop, periode.strip())
        self.tanggal.setText(format_date_field(record.tanggal))
        self.nama.setText(record.assessor.nama)
        self.jabatan.setText(record.assessor.jabatan)
        self.table.setRowCount(len(record.rows))
        for r, row in enumerate(record.rows):
            self.table.setItem(r, 0, self._text_item(str(r + 1), editable=False))
            prosedur = self._text_item(row.prosedur, editable=False)
            prosedur.setData(Qt.ItemDataRole.UserRole, row.step_id)
            self.table.setItem(r, 1, prosedur)
            combo = QComboBox(self.table)
            combo.addItems(["", *PENILAIAN])
            combo.setCurrentText(row.penilaian)
            self.table.setCellWidget(r, 2, combo)
            self.table.setItem(r, 3, self._text_item(row.catatan))
            self.table.setItem(r, 4, self._text_item(row.tindakan))
        self.table.resizeRowsToContents()

    def record(self, tanggal: str = "") -> Monitoring:
        """The form as a monitoring record."""
        rows = []
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 2)
            assert isinstance(combo, QComboBox)
            rows.append(
                MonitoringRow(
                    self.table.item(r, 1).data(Qt.ItemDataRole.UserRole),
                    self._cell(r, 1),
                    combo.currentText(),
                    self._cell(r, 3),
                    self._cell(r, 4),
                )
            )
        return Monitoring(
            self.sop.id,
            self.sop.revision,
            self.periode.currentText().strip(),
            tanggal,
            self._assessor(),
            rows,
        )

    def printable(self) -> FormDocument:
        return monitoring_form(self.sop, self.record(self._iso_date() or ""))

    def print_blank(self, path: str) -> bool:
        """Write the blank form for a field visit."""
        if not path:
            return False
        write_form(monitoring_form(self.sop), path)
        self.message.setText(self.tr("Tersimpan: %1").replace("%1", path))
        return True

    def save(self) -> bool:
        """Store the form in the library; False (with a message) when it cannot be."""
        if not self.periode.currentText().strip():
            self.message.setText(self.tr("Isi periode monitoring terlebih dahulu."))
            return False
        tanggal = self._iso_date()
        if tanggal is None:
            return False
        try:
            save_monitoring(self.library, self.record(tanggal))
        except SopStudioError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.message.setText(
            self.tr("Monitoring %1 tersimpan di pustaka.").replace(
                "%1", self.periode.currentText().strip()
            )
        )
        return True


class EvaluationDialog(_RecordDialog):
    """The yearly evaluation: each criterion Ya/Tidak with a note, and the revision it caused."""

    def __init__(
        self, library: Library, sop: Sop, tahun: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(library, sop, parent)
        self.setWindowTitle(self.tr("Evaluasi SOP"))
        self.tahun = QLineEdit(tahun, self)
        self.tahun.setPlaceholderText(self.tr("mis. 2025"))
        self.form.addRow(self.tr("Tahun"), self.tahun)
        self._add_header_fields()
        self.caused = QSpinBox(self)
        self.caused.setRange(0, 1_000_000)
        self.caused.setSpecialValueText(self.tr("(belum ada)"))
        self.form.addRow(self.tr("Revisi SOP yang dihasilkan"), self.caused)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kriteria"), self.tr("Ya/Tidak"), self.tr("Catatan")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 420), (1, 90)):
            self.table.setColumnWidth(column, width)
        self.tahun.editingFinished.connect(lambda: self._load_tahun(self.tahun.text()))
        self._load_tahun(tahun)

    def _load_tahun(self, tahun: str) -> None:
        found = [e for e in evaluations(self.library, self.sop.id) if e.tahun == tahun.strip()]
        record = (
            found[0] if found else blank_evaluation(self.sop, tahun.strip(), criteria(self.library))
        )
        self.tanggal.setText(format_date_field(record.tanggal))
        self.nama.setText(record.assessor.nama)
        self.jabatan.setText(record.assessor.jabatan)
        self.caused.setValue(record.caused_revision or 0)
        self.table.setRowCount(len(record.answers))
        for r, answer in enumerate(record.answers):
            self.table.setItem(r, 0, self._text_item(answer.criterion, editable=False))
            combo = QComboBox(self.table)
            combo.addItems([label for label, _ in ANSWERS])
            combo.setCurrentIndex([v for _, v in ANSWERS].index(answer.ya))
            self.table.setCellWidget(r, 1, combo)
            self.table.setItem(r, 2, self._text_item(answer.catatan))
        self.table.resizeRowsToContents()

    def record(self, tanggal: str = "") -> Evaluation:
        """The form as an evaluation record."""
        answers = []
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 1)
            assert isinstance(combo, QComboBox)
            answers.append(
                Answer(self._cell(r, 0), ANSWERS[combo.currentIndex()][1], self._cell(r, 2))
            )
        return Evaluation(
            self.sop.id,
            self.sop.revision,
            self.tahun.text().strip(),
            tanggal,
            self._assessor(),
            answers,
            self.caused.value() or None,
        )

    def printable(self) -> FormDocument:
        return evaluation_form(self.sop, self.record(self._iso_date() or ""))

    def save(self) -> bool:
        """Store the evaluation in the library; False (with a message) when it cannot be."""
        if not self.tahun.text().strip().isdigit():
            self.message.setText(self.tr("Isi tahun evaluasi (mis. 2025)."))
            return False
        tanggal = self._iso_date()
        if tanggal is None:
            return False
        save_evaluation(self.library, self.record(tanggal))
        self.message.setText(
            self.tr("Evaluasi %1 tersimpan di pustaka.").replace("%1", self.tahun.text().strip())
        )
        return True
