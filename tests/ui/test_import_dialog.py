"""Berkas > Impor: the importer runs in a worker, the dialog previews the SOPs found with
their reports, and the chosen ones go into the library (the first one opens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.ui.dialogs.import_dialog import (
    COL_LANES,
    COL_PROBLEMS,
    COL_STEPS,
    COL_TITLE,
    ImportDialog,
)
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    sample_library_file,
    window,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "pbj-surat-masuk-keluar.tsv"


def opened(qtbot, window, path) -> ImportDialog:
    dialog = window.import_file(path)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    return dialog


def test_preview_report_and_add_chosen_sops(qtbot, window):
    before = {s.id for s in window.library.list_sops()}
    dialog = opened(qtbot, window, FIXTURE)
    table = dialog.table
    assert table.rowCount() == 2
    # Expected from reading the seed (lines 245-330 of kepgub-ntt-324-2024-biro-pbj.txt).
    assert [table.item(r, COL_TITLE).text() for r in range(2)] == [
        "Penanganan Surat Masuk",
        "Penanganan Surat Keluar",
    ]
    assert [table.item(r, COL_STEPS).text() for r in range(2)] == ["6", "6"]
    assert [table.item(r, COL_LANES).text() for r in range(2)] == ["4", "4"]
    second = dialog.result.sops[1]
    # Selecting a row shows that SOP's report, each note with its source place, in words.
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    report = dialog.report.toPlainText()
    assert report.startswith("Penanganan Surat Keluar")
    for note in second.report.notes:
        assert note.message in report and note.code not in report
        if note.where.startswith("baris"):
            assert f"({note.where}): {note.message}" in report
    assert "TEBAKAN" not in report and "MASALAH" not in report
    assert any("baris" in note.where for note in second.report.notes)

    # Untick the first SOP with the keyboard; add only the second into a chosen unit.
    QTest.keyClick(table, Qt.Key.Key_Up)
    table.setCurrentCell(0, COL_TITLE)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert table.item(0, COL_TITLE).checkState() == Qt.CheckState.Unchecked
    assert "2 SOP ditemukan, 1 dipilih" in dialog.status.text()
    unit = next(
        i
        for i in range(dialog.unit.count())
        if dialog.unit.itemText(i).endswith("BIRO PENGADAAN BARANG DAN JASA")
    )
    dialog.unit.setCurrentIndex(unit)
    with qtbot.waitSignal(dialog.added) as blocker:
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (added_id,) = blocker.args[0]
    assert added_id == second.sop.id
    summaries = {s.id: s for s in window.library.list_sops()}
    assert set(summaries) == before | {added_id}
    assert summaries[added_id].unit_path[-1] == "BIRO PENGADAAN BARANG DAN JASA"
    stored = window.library.load_sop(added_id)
    assert len(stored.steps) == 6 and [a.name for a in stored.actors][0] == "Kasubag / Tim Kerja"
    # The first added SOP opens, and the library tree lists it.
    qtbot.waitUntil(lambda: window.current_document() is not None)
    assert window.current_document().sop.id == added_id
    assert window.library_dock.item_for(added_id) is not None


def test_preview_count_agrees_with_validation_of_the_result(qtbot, window):
    """Issue 15.9: "Perlu diperiksa" counts what the Validasi dock shows once imported."""
    dialog = opened(qtbot, window, FIXTURE)
    table = dialog.table
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(0, COL_STEPS)).center(),
    )
    table.setCurrentCell(0, COL_TITLE)
    QTest.keyClick(table, Qt.Key.Key_Space)  # keep only the second SOP
    count = int(table.item(1, COL_PROBLEMS).text())
    notes = dialog.result.sops[1].report.notes
    with qtbot.waitSignal(dialog.added):
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_document() is not None)
    shown = window.validation_dock.findings
    assert count == sum(note.kind != "tebakan" for note in notes) >= len(shown) > 0
    table.setCurrentCell(1, COL_TITLE)
    report = dialog.report.toPlainText()
    for finding in shown:
        assert finding.message in report and finding.code not in report


def test_add_by_unit_header_creates_the_units(qtbot, window):
    dialog = opened(qtbot, window, FIXTURE)
    assert dialog.unit.currentIndex() == 0  # by each SOP's own header
    ids = dialog.add_to_library()
    assert len(ids) == 2
    paths = {s.id: s.unit_path for s in window.library.list_sops()}
    assert paths[ids[0]][-1] == "BAGIAN PEMBINAAN DAN ADVOKASI"


def test_unreadable_file_reports_in_indonesian(qtbot, window, tmp_path):
    bad = tmp_path / "gambar.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    dialog = opened(qtbot, window, bad)
    assert dialog.result is None
    assert dialog.status.text().startswith("Berkas tidak dapat diimpor:")
    assert not dialog.add_button.isEnabled()


def _drop(window, path: Path) -> None:
    """Drag a file from a file manager onto the window and drop it (real Qt drag events)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = window.rect().center()
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


def test_dropped_pdf_is_imported_with_validation_in_its_report(qtbot, window):
    printed = FIXTURE.parent / "pdf" / "sample-02-penanganan-surat-masuk.pdf"
    _drop(window, printed)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COL_TITLE).text() == "Penanganan Surat Masuk"
    assert dialog.table.item(0, COL_STEPS).text() == "6"
    found = dialog.result.sops[0]
    # "Perlu diperiksa" counts the validation findings too; the report lists each in words.
    assert dialog.table.item(0, COL_PROBLEMS).text() == str(
        sum(note.kind != "tebakan" for note in found.report.notes)
    )
    for note in found.report.notes:
        assert note.message in dialog.report.toPlainText()
        assert note.code not in dialog.report.toPlainText()


def test_dropped_scan_says_it_needs_ocr(qtbot, window, tmp_path):
    from tests.model.importers.test_pdf import scanned_pdf

    scan = tmp_path / "pindaian.pdf"
    scan.write_bytes(scanned_pdf())
    _drop(window, scan)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert dialog.table.rowCount() == 0
    assert "hasil pindai; perlu OCR" in dialog.report.toPlainText()
