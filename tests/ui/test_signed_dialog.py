"""Signed PDFs in the UI: the library dock shows and filters statuses, the dialog trusts a
root certificate, verifies a signed decree against its package, and attaches it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.ui.docks.library import STATUS_COLUMN
from tests.model.signed.conftest import built, pki  # noqa: F401 - fixtures
from tests.signing import make_crl, make_pki, sign_pdf
from tests.ui.main_window_fixtures import make_window

#: Set to a folder to keep a screenshot of the dialog (docs/img/signed-dialog.png).
SCREENSHOT_DIR = os.environ.get("SOPSTUDIO_SCREENSHOTS")


def shown_statuses(dock) -> dict[str, str]:
    return {
        item.text(0): item.text(STATUS_COLUMN) for item in [*dock.sop_items(), *dock.decree_items()]
    }


def choose_status(qtbot, dock, text: str) -> None:
    index = dock.status_filter.findText(text)
    dock.status_filter.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dock.status_filter.currentText() == text)


def test_dock_statuses_and_the_signed_pdf_dialog(qtbot, tmp_path, built, pki):  # noqa: F811
    library_file = tmp_path / "pustaka.sqlite"
    library_file.write_bytes(built.library.read_bytes())
    window = make_window(qtbot, tmp_path)
    assert window.open_library(library_file)
    dock = window.library_dock
    assert set(shown_statuses(dock).values()) == {"Diajukan"}
    assert len(dock.sop_items()) == 3 and len(dock.decree_items()) == 1
    choose_status(qtbot, dock, "Disahkan")
    assert dock.sop_items() == [] and dock.decree_items() == []

    signed = tmp_path / "keputusan-ttd.pdf"
    signed.write_bytes(sign_pdf(built.pdf, pki, timestamp=True, crls=[make_crl(pki, [])]))
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root.pem())

    dialog = window.signed_pdf()
    qtbot.waitExposed(dialog)
    dialog.pdf.setText(str(signed))
    dialog.package.setText(str(built.package))
    QTest.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict.text().startswith("DITOLAK")
    assert "akar tepercaya" in dialog.verdict.text()

    dialog.add_certificates([str(root)])
    assert dialog.trust.topLevelItemCount() == 1
    fingerprint = dialog.trust.topLevelItem(0).text(1)
    assert len(fingerprint) == 95 and fingerprint.count(":") == 31
    QTest.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict.text() == "Tanda tangan SAH dan cocok dengan paket."
    report = dialog.report.toPlainText()
    assert "Budi Santoso, S.H. (NIK/NIP 197103291999031002)" in report
    assert "(stempel waktu)" in report and "Cocok dengan paket keputusan" in report
    if SCREENSHOT_DIR:
        dialog.grab().save(str(Path(SCREENSHOT_DIR) / "signed-dialog.png"))

    # A PDF signed under another root is refused with the reason, nothing attached.
    stranger = tmp_path / "lain.pdf"
    stranger.write_bytes(sign_pdf(built.pdf, make_pki("Root Lain")))
    dialog.pdf.setText(str(stranger))
    QTest.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert "DITOLAK" in dialog.verdict.text() and "akar tepercaya" in dialog.verdict.text()

    dialog.pdf.setText(str(signed))
    with qtbot.waitSignal(dialog.attached):
        QTest.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert "Disahkan oleh Budi Santoso" in dialog.report.toPlainText()
    # The dock follows: all four are signed and (the decree's date is past) in force.
    assert set(shown_statuses(dock).values()) == set()  # still filtered on Disahkan
    choose_status(qtbot, dock, "Berlaku")
    assert len(dock.sop_items()) == 3 and len(dock.decree_items()) == 1
    dialog.close()
    sop_id = built.decree.lampiran.sops[0].id
    assert window.open_sop(sop_id) is not None
    assert "berstatus Berlaku" in window.statusBar().currentMessage()
    if SCREENSHOT_DIR:
        window.resize(1100, 560)
        window.resizeDocks([dock], [520], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: dock.width() > 400)
        choose_status(qtbot, dock, "Semua status")
        dock.grab().save(str(Path(SCREENSHOT_DIR) / "library-status.png"))
