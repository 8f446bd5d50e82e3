"""A damaged library opens read-only in the editor with a clear message (issue 12): the
file's pages are really damaged, the SOPs still open, and nothing can be added."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.model.store.test_store_damage import wreck_index_page
from tests.ui.main_window_fixtures import (  # noqa: F401 - fixtures
    library_path,
    make_window,
    open_by_title,
    sample_library_file,
)


def test_damaged_library_opens_read_only_with_a_message(
    qtbot,
    tmp_path,
    library_path,
    monkeypatch,  # noqa: F811
):
    wreck_index_page(library_path)
    before = library_path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:3]))
    window = make_window(qtbot, tmp_path)
    assert window.open_library(library_path)
    ((title, text),) = shown
    assert title == "Pustaka hanya-baca"
    assert "pustaka rusak" in text and "sopstudio library recover" in text
    assert "(hanya-baca)" in window.windowTitle()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    assert window.find_action.isEnabled()
    document = open_by_title(qtbot, window, "Registrasi")  # reading still works
    assert document is not None
    window.close_all_documents()
    assert library_path.read_bytes() == before


def test_sop_whose_content_was_altered_is_refused_and_the_library_turns_read_only(
    qtbot,
    tmp_path,
    library_path,
    monkeypatch,  # noqa: F811
):
    data = library_path.read_bytes()
    original = b"Membuat Surat Penunjukan Admin."
    assert original in data  # the step row, and the decree that embeds the SOP
    library_path.write_bytes(data.replace(original, b"Membuang Surat Penunjukan Admin"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:3]))
    window = make_window(qtbot, tmp_path)
    assert window.open_library(library_path)
    assert shown == [] and window.new_action.isEnabled()
    window.open_sop(next(s.id for s in window.library.list_sops() if "Registrasi" in s.judul))
    ((title, text),) = shown
    assert title == "SOP tidak dapat dibuka" and "hash" in text
    assert "(hanya-baca)" in window.windowTitle() and not window.new_action.isEnabled()
