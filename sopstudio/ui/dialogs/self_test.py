"""Bantuan > Periksa instalasi: the lines of `sopstudio self-test`, shown as they come."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopstudio.ui.selftest import CheckResult, SelfTest


class SelfTestDialog(QDialog):
    """Runs the self-test one check per event-loop turn, so the window stays responsive."""

    #: Emitted once every check has run, with the number that failed.
    finished_checks = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa instalasi"))
        self.resize(640, 360)
        self.status = QLabel(self.tr("Memeriksa instalasi..."), self)
        self.lines = QPlainTextEdit(self)
        self.lines.setReadOnly(True)
        self.lines.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.lines)
        layout.addWidget(buttons)
        self.results: list[CheckResult] = []
        self._folder = tempfile.TemporaryDirectory(prefix="sopstudio-self-test-")
        self._checks = SelfTest(Path(self._folder.name)).run()
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        result = next(self._checks, None)
        if result is None:
            self._finish()
            return
        self.results.append(result)
        self.lines.appendPlainText(result.line())
        QTimer.singleShot(0, self._next)

    def _finish(self) -> None:
        self._folder.cleanup()
        failed = sum(not r.ok for r in self.results)
        self.status.setText(
            self.tr("Semua pemeriksaan lulus.")
            if not failed
            else self.tr("%1 pemeriksaan GAGAL.").replace("%1", str(failed))
        )
        self.finished_checks.emit(failed)
