"""Autosave and recovery: edits reach the library, a killed app loses nothing it acknowledged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sopstudio.model import ops
from sopstudio.model.store import Library
from sopstudio.ui.autosave import SAVE_DELAY_MS, RecoveryJournal
from sopstudio.ui.dialogs.recovery import RecoveryDialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    open_by_title,
    sample_library_file,
    window,
)

ROOT = Path(__file__).resolve().parents[2]

#: The child app: opens an SOP and applies one edit every 20 ms through the editor's command
#: path (commands and a merging typing session), printing an ack after each.
CHILD = r"""
import itertools, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sopstudio.model import ops
from sopstudio.ui.main_window import MainWindow
from sopstudio.ui.settings import Settings
library, tmp, sop_id = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
settings = Settings(QSettings(str(tmp / "child.ini"), QSettings.Format.IniFormat))
window = MainWindow(settings, tmp / "recovery")
window.show()
window.open_library(library)
document = window.open_sop(sop_id)
steps = [s.id for s in document.sop.steps]
counter = itertools.count()
def edit():
    i = next(counter)
    if i % 2 == 0:
        op = ops.SetStepField(steps[(i // 2) % len(steps)], "keterangan", f"{i:06d}")
        document.editor.run(op, "Ubah keterangan")
    else:  # typing in one field: merges into one command
        document.editor.run(ops.SetField("judul", "Judul " + "x" * (i // 2 + 1)), "Ubah judul",
                            ("typing", 1))
    print("ack", i, flush=True)
timer = QTimer()
timer.timeout.connect(edit)
timer.start(20)
app.exec()
"""


def _sop_id(library_path: Path, words: str) -> str:
    with Library.open(library_path) as library:
        return next(s.id for s in library.list_sops() if words in s.judul)


def test_edit_is_journaled_at_once_and_saved_within_a_second(qtbot, window, library_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    step = document.sop.steps[0]
    journal = window.journal
    document.editor.run(ops.SetStepField(step.id, "waktu", "5 menit"), "Ubah waktu")
    # The journal has it immediately; the library within SAVE_DELAY_MS.
    assert [e.sop.step(step.id).waktu for e in journal.pending()] == ["5 menit"]
    started = time.perf_counter()
    qtbot.waitUntil(lambda: not journal.pending(), timeout=2000)
    assert time.perf_counter() - started < 1.0
    with Library.open(library_path) as library:
        assert library.load_sop(document.sop.id).step(step.id).waktu == "5 menit"
    assert SAVE_DELAY_MS <= 1000


def test_closing_flushes_without_asking(qtbot, window, library_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    document.editor.run(ops.SetField("nomor", "99 TAHUN 2024"), "Ubah nomor")
    assert document.autosaver.pending
    window.close()
    with Library.open(library_path) as library:
        assert library.load_sop(document.sop.id).nomor == "99 TAHUN 2024"
    assert window.journal.pending() == []


def test_closing_a_tab_flushes(qtbot, window, library_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    document.editor.run(ops.SetField("nomor", "98 TAHUN 2024"), "Ubah nomor")
    assert window.close_tab(0)
    assert window.tabs.count() == 0
    with Library.open(library_path) as library:
        assert library.load_sop(document.sop.id).nomor == "98 TAHUN 2024"


def test_killed_app_loses_no_acknowledged_edit(qtbot, tmp_path, library_path):
    sop_id = _sop_id(library_path, "Surat Masuk")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(library_path), str(tmp_path), sop_id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    acked = -1
    try:
        # Long enough for several library saves, with the last edits only in the journal.
        while acked < 70:
            line = child.stdout.readline()
            assert line, "the child app exited early"
            acked = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    with Library.open(library_path) as library:
        n_steps = len(library.load_sop(sop_id).steps)
    journal = RecoveryJournal(tmp_path / "recovery", _url(library_path))
    assert [e.sop.id for e in journal.pending()] == [sop_id]

    # Reopen: the app offers recovery; answer "Pulihkan" in the dialog itself.
    offered = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            offered.append(dialog.list.count())
            dialog.restore_button.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    window = make_window(qtbot, tmp_path)
    assert window.open_library(library_path)
    assert offered == [1]
    assert window.current_document() is not None  # the restored SOP is open
    assert journal.pending() == []
    with Library.open(library_path) as library:
        sop = library.load_sop(sop_id)
    for i in range(0, acked + 1, 2):  # every acknowledged keterangan (or a later one)
        assert int(sop.steps[(i // 2) % n_steps].keterangan) >= i
    last_typing = max(i for i in range(acked + 1) if i % 2 == 1)
    assert len(sop.judul) >= len("Judul ") + last_typing // 2 + 1


def _url(path: Path) -> str:
    with Library.open(path) as library:
        return library.url.render_as_string()


def test_recovery_discard_drops_journal(qtbot, tmp_path, library_path):
    sop_id = _sop_id(library_path, "Surat Masuk")
    url = _url(library_path)
    journal = RecoveryJournal(tmp_path / "recovery", url)
    with Library.open(library_path) as library:
        sop = library.load_sop(sop_id)
    sop.judul = "Tidak dipakai"
    journal.write(sop)
    window = make_window(qtbot, tmp_path)
    window.ask_recovery = lambda entries: "discard"
    assert window.open_library(library_path)
    assert journal.pending() == []
    with Library.open(library_path) as library:
        assert library.load_sop(sop_id).judul == "Penanganan Surat Masuk"


def test_journal_skips_unreadable_files(tmp_path):
    journal = RecoveryJournal(tmp_path, "sqlite:///x")
    journal.folder.mkdir(parents=True)
    (journal.folder / "broken.json").write_text("{not json")
    (journal.folder / "other.json").write_text(json.dumps({"sop": {}}))
    assert journal.pending() == []


def test_a_decree_edit_is_journaled_and_restored_after_a_kill(
    qtbot, tmp_path, window, library_path
):
    """Decrees have the SOPs' journal: an edit is journaled at once; if the app dies before
    the library save, the next start offers it and restores it into the library."""
    import shutil

    from sopstudio.model.package import DECREE_DOCUMENT

    decree_id = window.library.list_documents(DECREE_DOCUMENT)[0].id
    tab = window.open_decree(decree_id)
    assert tab.document.edit("tentang", "Tentang yang diubah sebelum mati", "Ubah tentang")
    # The state a kill leaves right now: the journal written, the library not yet saved.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy(library_path, crashed / "pustaka.sqlite")
    live = RecoveryJournal(tmp_path / "recovery", _url(library_path))
    journal = RecoveryJournal(crashed / "recovery", _url(crashed / "pustaka.sqlite"))
    shutil.copytree(live.folder, journal.folder)  # the journal is kept per library location
    assert [e.item.id for e in journal.pending()] == [decree_id]
    assert journal.pending()[0].title.startswith("KEPUTUSAN")
    # The live window saves within a second and drops its journal entry.
    qtbot.waitUntil(lambda: not live.pending(), timeout=3000)

    offered = []
    again = make_window(qtbot, crashed)
    again.ask_recovery = lambda entries: offered.append(len(entries)) or "restore"
    assert again.open_library(crashed / "pustaka.sqlite")
    assert offered == [1] and journal.pending() == []
    assert again.current_decree() is not None
    with Library.open(crashed / "pustaka.sqlite") as library:
        data = library.load_document(DECREE_DOCUMENT, decree_id)
    assert data["tentang"] == "Tentang yang diubah sebelum mati"
