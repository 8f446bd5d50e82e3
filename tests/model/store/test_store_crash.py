"""Crash safety: SIGKILL a process that is saving, then check the library is whole."""

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

from sopstudio.model.store import Library
from sopstudio.model.store.mapping import Content
from tests.model.store.crash_child import SOP_ID, replay

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 12
#: Upper bound for the whole test; each round is far shorter.
DEADLINE_S = 120


def _run_and_kill(location: Path, rng: random.Random) -> list[tuple[int, int]]:
    """Start the child, SIGKILL it at a random moment, and return the acks it printed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(location), "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    acks: list[tuple[int, int]] = []
    wanted = rng.randrange(0, 60)
    reached = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            _, number, revision = line.split()
            acks.append((int(number), int(revision)))
            if len(acks) >= wanted:
                reached.set()
        reached.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if wanted == 0:
        # Kill somewhere in start-up: imports, opening, migrating or the first saves.
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        assert reached.wait(30), "child made no progress"
        time.sleep(rng.uniform(0.0, 0.004))  # land inside the next save
    assert child.poll() is None, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    child.stdout.close()
    child.stderr.close()
    return list(acks)


@pytest.mark.slow
def test_sigkill_mid_save_loses_nothing_acknowledged(tmp_path):
    location = tmp_path / "pustaka.sqlite"
    rng = random.Random(20241127)
    started = time.monotonic()
    acked: list[tuple[int, int]] = []
    for _ in range(KILLS):
        assert time.monotonic() - started < DEADLINE_S
        acked += _run_and_kill(location, rng)

        if location.exists():
            with sqlite3.connect(location) as raw:
                assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not acked:
            continue
        with Library.open(location, create=False) as library:
            stored = library.load_sop(SOP_ID)
            lineage = dict(library.lineage(SOP_ID))
        last_number, last_revision = acked[-1]
        # The save in flight at the kill may or may not have committed, nothing else.
        assert stored.revision in (last_revision, last_revision + 1)
        expected = replay(stored.revision - 1)
        expected.revision = stored.revision
        assert stored == expected
        for number, revision in acked:
            assert revision == number + 2
        for revision in {revision for _, revision in acked}:
            assert lineage[revision] == Content(replay(revision - 1)).hash
    assert len(acked) > KILLS, "the child should have saved many edits in total"
