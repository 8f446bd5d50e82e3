"""Crash safety of the editor: SIGKILL the app at random points of 1,000 scripted edits.

The child (`app_child.py`) is the real main window editing through the document tab's undo
stack, with its autosave (recovery journal at each edit, library save shortly after). The
test kills it 20 times, each time at a random moment (during start-up, between edits,
inside a journal write or a library save), then reopens the library the way the app does:
`PRAGMA integrity_check` must be ok, the app's recovery step (the "Pulihkan" answer) runs,
and the SOP must be exactly the script's SOP after every acknowledged edit (plus possibly
the one in flight). The next run continues from there; a last run finishes the script.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sopstudio.model.store import Library
from sopstudio.ui.autosave import RecoveryJournal
from sopstudio.ui.dialogs.recovery import RESTORE
from sopstudio.ui.main_window import MainWindow
from sopstudio.ui.settings import Settings
from tests.crash.script import EDITS, SOP_ID, Replayer, base_sop

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


class Child:
    """One run of the app child, its acks collected by a reader thread."""

    def __init__(self, library: Path, home: Path, start: int) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash.app_child",
                str(library),
                str(home),
                str(start),
                str(EDITS),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.acks: list[int] = []
        self.done = threading.Event()
        self._wanted = 0
        self.reached = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            word, *rest = line.split()
            if word == "ack":
                self.acks.append(int(rest[0]))
                if len(self.acks) >= self._wanted:
                    self.reached.set()
            elif word == "done":
                self.done.set()
        self.reached.set()

    def wait_for_acks(self, count: int, timeout: float = 180) -> None:
        self._wanted = count
        if len(self.acks) >= count:
            self.reached.set()
        assert self.reached.wait(timeout), "the app made no progress"

    def kill(self) -> None:
        assert self.process.poll() is None, self.process.stderr.read()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._reader.join(10)
        self.process.stdout.close()
        self.process.stderr.close()


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return raw.execute("PRAGMA integrity_check").fetchone()[0]


def recover(qapp, library: Path, home: Path) -> int:
    """Open the library in the app and answer "Pulihkan"; the number of journaled SOPs."""
    offered = []

    def restore(entries) -> str:
        offered.append(len(entries))
        return RESTORE

    settings = Settings(QSettings(str(home / "parent.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, home / "recovery")
    window.ask_recovery = restore
    try:
        assert window.open_library(library)
    finally:
        window.close()  # saves and closes the library, as quitting the app does
        window.deleteLater()
        qapp.processEvents()
    return sum(offered)


def journal_pending(library: Path, home: Path) -> int:
    with Library.open(library, create=False) as opened:
        url = opened.url.render_as_string()
    return len(RecoveryJournal(home / "recovery", url).pending())


@pytest.mark.slow
@pytest.mark.timeout(600)  # a hung child fails the test instead of the CI run; load only slows it
def test_killed_editor_keeps_every_acknowledged_edit(qapp, tmp_path):
    library, home = tmp_path / "pustaka.sqlite", tmp_path / "home"
    home.mkdir()
    with Library.open(library) as opened:
        opened.save_sop(base_sop())
    rng = random.Random(9)
    replayer = Replayer()
    applied = 0  # edits in the library after the last recovery
    restored_rounds = 0
    for round_ in range(KILLS):
        child = Child(library, home, applied)
        remaining_rounds = KILLS - round_
        wanted = rng.randint(0, max(1, 2 * (EDITS - applied) // remaining_rounds - 10))
        if wanted == 0 or rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 1.2))  # somewhere in start-up or the first edits
        else:
            child.wait_for_acks(wanted)
            time.sleep(rng.uniform(0.0, 0.3))  # between edits, in a journal write or a save
        child.kill()
        acks = child.acks
        assert acks == list(range(applied, applied + len(acks))), "acks out of order"

        assert integrity(library) == "ok"
        restored_rounds += recover(qapp, library, home) > 0
        assert integrity(library) == "ok"
        assert journal_pending(library, home) == 0
        with Library.open(library, create=False) as opened:
            stored = opened.load_sop(SOP_ID)
        acked_count = applied + len(acks)
        # Everything acknowledged is there; the edit in flight at the kill may be too.
        candidates = {
            count: replayer.after(count)
            for count in (acked_count, acked_count + 1)
            if count <= EDITS
        }
        matches = [
            count
            for count, sop in candidates.items()
            if (setattr(sop, "revision", stored.revision) or sop) == stored
        ]
        assert matches, f"round {round_}: the library does not hold edits 0..{acked_count - 1}"
        applied = matches[0]

    # The last run finishes the script without being killed.
    child = Child(library, home, applied)
    assert child.done.wait(60), "the last run did not finish"
    child.kill()
    with Library.open(library, create=False) as opened:
        stored = opened.load_sop(SOP_ID)
    expected = Replayer().after(EDITS)
    expected.revision = stored.revision
    assert stored == expected
    # Some kills landed where only the journal had the latest edits (how many depends on the
    # machine's load against the autosave debounce, so only "some" is checked).
    assert restored_rounds > 0
