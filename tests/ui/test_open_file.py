"""`sopstudio --open FILE` (a double-click on Windows): the file lands in the library, opened."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sopstudio.model import decree_json, jsonio
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.resources import SAMPLES
from tests.ui.main_window_fixtures import library_path, sample_library_file, window  # noqa: F401


def test_a_new_sop_file_is_added_to_the_library_and_opened(window, tmp_path):
    sop = jsonio.load(next((SAMPLES / "sops").glob("*.sop.json")))
    sop = dataclasses.replace(sop, id="sop-dari-berkas", judul="SOP Dari Berkas", revision=0)
    path = tmp_path / "baru.sop.json"
    jsonio.save(sop, path)
    assert window.open_file(path)
    assert window.current_document().sop.judul == "SOP Dari Berkas"
    assert window.library.load_sop("sop-dari-berkas").judul == "SOP Dari Berkas"


def test_a_changed_copy_of_an_open_sop_becomes_a_new_revision(window, tmp_path):
    sop_id = window.library.list_sops()[0].id
    window.open_sop(sop_id)
    changed = window.library.load_sop(sop_id)
    changed.judul += " (perbaikan)"
    path = tmp_path / "perbaikan.sop.json"
    jsonio.save(changed, path)
    assert window.open_file(path)
    assert window.current_document().sop.judul == changed.judul
    assert len(window.documents()) == 1  # the old tab was closed, not left stale
    assert [r.revision for r in window.library.history(sop_id)] == [1, 2]


def test_a_decree_file_opens_in_a_decree_tab(window):
    path = next(SAMPLES.glob("*.decree.json"))
    assert window.open_file(path)
    decree = decree_json.load(path)
    assert window.current_decree().decree.id == decree.id
    assert decree.id in [d.id for d in window.library.list_documents(DECREE_DOCUMENT)]


def test_another_file_is_refused_in_indonesian(window, tmp_path):
    path = tmp_path / "data.json"
    path.write_text("{}", encoding="utf-8")
    shown = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.windowTitle(), box.text()))
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert not window.open_file(path)
    assert shown and shown[0][0] == "Berkas tidak dapat dibuka"
    assert "harus .sop.json atau .decree.json" in shown[0][1]
