"""The main window: library dock, opening SOPs, search, properties and validation docks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.model.store import Library
from sopstudio.ui.sop.document_tab import DIAGRAM_PAGE, IDENTITY_PAGE
from tests.ui.helpers import snapshot
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    double_click_item,
    library_path,
    open_by_title,
    sample_library_file,
    window,
)


def test_library_tree_lists_units_and_sops(window):
    items = window.library_dock.sop_items()
    assert len(items) == 8
    top = window.library_dock.tree.topLevelItem(0)
    assert top.text(0) == "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"
    labels = [i.text(0) for i in items]
    assert "Penanganan Surat Masuk \u2014 06 TAHUN 2024" in labels


def test_double_click_opens_sop_once(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    assert document.sop.judul == "Penanganan Surat Masuk"
    assert window.tabs.count() == 1
    assert window.tabs.tabText(0) == "Penanganan Surat Masuk"
    assert document.currentIndex() == DIAGRAM_PAGE
    # Opening it again switches to the same tab.
    item = window.library_dock.item_for(document.sop.id)
    double_click_item(window.library_dock.tree, item)
    assert window.tabs.count() == 1
    assert window.undo_group.activeStack() is document.undo_stack


def test_search_filters_tree(qtbot, window, library_path):
    dock = window.library_dock
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dock.search.hasFocus()
    QTest.keyClicks(dock.search, "verifikasi")
    qtbot.waitUntil(lambda: len(dock.sop_items()) < 8)
    with Library.open(library_path) as library:
        expected = {s.id for s in library.search("verifikasi")}
    shown = {i.data(0, Qt.ItemDataRole.UserRole) for i in dock.sop_items()}
    assert shown == expected and len(shown) >= 1
    # Only the units on the way to a match remain.
    assert "BIRO ORGANISASI" not in _all_texts(dock.tree)
    dock.search.clear()
    qtbot.waitUntil(lambda: len(dock.sop_items()) == 8)


def _all_texts(tree):
    texts, pending = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        texts.append(item.text(0))
        pending.extend(item.child(i) for i in range(item.childCount()))
    return texts


def test_properties_dock_edits_selected_step(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    sop, dock = document.sop, window.properties_dock
    before = snapshot(sop)
    step = sop.steps[1]
    document.editor.select_step(step.id)
    assert dock.stack.currentIndex() == 1 and dock.number.text() == "2"
    # Type into Kegiatan: one command for the whole typing session.
    dock.text.setFocus()
    dock.text.selectAll()
    QTest.keyClicks(dock.text, "Mencatat surat")
    assert sop.step(step.id).text == "Mencatat surat"
    assert document.undo_stack.count() == 1
    # Waktu, then the kind and the performer from the combo boxes.
    dock.lines["waktu"].setFocus()
    dock.lines["waktu"].selectAll()
    QTest.keyClicks(dock.lines["waktu"], "15 menit")
    assert sop.step(step.id).waktu == "15 menit"
    dock.kind.setFocus()
    dock.kind.setCurrentIndex(dock.kind.findText("Keputusan"))
    dock.kind.activated.emit(dock.kind.currentIndex())
    assert sop.step(step.id).kind.value == "decision"
    assert sop.step(step.id).yes == before.steps[1].next  # the link carried over as Ya
    other = next(a for a in sop.actors if a.id != step.actor)
    dock.actor.setCurrentIndex(dock.actor.findData(other.id))
    dock.actor.activated.emit(dock.actor.currentIndex())
    assert sop.step(step.id).actor == other.id
    after = snapshot(sop)
    assert document.undo_stack.count() == 4
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert sop == before
    assert dock.text.toPlainText() == before.steps[1].text  # the dock follows the model
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert sop == after


def test_ctrl_z_in_a_field_undoes_on_the_document_stack(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    document.setCurrentIndex(IDENTITY_PAGE)
    field = document.identity.fields["nomor"]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "07 TAHUN 2024")
    assert document.sop.nomor == "07 TAHUN 2024"
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.sop.nomor == "06 TAHUN 2024"
    assert field.text() == "06 TAHUN 2024"
    QTest.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert document.sop.nomor == "07 TAHUN 2024"


def test_validation_dock_is_live_and_double_click_selects_step(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    dock = window.validation_dock
    errors_before = [f for f in dock.findings if f.severity == "error"]
    assert errors_before == []
    step = document.sop.steps[2]
    document.editor.select_step(step.id)
    window.properties_dock.text.selectAll()
    QTest.keyClick(window.properties_dock.text, Qt.Key.Key_Delete)
    assert document.sop.step(step.id).text == ""
    found = [f for f in dock.findings if f.code == "step-without-text"]
    assert [f.location for f in found] == [f"step:{step.id}"]
    assert dock.windowTitle() == "Validasi: 1 galat, 0 peringatan"
    # The canvas marks the step too.
    assert document.editor.scene._severity == {step.id: "error"}
    # Double-click the finding: the step is selected on the canvas.
    document.editor.select_step(None)
    document.setCurrentIndex(IDENTITY_PAGE)
    item = next(
        dock.tree.topLevelItem(i)
        for i in range(dock.tree.topLevelItemCount())
        if dock.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == f"step:{step.id}"
    )
    double_click_item(dock.tree, item)
    assert document.currentIndex() == DIAGRAM_PAGE
    assert document.editor.selected_step_id() == step.id
    # Undo: the finding disappears.
    document.undo_stack.undo()
    assert not [f for f in dock.findings if f.code == "step-without-text"]


def test_validation_double_click_focuses_identity_field(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    document.setCurrentIndex(IDENTITY_PAGE)
    field = document.identity.fields["judul"]
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert document.sop.judul == ""
    dock = window.validation_dock
    item = next(
        dock.tree.topLevelItem(i)
        for i in range(dock.tree.topLevelItemCount())
        if dock.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "field:judul"
    )
    assert item.text(1) == "Judul SOP"
    document.setCurrentIndex(DIAGRAM_PAGE)
    double_click_item(dock.tree, item)
    assert document.currentIndex() == IDENTITY_PAGE
    assert field.hasFocus()


def test_delete_action_removes_selected_step_only_on_canvas(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    before = snapshot(document.sop)
    document.editor.select_step(before.steps[2].id)
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert len(document.sop.steps) == len(before.steps) - 1
    document.undo_stack.undo()
    assert document.sop == before
    document.setCurrentIndex(IDENTITY_PAGE)
    assert not window.delete_action.isEnabled()


def test_new_sop_goes_into_selected_unit(qtbot, window, library_path):
    dock = window.library_dock
    unit_item = next(i for i in _items(dock.tree) if i.text(0) == "BAGIAN TATA LAKSANA")
    dock.tree.setCurrentItem(unit_item)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    document = window.current_document()
    assert document is not None and document.currentIndex() == IDENTITY_PAGE
    assert document.sop.unit_header[-1] == "BAGIAN TATA LAKSANA"
    assert len(dock.sop_items()) == 9
    with Library.open(library_path) as library:
        assert library.load_sop(document.sop.id).judul == "SOP Baru"


def _items(tree):
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        yield item
        pending.extend(item.child(i) for i in range(item.childCount()))


def test_recent_libraries_and_window_state_are_kept(qtbot, window, library_path):
    assert window.settings.recent_libraries()[0] == str(library_path.resolve())
    window.close()
    geometry, state = window.settings.window_state()
    assert geometry is not None and state is not None
