"""Issue 15.3: units and SOPs are managed from the library dock's context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit

from sopstudio.ui.docks.library import SOP_ROLE, UNIT_ROLE
from tests.ui.helpers import answer_next_dialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    sample_library_file,
    window,
)


def answer_input(qtbot, text: str) -> None:
    """Type `text` into the next input dialog (line edit or combo box) and press Enter."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, fill)
            return
        combo = dialog.findChild(QComboBox)
        if combo is not None and combo.isVisible():
            combo.setCurrentIndex(combo.findText(text))
            QTest.keyClick(combo, Qt.Key.Key_Return)
            return
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        QTest.keyClicks(line, text)
        QTest.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)


def choose_from_menu(qtbot, window, item, label: str) -> None:
    """Right-click an item (or the empty tree when None) and click a menu entry."""
    tree = window.library_dock.tree
    if item is None:
        pos = QPoint(5, tree.viewport().height() - 5)
    else:
        tree.scrollToItem(item)
        pos = tree.visualItemRect(item).center()
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, tree.viewport().mapToGlobal(pos)),
    )
    menu = window.library_dock.menu
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == label)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def unit_item(window, name: str):
    return next(
        i
        for i in window.library_dock._all_items()
        if i.text(0) == name and i.data(0, UNIT_ROLE) is not None
    )


def sop_item(window, words: str):
    return next(i for i in window.library_dock.sop_items() if words in i.text(0))


def test_units_and_a_new_sop_in_a_bagian(qtbot, window):
    answer_input(qtbot, "Biro Organisasi Setda Provinsi NTT")
    choose_from_menu(qtbot, window, None, "Unit baru...")
    biro = unit_item(window, "Biro Organisasi Setda Provinsi NTT")
    answer_input(qtbot, "Bagian Tata Laksana")
    choose_from_menu(qtbot, window, biro, "Sub-unit (Bagian) baru...")
    bagian = unit_item(window, "Bagian Tata Laksana")
    assert bagian.parent().text(0) == "Biro Organisasi Setda Provinsi NTT"
    bagian_id = bagian.data(0, UNIT_ROLE)
    choose_from_menu(qtbot, window, bagian, "SOP baru di sini")
    document = window.current_document()
    assert document is not None
    assert window.library.sop_unit(document.sop.id) == bagian_id
    assert document.sop.unit_header == ["Biro Organisasi Setda Provinsi NTT", "Bagian Tata Laksana"]
    answer_input(qtbot, "Bagian Kelembagaan")
    choose_from_menu(qtbot, window, unit_item(window, "Bagian Tata Laksana"), "Ganti nama unit...")
    assert unit_item(window, "Bagian Kelembagaan")
    answer_input(qtbot, "Bagian Kosong")
    choose_from_menu(
        qtbot,
        window,
        unit_item(window, "Biro Organisasi Setda Provinsi NTT"),
        "Sub-unit (Bagian) baru...",
    )
    answer_next_dialog(qtbot, "Hapus")
    choose_from_menu(qtbot, window, unit_item(window, "Bagian Kosong"), "Hapus unit...")
    assert all(i.text(0) != "Bagian Kosong" for i in window.library_dock._all_items())


def test_sop_titles_rename_move_duplicate_delete(qtbot, window):
    # The tree shows the title first, not "03 TAHUN ...".
    assert all(not i.text(0)[:2].isdigit() for i in window.library_dock.sop_items())
    item = sop_item(window, "Penanganan Surat Masuk")
    sop_id = item.data(0, SOP_ROLE)
    answer_input(qtbot, "Penerimaan Surat Masuk")
    choose_from_menu(qtbot, window, item, "Ganti judul SOP...")
    assert window.library.load_sop(sop_id).judul == "Penerimaan Surat Masuk"
    target = " / ".join(
        window.library.unit_path(
            unit_item(window, "BIRO PENGADAAN BARANG DAN JASA").data(0, UNIT_ROLE)
        )
    )
    answer_input(qtbot, target)
    choose_from_menu(
        qtbot, window, sop_item(window, "Penerimaan Surat Masuk"), "Pindahkan ke unit..."
    )
    assert (
        sop_item(window, "Penerimaan Surat Masuk").parent().text(0)
        == "BIRO PENGADAAN BARANG DAN JASA"
    )
    choose_from_menu(qtbot, window, sop_item(window, "Penerimaan Surat Masuk"), "Duplikat SOP")
    copy = sop_item(window, "Salinan Penerimaan Surat Masuk")
    copy_id = copy.data(0, SOP_ROLE)
    assert window.library.load_sop(copy_id).steps == window.library.load_sop(sop_id).steps
    # Deleting asks; "Batal" keeps the SOP.
    answer_next_dialog(qtbot, "Batal")
    choose_from_menu(qtbot, window, copy, "Hapus SOP...")
    assert window.library_dock.item_for(copy_id) is not None
    answer_next_dialog(qtbot, "Hapus")
    choose_from_menu(qtbot, window, window.library_dock.item_for(copy_id), "Hapus SOP...")
    assert window.library_dock.item_for(copy_id) is None
    assert window.document_for(copy_id) is None
