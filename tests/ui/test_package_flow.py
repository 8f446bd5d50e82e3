"""Issue 15.1: renumbering the Lampiran then packaging saves the renumbered SOPs as new
library revisions (after asking) instead of ending in "tidak tersimpan di pustaka"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sopstudio.model.export_gate import draft_path
from sopstudio.model.package import verify_package
from tests.ui.helpers import answer_next_dialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    sample_library_file,
    window,
)
from tests.ui.test_decree_editor import add_through_picker, new_decree


def test_renumber_then_package_saves_renumbered_sops(qtbot, window, tmp_path):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Surat Masuk", "Nota Dinas", "Serah Terima", "LKIP"])
    tab.lampiran.year.setValue(2025)
    QTest.mouseClick(tab.lampiran.renumber_button, Qt.MouseButton.LeftButton)
    assert [s.nomor for s in tab.decree.lampiran.sops] == [f"0{n} Tahun 2025" for n in range(1, 5)]
    path = tmp_path / "paket.zip"
    answer_next_dialog(qtbot, "Simpan ke pustaka")
    # A new decree still has errors (no Menimbang...): the package is a draft one.
    dialog = tab.build_package(path, draft=True)
    assert dialog is not None
    with qtbot.waitSignal(dialog.built, timeout=120000):
        pass
    assert verify_package(draft_path(path)).ok
    for sop in tab.decree.lampiran.sops:
        stored = window.library.load_sop(sop.id)
        assert stored.nomor == sop.nomor and stored.revision == sop.revision
    # The library dock shows the new numbers.
    assert any(
        "01 Tahun 2025" in item.toolTip(0) or "01 Tahun 2025" in item.text(0)
        for item in window.library_dock.sop_items()
    )


def test_declining_the_offer_builds_nothing(qtbot, window, tmp_path):
    tab = new_decree(qtbot, window)
    add_through_picker(qtbot, tab, ["Surat Masuk"])
    QTest.mouseClick(tab.lampiran.renumber_button, Qt.MouseButton.LeftButton)
    answer_next_dialog(qtbot, "Batal")
    assert tab.build_package(tmp_path / "paket.zip", draft=True) is None
    assert not list(tmp_path.glob("*.zip"))
