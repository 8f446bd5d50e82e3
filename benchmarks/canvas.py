"""P3: canvas edit -> repainted scene, p50/p95 over 200 edits, on a 32-step and a 100-step SOP.

Method: a SopEditor (view, scene, undo stack) is shown offscreen at 1600x1000 px, fitted
to the page width and scrolled to the first flowchart page. Each edit goes through the
editor's command path (`SopEditor.run` pushes an OpCommand on its undo stack; the stack's
indexChanged relayouts the scene), then events are processed until the view's `painted`
signal (emitted at the end of `SopView.paintEvent`) has fired: the time covers command,
layout, scene item updates and the repaint. Edits cycle through three kinds on steps that
are in view: typing one more character into a Kegiatan cell (what each key press of an
in-place edit does), rewriting a Kegiatan between two and four lines (every row below
moves), and moving a step into the next lane (connectors are rerouted). The p95 of the
process's CPU time over the same span is reported beside it: on a loaded machine it varies
less than the wall clock.
"""

from __future__ import annotations

import os
import time

from benchmarks.figures import Figure, median, percentile

EDITS = 200
#: Give up on one edit if nothing was painted after this long (an edit out of view).
PAINT_TIMEOUT_S = 5.0
LONG_TEXT = (
    "Memeriksa, mengoreksi dan memaraf konsep surat balasan serta menyampaikannya kepada "
    "pimpinan untuk ditandatangani apabila telah sesuai dengan ketentuan."
)


def edit_to_paint_ms(steps: int, edits: int = EDITS) -> tuple[list[float], list[float], int]:
    """Edit -> painted times (ms) for `edits` edits on a `steps`-step, 6-lane SOP: wall clock,
    and this process's CPU time (steadier on a loaded machine); and the page count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks.corpus import make_long_sop
    from sopstudio.model import ops
    from sopstudio.ui.sop.editor import SopEditor

    app = QApplication.instance() or QApplication([])
    sop = make_long_sop(steps=steps, lanes=6, seed=steps)
    editor = SopEditor(sop)
    editor.resize(1600, 1000)
    editor.show()
    editor.fit_width()
    editor.view.show_page_top(editor.scene.first_flowchart_page())
    for _ in range(10):
        app.processEvents()
    painted: list[bool] = []
    editor.view.painted.connect(lambda: painted.append(True))
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    # Steps in the upper two thirds of the view: a longer text further down can push a step
    # onto the next page, out of view, and its edit is then never painted.
    upper = visible.adjusted(0, 0, 0, -visible.height() / 3)
    targets = [s.id for s in sop.steps if upper.contains(editor.scene.row_rect(s.id))]
    lanes = [a.id for a in sop.actors]
    originals = {s.id: s.text for s in sop.steps}
    timings = []
    cpu = []
    for n in range(edits):
        step_id = targets[n % len(targets)]
        step = sop.step(step_id)
        kind = n % 3
        if kind == 0:
            op, text = ops.SetStepField(step_id, "text", step.text + "a"), "Ubah teks kegiatan"
        elif kind == 1:
            new = LONG_TEXT if step.text != LONG_TEXT else originals[step_id]
            op, text = ops.SetStepField(step_id, "text", new), "Ubah teks kegiatan"
        else:
            lane = lanes[(lanes.index(step.actor) + 1) % len(lanes)]
            op, text = ops.assign_actor(step_id, lane), "Pindahkan ke pelaksana"
        painted.clear()
        start = time.perf_counter()
        cpu_start = time.process_time()
        if not editor.run(op, text):
            raise RuntimeError(f"edit {n} refused")
        while not painted:
            app.processEvents()
            if time.perf_counter() - start > PAINT_TIMEOUT_S:
                raise RuntimeError(f"edit {n} on step {step_id} was never painted")
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    pages = len(editor.scene.layout.pages)
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return timings, cpu, pages


def bench_canvas() -> list[Figure]:
    figures = []
    for steps, target in ((32, 16.0), (100, 50.0)):
        timings, cpu, pages = edit_to_paint_ms(steps)
        name = f"canvas edit -> painted, {steps} steps 6 lanes ({pages} pages), {EDITS} edits"
        figures.append(Figure("P3", name + ", p50", median(timings), "ms", None))
        figures.append(Figure("P3", name + ", p95", percentile(timings, 0.95), "ms", target))
        figures.append(Figure("P3", name + ", p95 of CPU time", percentile(cpu, 0.95), "ms", None))
    return figures
