"""The export dialog writes the file on a worker thread and reports errors in Indonesian."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.model.style import Paper
from sopstudio.ui.dialogs import export as export_module
from sopstudio.ui.dialogs.export import ExportDialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    open_by_title,
    sample_library_file,
    window,
)


def test_export_pdf_runs_off_the_ui_thread(qtbot, window, tmp_path, monkeypatch):
    open_by_title(qtbot, window, "Surat Masuk")
    threads = []
    original = export_module.export_document

    def recording(*args):
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(export_module, "export_document", recording)
    dialog = window.export("pdf")
    assert Paper(dialog.paper.currentData()) is Paper.F4
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A4))
    target = tmp_path / "keluar" / "surat.pdf"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.maximum() == 0  # busy while the worker runs
    assert blocker.args == [str(target)]
    assert threads and threads[0] is not threading.main_thread()
    assert target.read_bytes()[:5] == b"%PDF-"
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    assert "Tersimpan" in dialog.status.text()
    from pypdf import PdfReader

    width, height = (float(v) for v in PdfReader(target).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (842, 595)  # A4 landscape


def test_export_reports_unwritable_target(qtbot, window, tmp_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    dialog = ExportDialog(document.sop, Paper.F4, "pdf", parent=window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "tidak-ada" / "x.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.status.text().startswith("Berkas tidak dapat dibaca atau ditulis:")
    assert dialog.export_button.isEnabled()


def test_format_switch_changes_extension(qtbot, window):
    document = open_by_title(qtbot, window, "Surat Masuk")
    dialog = ExportDialog(document.sop, Paper.F4, "pdf", parent=window)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("SOP Penanganan Surat Masuk.pdf")
    QTest.mouseClick(dialog.docx, Qt.MouseButton.LeftButton)
    assert dialog.fmt() == "docx" and dialog.path.text().endswith(".docx")


def test_export_docx(qtbot, window, tmp_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    dialog = ExportDialog(document.sop, Paper.F4, "docx", parent=window)
    qtbot.addWidget(dialog)
    target = tmp_path / "surat.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start()
    import zipfile

    with zipfile.ZipFile(target) as package:
        assert "Penanganan Surat Masuk" in package.read("word/document.xml").decode("utf-8")


def test_an_sop_with_errors_is_refused_with_its_errors_listed(qtbot, window, tmp_path):
    document = open_by_title(qtbot, window, "Surat Masuk")
    document.sop.unit_header = []
    dialog = ExportDialog(document.sop, Paper.F4, "pdf", parent=window)
    qtbot.addWidget(dialog)
    target = tmp_path / "surat.pdf"
    dialog.path.setText(str(target))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusal is not None and dialog.refusal.isVisible())
    assert "Kop unit kerja" in dialog.refusal.informativeText()
    assert not dialog.running() and not target.exists()
    dialog.refusal.close()


def test_a_draft_is_exported_marked_and_named_draf(qtbot, window, tmp_path):
    from pypdf import PdfReader

    document = open_by_title(qtbot, window, "Surat Masuk")
    document.sop.unit_header = []
    dialog = ExportDialog(document.sop, Paper.F4, "pdf", parent=window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "surat.pdf"))
    QTest.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    assert dialog.draft.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(tmp_path / "surat-DRAF.pdf")]
    pages = PdfReader(tmp_path / "surat-DRAF.pdf").pages
    assert all("DRAF" in page.extract_text() for page in pages)
