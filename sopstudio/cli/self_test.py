"""`sopstudio self-test`: check this installation without a display, one line per check.

Exit status: 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from sopstudio.cli.terminal import safe
from sopstudio.windows import refuse_old_windows


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `self-test` subcommand."""
    parser = subparsers.add_parser(
        "self-test",
        help="periksa instalasi SOP Studio",
        description="Memeriksa instalasi tanpa layar: pustaka contoh, tata letak, ekspor PDF "
        "dan DOCX, fon, terjemahan, migrasi basis data dan skema. Satu baris per pemeriksaan; "
        "status keluar 0 hanya bila semuanya lulus.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run every check in a temporary folder and print its line as it finishes."""
    if refuse_old_windows():
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from sopstudio.ui.selftest import SelfTest

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="sopstudio-self-test-") as folder:
        for result in SelfTest(Path(folder)).run():
            print(safe(result.line()), flush=True)
            failed += not result.ok
    print("Semua pemeriksaan lulus." if not failed else f"{failed} pemeriksaan GAGAL.")
    return 1 if failed else 0
