"""Keyboard editing: a whole SOP can be typed without the mouse."""

from PySide6.QtCore import QPointF, Qt

from sopstudio.model.sop import Sop, StepKind
from tests.ui.canvas_helpers import open_editor
from tests.ui.helpers import snapshot

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def type_cell(qtbot, editor, text, then=K.Key_Tab):
    """Type into the open in-place editor, then press `then`."""
    assert editor.cell_editor is not None
    qtbot.keyClicks(editor.cell_editor, text)
    qtbot.keyClick(editor.cell_editor, then)


def test_author_whole_sop_with_keys_only(qtbot):
    sop = Sop(judul="Penerimaan Surat Masuk")
    editor = open_editor(qtbot, sop)
    view = editor.view
    qtbot.keyClick(view, K.Key_L, CTRL)
    type_cell(qtbot, editor, "Kepala Biro", K.Key_Return)
    qtbot.keyClick(view, K.Key_L, CTRL)
    type_cell(qtbot, editor, "Analis", K.Key_Return)
    rows = [
        ("Menerima dan mencatat surat masuk", "Surat masuk", "5 menit", "Agenda surat", ""),
        ("Menelaah surat dan mendisposisi", "Agenda surat", "15 menit", "Disposisi", ""),
        ("Mengarsipkan surat", "Disposisi", "10 menit", "Arsip", "Jika diperlukan"),
    ]
    for n, row in enumerate(rows):
        qtbot.keyClick(view, K.Key_Return)  # new step below, editing its Kegiatan
        for value in row[:-1]:
            type_cell(qtbot, editor, value)
        type_cell(qtbot, editor, row[-1], K.Key_Return)
        if n == 0:
            qtbot.keyClick(view, K.Key_Right, CTRL)  # first step is the Analis' job
    qtbot.keyClick(view, K.Key_4, CTRL)  # the last step ends the procedure
    qtbot.keyClick(view, K.Key_Up)
    qtbot.keyClick(view, K.Key_Left, CTRL)  # the Kepala Biro disposes
    assert [a.name for a in sop.actors] == ["Kepala Biro", "Analis"]
    kb, an = (a.id for a in sop.actors)
    assert [(s.kind, s.actor) for s in sop.steps] == [
        (StepKind.START, an),
        (StepKind.PROCESS, kb),
        (StepKind.END, an),
    ]
    assert [(s.text, s.kelengkapan, s.waktu, s.output, s.keterangan) for s in sop.steps] == rows
    s1, s2, s3 = sop.steps
    assert (s1.next, s2.next, s3.next) == (s2.id, s3.id, None)
    # Typing in a cell was one undo step each: everything unwinds to the empty SOP.
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert sop == Sop(judul="Penerimaan Surat Masuk", id=sop.id)


def test_tab_moves_through_fields_and_rows(qtbot, sop):
    editor = open_editor(qtbot, sop)
    editor.edit_field("s1", "output")
    type_cell(qtbot, editor, "Hasil A")  # -> keterangan
    type_cell(qtbot, editor, "Catatan")  # -> s2 Kegiatan
    assert editor.selected_step_id() == "s2"
    qtbot.keyClick(editor.cell_editor, K.Key_Backtab)  # back to s1 Keterangan
    assert editor.selected_step_id() == "s1"
    qtbot.keyClick(editor.cell_editor, K.Key_Escape)
    assert (sop.step("s1").output, sop.step("s1").keterangan) == ("Hasil A", "Catatan")
    assert editor.undo_stack.count() == 2


def test_enter_inserts_below_and_edits(qtbot, sop):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    editor.select_step("s2")
    qtbot.keyClick(editor.view, K.Key_Return)
    new = sop.steps[2]
    assert sop.step("s2").next == new.id and new.next == "s3" and new.actor == "a1"
    type_cell(qtbot, editor, "Memaraf konsep", K.Key_Return)
    assert new.text == "Memaraf konsep"
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert sop == before


def test_delete_key_repairs_links_and_arrows_select(qtbot, sop):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    editor.select_step("s2")
    qtbot.keyClick(editor.view, K.Key_Down)
    assert editor.selected_step_id() == "s3"
    qtbot.keyClick(editor.view, K.Key_Delete)
    assert "s3" not in [s.id for s in sop.steps] and sop.step("s2").next == "s4"
    assert editor.selected_step_id() == "s4"
    after = snapshot(sop)
    editor.undo_stack.undo()
    assert sop == before
    editor.undo_stack.redo()
    assert sop == after


def test_ctrl_arrows_move_step(qtbot, sop):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    editor.select_step("s3")
    qtbot.keyClick(editor.view, K.Key_Up, CTRL)
    assert [s.id for s in sop.steps][:3] == ["s1", "s3", "s2"]
    editor.undo_stack.undo()
    assert sop == before


def test_zoom_keys_wheel_fit_and_reset(qtbot, sop):
    editor = open_editor(qtbot, sop)
    view = editor.view
    view.reset_zoom()
    assert view.zoom == 1.0
    qtbot.keyClick(view, K.Key_Equal, CTRL)
    assert abs(view.zoom - 1.25) < 1e-9
    qtbot.keyClick(view, K.Key_Minus, CTRL)
    assert abs(view.zoom - 1.0) < 1e-9
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    center = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        center,
        QPointF(view.viewport().mapToGlobal(center.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert abs(view.zoom - 1.25) < 1e-9
    editor.fit_width()
    page_px = (
        view.mapFromScene(editor.scene.page_rect(0).topRight()).x()
        - view.mapFromScene(editor.scene.page_rect(0).topLeft()).x()
    )
    assert 0.85 * view.viewport().width() < page_px <= view.viewport().width()


def test_undo_under_an_open_editor_closes_it(qtbot, sop):
    editor = open_editor(qtbot, sop)
    before = snapshot(sop)
    editor.select_step("s2")
    qtbot.keyClick(editor.view, K.Key_Return)
    qtbot.keyClicks(editor.cell_editor, "Baru")
    editor.undo_stack.undo()  # e.g. the toolbar's Undo, which does not take focus
    editor.undo_stack.undo()
    assert editor.cell_editor is None
    assert sop == before
