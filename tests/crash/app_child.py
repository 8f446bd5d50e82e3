"""Child of the crash test: the editor app applying scripted edits, acknowledging each one.

    python -m tests.crash.app_child LIBRARY HOME START STOP

Opens the main window on LIBRARY (settings and recovery journal under HOME; journaled
edits are restored, as the user's "Pulihkan" would), opens the test SOP and applies edits
START .. STOP-1 through the editor's undo stack (`SopEditor.run`, as every gesture does).
The autosaver journals each edit while the command is pushed (its durability point: the
journal file is written atomically and fsynced) and saves the library 500 ms later. After
each `run` returns, "ack N" is printed. Once STOP is reached it saves, prints "done" and
keeps running until killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sopstudio.ui.dialogs.recovery import RESTORE  # noqa: E402
from sopstudio.ui.main_window import MainWindow  # noqa: E402
from sopstudio.ui.settings import Settings  # noqa: E402
from tests.crash.script import SOP_ID, edit  # noqa: E402


def main(library: str, home: Path, start: int, stop: int) -> int:
    app = QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, home / "recovery")
    window.ask_recovery = lambda entries: RESTORE
    window.show()
    if not window.open_library(library):
        return 3
    document = window.open_sop(SOP_ID)
    numbers = iter(range(start, stop))

    def next_edit() -> None:
        n = next(numbers, None)
        if n is None:
            timer.stop()
            document.flush()
            print("done", flush=True)
            return
        op, text = edit(document.sop, n)
        if not document.editor.run(op, text):
            print(f"refused {n}", flush=True)
            app.exit(4)
            return
        print(f"ack {n}", flush=True)

    timer = QTimer()
    timer.timeout.connect(next_edit)
    timer.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
