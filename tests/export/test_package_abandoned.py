"""A package build that was killed leaves its hidden `.paket.zip.*` folder; the next build of
the same package removes it, but never the folder of a build that is still running
(issue 12). The build really is SIGKILLed, in a child process."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sopstudio.export.package import build_package
from sopstudio.model import decree_json
from tests.hostile.packages import sample_decree, sample_sops

ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".paket.zip.*"))


def test_killed_build_leaves_a_folder_the_next_build_removes(tmp_path):
    decree = sample_decree(sample_sops(2))
    source = tmp_path / "keputusan.decree.json"
    decree_json.save(decree, source)
    out = tmp_path / "paket.zip"
    child = subprocess.Popen(
        [sys.executable, "-m", "sopstudio", "package", str(source), "-o", str(out)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        # Killed once it is writing files into its temporary folder.
        while not any(p.glob("isi/*") for p in leftovers(tmp_path)):
            assert child.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    (abandoned,) = leftovers(tmp_path)
    assert not out.exists()

    # A build that is running now (its folder claimed by this process) is left alone.
    running = tmp_path / ".paket.zip.berjalan"
    running.mkdir()
    with (running / "sedang-dibuat").open("w+b") as claim:
        fcntl.flock(claim.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # as that build holds it
        build_package(decree, out)
        assert leftovers(tmp_path) == [running]
    assert out.exists() and not abandoned.exists()
