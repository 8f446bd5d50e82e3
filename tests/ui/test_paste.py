"""Ctrl+V of a table copied from Word or Excel into an SOP without steps: one undo step
fills it and one undo empties it again; a non-empty SOP is left alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sopstudio.model.importers.limits import MAX_COLUMNS, MAX_HTML_CHARS
from sopstudio.ui.sop.document_tab import DIAGRAM_PAGE, IDENTITY_PAGE
from sopstudio.ui.sop.paste import html_table_text
from tests.ui.helpers import snapshot
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    open_by_title,
    sample_library_file,
    window,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "pbj-surat-masuk-keluar.tsv"


def first_sop_text() -> str:
    """The first SOP of the fixture (identity block and table), as copied from Word."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:27])


def new_empty_sop(qtbot, window):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document() is not None)
    document = window.current_document()
    assert document.sop.steps == []
    return document


def set_clipboard(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def test_ctrl_v_on_the_canvas_fills_an_empty_sop_as_one_undo_step(qtbot, window):
    document = new_empty_sop(qtbot, window)
    document.setCurrentIndex(DIAGRAM_PAGE)
    before = snapshot(document.sop)
    set_clipboard(first_sop_text())
    document.editor.view.setFocus()
    QTest.keyClick(document.editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    sop = document.sop
    # Expected from the seed: 6 steps over four lanes, the identity filled in.
    assert len(sop.steps) == 6
    assert [a.name for a in sop.actors] == [
        "Pengadministrasi Umum",
        "Kepala Biro",
        "Kepala Bagian",
        "Kasubag/Tim Kerja",
    ]
    assert sop.judul == "Penanganan Surat Masuk"
    assert sop.nomor == "01 TAHUN 2024"
    assert sop.peralatan == ["Komputer", "ATK.", "Buku Agenda Surat Masuk.", "Stempel"]
    assert sop.tanggal_pembuatan == "2020-12-02"
    assert sop.approver.nama == "Adelino Da Cruz Soares, AKS, MPS.SP"
    assert [step.waktu for step in sop.steps][:3] == ["5 menit", "10 menit", "5 menit"]
    after = snapshot(sop)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(document.sop) == before
    document.undo_stack.redo()
    assert snapshot(document.sop) == after


def test_html_table_pasted_in_the_identity_tab(qtbot, window):
    document = new_empty_sop(qtbot, window)
    document.setCurrentIndex(IDENTITY_PAGE)
    rows = [line.split("\t") for line in first_sop_text().splitlines()]
    table = next(i for i, row in enumerate(rows) if row[0] == "No.")
    body = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[table:]
    )
    html = f"<html><body><p>Salinan</p><table border=1>{body}</table></body></html>"
    set_clipboard(text="bukan tabel", html=html)
    before = snapshot(document.sop)
    lists = document.identity.fields["dasar_hukum"].list
    lists.setFocus()
    QTest.keyClick(lists, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(document.sop.steps) == 6
    assert len(document.sop.actors) == 4
    document.undo_stack.undo()
    assert snapshot(document.sop) == before


def test_html_table_conversion_pads_merged_cells():
    html = (
        "<table><tr><td>No</td><td colspan=3>Pelaksana</td><td>Waktu</td></tr>"
        "<tr><td>1</td><td>Menerima<br>surat</td><td></td><td></td><td>5 menit</td></tr>"
        "</table>"
    )
    assert html_table_text(html) == "No\tPelaksana\t\t\tWaktu\n1\tMenerima surat\t\t\t5 menit"
    assert html_table_text("<p>tanpa tabel</p>") is None


def test_paste_into_a_non_empty_sop_does_nothing(qtbot, window, monkeypatch):
    document = open_by_title(qtbot, window, "Surat Masuk")
    before = snapshot(document.sop)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    set_clipboard(first_sop_text())
    document.editor.view.setFocus()
    QTest.keyClick(document.editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(document.sop) == before
    assert document.undo_stack.count() == 0
    assert shown and "belum berisi langkah" in shown[0]


def test_clipboard_without_a_table_changes_nothing(qtbot, window):
    document = new_empty_sop(qtbot, window)
    before = snapshot(document.sop)
    set_clipboard("sekadar teks biasa")
    document.setCurrentIndex(DIAGRAM_PAGE)
    assert not window.paste()
    assert snapshot(document.sop) == before
    assert "tidak berisi tabel" in window.statusBar().currentMessage()


def test_ctrl_v_of_a_huge_table_is_refused_with_a_message(qtbot, window, monkeypatch):
    """Issue 12: Ctrl+V imports, so it has the importers' limits (HTML and text alike)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    document = new_empty_sop(qtbot, window)
    before = snapshot(document.sop)
    html = "<table><tr><td>1</td><td>Menerima</td></tr></table>" + " " * MAX_HTML_CHARS
    wide = "\n".join(["No\tKegiatan" + "\tX" * MAX_COLUMNS] * 3)
    for clipboard in (dict(html=html), dict(text=wide)):
        set_clipboard(**clipboard)
        window.paste()
    assert len(shown) == 2 and all("terlalu besar" in message for message in shown)
    assert snapshot(document.sop) == before and document.undo_stack.count() == 0
