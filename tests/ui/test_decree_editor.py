"""The decree editor: create a decree, fill its Lampiran through the picker, reorder by
dragging, renumber, undo/redo exactly, live preview, findings, and export in a worker."""

from __future__ import annotations

import threading

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from sopstudio.model import decree_json
from sopstudio.model.decree import DecreeKind
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.ui.decree.tab import LAMPIRAN_PAGE, DecreeTab, default_unit
from sopstudio.ui.dialogs import export as export_module
from tests.ui.helpers import drag
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    double_click_item,
    library_path,
    sample_library_file,
    window,
)


def state(tab: DecreeTab) -> dict:
    """The decree's data, for exact comparisons after undo/redo."""
    data = decree_json.decree_to_dict(tab.decree)
    data.pop("revision")
    return data


def new_decree(qtbot, window) -> DecreeTab:
    window.new_decree_action.trigger()
    qtbot.waitUntil(lambda: window.current_decree() is not None)
    return window.current_decree()


def add_through_picker(qtbot, tab: DecreeTab, words: list[str]) -> None:
    """Open the picker with the button, search and tick each SOP with the keyboard, accept."""
    tab.pages.setCurrentIndex(LAMPIRAN_PAGE)
    QTest.mouseClick(tab.lampiran.add_button, Qt.MouseButton.LeftButton)
    picker = tab.lampiran.picker
    qtbot.waitUntil(picker.isVisible)
    for text in words:
        picker.search.clear()
        QTest.keyClicks(picker.search, text)
        rows = [i for i in range(picker.list.count()) if text in picker.list.item(i).text()]
        assert len(rows) == 1
        picker.list.setFocus()
        picker.list.setCurrentRow(rows[0])
        QTest.keyClick(picker.list, Qt.Key.Key_Space)
        assert picker.list.item(rows[0]).checkState() == Qt.CheckState.Checked
    picker.search.clear()
    QTest.mouseClick(picker.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def row_point(view, row: int, below: bool = False) -> QPoint:
    rect = view.visualItemRect(view.item(row))
    return QPoint(rect.center().x(), rect.bottom() - 2 if below else rect.center().y())


def titles(tab: DecreeTab) -> list[str]:
    return [sop.judul for sop in tab.decree.lampiran.sops]


def test_create_fill_reorder_renumber_with_exact_undo(qtbot, window):
    tab = new_decree(qtbot, window)
    saved = window.library.list_documents(DECREE_DOCUMENT)
    assert tab.decree.id in [d.id for d in saved]
    assert tab.decree.id in [
        item.data(0, Qt.ItemDataRole.UserRole + 2) for item in window.library_dock.decree_items()
    ]
    empty = state(tab)

    add_through_picker(qtbot, tab, ["Surat Masuk", "Nota Dinas"])
    assert titles(tab) == ["Penanganan Surat Masuk", "Penerbitan Nota Dinas"]
    assert tab.lampiran.list.count() == 2
    # The preview lists the SOPs under the diktum that lists them.
    assert "SOP Penanganan Surat Masuk; dan" in tab.preview.toPlainText()
    added = state(tab)
    tab.undo_stack.undo()
    assert state(tab) == empty
    tab.undo_stack.redo()
    assert state(tab) == added

    # Drag the first row below the second with real mouse events on the viewport.
    view = tab.lampiran.list
    view.resize(500, 300)
    drag(view.viewport(), row_point(view, 0), row_point(view, 1, below=True))
    assert titles(tab) == ["Penerbitan Nota Dinas", "Penanganan Surat Masuk"]
    assert [view.item(i).text().split("  ")[1] for i in range(2)] == titles(tab)
    moved = state(tab)
    tab.undo_stack.undo()
    assert state(tab) == added
    tab.undo_stack.redo()
    assert state(tab) == moved
    preview = tab.preview.toPlainText()
    assert preview.index("Penerbitan Nota Dinas") < preview.index("Penanganan Surat Masuk")

    # Renumber for 2025 in one undo step.
    tab.lampiran.year.setValue(2025)
    QTest.mouseClick(tab.lampiran.renumber_button, Qt.MouseButton.LeftButton)
    assert [s.nomor for s in tab.decree.lampiran.sops] == ["01 Tahun 2025", "02 Tahun 2025"]
    renumbered = state(tab)
    tab.undo_stack.undo()
    assert state(tab) == moved
    tab.undo_stack.redo()
    assert state(tab) == renumbered

    # Typing in a field is one command, shown in the preview at once.
    nomor = tab.form.fields["nomor"]
    tab.pages.setCurrentIndex(0)
    nomor.setFocus()
    QTest.keyClicks(nomor, "12/KEP/HK/2025")
    assert tab.decree.nomor == "12/KEP/HK/2025"
    assert "NOMOR : 12/KEP/HK/2025" in tab.preview.toPlainText()
    tab.undo_stack.undo()
    assert state(tab) == renumbered and nomor.text() == ""
    assert "12/KEP" not in tab.preview.toPlainText()
    tab.undo_stack.redo()
    assert nomor.text() == "12/KEP/HK/2025"

    # Autosave stores the decree; the library copy reads back equal.
    assert tab.autosaver.flush()
    stored = decree_json.decree_from_dict(
        window.library.load_document(DECREE_DOCUMENT, tab.decree.id)
    )
    assert decree_json.decree_to_dict(stored) == decree_json.decree_to_dict(tab.decree)
    assert stored.revision >= 1


def test_findings_follow_edits_and_lead_to_the_field(qtbot, window):
    """Issue 15.8: a decree's findings are in the Validasi dock, with icons that render, and
    Properti Langkah makes way for the preview."""
    assert window.properties_dock.isVisible()
    tab = new_decree(qtbot, window)
    tree = window.validation_dock.tree
    assert not window.properties_dock.isVisible()

    def codes() -> list[str]:
        return [f.code for f in window.validation_dock.findings]

    assert "decree-empty-lampiran" in codes()
    assert "decree-missing-menimbang" in codes()
    assert all(not tree.topLevelItem(i).icon(0).isNull() for i in range(tree.topLevelItemCount()))
    assert all(
        "\u26d4" not in tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())
    )
    item = tree.topLevelItem(codes().index("decree-missing-menimbang"))
    double_click_item(tree, item)
    assert tab.form.fields["menimbang"].list.hasFocus()
    tab.document.edit("menimbang", ["bahwa untuk ..."], "Ubah Menimbang")
    assert "decree-missing-menimbang" not in codes()
    tab.undo_stack.undo()
    assert "decree-missing-menimbang" in codes()
    window.open_sop(window.library.list_sops()[0].id)
    assert window.properties_dock.isVisible()


def test_suggest_mengingat_adds_only_missing_items(qtbot, window):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Surat Masuk", "Nota Dinas"])
    first = tab.decree.lampiran.sops[0].dasar_hukum[0]
    tab.document.edit("mengingat", [first], "Ubah Mengingat")
    QTest.mouseClick(tab.form.suggest_button, Qt.MouseButton.LeftButton)
    mengingat = tab.decree.mengingat
    assert mengingat[0] == first
    assert len(mengingat) == len({" ".join(m.split()).rstrip(".;,").lower() for m in mengingat})
    assert len(mengingat) > 1
    assert tab.suggest_mengingat() == 0  # nothing left to add
    tab.undo_stack.undo()
    assert tab.decree.mengingat == [first]


def test_redraft_diktum_and_peraturan_chapters(qtbot, window):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Surat Masuk", "Fasilitasi Penataan"])
    assert (
        default_unit(tab.decree)
        == "Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur"
    )
    before = state(tab)
    assert tab.redraft(("Biro Organisasi", "Biro Organisasi Setda"))
    assert len(tab.decree.diktum) == 7
    assert "pada Biro Organisasi." in tab.decree.diktum[0].text
    assert "KESATU" in tab.preview.toPlainText()
    tab.undo_stack.undo()
    assert state(tab) == before

    # Switch to a Peraturan Bupati: the form shows BAB/Pasal, the body is redrafted.
    kind = tab.form.fields["kind"]
    kind.setCurrentIndex(kind.findData(DecreeKind.PERATURAN_BUPATI.value))
    kind.activated.emit(kind.currentIndex())
    assert tab.decree.kind is DecreeKind.PERATURAN_BUPATI
    assert tab.form.chapters_box.isVisibleTo(tab.form) and not tab.form.diktum_box.isVisibleTo(
        tab.form
    )
    tab.redraft(("Bagian Organisasi", "Bagian Organisasi"))
    assert len(tab.decree.chapters) == 4 and tab.decree.diktum == []
    editor = tab.form.chapters
    editor.chapter_list.list.setCurrentRow(2)
    editor.article_list.list.setCurrentRow(0)
    editor.paragraphs.setFocus()
    editor.paragraphs.moveCursor(editor.paragraphs.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.paragraphs, " Tambahan")
    assert tab.decree.chapters[2].articles[0].paragraphs[-1].endswith(" Tambahan")
    assert "Pasal 4" in tab.preview.toPlainText()
    index = tab.undo_stack.index()
    tab.undo_stack.undo()  # the typing is one step
    assert not tab.decree.chapters[2].articles[0].paragraphs[-1].endswith("Tambahan")
    assert tab.undo_stack.index() == index - 1


def test_decree_opens_from_the_library_tree(qtbot, window):
    tab = new_decree(qtbot, window)
    decree_id = tab.decree.id
    assert window.close_tab(window.tabs.indexOf(tab))
    assert window.current_decree() is None
    item = next(
        item
        for item in window.library_dock.decree_items()
        if item.data(0, Qt.ItemDataRole.UserRole + 2) == decree_id
    )
    double_click_item(window.library_dock.tree, item)
    qtbot.waitUntil(lambda: window.current_decree() is not None)
    assert window.current_decree().decree.id == decree_id


def test_export_whole_decree_to_pdf_in_a_worker(qtbot, window, tmp_path, monkeypatch):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Surat Masuk", "Nota Dinas"])
    tab.document.edit("nomor", "99/KEP/HK/2025", "Ubah Nomor")
    threads = []
    original = export_module.export_document

    def recording(*args):
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(export_module, "export_document", recording)
    dialog = tab.export("pdf", folder=tmp_path)
    dialog.path.setText(str(tmp_path / "keputusan.pdf"))
    # A decree drafted in the editor still holds "[unit kerja]": refused, errors listed.
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.refusal.isVisible() and "[unit kerja]" in dialog.refusal.informativeText()
    assert not threads
    dialog.refusal.close()
    QTest.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    target = tmp_path / "keputusan-DRAF.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()
    assert blocker.args == [str(target)]
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.progress.value() == dialog.progress.maximum()
    reader = PdfReader(str(target))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 4
    assert "99/KEP/HK/2025" in text and "Penerbitan Nota Dinas" in text
    assert all("DRAF" in page.extract_text() for page in reader.pages)
