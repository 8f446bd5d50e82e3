"""Issue 15's scenario end to end with real keys and clicks: from the sample library, a
10-step SOP with a decision loop, exported, put in a decree, renumbered and packaged.

Run it under a real X server to time it: `xvfb-run -a env QT_QPA_PLATFORM=xcb pytest
tests/ui/test_first_hour_scenario.py -s` prints the wall time and how many keys and clicks
the scenario needs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from sopstudio.model.export_gate import draft_path
from sopstudio.model.package import verify_package
from sopstudio.model.sop import Port, StepKind
from tests.ui.helpers import answer_next_dialog
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    sample_library_file,
    window,
)
from tests.ui.test_decree_editor import add_through_picker

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
STEPS = [
    "Menerima berkas arsip dari unit pengolah",
    "Memeriksa kelengkapan daftar arsip",
    "Mencatat arsip dalam buku register",
    "Memilah arsip menurut klasifikasi",
    "Menata arsip dalam boks",
    "Memeriksa penataan arsip",
    "Menyusun daftar arsip inaktif",
    "Menandatangani berita acara",
    "Menyimpan arsip di ruang penyimpanan",
    "Melaporkan hasil penataan",
]


class User:
    """Sends real keys and clicks and counts them."""

    def __init__(self) -> None:
        self.keys = 0
        self.clicks = 0

    def type(self, widget, text: str) -> None:
        QTest.keyClicks(widget, text)
        self.keys += len(text)

    def key(self, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifiers)
        self.keys += 1

    def click(self, widget, pos=None) -> None:
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.clicks += 1


def test_ten_step_sop_to_signature_package(qtbot, window, tmp_path):
    window.activateWindow()
    qtbot.waitActive(window)
    user = User()
    began = time.perf_counter()
    user.click(window.start_page.buttons["new"])
    document = window.current_document()
    user.type(document.identity.fields["judul"], "Penataan Arsip Inaktif")
    bar = document.tabBar()
    user.click(bar, bar.tabRect(1).center())
    editor = document.editor
    user.key(editor.view, K.Key_L, CTRL)
    user.type(editor.cell_editor, "Kepala Bagian")
    user.key(editor.cell_editor, K.Key_Return)
    user.click(editor.first_step_button)
    for n, text in enumerate(STEPS):
        if n:
            user.key(editor.view, K.Key_Return)
        user.type(editor.cell_editor, text)
        user.key(editor.cell_editor, K.Key_Return)
    user.key(editor.view, K.Key_4, CTRL)  # the last step ends the procedure
    for _ in range(4):
        user.key(editor.view, K.Key_Up)  # to step 6
    user.key(editor.view, K.Key_2, CTRL)  # a decision
    user.key(editor.view, K.Key_Right, CTRL)  # checked by the Kepala Bagian
    combo = window.properties_dock.links[Port.NO]
    combo.setFocus()
    user.click(combo)
    combo.hidePopup()
    for _ in range(4):
        user.key(combo, K.Key_Down)  # "(tidak ada)", 1., 2., 3., 4.
    user.key(combo, K.Key_Return)
    sop = document.sop
    assert [s.text for s in sop.steps] == STEPS
    assert sop.steps[5].kind is StepKind.DECISION and sop.steps[5].no == sop.steps[3].id
    assert sop.steps[-1].kind is StepKind.END

    toolbar = window.findChild(QToolBar, "main_toolbar")
    user.click(toolbar.widgetForAction(window.export_action))
    export = window.export_dialog
    user.click(export.draft)  # a new SOP still has errors (no nomor...): a draft
    export.path.selectAll()
    user.type(export.path, str(tmp_path / "arsip.pdf"))
    with qtbot.waitSignal(export.exported, timeout=60000):
        user.click(export.export_button)
    user.click(export.close_button)

    window.new_decree_action.trigger()
    user.clicks += 2  # Berkas > Keputusan baru
    tab = window.current_decree()
    add_through_picker(qtbot, tab, ["Penataan Arsip", "Surat Masuk", "Nota Dinas", "LKIP"])
    user.clicks += 2 + 4  # the button, a tick per SOP, OK
    user.keys += sum(len(w) for w in ("Penataan Arsip", "Surat Masuk", "Nota Dinas", "LKIP"))
    user.click(tab.lampiran.renumber_button)
    answer_next_dialog(qtbot, "Simpan ke pustaka")
    # A new decree still has errors: "Buat paket draf" in the refusal.
    dialog = tab.build_package(tmp_path / "paket.zip", draft=True)
    user.clicks += 4  # the button, "Simpan" in the file dialog, the draft, "Simpan ke pustaka"
    with qtbot.waitSignal(dialog.built, timeout=120000):
        pass
    assert verify_package(draft_path(tmp_path / "paket.zip")).ok
    took = time.perf_counter() - began
    print(f"\nscenario: {took:.1f} s wall, {user.keys} keys, {user.clicks} clicks")
