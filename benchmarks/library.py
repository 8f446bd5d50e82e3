"""P4: cold start to a shown window, opening a 1,000-SOP library, searching it.

    python -m benchmarks --only P4

The 1,000-SOP library is generated once with `corpus.make_sop` (SOPs spread over 20 units
of 4 provinces' Biro) into benchmarks/.cache/library-1000.sqlite and reused.

* Cold start: `sopstudio --library <that library>` in a fresh process (its own HOME, so no
  user settings or journals), timed from just before the spawn until the main window has
  painted for the first time with the library listed (`run()` opens the library before the
  event loop starts, so the first paint shows the filled dock). The child is the real entry
  point (`sopstudio.cli.main`), preceded only by an event filter that prints when the first
  paint of the main window arrives and then quits. p50 of 5.
* Open: `MainWindow.open_library` (open the database, list every SOP in the dock's tree,
  check the recovery journal), p50 of 5, in one process.
* Search: typing in the dock's search box runs `LibraryDock.refresh` (the library's search
  and the tree rebuilt from it) after a 150 ms typing pause; the figure is that refresh,
  p95 over 10 queries x 3, the pause excluded.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import CACHE, Figure, median, percentile

ROOT = Path(__file__).resolve().parent.parent
LIBRARY_SOPS = 1000
RUNS = 5
QUERIES = (
    "surat",
    "penyusunan",
    "laporan kinerja",
    "dokumen konsep",
    "rencana anggaran",
    "pengadaan barang",
    "0042",
    "tender",
    "berita acara hasil",
    "tidak ada kata ini",
)

#: The child of the cold start: the real entry point, plus a filter that reports the first
#: paint of the main window (with the wall clock, comparable across processes) and quits.
COLD_START_CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and watched.isWidgetType()
                and isinstance(watched.window(), QMainWindow)):
            app.removeEventFilter(self)
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

spy = FirstPaint()
app.installEventFilter(spy)
from sopstudio.cli import main
sys.exit(main(["--library", sys.argv[1]]))
"""


def library_path() -> Path:
    """The cached 1,000-SOP library, generated on first use."""
    path = CACHE / f"library-{LIBRARY_SOPS}.sqlite"
    if path.exists():
        return path
    from benchmarks.corpus import _words, make_sop
    from sopstudio.model.store import Library

    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    rng = random.Random(1000)
    words = _words()
    provinces = ["NUSA TENGGARA TIMUR", "JAWA TIMUR", "BALI", "MALUKU"]
    biros = [
        "BIRO ORGANISASI",
        "BIRO PENGADAAN BARANG DAN JASA",
        "BIRO HUKUM",
        "BIRO UMUM",
        "BIRO PEMERINTAHAN",
    ]
    with Library.open(building) as library:
        for index in range(1, LIBRARY_SOPS + 1):
            sop = make_sop(rng, words, index)
            sop.unit_header = [
                f"PEMERINTAH PROVINSI {provinces[index % 4]}",
                "SEKRETARIAT DAERAH",
                biros[index % 5],
            ]
            library.save_sop(sop, library.ensure_unit(sop.unit_header))
    os.replace(building, path)
    return path


def cold_start_seconds(library: Path, home: Path) -> float:
    """Spawn -> first paint of the main window, in seconds."""
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
    )
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", COLD_START_CHILD, str(library)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    if not lines:
        raise RuntimeError(f"the app did not paint: {result.stderr.strip()[-300:]}")
    return float(lines[0].split()[1]) - start


def bench_library() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = library_path()
    figures = []
    with tempfile.TemporaryDirectory(prefix="sop-bench-") as tmp:
        home = Path(tmp)
        cold = [cold_start_seconds(path, home) for _ in range(RUNS)]
        figures.append(
            Figure(
                "P4",
                f"cold start to painted window ({LIBRARY_SOPS} SOPs listed), p50 of {RUNS}",
                median(cold),
                "s",
                1.5,
            )
        )

        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from sopstudio.ui.main_window import MainWindow
        from sopstudio.ui.settings import Settings

        app = QApplication.instance() or QApplication([])
        settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, home / "recovery")
        window.show()
        app.processEvents()
        opening = []
        for _ in range(RUNS):
            start = time.perf_counter()
            window.open_library(path)
            opening.append(time.perf_counter() - start)
        listed = len(window.library_dock.sop_items())
        if listed != LIBRARY_SOPS:
            raise RuntimeError(f"the dock lists {listed} SOPs, not {LIBRARY_SOPS}")
        figures.append(
            Figure(
                "P4",
                f"open a {LIBRARY_SOPS}-SOP library and list it in the dock, p50 of {RUNS}",
                median(opening) * 1000,
                "ms",
                1000.0,
            )
        )

        dock = window.library_dock
        searching = []
        for _ in range(3):
            for query in QUERIES:
                dock.search.setText(query)
                start = time.perf_counter()
                dock.refresh()
                searching.append(time.perf_counter() - start)
        figures.append(
            Figure(
                "P4",
                f"search the {LIBRARY_SOPS}-SOP library (dock refresh), p95 of {len(searching)}",
                percentile(searching, 0.95) * 1000,
                "ms",
                50.0,
            )
        )
        window.close()
        window.deleteLater()
        app.processEvents()
    return figures
