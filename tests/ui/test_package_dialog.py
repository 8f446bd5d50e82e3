"""Signature package from the UI: build it from a decree tab, import it into a second
library through the dialog, and resolve a conflict that the dialog insists on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.model import jsonio
from sopstudio.model.package import DECREE_DOCUMENT, OURS, THEIRS, verify_package
from sopstudio.ui.dialogs.package_dialog import COL_STATUS, PackageImportDialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    sample_library_file,
    window,
)
from tests.ui.test_decree_editor import add_through_picker, new_decree


def build(qtbot, tab, path):
    # A decree drafted in the editor still holds errors ("[unit kerja]", no Menimbang):
    # refused with its errors listed, then built as a package of drafts.
    assert tab.build_package(path) is None
    assert tab.refusal.isVisible() and "[unit kerja]" in tab.refusal.informativeText()
    tab.refusal.close()
    dialog = tab.build_package(path, draft=True)
    # Queued reports arrive once the event loop runs, so this sees every one of them.
    reports = []
    dialog.worker.signals.progress.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(dialog.built, timeout=120000):
        pass
    assert reports and reports[-1][0] == reports[-1][1] > 1
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert not dialog.running()
    assert dialog.path.name.endswith("-DRAF.zip") and verify_package(dialog.path).ok
    return dialog


def open_import(qtbot, window, path) -> PackageImportDialog:
    dialog = window.import_package(path)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.worker is None, timeout=30000)
    assert dialog.plan is not None, dialog.status.text()
    return dialog


def statuses(dialog) -> list[str]:
    return [dialog.table.item(row, COL_STATUS).text() for row in range(dialog.table.rowCount())]


def test_build_then_import_into_another_library_with_a_conflict(qtbot, window, tmp_path):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Penanganan Surat Masuk", "Penerbitan Nota Dinas"])
    tab.document.edit("nomor", "5/KEP/HK/2025", "Ubah Nomor")
    dialog = build(qtbot, tab, tmp_path / "paket-1.zip")
    first = dialog.path
    assert dialog.progress.value() == dialog.progress.maximum() > 1
    assert "paket-1-DRAF.zip" in dialog.status.text()

    # A second window on an empty library imports it: everything is new.
    other_dir = tmp_path / "laptop"
    other_dir.mkdir()
    other = make_window(qtbot, other_dir)
    assert other.open_library(other_dir / "biro.sqlite")
    importing = open_import(qtbot, other, first)
    assert statuses(importing) == ["Baru", "Baru", "Baru"]
    assert importing.import_button.isEnabled()
    with qtbot.waitSignal(importing.imported):
        QTest.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    assert "Ditambahkan (3):" in importing.report.toPlainText()
    ids = [s.id for s in tab.decree.lampiran.sops]
    for sop in tab.decree.lampiran.sops:
        assert jsonio.dumps(other.library.load_sop(sop.id)) == jsonio.dumps(sop)
    assert [d.id for d in other.library.list_documents(DECREE_DOCUMENT)] == [tab.decree.id]
    assert other.library_dock.decree_items()
    importing.close()

    # Both sides change the same SOP: theirs in library B, ours in A then in the Lampiran.
    theirs = other.library.load_sop(ids[0])
    theirs.judul += " (versi biro)"
    other.library.save_sop(theirs)
    ours = window.library.load_sop(ids[0])
    ours.judul += " (versi analis)"
    window.library.save_sop(ours)
    tab.lampiran.update_from_library()
    assert tab.decree.lampiran.sops[0].judul.endswith("(versi analis)")
    second = build(qtbot, tab, tmp_path / "paket-2.zip").path

    importing = open_import(qtbot, other, second)
    assert statuses(importing) == ["Konflik", "Tidak berubah", "Lebih baru di paket"]
    assert not importing.import_button.isEnabled()  # a choice is required
    assert "konflik" in importing.status.text()
    choice = importing.choices[ids[0]]
    choice.setCurrentIndex(choice.findData(THEIRS))
    assert importing.import_button.isEnabled()
    choice.setCurrentIndex(choice.findData(OURS))
    asked = []
    importing.ask_newer = lambda count: asked.append(count) or True
    with qtbot.waitSignal(importing.imported):
        QTest.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    assert asked == [1]
    # Ours (library B's) kept for the conflict; the decree replaced after confirmation.
    assert other.library.load_sop(ids[0]).judul.endswith("(versi biro)")
    report = importing.report.toPlainText()
    assert "Versi pustaka dipertahankan (1):" in report and "Diganti (1):" in report
    importing.close()


def test_a_damaged_package_is_refused_in_indonesian(qtbot, window, tmp_path):
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(b"PK\x03\x04 bukan zip")
    dialog = window.import_package(broken)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert dialog.plan is None
    assert dialog.status.text().startswith("Paket tidak dapat diimpor:")
    assert not dialog.import_button.isEnabled()
