"""Screenshots of the editor for the README (offscreen, QWidget.grab()):
start page, symbol palette on an SOP, and the window on a 1366x768 laptop screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_editor.py docs/img
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from sopstudio.ui.app import build_sample_library
from sopstudio.ui.main_window import MainWindow
from sopstudio.ui.settings import Settings


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, Path(tmp) / "recovery")
        window.resize(1366, 768)
        window.fit_screen(QRect(0, 0, 1366, 768 - 32))  # a laptop with a 32 px panel
        window.show()
        library = build_sample_library(Path(tmp) / "contoh.sqlite")
        window.open_library(library)
        app.processEvents()
        window.grab().save(str(out / "start-page.png"))
        sop = next(s for s in window.library.list_sops() if "Surat Masuk" in s.judul)
        document = window.open_sop(sop.id)
        for _ in range(5):
            app.processEvents()
        document.editor.select_step(document.sop.steps[2].id)
        app.processEvents()
        window.grab().save(str(out / "laptop-1366x768.png"))
        window.palette.grab().save(str(out / "palette.png"))
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img"))
