"""Signed PDFs from the UI: verify one offline, attach it to the library, and manage the
certificates the library trusts (with their SHA-256 fingerprints to compare)."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.errors import SopStudioError
from sopstudio.model.signed.attach import (
    SignedError,
    attach_signed,
    check_signed,
    read_signed,
    read_submission,
    trusted_certificates,
)
from sopstudio.model.signed.certs import describe, read_certificates
from sopstudio.model.store import Library

#: Columns of the trusted certificate list.
COL_SUBJECT, COL_FINGERPRINT = range(2)
_VALID_STYLE = "color: #1b5e20; font-weight: bold;"
_REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"


class SignedPdfDialog(QDialog):
    """Verify a signed PDF (optionally against its package) and attach it to the library."""

    #: After a signed PDF was attached (statuses in the library changed).
    attached = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF bertanda tangan elektronik"))
        self.library = library
        self.pdf = QLineEdit(self)
        self.package = QLineEdit(self)
        self.package.setPlaceholderText(self.tr("(opsional) paket tanda tangan asal PDF ini"))
        files = QFormLayout()
        files.addRow(self.tr("PDF bertanda tangan"), self._with_button(self.pdf, self.choose_pdf))
        files.addRow(self.tr("Paket"), self._with_button(self.package, self.choose_package))

        trust_box = QGroupBox(self.tr("Sertifikat tepercaya (akar dan perantara)"), self)
        self.trust = QTreeWidget(trust_box)
        self.trust.setHeaderLabels([self.tr("Nama"), self.tr("Sidik jari SHA-256")])
        self.trust.setRootIsDecorated(False)
        self.trust.header().setStretchLastSection(False)
        self.trust.header().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.trust.header().setSectionResizeMode(
            COL_FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.trust.setFixedHeight(110)
        self.trust.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        hint = QLabel(
            self.tr(
                "Bandingkan sidik jari dengan yang diumumkan penerbitnya (Root CA Indonesia DS G1, "
                "BSrE/BSSN). Tidak ada yang diunduh dari jaringan."
            ),
            trust_box,
        )
        hint.setWordWrap(True)
        add = QPushButton(self.tr("Tambah sertifikat..."), trust_box)
        add.clicked.connect(lambda: self.add_certificates())
        self.remove = QPushButton(self.tr("Hapus"), trust_box)
        self.remove.clicked.connect(self.remove_certificate)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        trust_layout = QVBoxLayout(trust_box)
        trust_layout.addWidget(self.trust)
        trust_layout.addWidget(hint)
        trust_layout.addLayout(buttons)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setMinimumHeight(220)
        box = QDialogButtonBox(self)
        self.verify_button = box.addButton(
            self.tr("Periksa"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.attach_button = box.addButton(
            self.tr("Lampirkan ke pustaka"), QDialogButtonBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.verify_button.clicked.connect(self.verify)
        self.attach_button.clicked.connect(self.attach)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(files)
        layout.addWidget(trust_box)
        layout.addWidget(self.verdict)
        layout.addWidget(self.report, 1)
        layout.addWidget(box)
        self.resize(980, 640)
        self.refresh_trust()

    def _with_button(self, field: QLineEdit, slot) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        button = QPushButton(self.tr("Pilih..."), row)
        button.clicked.connect(lambda: slot())
        layout.addWidget(button)
        return row

    # -- trust store -----------------------------------------------------------------------

    def refresh_trust(self) -> None:
        """List the library's trusted certificates with their fingerprints."""
        self.trust.clear()
        for cert in trusted_certificates(self.library):
            info = describe(cert)
            item = QTreeWidgetItem([info.name, info.fingerprint])
            item.setData(COL_SUBJECT, Qt.ItemDataRole.UserRole, info.sha256)
            item.setToolTip(COL_SUBJECT, "\n".join(info.lines()))
            self.trust.addTopLevelItem(item)
        self.remove.setEnabled(self.trust.topLevelItemCount() > 0)

    def add_certificates(self, paths: list[str] | None = None) -> None:
        """Trust the certificates in PEM/DER files (asked for when `paths` is None)."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Tambah sertifikat tepercaya"),
                str(Path.home()),
                self.tr("Sertifikat (*.pem *.crt *.cer *.der)"),
            )
        try:
            for path in paths:
                for cert in read_certificates(path):
                    info = describe(cert)
                    self.library.lifecycle.trust(info.sha256, info.subject, info.der)
        except SopStudioError as exc:
            self._show(False, str(exc), [])
        self.refresh_trust()

    def remove_certificate(self) -> None:
        """Stop trusting the selected certificate."""
        item = self.trust.currentItem()
        if item is not None:
            self.library.lifecycle.distrust(item.data(COL_SUBJECT, Qt.ItemDataRole.UserRole))
            self.refresh_trust()

    # -- files -----------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PDF bertanda tangan"), str(Path.home()), self.tr("PDF (*.pdf)")
        )
        if path:
            self.pdf.setText(path)

    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Paket tanda tangan"),
            str(Path.home()),
            self.tr("Paket tanda tangan (*.zip)"),
        )
        if path:
            self.package.setText(path)

    # -- verify and attach -----------------------------------------------------------------

    def verify(self) -> bool:
        """Verify the PDF (and its match with the package, when one is given); True if valid."""
        try:
            data = read_signed(self.pdf.text())
            package = read_submission(self.package.text()) if self.package.text() else None
            check = check_signed(
                data, Path(self.pdf.text()).name, trusted_certificates(self.library), package
            )
        except SopStudioError as exc:
            self._show(False, str(exc), [])
            return False
        if not check.ok:
            self._show(False, check.refusal, check.lines())
            return False
        self._show(
            True,
            self.tr("Tanda tangan SAH.")
            if package is None
            else self.tr("Tanda tangan SAH dan cocok dengan paket."),
            check.lines(),
        )
        return True

    def attach(self) -> bool:
        """Verify, match and attach the PDF to the library (Disahkan); True when done."""
        try:
            data = read_signed(self.pdf.text())
            package = read_submission(self.package.text()) if self.package.text() else None
            trusted = trusted_certificates(self.library)
            result = attach_signed(
                self.library,
                data,
                Path(self.pdf.text()).name,
                trusted,
                datetime.date.today(),
                package,
            )
        except SignedError as exc:
            self.verify()  # the report of each signature, under the reason
            self._show(False, str(exc), self.report.toPlainText().splitlines())
            return False
        except SopStudioError as exc:
            self._show(False, str(exc), [])
            return False
        self._show(True, self.tr("Tanda tangan SAH; dilampirkan ke pustaka."), result.lines())
        self.attached.emit()
        return True

    def _show(self, valid: bool, verdict: str, lines: list[str]) -> None:
        self.verdict.setText(verdict if valid else self.tr("DITOLAK: %1").replace("%1", verdict))
        self.verdict.setStyleSheet(_VALID_STYLE if valid else _REFUSED_STYLE)
        self.report.setPlainText("\n".join(lines))
