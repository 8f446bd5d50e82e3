"""The house-style dialog, driven with real key and mouse events: a custom style made here
prints in PDF and DOCX; files go in and out; saving stores it and gives it to the SOP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model import style_json
from sopstudio.model.style import StyleCatalog
from sopstudio.ui.canvas.items import PageItem
from sopstudio.ui.dialogs.style_dialog import StyleDialog
from tests.export.test_house_styles import assert_prints_style, docx_text, kota_sop, pdf_text
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    open_by_title,
    sample_library_file,
    window,
)


def retype(edit: QLineEdit, text: str) -> None:
    """Replace a field's text as a user does: click, select all, type."""
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)


def preview_words(dialog: StyleDialog) -> set[str]:
    items = [i for i in dialog.preview.scene().items() if isinstance(i, PageItem)]
    return {
        line.text
        for item in items
        for table in item.page.tables
        for cell in table.cells
        for line in cell.text.lines
    }


def made_in_dialog(qtbot) -> tuple[StyleDialog, object]:
    dialog = StyleDialog(StyleCatalog(), kota_sop("permenpan"), start="permenpan")
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.name, "kabupaten-contoh")
    retype(dialog.labels["judul"], "Nama Prosedur")
    retype(dialog.labels["kegiatan"], "Aktivitas")
    retype(dialog.labels["keterangan"], "Ket")
    retype(dialog.labels["mulai"], "Awal")
    retype(dialog.labels["selesai"], "Akhir")
    retype(dialog.nip_prefix, "NIP")
    QTest.mouseClick(dialog.separate_rows, Qt.MouseButton.LeftButton)
    return dialog, dialog.style()


def test_custom_style_made_in_the_dialog_prints_in_pdf_and_docx(qtbot, tmp_path):
    dialog, style = made_in_dialog(qtbot)
    assert "Aktivitas" in preview_words(dialog)  # the preview followed the typing
    with qtbot.waitSignal(dialog.accepted):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert style.name == "kabupaten-contoh" and style.separate_terminator_rows
    sop = kota_sop(style.name)
    styles = StyleCatalog([style])
    write_sop_pdf(sop, tmp_path / "sop.pdf", styles=styles)
    write_sop_docx(sop, tmp_path / "sop.docx", styles=styles)
    assert_prints_style(pdf_text(tmp_path / "sop.pdf"), style)
    assert_prints_style(docx_text(tmp_path / "sop.docx"), style)


def test_an_invalid_name_cannot_be_saved(qtbot):
    dialog = StyleDialog(StyleCatalog(), start="ntt")
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.name, "Kota Malang")
    assert not dialog.save_button.isEnabled() and "huruf kecil" in dialog.error.text()
    retype(dialog.name, "kota-malang")
    assert dialog.save_button.isEnabled() and dialog.error.text() == ""


def test_style_files_go_out_and_come_back(qtbot, tmp_path):
    dialog, style = made_in_dialog(qtbot)
    path = tmp_path / "kabupaten-contoh.style.json"
    assert dialog.export_file(path)
    assert style_json.load(path) == style
    other = StyleDialog(StyleCatalog(), start="ntt")
    qtbot.addWidget(other)
    assert other.import_file(path) and other.style() == style
    broken = tmp_path / "rusak.style.json"
    broken.write_text('{"format": "sopstudio.style", "version": 1, "name": "X"}', "utf-8")
    assert not other.import_file(broken)
    assert "tidak dapat dibaca" in other.error.text() and other.style() == style


def test_saving_stores_the_style_and_gives_it_to_the_sop(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    before = document.sop.style
    dialog = window.edit_styles()
    retype(dialog.name, "kota-contoh")
    retype(dialog.labels["kegiatan"], "Uraian Aktivitas")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: document.sop.style == "kota-contoh")
    assert [s.name for s in window.library.styles()] == ["kota-contoh"]
    assert document.identity.fields["style"].currentData() == "kota-contoh"
    header = {
        line.text
        for page in document.editor.scene.layout.pages
        for t in page.tables
        for c in t.cells
        for line in c.text.lines
    }
    assert "Uraian Aktivitas" in header
    document.undo_stack.undo()
    assert document.sop.style == before


def test_a_logo_chosen_in_the_dialog_shows_in_the_preview(qtbot, tmp_path):
    from tests.export.test_house_styles import emblem_png

    dialog = StyleDialog(StyleCatalog(), kota_sop("ntt"), start="ntt")
    qtbot.addWidget(dialog)
    dialog.show()
    not_png = tmp_path / "lambang.gif"
    not_png.write_bytes(b"GIF89a")
    assert not dialog.choose_logo(not_png) and "bukan berkas PNG" in dialog.error.text()
    png = tmp_path / "lambang.png"
    png.write_bytes(emblem_png())
    assert dialog.choose_logo(png)
    pages = [i.page for i in dialog.preview.scene().items() if isinstance(i, PageItem)]
    assert any(page.pictures for page in pages)
    assert dialog.style().letterhead.logo.startswith("data:image/png;base64,")
    QTest.mouseClick(dialog.clear_logo_button, Qt.MouseButton.LeftButton)
    assert dialog.style().letterhead.logo == "" and not dialog.clear_logo_button.isEnabled()
