"""The canvas redraws only what an edit changed: reused pages keep their items untouched."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from sopstudio.model import ops
from sopstudio.model.layout.geometry import Align, Cell, CellRole, PageKind, Rect, Table, TextBlock
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.ui.canvas.items import grid_lines
from tests.ui.canvas_helpers import open_editor


def _cell(row: int, col: int, row_span: int = 1, col_span: int = 1) -> Cell:
    rect = Rect(0, 0, 1, 1)  # the grid, not the rectangle, places the borders
    return Cell(rect, TextBlock(rect, (), Align.LEFT), CellRole.OTHER, row, col, row_span, col_span)


def _segments(lines) -> set[tuple[float, float, float, float]]:
    return {(line.x1(), line.y1(), line.x2(), line.y2()) for line in lines}


def test_grid_lines_draw_each_border_once_at_full_length():
    # A header spanning two columns over two body rows; the second row's left cell spans
    # both rows' height in column 0 of a 3-row grid.
    cells = [_cell(0, 0, col_span=2), _cell(1, 0, row_span=2), _cell(1, 1), _cell(2, 1)]
    table = Table((0.0, 10.0, 20.0), (0.0, 10.0, 15.0, 20.0), tuple(cells))
    assert _segments(grid_lines(table)) == {
        (0, 0, 20, 0),
        (0, 10, 20, 10),
        (10, 15, 20, 15),
        (0, 20, 20, 20),  # across
        (0, 0, 0, 20),
        (20, 0, 20, 20),
        (10, 10, 10, 20),  # down: the middle below the header
    }


def _chain(steps: int = 30) -> Sop:
    actors = [Actor(name=f"Pelaksana {n}", id=f"a{n}") for n in range(3)]
    text = "Menerima dan memeriksa berkas permohonan serta meneruskannya kepada atasan"
    chain = [
        Step(id=f"s{n}", kind=StepKind.PROCESS, actor=f"a{n % 3}", text=text, next=f"s{n + 1}")
        for n in range(steps)
    ]
    chain[0].kind = StepKind.START
    chain[-1].kind, chain[-1].next = StepKind.END, None
    return Sop(judul="Contoh", actors=actors, steps=chain)


def test_an_edit_leaves_the_items_of_other_pages_alone(qtbot):
    sop = _chain()
    editor = open_editor(qtbot, sop)
    scene = editor.scene
    pages = list(scene._pages)
    flow = [n for n, item in enumerate(pages) if item.page.kind is PageKind.FLOWCHART]
    assert len(flow) >= 3
    before = [item.page for item in pages]
    last = sop.steps[-1].id
    updates: list[int] = []
    for n, item in enumerate(pages):
        item.update = lambda *args, n=n: updates.append(n)  # noqa: B023 - records each page
    symbols = {s.id: (scene.symbol_item(s.id), scene.symbol_item(s.id).pos()) for s in sop.steps}

    editor.run(ops.assign_actor(last, "a1"), "Pindahkan ke pelaksana")

    assert list(scene._pages) == pages
    assert [item.page is page for item, page in zip(pages, before, strict=False)].count(False) == 1
    assert updates == [flow[-1]]
    moved = [
        step_id
        for step_id, (item, pos) in symbols.items()
        if scene.symbol_item(step_id) is not item or scene.symbol_item(step_id).pos() != pos
    ]
    assert moved == [last]
    # The canvas still answers for every step, on every page.
    for step in sop.steps:
        assert scene.cell_rect(step.id, "text").intersects(scene.row_rect(step.id))
    editor.undo_stack.undo()
    assert [item.page for item in pages] == before


def test_a_dragged_symbol_on_a_reused_page_is_put_back(qtbot):
    sop = _chain()
    editor = open_editor(qtbot, sop)
    item = editor.scene.symbol_item("s1")
    home = item.pos()
    item.setPos(home + QRectF(0, 0, 30, 30).bottomRight())  # as a drag leaves it
    item.setOpacity(0.6)
    editor.run(ops.assign_actor(sop.steps[-1].id, "a1"), "Pindahkan ke pelaksana")
    assert item.pos() == home and item.opacity() == 1.0
