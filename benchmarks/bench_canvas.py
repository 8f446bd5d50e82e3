"""Time from an edit to the repainted canvas (push a command, process events until painted).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_canvas [--edits 200]

Prints p50/p95 in milliseconds for a 32-step 6-lane SOP and a 100-step SOP, for two kinds
of edit: typing (one more character in a Kegiatan cell, as an in-place edit does on every
key) and reflow (the text changes between 2 and 4 lines, so every row below moves). The
layout engine's share is measured separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from sopstudio.model import ops  # noqa: E402
from sopstudio.model.layout import layout_sop  # noqa: E402
from sopstudio.ui.editor import SopEditor  # noqa: E402
from tests.ui.samples import make_large  # noqa: E402

TEXTS = (
    "Memeriksa dan memaraf konsep surat.",
    "Memeriksa, mengoreksi dan memaraf konsep surat balasan serta menyampaikannya kepada "
    "pimpinan untuk ditandatangani apabila telah sesuai dengan ketentuan.",
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench(app: QApplication, steps: int, edits: int, reflow: bool) -> dict[str, float]:
    """Edit the Kegiatan of visible steps `edits` times; time edit -> painted."""
    sop = make_large(steps, 6)
    editor = SopEditor(sop)
    editor.resize(1600, 1000)
    editor.show()
    editor.fit_width()
    editor.view.show_page_top(editor.scene.first_flowchart_page())
    for _ in range(5):
        app.processEvents()
    painted = []
    editor.view.painted.connect(lambda: painted.append(True))
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    targets = [s.id for s in sop.steps if visible.intersects(editor.scene.row_rect(s.id))]
    timings, layout_timings = [], []
    for n in range(edits):
        step_id = targets[n % len(targets)]
        painted.clear()
        start = time.perf_counter()
        text = TEXTS[n % 2] + f" ({n})" if reflow else sop.step(step_id).text[:60] + f" {n}"
        editor.run(ops.SetStepField(step_id, "text", text), "Ubah teks kegiatan")
        while not painted:
            app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        layout_sop(sop)
        layout_timings.append((time.perf_counter() - start) * 1000)
    editor.close()
    return {
        "steps": steps,
        "pages": len(editor.scene.layout.pages),
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        "layout_p50": statistics.median(layout_timings),
        "layout_p95": percentile(layout_timings, 0.95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    for steps, reflow in ((32, False), (32, True), (100, False), (100, True)):
        r = bench(app, steps, args.edits, reflow)
        kind = "reflow" if reflow else "typing"
        print(f"{r['steps']:>3} steps, 6 lanes, {r['pages']:>2} pages, {kind}: edit->painted "
              f"p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms "
              f"(layout alone p50 {r['layout_p50']:.1f} ms, p95 {r['layout_p95']:.1f} ms)")


if __name__ == "__main__":
    main()
