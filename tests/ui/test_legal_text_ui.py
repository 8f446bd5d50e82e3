"""Typing and pasting in the UI store legal text only (issue 12): the form fields, the
canvas's in-place editor and the decree form go through operations that clean it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sopstudio.ui.commands import UndoRunner
from sopstudio.ui.decree.document import DecreeDocument
from sopstudio.ui.sop.identity_form import IdentityForm
from tests.hostile.packages import sample_decree
from tests.ui.canvas_helpers import open_editor
from tests.ui.samples import make_sample


def test_paste_into_an_identity_field_is_cleaned(qtbot):
    sop = make_sample()
    stack = QUndoStack()
    form = IdentityForm(sop, UndoRunner(sop, stack))
    qtbot.addWidget(form)
    form.show()
    field = form.fields["judul"]
    field.setFocus()
    field.selectAll()
    QApplication.clipboard().setText("Judul\x1b[2J\x0b\x00Baru")
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sop.judul == "Judul[2JBaru"
    assert field.text() == sop.judul


def test_in_place_editor_commit_is_cleaned(qtbot, sop):
    editor = open_editor(qtbot, sop)
    editor.edit_field("s1", "text")
    editor.cell_editor.selectAll()
    editor.cell_editor.insertPlainText("Menerima\x07\x1b surat\u2028masuk\tbaru")
    qtbot.keyClick(editor.cell_editor, Qt.Key.Key_Return)
    assert sop.step("s1").text == "Menerima surat\nmasuk\tbaru"


def test_decree_edits_are_cleaned(qtbot):
    document = DecreeDocument(sample_decree([]))
    document.edit("tentang", "Standar\x0b Operasional\x00", "Ubah tentang")
    document.edit("menimbang", ["a\x1bb", "c\r\nd"], "Ubah menimbang")
    assert document.decree.tentang == "Standar Operasional"
    assert document.decree.menimbang == ["ab", "c\nd"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.decree.tentang == sample_decree([]).tentang
